/**
 * A small drawing vocabulary for the experiment pictures: each function returns SVG markup for one piece
 * of apparatus, in a 120 × 80 picture, styled by class (colours come from the page's CSS, see
 * Picture.svelte), so the pictures stay tiny (a few hundred bytes of calls each) and look alike.
 * Classes: k line and t thin line (outlines), g glass (filled, outlined); colours, which fill shapes
 * and colour lines: w water, a accent, r red, y flame, m metal, d wood, b blue, p pink, s ink, f paper,
 * o copper, v deep blue, c amber, e pale green. `sk` makes a path a coloured line.
 */

const n = (v: number) => +v.toFixed(1);
const pts = (p: [number, number][]) => p.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

export const line = (x1: number, y1: number, x2: number, y2: number, cls = 'k') => `<line class="${cls}" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>`;
export const poly = (p: [number, number][], cls = 'k') => `<polyline class="${cls}" points="${pts(p)}"/>`;
export const shape = (p: [number, number][], cls: string) => `<polygon class="${cls}" points="${pts(p)}"/>`;
export const rect = (x: number, y: number, w: number, h: number, cls: string, r = 0) => `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${r ? ` rx="${r}"` : ''}/>`;
export const circle = (x: number, y: number, r: number, cls: string) => `<circle class="${cls}" cx="${n(x)}" cy="${n(y)}" r="${n(r)}"/>`;
export const path = (d: string, cls = 'k') => `<path class="${cls}" d="${d}"/>`;
/** An open path drawn as a coloured line (a wire, a light ray). */
export const stroke = (d: string, cls: string) => path(d, `${cls} sk`);
/** A symbol, never words: pictures are the same in every language. */
export const label = (x: number, y: number, s: string, size = 9) => `<text x="${n(x)}" y="${n(y)}" font-size="${size}" text-anchor="middle" dominant-baseline="central">${s}</text>`;

/** The bench top the apparatus stands on. */
export const bench = (y = 74) => line(6, y, 114, y);

/** An arrowhead at (x2, y2) pointing away from (x1, y1), for rays and forces. */
export function arrow(x1: number, y1: number, x2: number, y2: number, cls = 'k') {
  const a = Math.atan2(y2 - y1, x2 - x1), s = 4;
  const head: [number, number][] = [
    [x2 - s * Math.cos(a - 0.45), y2 - s * Math.sin(a - 0.45)],
    [x2, y2],
    [x2 - s * Math.cos(a + 0.45), y2 - s * Math.sin(a + 0.45)],
  ];
  return line(x1, y1, x2, y2, cls) + poly(head, cls);
}

/** Beaker with its top-left corner at (x, y), filled to `level` (0–1) with liquid of class `liquid`. */
export function beaker(x: number, y: number, w: number, h: number, level = 0.55, liquid = 'w') {
  const lh = h * level;
  return (level > 0 ? rect(x + 1, y + h - lh, w - 2, lh - 1, liquid) : '') + poly([[x - 2, y], [x, y + 2], [x, y + h], [x + w, y + h], [x + w, y]]);
}

/** Conical flask standing at (cx, base). */
export function flask(cx: number, base: number, s = 1, level = 0.45, liquid = 'w') {
  const h = 34 * s, neck = 5 * s, top = base - h, bw = 15 * s, nh = 11 * s;
  const ly = base - (h - nh) * level;
  const half = neck + (bw - neck) * ((ly - (top + nh)) / (h - nh));
  return (level > 0 ? shape([[cx - half, ly], [cx + half, ly], [cx + bw, base], [cx - bw, base]], liquid) : '')
    + poly([[cx - neck, top], [cx - neck, top + nh], [cx - bw, base], [cx + bw, base], [cx + neck, top + nh], [cx + neck, top]]);
}

/** Test tube with its mouth centred at (x, y), `h` long, tilted by `deg` (0 = upright). */
export function testTube(x: number, y: number, h = 30, level = 0.4, liquid = 'w', deg = 0) {
  const w = 5, body = `${level > 0 ? rect(-w + 1, h * (1 - level), 2 * w - 2, h * level - 1, liquid) : ''}${path(`M${-w},0 V${h - w} A${w},${w} 0 0 0 ${w},${h - w} V0`)}`;
  return `<g transform="translate(${n(x)},${n(y)}) rotate(${deg})">${body}</g>`;
}

/** Spirit lamp standing at (cx, base), with its flame. */
export const burner = (cx: number, base: number) =>
  path(`M${cx - 9},${base} Q${cx - 11},${base - 10} ${cx - 3},${base - 12} H${cx + 3} Q${cx + 11},${base - 10} ${cx + 9},${base} Z`, 'g') + rect(cx - 2, base - 16, 4, 4, 'm') + flameAt(cx, base - 16);

export const flameAt = (cx: number, y: number, s = 1) => path(`M${cx},${y - 11 * s} Q${cx + 5 * s},${y - 4 * s} ${cx},${y} Q${cx - 5 * s},${y - 4 * s} ${cx},${y - 11 * s} Z`, 'y');

/** Retort stand: base plate at (x, base), rod `h` high. */
export const stand = (x: number, base: number, h = 60) => rect(x - 8, base - 3, 24, 3, 'm') + line(x, base - 3, x, base - h, 'k');

/** Thermometer with its bulb at (x, y + h). */
export const thermometer = (x: number, y: number, h = 40, fill = 0.6) =>
  rect(x - 2, y, 4, h, 'f', 2) + rect(x - 1, y + h * (1 - fill), 2, h * fill, 'r') + circle(x, y + h + 2, 3.2, 'r');

/** Round meter (ammeter A, voltmeter V, galvanometer G) centred at (x, y). */
export const meter = (x: number, y: number, r: number, letter: string, deg = -25) => {
  const a = ((deg - 90) * Math.PI) / 180;
  return circle(x, y, r, 'f') + circle(x, y, r, 'k') + label(x, y + r * 0.45, letter, r * 0.7) + line(x, y + r * 0.2, x + r * 0.75 * Math.cos(a), y + r * 0.2 + r * 0.75 * Math.sin(a), 'r');
};

/** A dry cell lying on its side, left end at (x, y) (its positive cap on the right). */
export const cell = (x: number, y: number, w = 22) => rect(x, y - 5, w, 10, 'a', 2) + rect(x + w, y - 2.5, 2.5, 5, 'm');

/** Bulb in its holder at (x, base). */
export const bulb = (x: number, base: number, lit = true) =>
  rect(x - 4, base - 6, 8, 6, 'm') + circle(x, base - 13, 7, lit ? 'y' : 'g') + circle(x, base - 13, 7, 'k') + poly([[x - 2, base - 6], [x - 2, base - 12], [x + 2, base - 12], [x + 2, base - 6]], 't');

/** Fixed resistor (a rectangle with leads) from (x, y), `w` long. */
export const resistor = (x: number, y: number, w = 20) => line(x, y, x + 4, y) + rect(x + 4, y - 3.5, w - 8, 7, 'd') + line(x + w - 4, y, x + w, y);

/** Ruler from (x, y), `w` long (downwards when vertical), with millimetre-style ticks. */
export function ruler(x: number, y: number, w: number, vertical = false) {
  let ticks = '';
  for (let i = 0; i <= w; i += 4) {
    const t = i % 20 === 0 ? 5 : 3;
    ticks += vertical ? line(x, y + i, x + t, y + i, 't') : line(x + i, y, x + i, y + t, 't');
  }
  return (vertical ? rect(x, y, 8, w, 'd') : rect(x, y, w, 8, 'd')) + ticks;
}

/** Stopwatch centred at (x, y). */
export const stopwatch = (x: number, y: number, r = 9) => rect(x - 2, y - r - 4, 4, 4, 'm') + circle(x, y, r, 'f') + circle(x, y, r, 'k') + line(x, y, x + r * 0.5, y - r * 0.55, 'r');

/** Coil spring between two points, with `coils` zigzags. */
export function spring(x1: number, y1: number, x2: number, y2: number, coils = 8, width = 5) {
  const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy), ux = dx / len, uy = dy / len;
  const p: [number, number][] = [[x1, y1]];
  for (let i = 0; i < coils; i++) {
    const t = (i + 0.5) / coils, s = i % 2 ? -width : width;
    p.push([x1 + dx * t - uy * s, y1 + dy * t + ux * s]);
  }
  p.push([x2, y2]);
  return poly(p);
}

/** Convex lens standing at (x, y centre), `h` tall. */
export const lens = (x: number, y: number, h = 30) => path(`M${x},${y - h / 2} Q${x + 7},${y} ${x},${y + h / 2} Q${x - 7},${y} ${x},${y - h / 2} Z`, 'g');

/** Candle at (x, base), `h` tall, lit or not. */
export const candle = (x: number, base: number, h = 18, lit = true) => rect(x - 3, base - h, 6, h, 'p') + (lit ? flameAt(x, base - h - 1, 0.8) : '');

/** Bar magnet from (x, y), `w` long: N half red, S half blue. */
export const magnet = (x: number, y: number, w = 36, h = 9) =>
  rect(x, y, w / 2, h, 'r') + rect(x + w / 2, y, w / 2, h, 'b') + label(x + w / 4, y + h / 2, 'N', 7) + label(x + (3 * w) / 4, y + h / 2, 'S', 7);

/** Horseshoe magnet opening to the right: N arm on top (red), S arm below (blue). */
export const horseshoe = (x: number, y: number, w: number, h: number) =>
  rect(x, y, 9, h, 'm') + rect(x, y, w, 9, 'r') + rect(x, y + h - 9, w, 9, 'b') + label(x + w - 5, y + 4.5, 'N', 7) + label(x + w - 5, y + h - 4.5, 'S', 7);

/** A coil seen from the side: loops from (x, y), `w` wide, `h` tall. */
export function coil(x: number, y: number, w: number, h: number, turns = 6, fill = 'g') {
  let d = '';
  const step = w / turns;
  for (let i = 0; i < turns; i++) d += `M${n(x + i * step)},${n(y + h)} Q${n(x + i * step + step / 2)},${n(y - h * 0.15)} ${n(x + (i + 1) * step)},${n(y + h)} `;
  return rect(x, y, w, h, fill) + path(d.trim(), 'k');
}

/** A winding seen from the side (on a transformer core): a coloured sleeve crossed by turns. */
export function winding(x: number, y: number, w: number, h: number, turns: number, fill: string) {
  let t = '';
  for (let i = 1; i < turns; i++) t += line(x, y + (h * i) / turns, x + w, y + (h * i) / turns, 't');
  return rect(x, y, w, h, fill) + t + rect(x, y, w, h, 'k');
}

/** A body resting on a slope that rises from (x0, y0) to (x1, y1), its bottom centred at fraction `at` along it. */
export function onSlope(x0: number, y0: number, x1: number, y1: number, at: number, body: (cx: number, cy: number) => string) {
  const cx = x0 + (x1 - x0) * at, cy = y0 + (y1 - y0) * at, deg = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  return `<g transform="rotate(${n(deg)} ${n(cx)} ${n(cy)})">${body(cx, cy)}</g>`;
}

/** A block with its top-left at (x, y). */
export const block = (x: number, y: number, w: number, h: number, cls = 'd') => rect(x, y, w, h, cls) + rect(x, y, w, h, 'k');

/** Bubbles rising from (x, y). */
export const bubbles = (x: number, y: number, count = 3, spread = 6) => {
  let s = '';
  for (let i = 0; i < count; i++) s += circle(x + ((i * 7) % (2 * spread)) - spread, y - i * 5, 1.2 + (i % 2) * 0.6, 'k');
  return s;
};

/** Spring force gauge hanging from (x, y): body, scale and hook, `h` long. */
export const forceGauge = (x: number, y: number, h = 34) =>
  rect(x - 5, y, 10, h, 'f', 2) + rect(x - 5, y, 10, h, 'k', 2) + line(x - 2, y + 6, x - 2, y + h - 6, 't') + line(x, y + h * 0.55, x + 3, y + h * 0.55, 'r') + path(`M${x},${y + h} V${y + h + 5} a2,2 0 1 1 -2,2`);

/** A ball-and-stick atom. */
export const atom = (x: number, y: number, r: number, cls: string) => circle(x, y, r, cls) + circle(x, y, r, 'k');
