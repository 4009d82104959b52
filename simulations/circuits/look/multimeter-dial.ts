/**
 * What the multimeter's dial shows for its selector and pointer: the status of the pointer (pinned past a stop,
 * or reversed), the Ω scale's marks (reversed and crowded towards ∞: θ = R_c/(R_c + R) for the centre mark
 * R_c = 15), and the DC scale's (linear, 50 divisions). No DOM: the view draws these.
 */
import { multimeterMode, OHM_SCALE_CENTRE } from '../engine';
import { PIN_HIGH, PIN_LOW } from '../../bench/instruments/analog-meter';

export interface MultimeterPointer {
  /** Where the pointer stands, 0 … 1 (pinned at the stops). */
  shown: number;
  status: 'ok' | 'overrange' | 'reversed' | 'off';
}

/**
 * The pointer is drawn in steps of 1/20 000 of the scale (a hundredth of a pixel on the largest dial): a steady
 * reading whose last digits wobble (the RMS of an AC cycle) then draws the same line, and the page is not
 * repainted every frame for nothing.
 */
const DRAWN_STEPS = 20_000;

export function multimeterPointer(modeId: string, fraction: number): MultimeterPointer {
  if (multimeterMode(modeId).fn === 'off' || !Number.isFinite(fraction)) return { shown: 0, status: 'off' };
  if (fraction < -1e-9) return { shown: PIN_LOW, status: 'reversed' };
  if (fraction > 1 + 1e-9) return { shown: PIN_HIGH, status: 'overrange' };
  return { shown: Math.round(Math.min(1, Math.max(0, fraction)) * DRAWN_STEPS) / DRAWN_STEPS, status: 'ok' };
}

/** The numbered Ω marks (scale values before the multiplier) and where each stands. */
export const OHM_MARKS = [0, 2, 5, 10, 15, 20, 30, 50, 100, 500].map((ohm) => ({ ohm, fraction: OHM_SCALE_CENTRE / (OHM_SCALE_CENTRE + ohm) }));
/** Unnumbered Ω ticks between them. */
export const OHM_TICKS = [1, 3, 4, 6, 7, 8, 9, 12, 25, 40, 70, 150, 200, 300, 1000].map((ohm) => OHM_SCALE_CENTRE / (OHM_SCALE_CENTRE + ohm));

/** The DC scale's numbered marks for a V or mA range: 0 … range in five steps. */
export function dcMarks(range: number): { value: number; fraction: number }[] {
  return [0, 1, 2, 3, 4, 5].map((i) => ({ value: Number(((range * i) / 5).toPrecision(3)), fraction: i / 5 }));
}
