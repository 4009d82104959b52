/**
 * An analog meter's dial marks as SVG path data (AnalogMeterView): the divisions as two `d` strings, one per
 * stroke width, instead of a <line> each (60 on a 0–0.6 A / 0–3 A ammeter): a dial, and the close-up panel
 * that shows every meter large, mounted in one long task at 4× CPU (issue #22). Same end points and numerals
 * as the <line>s and <text>s they replace; pure, memoised per dial (scales, radius, centre).
 */
import { pointerAngleDeg, scaleTicks, type MeterScale } from './analog-meter';

export interface DialNumeral {
  x: number;
  y: number;
  text: string;
}

export interface DialMarks {
  /** The numbered divisions (thicker, longer). */
  major: string;
  /** The small divisions (each fifth a little longer). */
  minor: string;
  /** The large range's numerals, above the arc. */
  upper: DialNumeral[];
  /** The small range's numerals, inside it. */
  lower: DialNumeral[];
}

const fmt = (v: number) => String(Number(v.toPrecision(3)));
const cache = new Map<string, DialMarks>();

/** The marks of a dial of `radius` with its pivot at y = cy + 0.55 radius: [large range, small range] on one set of divisions. */
export function dialMarks(scales: readonly [MeterScale, MeterScale], radius: number, cy: number): DialMarks {
  const key = `${scales[0].fullScale} ${scales[1].fullScale} ${scales[1].majorDivisions} ${scales[1].minorPerMajor} ${radius} ${cy}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const pivotY = cy + radius * 0.55;
  const at = (fraction: number, r: number) => {
    const a = ((pointerAngleDeg(fraction) - 90) * Math.PI) / 180;
    return { x: r * Math.cos(a), y: pivotY + r * Math.sin(a) };
  };
  const major: string[] = [];
  const minor: string[] = [];
  const upper: DialNumeral[] = [];
  const lower: DialNumeral[] = [];
  scaleTicks(scales[1]).forEach((tk, i) => {
    const a = at(tk.fraction, radius);
    const b = at(tk.fraction, radius * (tk.major ? 0.86 : i % 5 === 0 ? 0.9 : 0.93));
    (tk.major ? major : minor).push(`M${a.x} ${a.y}L${b.x} ${b.y}`);
    if (tk.major) {
      const up = at(tk.fraction, radius * 1.1);
      const low = at(tk.fraction, radius * 0.74);
      upper.push({ x: up.x, y: up.y, text: fmt(tk.fraction * scales[0].fullScale) });
      lower.push({ x: low.x, y: low.y + radius * 0.04, text: fmt(tk.fraction * scales[1].fullScale) });
    }
  });
  const marks = { major: major.join(''), minor: minor.join(''), upper, lower };
  if (cache.size >= 64) cache.delete(cache.keys().next().value as string);
  cache.set(key, marks);
  return marks;
}
