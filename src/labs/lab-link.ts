/**
 * A link that opens a lab at given parameter values: `/labs/projectile?angleDeg=30&speedMps=20` (LabPage
 * reads them back through the parameters' validation). Booleans and choices are written as their text.
 */
import type { ParamValues } from '../../simulations/core';

/** `base` is the lab page's address without query or fragment. */
export function labLink(base: string, params: ParamValues): string {
  const q = new URLSearchParams();
  for (const [name, v] of Object.entries(params)) q.set(name, String(v));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}
