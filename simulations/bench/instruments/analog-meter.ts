/**
 * An analog meter as Chinese school labs have them (ammeter 0–0.6 A / 0–3 A, voltmeter 0–3 V / 0–15 V):
 * a pointer on a divided scale. The model gives the true value; the meter gives where the pointer is and
 * what a careful student reads off (to the scale's smallest division). Overrange and reversed polarity
 * pin the pointer (past the end stop, or below zero) and say so. Optional noise (off by default) makes the
 * pointer tremble like a real one, from the seeded generator.
 * Reused by every bench's instruments (force gauges, thermometers, balances): it knows nothing about
 * circuits. Pure; its SVG view is AnalogMeterView.svelte.
 *
 * Scales after 人教版 九年级物理 第十五章第4节 (电流表: 0–0.6 A, 分度值 0.02 A; 0–3 A, 分度值 0.1 A) and
 * 第十六章第1节 (电压表: 0–3 V, 分度值 0.1 V; 0–15 V, 分度值 0.5 V).
 */
import type { SeededRandom } from '../../core/rng';

export interface MeterScale {
  /** Full-scale value in the meter's unit (0.6 for the 0–0.6 A range). */
  fullScale: number;
  /** Numbered divisions (0, 0.2, 0.4, 0.6: three). */
  majorDivisions: number;
  /** Small divisions in each numbered one (10 → a smallest division of 0.02 A on 0–0.6 A). */
  minorPerMajor: number;
}

export type PointerStatus = 'ok' | 'overrange' | 'reversed' | 'none';

export interface PointerReading {
  /** Pointer position, 0 at zero … 1 at full scale; pinned to PIN_LOW / PIN_HIGH past the stops. */
  fraction: number;
  status: PointerStatus;
}

/** How far the pointer can go past the ends before the stop (fractions of the scale). */
export const PIN_LOW = -0.04;
export const PIN_HIGH = 1.04;
/** The dial's sweep: the pointer turns from -SWEEP/2 (zero) to +SWEEP/2 (full scale), degrees from vertical. */
export const SWEEP_DEG = 90;

export function smallestDivision(scale: MeterScale): number {
  return scale.fullScale / (scale.majorDivisions * scale.minorPerMajor);
}

/** Where the pointer goes for a true value (NaN, an unconnected meter, rests at zero with status 'none'). */
export function pointerFor(value: number, scale: MeterScale): PointerReading {
  if (!Number.isFinite(value)) return { fraction: 0, status: 'none' };
  const f = value / scale.fullScale;
  // A pointer a hair past an end (rounding) is at the end, not pinned.
  const tiny = 1e-9;
  if (f < -tiny) return { fraction: PIN_LOW, status: 'reversed' };
  if (f > 1 + tiny) return { fraction: PIN_HIGH, status: 'overrange' };
  return { fraction: Math.min(1, Math.max(0, f)), status: 'ok' };
}

export function pointerAngleDeg(fraction: number): number {
  return -SWEEP_DEG / 2 + fraction * SWEEP_DEG;
}

/**
 * What a careful student writes down: the value to the nearest smallest division (分度值).
 * NaN while the pointer is pinned or the meter is not connected: there is no reading.
 */
export function readToResolution(value: number, scale: MeterScale): number {
  const p = pointerFor(value, scale);
  if (p.status !== 'ok') return NaN;
  const d = smallestDivision(scale);
  return Number((Math.round((p.fraction * scale.fullScale) / d) * d).toPrecision(12));
}

/** The tick marks of a scale: value, whether it is numbered, and its place on the dial (0 … 1). */
export function scaleTicks(scale: MeterScale): { value: number; major: boolean; fraction: number }[] {
  const n = scale.majorDivisions * scale.minorPerMajor;
  const out = [];
  for (let i = 0; i <= n; i++) out.push({ value: Number(((i * scale.fullScale) / n).toPrecision(12)), major: i % scale.minorPerMajor === 0, fraction: i / n });
  return out;
}

/**
 * A noisy value: the true value plus a Gaussian tremble of `sigmaDivisions` smallest divisions
 * (0.2 is a restless pointer). With sigma 0 the value is returned unchanged and no random number is drawn.
 */
export function withNoise(value: number, scale: MeterScale, rng: SeededRandom, sigmaDivisions: number): number {
  if (!sigmaDivisions || !Number.isFinite(value)) return value;
  return value + rng.normal() * sigmaDivisions * smallestDivision(scale);
}

/** The two-range meters of Chinese school labs, by the label of their range terminal. */
export const AMMETER_SCALES: Record<string, MeterScale> = {
  '0.6': { fullScale: 0.6, majorDivisions: 3, minorPerMajor: 10 },
  '3': { fullScale: 3, majorDivisions: 3, minorPerMajor: 10 },
};
export const VOLTMETER_SCALES: Record<string, MeterScale> = {
  '3': { fullScale: 3, majorDivisions: 3, minorPerMajor: 10 },
  '15': { fullScale: 15, majorDivisions: 3, minorPerMajor: 10 },
};
