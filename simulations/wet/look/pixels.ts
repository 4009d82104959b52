/**
 * Running values drawn to what the screen shows: a liquid's level moves by a fraction of a pixel each step, and
 * redrawing it for a change nobody can see is most of a full table's frame (30 burettes and flasks at 4× CPU).
 * Half a CSS pixel, so a two-times screen still sees every device pixel of a level.
 */

/** Table pixels per metre when a renderer is not told (the lab frame's table at about 1 100 px for 0.8 m). */
const DEFAULT_PX_PER_M = 1400;

/** A length in table metres rounded to the nearest half pixel at `pxPerM`. */
export function toShownM(m: number, pxPerM = DEFAULT_PX_PER_M): number {
  const step = 0.5 / pxPerM;
  return Math.round(m / step) * step;
}
