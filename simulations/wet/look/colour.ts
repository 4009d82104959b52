/** Colours of contents as SVG fills (the view's side of ./chem/appearance.ts). */
import type { Rgb } from '../../titration/indicators';

export const rgbText = (c: Rgb | null, fallback = '#dbeafe') => (c ? `rgb(${c.r},${c.g},${c.b})` : fallback);

/** A liquid's fill with its cloudiness mixed in (milky limewater, a suspended precipitate). */
export function liquidFill(liquid: Rgb | null, cloudiness: number, cloud: Rgb | null): string {
  const base = liquid ?? { r: 219, g: 234, b: 254 };
  const w = cloud ?? { r: 245, g: 245, b: 240 };
  const k = Math.min(1, Math.max(0, cloudiness));
  const mix = (a: number, b: number) => Math.round(a * (1 - k) + b * k);
  return `rgb(${mix(base.r, w.r)},${mix(base.g, w.g)},${mix(base.b, w.b)})`;
}
