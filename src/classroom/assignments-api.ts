/**
 * The app's client of the assignment routes (projects/contracts/assignments.ts; types only, so zod stays
 * out of the bundle), and how a due date and a status are shown.
 */
import type {
  AssignmentChange, AssignmentStatus, CheckResult, CheckSpec, ClassProgress, CreateAssignmentInput, EditAssignmentInput, HandInInput, StudentAssignment, StudentWork, TeacherAssignment,
} from '../../projects/contracts/assignments';
import { apiCaller, type Fetch } from '../app/json-call';

export type { AssignmentChange, AssignmentStatus, CheckResult, CheckSpec, ClassProgress, StudentAssignment, StudentWork, TeacherAssignment };

export function createAssignmentsApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  const call = apiCaller(fetchFn);
  return {
    assign: (classId: number, input: CreateAssignmentInput) => call<{ assignment: TeacherAssignment }>(`/api/classes/${classId}/assignments`, 'POST', input).then((r) => r.assignment),
    ofClass: (classId: number) => call<{ assignments: TeacherAssignment[] }>(`/api/classes/${classId}/assignments`).then((r) => r.assignments),
    progress: (classId: number) => call<ClassProgress>(`/api/classes/${classId}/progress`),
    mine: () => call<{ assignments: StudentAssignment[] }>('/api/assignments').then((r) => r.assignments),
    student: (id: number) => call<{ assignment: StudentAssignment }>(`/api/assignments/${id}`).then((r) => r.assignment),
    teacher: (id: number) => call<{ assignment: TeacherAssignment }>(`/api/assignments/${id}`).then((r) => r.assignment),
    open: (id: number) => call<{ ok: true }>(`/api/assignments/${id}/open`, 'POST'),
    handIn: (id: number, input: HandInInput) => call<{ handedInAt: number; status: AssignmentStatus; checks?: CheckResult[] }>(`/api/assignments/${id}/hand-in`, 'POST', input),
    /** The teacher's edit (PATCH): what changed, and the assignment as it is now. */
    edit: (id: number, input: EditAssignmentInput) => call<{ assignment: TeacherAssignment; changed: AssignmentChange[] }>(`/api/assignments/${id}`, 'PATCH', input),
    extend: (id: number, studentId: number, dueAt: number) => call<{ dueAt: number }>(`/api/assignments/${id}/due-dates/${studentId}`, 'PUT', { dueAt }),
  };
}

export const assignmentsApi = createAssignmentsApi();

/** A due date as people read it: weekday, date and time in their language. */
export function formatDue(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** `<input type="datetime-local">` value of a time (local clock) and back. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
export function fromLocalInput(value: string): number | null {
  const ms = new Date(value).getTime();
  return value && Number.isFinite(ms) ? ms : null;
}
