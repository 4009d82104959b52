/**
 * Automatic checks a teacher enables on an assignment (issue #19), run by the server at hand-in against
 * the student's own hidden true values (never the client's verdict), stored with the hand-in:
 *
 *   value  the number in the answer to question `question` is within `tolerancePct` of a mystery value
 *   slope  the least-squares slope of column `y` against column `x` is within `tolerancePct` of a mystery
 *          value or a fixed `expected` number (V against I of a resistor: its resistance)
 *   unit   the answer to question `question` is given in `unit` (an SI prefix of it counts: kΩ for Ω)
 *
 * Answers are free text such as "47.3 Ω" or "0.0473 kΩ"; `readQuantity` reads the number and the unit.
 */
import { z } from 'zod';
import { fitLinear } from '../fit';
import { ruleIssue } from './field-rules';

export const MAX_QUESTIONS = 20;
export const MAX_CHECKS = 10;

const Tolerance = z.number().finite('must be a number').min(0.1, 'at least 0.1 %').max(100, 'at most 100 %');
const Question = z.number().int('must be a whole number').min(0, 'a question number from 0').max(MAX_QUESTIONS - 1, `a question number below ${MAX_QUESTIONS}`);
/** A mystery property of a part of the assignment's setup. */
export const MysteryRef = z.object({ part: z.string().min(1).max(24), prop: z.string().min(1).max(40) }).strict();
const Column = z.string().min(1, 'name a recorded column').max(80);

export const CheckSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), question: Question, truth: MysteryRef, tolerancePct: Tolerance }).strict(),
  z
    .object({ kind: z.literal('slope'), x: Column, y: Column, truth: MysteryRef.optional(), expected: z.number().finite().optional(), tolerancePct: Tolerance })
    .strict()
    .refine((c) => (c.truth === undefined) !== (c.expected === undefined), { ...ruleIssue('truth_or_expected'), path: ['truth'] }),
  z.object({ kind: z.literal('unit'), question: Question, unit: z.string().trim().min(1, 'name the unit').max(20, 'at most 20 characters') }).strict(),
]);
export type CheckSpec = z.infer<typeof CheckSpec>;
export const CHECK_KINDS = ['value', 'slope', 'unit'] as const;

/** A student's true value of a mystery property. */
export interface TrueValue {
  part: string;
  prop: string;
  value: number;
  unit: string;
}

/** Why a check could not pass (besides being out of tolerance). */
export type CheckProblem = 'no_answer' | 'not_a_number' | 'no_column' | 'too_few_points' | 'wrong_unit' | 'out_of_tolerance';

export interface CheckResult {
  kind: CheckSpec['kind'];
  passed: boolean;
  /** What the student's work gave: the number (value, slope) or the unit; null when there was none. */
  got: number | string | null;
  /** What it was compared with; a student is not shown this for a mystery value (see `forStudent`). */
  expected: number | string;
  tolerancePct?: number;
  problem?: CheckProblem;
}

const PREFIXES: Record<string, number> = { G: 1e9, M: 1e6, k: 1e3, m: 1e-3, µ: 1e-6, μ: 1e-6, u: 1e-6, n: 1e-9 };
const UNIT_ALIASES: Record<string, string> = { ohm: 'Ω', ohms: 'Ω', Ohm: 'Ω', Ohms: 'Ω', 欧: 'Ω', 欧姆: 'Ω', '\u2126': 'Ω' }; // U+2126 OHM SIGN is the Greek capital omega
const canonicalUnit = (u: string) => UNIT_ALIASES[u] ?? u;

/** The number and unit of an answer like "47.3 Ω", "4.73e1 ohm", "0.0473kΩ", "R = 47.3 Ω" (the last number, and what follows it). */
export function readQuantity(text: string): { value: number; unit: string } | null {
  const m = /([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([^\s\d.].*)?$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[1]);
  return Number.isFinite(value) ? { value, unit: (m[2] ?? '').trim() } : null;
}

/** How many `unit` one `given` is (1 for the same unit, 1000 for kΩ against Ω), or null when they differ. */
export function unitFactor(given: string, unit: string): number | null {
  const g = canonicalUnit(given.trim());
  const u = canonicalUnit(unit.trim());
  if (g === u) return 1;
  const prefix = [...g][0];
  if (prefix && PREFIXES[prefix] !== undefined && canonicalUnit(g.slice(prefix.length)) === u) return PREFIXES[prefix];
  return null;
}

const within = (got: number, expected: number, tolerancePct: number) => Math.abs(got - expected) <= (Math.abs(expected) * tolerancePct) / 100 + 1e-12;

export interface HandInForChecks {
  table: { columns: { name: string; unit: string }[]; rows: (number | string)[][] };
  answers?: string[];
}

/** Run the checks on a hand-in against the student's true values (every mystery value the checks name is among them). */
export function runChecks(checks: readonly CheckSpec[], work: HandInForChecks, truths: readonly TrueValue[]): CheckResult[] {
  const truthOf = (ref: { part: string; prop: string }) => truths.find((t) => t.part === ref.part && t.prop === ref.prop);
  return checks.map((c): CheckResult => {
    if (c.kind === 'unit') {
      const answer = work.answers?.[c.question]?.trim() ?? '';
      if (!answer) return { kind: 'unit', passed: false, got: null, expected: c.unit, problem: 'no_answer' };
      const q = readQuantity(answer);
      const unit = q ? q.unit : answer;
      const ok = unitFactor(unit, c.unit) !== null;
      return { kind: 'unit', passed: ok, got: unit, expected: c.unit, ...(ok ? {} : { problem: 'wrong_unit' as const }) };
    }
    if (c.kind === 'value') {
      const truth = truthOf(c.truth);
      const expected = truth?.value ?? NaN;
      const base = { kind: 'value' as const, expected, tolerancePct: c.tolerancePct };
      const answer = work.answers?.[c.question]?.trim() ?? '';
      if (!answer) return { ...base, passed: false, got: null, problem: 'no_answer' };
      const q = readQuantity(answer);
      if (!q) return { ...base, passed: false, got: null, problem: 'not_a_number' };
      const factor = q.unit && truth ? unitFactor(q.unit, truth.unit) : 1;
      if (factor === null) return { ...base, passed: false, got: q.value, problem: 'wrong_unit' };
      const got = q.value * factor;
      const ok = within(got, expected, c.tolerancePct);
      return { ...base, passed: ok, got, ...(ok ? {} : { problem: 'out_of_tolerance' as const }) };
    }
    const expected = c.truth ? (truthOf(c.truth)?.value ?? NaN) : c.expected!;
    const base = { kind: 'slope' as const, expected, tolerancePct: c.tolerancePct };
    const xi = work.table.columns.findIndex((col) => col.name === c.x);
    const yi = work.table.columns.findIndex((col) => col.name === c.y);
    if (xi < 0 || yi < 0) return { ...base, passed: false, got: null, problem: 'no_column' };
    const xs: number[] = [];
    const ys: number[] = [];
    for (const row of work.table.rows) {
      const x = row[xi], y = row[yi];
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
        xs.push(x);
        ys.push(y);
      }
    }
    let slope: number;
    try {
      slope = fitLinear(xs, ys).coefficients[1];
    } catch {
      return { ...base, passed: false, got: null, problem: 'too_few_points' };
    }
    const ok = within(slope, expected, c.tolerancePct);
    return { ...base, passed: ok, got: slope, ...(ok ? {} : { problem: 'out_of_tolerance' as const }) };
  });
}

/** A check result as its student sees it: a hidden true value is not shown (a fixed expected number and a unit are). */
export function forStudent(spec: CheckSpec, r: CheckResult): CheckResult {
  const secret = spec.kind === 'value' || (spec.kind === 'slope' && spec.truth !== undefined);
  return secret ? { ...r, expected: '' } : r;
}
