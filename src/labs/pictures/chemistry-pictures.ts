/** Pictures of chemistry experiments (120 × 80), composed from ./apparatus. */
import { arrow, atom, beaker, bench, bubbles, burner, circle, flameAt, flask, label, line, meter, path, poly, rect, shape, stand, stopwatch, stroke, testTube, thermometer } from './apparatus';

/** Burette clamped above (x, bottom), with its tap. */
const burette = (x: number, top: number, bottom: number, level = 0.6) =>
  rect(x - 3, top + (bottom - top) * (1 - level), 6, (bottom - top) * level, 'w') + rect(x - 3, top, 6, bottom - top, 'k') + rect(x - 5, bottom, 10, 3, 'm') + line(x, bottom + 3, x, bottom + 8);

/** Gas jar standing (or, upside down, standing in a trough) with its mouth at y. */
const gasJar = (x: number, y: number, w: number, h: number, upsideDown = false) =>
  upsideDown ? path(`M${x},${y} V${y - h} H${x + w} V${y}`, 'k') : poly([[x, y], [x, y + h], [x + w, y + h], [x + w, y]]) + line(x - 2, y, x + w + 2, y, 'k');

/** Spotting tile with coloured wells. */
const tile = (x: number, y: number, colours: string[]) => rect(x, y, colours.length * 16 + 4, 16, 'f', 3) + rect(x, y, colours.length * 16 + 4, 16, 'k', 3) + colours.map((c, i) => circle(x + 10 + i * 16, y + 8, 5, c)).join('');

/** A test-tube rack holding tubes of the given liquid classes. */
const rack = (x: number, base: number, liquids: string[], level = 0.45) =>
  rect(x, base - 20, liquids.length * 16 + 8, 4, 'd') + rect(x, base - 4, liquids.length * 16 + 8, 4, 'd') + liquids.map((c, i) => testTube(x + 12 + i * 16, base - 40, 34, level, c)).join('');

export const chemistryPictures: Record<string, () => string> = {
  // Today's experiments
  titration: () => bench() + stand(30, 74, 70) + line(30, 14, 60, 14) + burette(60, 8, 44) + flask(60, 74, 0.85, 0.35, 'p'),
  stoichiometry: () => atom(14, 30, 5, 'f') + atom(22, 30, 5, 'f') + atom(14, 48, 5, 'f') + atom(22, 48, 5, 'f') + label(34, 39, '+', 12) + atom(44, 39, 6, 'r') + atom(54, 39, 6, 'r') + arrow(64, 39, 78, 39) + atom(92, 28, 6, 'r') + atom(85, 33, 4, 'f') + atom(99, 33, 4, 'f') + atom(92, 52, 6, 'r') + atom(85, 57, 4, 'f') + atom(99, 57, 4, 'f'),
  molecules: () => line(60, 40, 60, 12, 'k') + line(60, 40, 34, 56, 'k') + line(60, 40, 86, 56, 'k') + line(60, 40, 68, 62, 'k') + atom(60, 12, 6, 'f') + atom(34, 56, 6, 'f') + atom(86, 56, 6, 'f') + atom(68, 62, 6, 'f') + atom(60, 40, 9, 's') + path('M72,24 A18,18 0 0 1 76,36', 't'),

  // Junior chemistry (义务教育 2022)
  oxygen: () => bench() + stand(10, 74, 60) + line(10, 36, 26, 36) + testTube(46, 40, 28, 0.22, 'v', 95) + burner(30, 74) + path('M46,40 H62 V58', 'k') + rect(56, 50, 52, 24, 'w') + poly([[56, 46], [56, 74], [108, 74], [108, 46]]) + gasJar(66, 68, 14, 26, true) + bubbles(73, 60, 3, 3),
  'carbon-dioxide': () => bench() + flask(30, 74, 1, 0.3) + line(30, 40, 30, 18, 'k') + path('M24,12 L30,20 L36,12', 'k') + path('M35,44 H58 V44 H80 V66', 'k') + gasJar(72, 36, 18, 38) + circle(24, 70, 2, 'm') + circle(32, 71, 2, 'm') + circle(38, 69, 2, 'm'),
  combustion: () => bench() + line(28, 74, 38, 52) + line(92, 74, 82, 52) + rect(26, 48, 68, 4, 'o') + burner(60, 74) + rect(34, 44, 6, 4, 'f') + flameAt(37, 44, 0.7) + rect(80, 44, 7, 4, 'b'),
  metals: () => rack(22, 74, ['w', 'w', 'b', 'w']) + rect(33, 26, 2, 26, 'm') + rect(49, 26, 2, 26, 'm') + rect(65, 26, 2, 26, 'm') + rect(81, 26, 2, 26, 'o') + bubbles(34, 60, 3, 2) + bubbles(50, 62, 2, 2),
  'solution-prep': () => bench() + beaker(16, 34, 38, 40, 0.55) + line(46, 22, 30, 68, 'd') + rect(70, 14, 12, 60, 'g') + rect(71, 40, 10, 33, 'w') + [24, 34, 44, 54, 64].map((y) => line(70, y, 74, y, 't')).join('') + line(66, 74, 86, 74, 'k') + path('M96,12 v22 M93,12 h6', 'k') + circle(96, 38, 1.4, 'w'),
  filtration: () => bench() + stand(16, 74, 68) + line(16, 22, 44, 22) + path('M30,18 L60,18 L48,38 V54 H42 V38 Z', 'g') + path('M34,22 L56,22 L48,34 H42 Z', 'f') + beaker(34, 48, 36, 26, 0.3) + line(70, 6, 58, 24, 'd') + path('M60,6 Q66,10 70,8', 'k'),
  'acid-base': () => tile(16, 10, ['r', 'p', 'b', 'y', 'v']) + testTube(30, 40, 30, 0.5, 'r') + testTube(50, 40, 30, 0.5, 'p') + testTube(70, 40, 30, 0.5, 'b') + testTube(90, 40, 30, 0.5, 'f'),
  electrolysis: () => bench() + rect(32, 10, 10, 50, 'w') + rect(32, 10, 10, 26, 'f') + rect(78, 10, 10, 50, 'w') + rect(78, 10, 10, 14, 'f') + path('M32,60 V10 h10 V60 M78,60 V10 h10 V60', 'k') + rect(32, 56, 56, 10, 'w') + poly([[32, 66], [88, 66]]) + line(60, 66, 60, 30, 'k') + circle(60, 28, 4, 'g') + line(37, 66, 37, 74, 'k') + line(83, 66, 83, 74, 'k') + rect(50, 74, 20, 0.1, 'k') + bubbles(37, 52, 3, 2) + bubbles(83, 52, 2, 2) + label(37, 5, '2', 8) + label(83, 5, '1', 8),

  // Senior chemistry (普通高中 2017/2020)
  'volumetric-flask': () => bench() + circle(50, 58, 15, 'g') + circle(50, 58, 15, 'k') + rect(46, 14, 8, 31, 'g') + path('M46,44 V14 M54,44 V14', 'k') + path('M38,62 a12,10 0 0 0 24,0 Z', 'w') + line(44, 26, 56, 26, 'r') + rect(45, 8, 10, 6, 'm') + path('M84,10 v20 l-2,4 h4 l-2,-4', 'k') + rect(81, 6, 6, 6, 'r'),
  iron: () => rack(20, 74, ['r', 'e', 'c'], 0.5) + path('M90,14 v22 l-2,4 h4 l-2,-4', 'k') + rect(87, 8, 6, 6, 'b') + circle(90, 44, 1.4, 'r'),
  periodic: () => bench() + beaker(14, 26, 64, 48, 0.6, 'p') + circle(40, 46, 3.5, 'm') + path('M44,46 q8,-3 14,2 q6,4 12,0', 't') + label(100, 28, 'Na', 8) + label(100, 44, 'Mg', 8) + label(100, 60, 'Al', 8),
  precipitation: () => bench() + beaker(30, 26, 52, 48, 0.6) + shape([[32, 72], [80, 72], [76, 66], [50, 64], [36, 67]], 'f') + circle(46, 58, 1, 's') + circle(60, 54, 1, 's') + path('M56,4 v16 l-2,4 h4 l-2,-4', 'k') + rect(53, 0, 6, 5, 'r') + circle(56, 30, 1.4, 'w'),
  sulfur: () => bench() + stand(10, 74, 60) + line(10, 32, 24, 32) + testTube(44, 36, 28, 0.25, 'o', 95) + burner(28, 74) + rect(42, 33, 5, 6, 'f') + path('M46,36 H70 V60', 'k') + testTube(74, 40, 32, 0.55, 'p') + bubbles(74, 66, 2, 2),
  'galvanic-cell': () => bench() + beaker(28, 34, 64, 40, 0.6) + rect(40, 22, 6, 44, 'm') + rect(74, 22, 6, 44, 'o') + line(43, 22, 43, 12) + line(77, 22, 77, 12) + line(43, 12, 50, 12) + line(70, 12, 77, 12) + meter(60, 12, 9, 'G', 20) + bubbles(77, 62, 3, 3) + label(43, 72, '−', 8) + label(77, 72, '+', 8),
  'reaction-rate': () => rack(10, 74, ['w', 'c'], 0.55) + circle(22, 62, 1, 'c') + stopwatch(78, 44, 14) + path('M98,20 v16 l-2,4 h4 l-2,-4', 'k'),
  'ball-stick': () => line(46, 40, 74, 40, 'k') + line(46, 36, 74, 36, 'k') + line(46, 38, 30, 22, 'k') + line(46, 38, 30, 56, 'k') + line(74, 38, 90, 22, 'k') + line(74, 38, 90, 56, 'k') + atom(30, 22, 6, 'f') + atom(30, 56, 6, 'f') + atom(90, 22, 6, 'f') + atom(90, 56, 6, 'f') + atom(46, 38, 8, 's') + atom(74, 38, 8, 's'),
  ethanol: () => bench() + burner(32, 74) + stroke('M32,46 c-3,-3 3,-6 0,-9 c-3,-3 3,-6 0,-9 L52,12', 'o') + testTube(80, 30, 36, 0.4) + path('M70,20 q6,-8 14,-6 M74,14 q6,-8 14,-6', 't'),
  equilibrium: () => bench() + beaker(12, 36, 42, 38, 0.7) + beaker(66, 36, 42, 38, 0.7) + circle(33, 52, 10, 'o') + circle(33, 52, 10, 'k') + circle(87, 52, 10, 'c') + circle(87, 52, 10, 'k') + path('M33,42 V16 H87 V42', 'k') + path('M18,34 q3,-5 0,-10 M48,34 q3,-5 0,-10', 't') + rect(72, 44, 6, 6, 'f') + rect(72, 44, 6, 6, 't') + rect(96, 46, 6, 6, 'f') + rect(96, 46, 6, 6, 't'),
  hydrolysis: () => bench() + rect(14, 22, 50, 8, 'f') + rect(14, 22, 50, 8, 'k') + ['r', 'c', 'y', 'e', 'b', 'v'].map((c, i) => rect(15 + i * 8, 23, 8, 6, c)).join('') + testTube(84, 26, 36, 0.5, 'p') + testTube(100, 26, 36, 0.5, 'c') + line(28, 42, 28, 62, 'd') + circle(28, 64, 2, 'b'),
  electroplating: () => bench() + beaker(30, 30, 60, 44, 0.65, 'b') + rect(42, 22, 7, 42, 'o') + line(74, 22, 74, 64, 'm') + line(74, 64, 72, 60, 'm') + line(45, 22, 45, 10) + line(74, 22, 74, 10) + line(45, 10, 52, 10) + line(68, 10, 74, 10) + rect(52, 5, 16, 10, 'a', 2) + label(45, 72, '+', 8) + label(74, 72, '−', 8),
  'fuel-cell': () => bench() + path('M35,30 V60 A25,13 0 0 0 85,60 V30 H77 V60 A17,6 0 0 1 43,60 V30 Z', 'w') + path('M34,16 V60 A26,14 0 0 0 86,60 V16 M44,16 V60 A16,6 0 0 0 76,60 V16', 'k') + rect(37, 10, 4, 40, 's') + rect(79, 10, 4, 40, 's') + line(39, 10, 39, 5) + line(81, 10, 81, 5) + line(39, 5, 55, 5) + line(65, 5, 81, 5) + circle(60, 5, 5, 'y') + circle(60, 5, 5, 'k') + bubbles(39, 50, 3, 2) + bubbles(81, 50, 2, 2),
  complex: () => rack(26, 74, ['b', 'v', 'f'], 0.5) + path('M96,8 v22 l-2,4 h4 l-2,-4', 'k') + rect(93, 2, 6, 6, 'm') + circle(96, 40, 1.4, 'w'),
  ester: () => bench() + stand(10, 74, 60) + line(10, 30, 24, 30) + testTube(46, 34, 30, 0.3, 'c', 100) + burner(30, 74) + path('M46,34 L84,34 L84,52', 'k') + testTube(88, 40, 34, 0.5) + rect(84, 54, 8, 4, 'y'),
  'functional-groups': () => bench() + beaker(20, 34, 80, 40, 0.7) + testTube(40, 14, 46, 0.45, 'm') + testTube(60, 14, 46, 0.45, 'o') + testTube(80, 14, 46, 0.45, 'v') + thermometer(94, 6, 40, 0.5),
  sugars: () => bench() + burner(60, 74) + line(36, 52, 84, 52, 'm') + beaker(38, 26, 44, 26, 0.7) + testTube(60, 12, 36, 0.4, 'o'),
  // Fallback for experiments without a picture of their own
  'chemistry-generic': () => bench() + flask(40, 74, 1, 0.4, 'b') + testTube(78, 34, 36, 0.5, 'p') + testTube(96, 34, 36, 0.5, 'e'),
};
