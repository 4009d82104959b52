/**
 * Each student's assignments of a class as the assignments indicator reads them (record-indicators.ts
 * assignmentsDone): the due date for that student (an extension included) and when they handed in. Read
 * with three set queries for the whole class. Assignments have no automatic checks yet, so timeliness
 * counts for the whole score.
 */
import type { Store } from '../store/store';
import type { AssignmentWork } from './record-indicators';

export async function assignmentWorkOf(store: Store, classId: number, studentIds: readonly number[]): Promise<Map<number, AssignmentWork[]>> {
  const assignments = await store.assignments.assignmentsOfClasses([classId]);
  const ids = assignments.map((a) => a.id);
  const [work, extensions] = ids.length ? await Promise.all([store.assignments.workOf(ids), store.assignments.extensionsOf(ids)]) : [[], []];
  const key = (assignmentId: number, studentId: number) => `${assignmentId}:${studentId}`;
  const handedIn = new Map(work.map((w) => [key(w.assignmentId, w.studentId), w.handedInAt]));
  const extended = new Map(extensions.map((e) => [key(e.assignmentId, e.studentId), e.dueAt]));
  return new Map(
    studentIds.map((s) => [
      s,
      assignments.map((a) => ({
        assignmentId: String(a.id),
        title: a.title,
        dueAt: extended.get(key(a.id, s)) ?? a.dueAt,
        handedInAt: handedIn.get(key(a.id, s)) ?? null,
        checksPassed: 0,
        checksTotal: 0,
      })),
    ]),
  );
}
