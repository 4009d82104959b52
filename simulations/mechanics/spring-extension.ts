/**
 * A school spring hung from an iron stand beside a vertical ruler (B1.2 探究弹簧弹力与形变量的关系, 人教版 必修第一册
 * 第三章第1节): within its elastic limit the extension is F/k (Hooke's law, F = k x) and it springs back when the
 * weights come off; hung with more than its limit it yields, stretching `YIELD_FACTOR` times as much per newton
 * beyond the limit, and keeps a permanent set (x_set = (F_max − F_e)(f − 1)/k): unloaded, it stays longer than it
 * was, and every later load adds F/k to that. This is the textbook's warning (所挂钩码不要超过弹簧的弹性限度)
 * made visible, with an ideal elastic-plastic line as the model (real springs round the corner). Pure.
 */
import { RULERS, readRuler } from '../bench/instruments/ruler';

export interface SpringSpec {
  naturalLengthM: number;
  kNpm: number;
  elasticLimitN: number;
  /** Beyond the limit, how many times as far it stretches per newton. */
  yieldFactor: number;
}

/** The bench's spring: 10 cm long, 40 N/m (a 50 g weight: 1.23 cm), elastic up to 3.0 N (six 50 g weights: 2.94 N). */
export const SCHOOL_SPRING: SpringSpec = { naturalLengthM: 0.1, kNpm: 40, elasticLimitN: 3.0, yieldFactor: 4 };

/** Where the spring's top is on the ruler beside it (its zero above the clamp), m below the ruler's zero. */
export const SPRING_TOP_ON_RULER_M = 0.0182;

/** The extension that stays after the largest force ever hung, m. */
export function permanentSetM(maxForceN: number, spec: SpringSpec): number {
  return (Math.max(0, maxForceN - spec.elasticLimitN) * (spec.yieldFactor - 1)) / spec.kNpm;
}

/** The extension under `forceN` after the spring has carried at most `maxForceN` (≥ forceN), m. */
export function springExtensionM(forceN: number, maxForceN: number, spec: SpringSpec): number {
  const f = Math.max(0, forceN), peak = Math.max(f, maxForceN);
  return permanentSetM(peak, spec) + f / spec.kNpm;
}

/** The pointer on the spring's lower end read on the ruler beside it (eye square, estimated to 0.1 mm), m. */
export function springPointerReadM(extensionM: number, spec: SpringSpec): number {
  return readRuler(SPRING_TOP_ON_RULER_M + spec.naturalLengthM + extensionM, 'square', RULERS['30']).readM;
}
