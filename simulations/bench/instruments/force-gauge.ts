/**
 * The spring force gauge (弹簧测力计) as students are taught to use it (人教版 八年级下册 第七章第2节 "弹力"):
 * look at its range (量程) and smallest division (分度值), set the pointer to zero in the direction it will be
 * used (调零), pull along the spring's axis, read with the eye square to the scale. The spring obeys Hooke's
 * law within its range, so the pointer moves in proportion to the pull; past the range it stops against the
 * case and the spring can be damaged.
 *
 * The model gives the true pull; the gauge gives where the pointer is (pull + zero error) and what a careful
 * student writes: junior gauges to the division, senior ones with one estimated digit (必修第一册 第三章
 * 实验 "探究两个互成角度的力的合成规律": 估读到 0.01 N on a 0.1 N scale). Pure.
 */

import { readEstimated, readToDivision } from './scale-reading';

export interface GaugeSpec {
  rangeN: number;
  divisionN: number;
  /** Numbered every … N. */
  numberEveryN: number;
  /** Length of the scale from 0 to the range, metres (the spring's travel: k = range / length). */
  scaleLengthM: number;
  /** Read with an estimated digit (senior work) or to the division (junior). */
  estimate: boolean;
}

/** School gauges by their catalogue name. */
export const GAUGES: Record<string, GaugeSpec> = {
  '2.5': { rangeN: 2.5, divisionN: 0.05, numberEveryN: 0.5, scaleLengthM: 0.1, estimate: false },
  '5': { rangeN: 5, divisionN: 0.2, numberEveryN: 1, scaleLengthM: 0.1, estimate: false },
  '5-senior': { rangeN: 5, divisionN: 0.1, numberEveryN: 1, scaleLengthM: 0.1, estimate: true },
  '10': { rangeN: 10, divisionN: 0.2, numberEveryN: 1, scaleLengthM: 0.12, estimate: false },
};

/** How far the pointer can go past the ends before the case stops it, in fractions of the scale. */
export const GAUGE_PAST_TOP = 0.06;
export const GAUGE_PAST_ZERO = 0.04;

export type GaugeStatus = 'ok' | 'overrange' | 'pushed';

export interface GaugeReading {
  /** Where the pointer is, N on the scale (true pull + zero error), limited by the stops. */
  pointerN: number;
  /** Pointer position from the zero mark, metres (for drawing). */
  pointerM: number;
  /** What the student writes; NaN against a stop (no reading). */
  readN: number;
  status: GaugeStatus;
}

/** The gauge pulled with `forceN` (along its axis) whose pointer rests at `zeroN` when unloaded. */
export function readGauge(forceN: number, zeroN: number, spec: GaugeSpec): GaugeReading {
  const raw = forceN + zeroN;
  const top = spec.rangeN * (1 + GAUGE_PAST_TOP), bottom = -spec.rangeN * GAUGE_PAST_ZERO;
  const status: GaugeStatus = raw > spec.rangeN + 1e-9 ? 'overrange' : raw < bottom + 1e-9 && forceN < 0 ? 'pushed' : 'ok';
  const pointerN = Math.min(top, Math.max(bottom, raw));
  const read = spec.estimate ? readEstimated(pointerN, spec.divisionN) : readToDivision(pointerN, spec.divisionN);
  return { pointerN, pointerM: (pointerN / spec.rangeN) * spec.scaleLengthM, readN: status === 'ok' ? read : NaN, status };
}

/** The spring constant of the gauge, N/m. */
export function gaugeStiffnessNpm(spec: GaugeSpec): number {
  return spec.rangeN / spec.scaleLengthM;
}

/** The printed marks: value, numbered or not, position from zero (m). */
export function gaugeMarks(spec: GaugeSpec): { n: number; numbered: boolean; atM: number }[] {
  const count = Math.round(spec.rangeN / spec.divisionN);
  const out = [];
  for (let i = 0; i <= count; i++) {
    const n = Number((i * spec.divisionN).toPrecision(12));
    out.push({ n, numbered: Math.abs(n / spec.numberEveryN - Math.round(n / spec.numberEveryN)) < 1e-9, atM: (n / spec.rangeN) * spec.scaleLengthM });
  }
  return out;
}
