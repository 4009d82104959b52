/**
 * What an assignment carries besides its title and due date (issue #19): a saved bench setup, a range per
 * mystery value, questions and checks. Checked once when the teacher assigns (every error names the
 * field: `setup.parts[2].props.resistanceOhm`, `mystery[0].max`, `checks[1].truth.prop`), stored as JSON
 * in the assignment's `spec`, and read back to give each student their own setup and true values
 * (simulations/bench/mystery-values.ts) and to run the checks at hand-in (projects/contracts/assignment-checks.ts).
 */
import type { CheckSpec, TrueValue } from '../../projects/contracts/assignment-checks';
import type { CreateAssignmentInput } from '../../projects/contracts/assignments';
import { benchPreset } from '../../simulations/bench-presets';
import { checkMysteryRanges, personalSetup, setupMysteryValues, type MysteryRange } from '../../simulations/bench/mystery-values';
import { parseSetup, type Setup } from '../../simulations/bench/setup';
import { invalidField } from '../http/errors';
import { setupProblem } from '../http/validate';
import type { AssignmentRecord } from '../store/records';
import type { Store } from '../store/store';

export interface AssignmentSpec {
  setup: Setup | null;
  mystery: MysteryRange[];
  questions: string[];
  checks: CheckSpec[];
  /** Set for these students and teams only; null for the whole class. */
  to: { studentIds: number[]; teamIds: number[] } | null;
}

export const EMPTY_SPEC: AssignmentSpec = { setup: null, mystery: [], questions: [], checks: [], to: null };

/** The create body's setup, ranges, questions and checks, checked against the experiment's bench; throws a 400 naming the field. */
export function specOfBody(body: CreateAssignmentInput): Omit<AssignmentSpec, 'to'> {
  const questions = body.questions ?? [];
  const mystery = body.mystery ?? [];
  const checks = body.checks ?? [];
  let setup: Setup | null = null;
  const bench = benchPreset(body.experimentId);
  if (body.setup) {
    if (!bench) throw invalidField('setup', 'setup_not_bench', { value: body.experimentId });
    const r = parseSetup(body.setup, bench.catalog);
    if (!r.ok) throw setupProblem(`setup.${r.errors[0].field}`, r.errors[0]);
    setup = r.setup;
  }
  if (mystery.length && !setup) throw invalidField('mystery', 'mystery_needs_setup');
  if (setup && bench) {
    const errors = checkMysteryRanges(setup, mystery, bench.catalog);
    if (errors.length) throw setupProblem(errors[0].field, errors[0]);
  }
  checkChecks(checks, questions, setup, body.experimentId);
  return { setup, mystery, questions, checks };
}

/** Each check against the questions (by number) and the setup's numeric mystery values; throws a 400 naming `checks.<i>.…`. */
export function checkChecks(checks: readonly CheckSpec[], questions: readonly string[], setup: Setup | null, experimentId: string): void {
  const bench = benchPreset(experimentId);
  const mysteries = setup && bench ? setupMysteryValues(setup, bench.catalog) : [];
  checks.forEach((c, i) => {
    if ((c.kind === 'value' || c.kind === 'unit') && c.question >= questions.length) {
      const field = `checks.${i}.question`;
      throw questions.length ? invalidField(field, 'check_question_missing', { question: c.question, last: questions.length - 1 }) : invalidField(field, 'check_no_questions', { question: c.question });
    }
    const truth = c.kind === 'value' || c.kind === 'slope' ? c.truth : undefined;
    if (truth && !mysteries.some((m) => m.part === truth.part && m.prop === truth.prop)) {
      throw invalidField(`checks.${i}.truth`, 'check_truth_not_mystery', { value: `${truth.part}.${truth.prop}`, allowed: mysteries.map((m) => `${m.part}.${m.prop}`).join(', ') || '—' });
    }
  });
}

export function specOf(a: AssignmentRecord): AssignmentSpec {
  if (!a.spec) return EMPTY_SPEC;
  try {
    return { ...EMPTY_SPEC, ...(JSON.parse(a.spec) as Partial<AssignmentSpec>) };
  } catch {
    return EMPTY_SPEC;
  }
}

/** One student's setup (their mystery values in it) and their true values; null setup when the assignment has none. */
export function studentSetup(a: AssignmentRecord, spec: AssignmentSpec, studentId: number): { setup: Setup | null; trueValues: TrueValue[] } {
  const bench = benchPreset(a.experimentId);
  if (!spec.setup || !bench) return { setup: null, trueValues: [] };
  const mine = personalSetup(spec.setup, spec.mystery, bench.catalog, a.id, studentId);
  const ranged = new Set(mine.values.map((v) => `${v.part}.${v.prop}`));
  const shared = setupMysteryValues(spec.setup, bench.catalog).filter((v) => !ranged.has(`${v.part}.${v.prop}`));
  return { setup: mine.setup, trueValues: [...mine.values, ...shared] };
}

/** Whom each assignment is set for: null for the whole class, else its students (a team's members as they are now; one query for all teams). */
export async function audiences(store: Store, assignments: readonly AssignmentRecord[]): Promise<Map<number, Set<number> | null>> {
  const specs = assignments.map((a) => [a, specOf(a)] as const);
  const teamIds = [...new Set(specs.flatMap(([, s]) => s.to?.teamIds ?? []))];
  const members = teamIds.length ? await store.classes.teamMemberIdsOf(teamIds) : new Map<number, number[]>();
  return new Map(specs.map(([a, s]) => [a.id, s.to ? new Set([...s.to.studentIds, ...s.to.teamIds.flatMap((t) => members.get(t) ?? [])]) : null]));
}
export const setFor = (audience: Map<number, Set<number> | null>, assignmentId: number, studentId: number) => {
  const a = audience.get(assignmentId);
  return !a || a.has(studentId);
};
