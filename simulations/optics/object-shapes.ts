/**
 * The luminous objects as points: a candle's flame (a teardrop, brightest inside) and the LED "F" (its
 * strokes). Coordinates across (the object's own left–right, metres) and up (metres), centred on the
 * object's middle at the height of the rays' plane; a weight per point.
 */
import type { SetupPart } from '../bench/setup';

export interface ObjectPoint {
  acrossM: number;
  upM: number;
  weight: number;
}

/** A flame h tall: widest a third of the way up, pointed at the top. */
export function flamePoints(h: number): ObjectPoint[] {
  const out: ObjectPoint[] = [];
  const rows = 9;
  for (let i = 0; i < rows; i++) {
    const f = (i + 0.5) / rows; // 0 bottom … 1 top
    const half = 0.2 * h * Math.sin(Math.PI * Math.pow(f, 0.75)) * (1 - 0.3 * f);
    for (const c of [-1, -0.5, 0, 0.5, 1]) out.push({ acrossM: c * half, upM: (f - 0.5) * h, weight: 1 - 0.5 * Math.abs(c) });
  }
  return out;
}

/** An F h tall: the upright, the top bar to the right, a shorter middle bar. */
export function fPoints(h: number): ObjectPoint[] {
  const out: ObjectPoint[] = [];
  const step = h / 16;
  const x0 = -0.3 * h;
  for (let y = -0.5 * h; y <= 0.5 * h + 1e-12; y += step) out.push({ acrossM: x0, upM: y, weight: 1 });
  for (let x = x0 + step; x <= 0.3 * h + 1e-12; x += step) out.push({ acrossM: x, upM: 0.5 * h, weight: 1 });
  for (let x = x0 + step; x <= 0.15 * h + 1e-12; x += step) out.push({ acrossM: x, upM: 0.05 * h, weight: 1 });
  return out;
}

export function objectPoints(part: SetupPart): ObjectPoint[] {
  if (part.kind === 'candle') return flamePoints(Number(part.props.flameHeightM));
  if (part.kind === 'led-f') return fPoints(Number(part.props.heightM));
  return [];
}
