/**
 * The wet bench's glassware scales as SVG path data: each set of graduation marks is one `d` string (one
 * element to mount instead of a <line> per mark, issue #22: the bench mounted its parts' looks in long tasks
 * at 4× CPU). Same end points and numbers as the <line>s they replace; pure, built once per scale.
 */
import { ARM_ML } from './parts/hofmann';

/** A numeral beside a scale: where (x, y in metres) and what it reads. */
export interface ScaleLabel {
  x: number;
  y: number;
  text: string;
}

const horizontal = (x1: number, x2: number, y: number) => `M${x1} ${y}H${x2}`;

/** The 50 mL measuring cylinder: a mark each mL from 5 to 50 on its left wall (0 mL at y 0.09, 3.2 mm per mL), a numeral each 10 mL. */
export const CYLINDER_MARKS: { d: string; labels: ScaleLabel[] } = (() => {
  const y = (ml: number) => 0.09 - ml * 0.0032;
  const d: string[] = [];
  const labels: ScaleLabel[] = [];
  for (let ml = 5; ml <= 50; ml++) {
    d.push(horizontal(-0.012, ml % 10 === 0 ? -0.002 : ml % 5 === 0 ? -0.005 : -0.008, y(ml)));
    if (ml % 10 === 0) labels.push({ x: 0, y: y(ml) + 0.0015, text: String(ml) });
  }
  return { d: d.join(''), labels };
})();

/** The 50 mL burette: a mark each mL from 0 (top, y −0.13) to 50 (4.2 mm per mL), a numeral each 10 mL. */
export const BURETTE_MARKS: { d: string; labels: ScaleLabel[] } = (() => {
  const y = (ml: number) => -0.13 + ml * 0.0042;
  const d: string[] = [];
  const labels: ScaleLabel[] = [];
  for (let ml = 0; ml <= 50; ml++) {
    d.push(horizontal(-0.005, ml % 10 === 0 ? 0.001 : ml % 5 === 0 ? -0.001 : -0.003, y(ml)));
    if (ml % 10 === 0) labels.push({ x: 0.006, y: y(ml) + 0.0015, text: String(ml) });
  }
  return { d: d.join(''), labels };
})();

const vertical = (x: number, y1: number, y2: number) => `M${x} ${y1}V${y2}`;

/** The 100 mL gas syringe lying along the table (0 mL at x −0.08, 1.6 mm per mL): a mark each 5 mL down from its top wall (y −0.012), longer each 10 mL; a numeral each 20 mL. */
export const SYRINGE_MARKS: { d: string; labels: ScaleLabel[] } = (() => {
  const x = (ml: number) => -0.08 + ml * 0.0016;
  const d: string[] = [];
  const labels: ScaleLabel[] = [];
  for (let ml = 0; ml <= 100; ml += 5) {
    d.push(vertical(x(ml), -0.012, ml % 10 === 0 ? -0.006 : -0.009));
    if (ml % 20 === 0) labels.push({ x: x(ml), y: 0.009, text: String(ml) });
  }
  return { d: d.join(''), labels };
})();

/** The water electrolysis apparatus's two arms (x ∓0.045): a mark each 5 mL from 0 (top, y −0.12) to ARM_ML, 50 mL (y 0.08) on each arm's right wall, longer each 10 mL. */
export const HOFMANN_MARKS: string = (() => {
  const top = -0.12, len = 0.2;
  const d: string[] = [];
  for (const x of [-0.045, 0.045]) for (let ml = 0; ml <= ARM_ML; ml += 5) d.push(horizontal(x + 0.009, x + (ml % 10 === 0 ? 0.016 : 0.013), top + (ml / ARM_ML) * len));
  return d.join('');
})();

/** A grid of `cellM` squares over a `widthM` × `depthM` tray, drawn at `pxPerM`: the lines as two paths, every fifth line (`major`) and the others. */
export function trayGrid(widthM: number, depthM: number, cellM: number, pxPerM: number): { minor: string; major: string } {
  const minor: string[] = [];
  const major: string[] = [];
  const w = widthM * pxPerM, h = depthM * pxPerM;
  for (let i = 0; i <= Math.round(widthM / cellM); i++) (i % 5 === 0 ? major : minor).push(vertical(i * cellM * pxPerM, 0, h));
  for (let i = 0; i <= Math.round(depthM / cellM); i++) (i % 5 === 0 ? major : minor).push(horizontal(0, w, i * cellM * pxPerM));
  return { minor: minor.join(''), major: major.join('') };
}
