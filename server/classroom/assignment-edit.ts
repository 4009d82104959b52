/**
 * A teacher's edit of an assignment after it was set (issue #19): title, instructions, due date, questions
 * and checks change; the audience only grows (students and teams are added, nobody is taken off, so no one
 * loses work they started). The saved setup and mystery ranges stay: students' mystery values must not
 * change under them. Pure: the route (assignment-routes.ts) reads and writes the store.
 *
 * Hand-ins keep their data; when questions or checks change, their check results are run again under the
 * new checks (against each student's own true values), so a result always belongs to the check shown
 * beside it.
 */
import { runChecks } from '../../projects/contracts/assignment-checks';
import type { AssignmentChange, EditAssignmentInput, HandedIn } from '../../projects/contracts/assignments';
import { invalidField } from '../http/errors';
import type { AssignmentRecord, AssignmentWorkRecord } from '../store/records';
import { checkChecks, studentSetup, type AssignmentSpec } from './assignment-spec';

export interface AssignmentEdit {
  record: Pick<AssignmentRecord, 'id' | 'title' | 'instructions' | 'dueAt' | 'spec'>;
  spec: AssignmentSpec;
  changed: AssignmentChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The edited assignment and what changed. `added`: the body's students and teams, already checked to be of
 * the class (null when none were given). Throws a 400 naming the field for checks that do not fit the
 * questions or the setup, and for adding to an assignment set for the whole class.
 */
export function editAssignment(a: AssignmentRecord, spec: AssignmentSpec, body: EditAssignmentInput, added: { studentIds: number[]; teamIds: number[] } | null): AssignmentEdit {
  const changed: AssignmentChange[] = [];
  const title = body.title ?? a.title;
  const instructions = body.instructions ?? a.instructions;
  const dueAt = body.dueAt ?? a.dueAt;
  const questions = body.questions ?? spec.questions;
  const checks = body.checks ?? spec.checks;
  if (title !== a.title) changed.push('title');
  if (instructions !== a.instructions) changed.push('instructions');
  if (dueAt !== a.dueAt) changed.push('dueAt');
  if (!same(questions, spec.questions)) changed.push('questions');
  if (!same(checks, spec.checks)) changed.push('checks');
  if (body.questions || body.checks) checkChecks(checks, questions, spec.setup, a.experimentId);

  let to = spec.to;
  if (added && (added.studentIds.length || added.teamIds.length)) {
    if (!spec.to) {
      const field = added.studentIds.length ? 'addStudentIds' : 'addTeamIds';
      throw invalidField(field, 'assignment_whole_class');
    }
    const studentIds = [...new Set([...spec.to.studentIds, ...added.studentIds])];
    const teamIds = [...new Set([...spec.to.teamIds, ...added.teamIds])];
    if (studentIds.length !== spec.to.studentIds.length || teamIds.length !== spec.to.teamIds.length) {
      to = { studentIds, teamIds };
      changed.push('audience');
    }
  }
  const next: AssignmentSpec = { ...spec, questions, checks, to };
  const hasSpec = next.setup !== null || next.questions.length > 0 || next.checks.length > 0 || next.to !== null;
  return { record: { id: a.id, title, instructions, dueAt, spec: hasSpec ? JSON.stringify(next) : null }, spec: next, changed };
}

/** The hand-ins whose check results differ under the edited checks, with their data as it is stored now. */
export function recheckedHandIns(a: AssignmentRecord, edit: AssignmentEdit, work: readonly AssignmentWorkRecord[]): { studentId: number; data: string }[] {
  if (!edit.changed.includes('checks') && !edit.changed.includes('questions')) return [];
  const out: { studentId: number; data: string }[] = [];
  for (const w of work) {
    if (w.handedInAt === null || w.data === null) continue;
    let handedIn: HandedIn;
    try {
      handedIn = JSON.parse(w.data) as HandedIn;
    } catch {
      continue;
    }
    const { checks: _old, ...rest } = handedIn;
    const checks = edit.spec.checks.length
      ? runChecks(edit.spec.checks, { table: handedIn.table, answers: handedIn.answers ?? [] }, studentSetup(a, edit.spec, w.studentId).trueValues)
      : undefined;
    const next: HandedIn = { ...rest, ...(checks ? { checks } : {}) };
    if (!same(next, handedIn)) out.push({ studentId: w.studentId, data: JSON.stringify(next) });
  }
  return out;
}
