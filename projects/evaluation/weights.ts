/**
 * Weight schemes: how much the process counts against the result, and how the indicators weigh within
 * the process. A school sets a floor for the process share (policy: at least 40 %, the default) and a
 * default scheme; a teacher adjusts the scheme of a class, and a scheme below the school's floor is
 * refused, naming the field.
 *
 *   process = Σ wᵢ·scoreᵢ / Σ wᵢ   over the indicators that apply (hard ones that have records to judge,
 *                                   soft ones that were rated); 0–100
 *   result  = the rubric's product criteria, as the mentors scored the latest scored submission; 0–100
 *   total   = processPct/100 · process + (100 − processPct)/100 · result
 *
 * A weighted arithmetic mean, the usual way of combining graded components (e.g. Brookhart, "How to
 * Create and Use Rubrics", 2013); an indicator that does not apply drops out rather than counting as 0.
 */
import { z } from 'zod';
import { INDICATORS, type IndicatorId } from './indicators';
import { ruleIssue } from '../contracts/field-rules';

export const DEFAULT_FLOOR_PCT = 40;
/** The lowest floor a school may set: the policy asks that the process count for at least 40 %. */
export const MIN_SCHOOL_FLOOR_PCT = 40;
export const MAX_INDICATOR_WEIGHT = 10;

const Pct = z.number().int('must be a whole number of percent').min(0, 'must be 0 % or more').max(100, 'must be 100 % or less');
const Weight = z.number().int('must be a whole number').min(0, 'must be 0 or more').max(MAX_INDICATOR_WEIGHT, `must be ${MAX_INDICATOR_WEIGHT} or less`);

export const WeightSchemeSchema = z
  .object({
    processPct: Pct,
    weights: z.object(Object.fromEntries(INDICATORS.map((id) => [id, Weight])) as Record<IndicatorId, typeof Weight>).strict(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.processPct > 0 && Object.values(s.weights).every((w) => w === 0)) ctx.addIssue({ code: 'custom', path: ['weights'], ...ruleIssue('indicator_weight') });
  });
export type WeightScheme = z.infer<typeof WeightSchemeSchema>;

const FloorPct = z
  .number({ message: 'must be a whole number of percent' })
  .int('must be a whole number of percent')
  .min(MIN_SCHOOL_FLOOR_PCT, `must be at least ${MIN_SCHOOL_FLOOR_PCT} % (policy: the process counts for at least ${MIN_SCHOOL_FLOOR_PCT} %)`)
  .max(100, 'must be 100 % or less');

/** A school's policy: the floor of every class's process share, and the default scheme of its classes. */
export const SchoolPolicySchema = z
  .object({ floorPct: FloorPct, scheme: WeightSchemeSchema })
  .strict()
  .superRefine((p, ctx) => {
    if (p.scheme.processPct < p.floorPct) ctx.addIssue({ code: 'custom', path: ['scheme', 'processPct'], ...ruleIssue('process_floor', { floorPct: p.floorPct }) });
  });
export type SchoolPolicy = z.infer<typeof SchoolPolicySchema>;

export const DEFAULT_SCHEME: WeightScheme = {
  processPct: 50,
  weights: {
    lab_activity: 2, data_quality: 2, assignments: 2, contribution: 2, comments_answered: 1, revisions: 1, defense: 1,
    inquiry: 1, persistence: 1, collaboration: 1, communication: 1, scientific_attitude: 1,
  },
};

export const DEFAULT_POLICY: SchoolPolicy = { floorPct: DEFAULT_FLOOR_PCT, scheme: DEFAULT_SCHEME };

/** A scheme the floor refuses: the field and the message (English; the app words it itself). */
export interface SchemeProblem {
  field: string;
  message: string;
  floorPct: number;
}

/** Null when the scheme may be saved under this floor. */
export function checkFloor(scheme: WeightScheme, floorPct: number): SchemeProblem | null {
  if (scheme.processPct >= floorPct) return null;
  return { field: 'processPct', floorPct, message: `processPct: the process must count for at least ${floorPct} % (the school's floor); got ${scheme.processPct} %` };
}

/** Null when the policy's own default scheme respects its floor. */
export function checkPolicy(policy: SchoolPolicy): SchemeProblem | null {
  const p = checkFloor(policy.scheme, policy.floorPct);
  return p && { ...p, field: 'scheme.processPct' };
}

export type IndicatorScores = Partial<Record<IndicatorId, number | null>>;

export interface ProcessScore {
  /** 0–100, one decimal; null when no indicator applies. */
  score: number | null;
  /** The indicators that counted and their share of the process score (0–1), for the drill-down. */
  shares: Partial<Record<IndicatorId, number>>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function processScore(scheme: WeightScheme, scores: IndicatorScores): ProcessScore {
  let sum = 0;
  let weights = 0;
  const counted: IndicatorId[] = [];
  for (const id of INDICATORS) {
    const s = scores[id];
    const w = scheme.weights[id];
    if (s === null || s === undefined || w === 0) continue;
    sum += w * s;
    weights += w;
    counted.push(id);
  }
  if (weights === 0) return { score: null, shares: {} };
  return { score: round1(sum / weights), shares: Object.fromEntries(counted.map((id) => [id, scheme.weights[id] / weights])) };
}

/** The total, 0–100 with one decimal; null while either part is missing (no rubric score yet, or nothing to judge the process by). */
export function totalScore(scheme: WeightScheme, process: number | null, result: number | null): number | null {
  if (scheme.processPct === 100) return process;
  if (scheme.processPct === 0) return result;
  if (process === null || result === null) return null;
  return round1((scheme.processPct * process + (100 - scheme.processPct) * result) / 100);
}
