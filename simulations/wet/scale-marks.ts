/**
 * The wet bench's glassware scales as SVG path data: each set of graduation marks is one `d` string (one
 * element to mount instead of a <line> per mark, issue #22: the bench mounted its parts' looks in long tasks
 * at 4× CPU). Same end points and numbers as the <line>s they replace; pure, built once per scale.
 */

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
