/**
 * Assignments (issue #19): a class teacher assigns an experiment of the curriculum catalogue with
 * instructions and a due date; the class's students see it, open it (noted once) and hand in the data
 * they recorded (once); the teacher sees every student's status and work, and gives one student a later
 * due date. Routes and bodies: projects/contracts/assignments.ts. Who may: server/auth/permissions.ts
 * ('class.manage' for the teacher, 'assignment.work' for the class's students).
 *
 * Statuses come from projects/contracts/assignments.ts `assignmentStatus` against the server's clock, so
 * "late" and "missing" are the same for everyone whatever their computer's clock says.
 */
import type { IncomingMessage } from 'node:http';
import { forStudent, runChecks } from '../../projects/contracts/assignment-checks';
import {
  assignmentStatus, CreateAssignmentBody, EditAssignmentBody, ExtendBody, HandInBody,
  type AssignmentStatus, type AssignmentView, type ClassProgress, type HandedIn, type StudentAssignment, type StudentWork, type TeacherAssignment,
} from '../../projects/contracts/assignments';
import { MAX_SETUP_JSON_BYTES } from '../../simulations/bench/share';
import { CATALOG } from '../../simulations/catalog/catalog';
import { can } from '../auth/permissions';
import type { ApiDeps } from '../http/api-deps';
import { parseId } from '../http/class-routes';
import { conflict, forbidden, invalidField, notFound, type Reason } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { AssignmentExtensionRecord, AssignmentRecord, AssignmentWorkRecord, ClassRecord, UserRecord } from '../store/records';
import type { AssignmentWork as EvaluationAssignmentWork } from '../evaluation/record-indicators';
import type { Store } from '../store/store';
import { editAssignment, recheckedHandIns } from './assignment-edit';
import { audiences, setFor, specOf, specOfBody, studentSetup, type AssignmentSpec } from './assignment-spec';
import { notify } from './inbox-routes';
import { progressCsv, progressXlsx } from './progress-export';
import { sendXlsx, timeZoneParam } from '../spreadsheet/xlsx-write';

/** Every experiment the catalogue offers (labs and bench presets), and its entries by `standard:code`. */
const CATALOG_EXPERIMENTS = new Set(CATALOG.flatMap((e) => e.experiments));
const CATALOG_REFS = new Map(CATALOG.map((e) => [`${e.standard}:${e.code}`, e]));

const ZERO_COUNTS = (): Record<AssignmentStatus, number> => ({ not_opened: 0, working: 0, handed_in: 0, late: 0, missing: 0 });

const person = (u: UserRecord) => ({ id: u.id, displayName: u.displayName, username: u.username });

function view(a: AssignmentRecord, className: string, spec: AssignmentSpec = specOf(a)): AssignmentView {
  return {
    id: a.id, classId: a.classId, className, title: a.title, instructions: a.instructions, experimentId: a.experimentId, catalogRef: a.catalogRef, dueAt: a.dueAt, createdAt: a.createdAt,
    hasSetup: spec.setup !== null, to: spec.to, questions: spec.questions, checks: spec.checks,
  };
}

function parseHandedIn(data: string | null): HandedIn | null {
  if (data === null) return null;
  try {
    return JSON.parse(data) as HandedIn;
  } catch {
    return null;
  }
}

/** Each student's due date of each assignment: the class's, or their extension when it is later (an edit may move the class's past it). */
function dueDates(extensions: readonly AssignmentExtensionRecord[]) {
  const ext = new Map(extensions.map((e) => [`${e.assignmentId}:${e.studentId}`, e.dueAt]));
  return (a: AssignmentRecord, studentId: number) => Math.max(ext.get(`${a.id}:${studentId}`) ?? a.dueAt, a.dueAt);
}

function workIndex(work: readonly AssignmentWorkRecord[]) {
  const byKey = new Map(work.map((w) => [`${w.assignmentId}:${w.studentId}`, w]));
  return (assignmentId: number, studentId: number) => byKey.get(`${assignmentId}:${studentId}`);
}


/**
 * The classes' assignments as the process evaluation counts them (server/evaluation/gradebook.ts
 * `assignmentWork`): per student, each assignment's due date for them and when they handed in.
 */
export async function assignmentWorkForEvaluation(store: Store, classId: number, studentIds: readonly number[]): Promise<Map<number, EvaluationAssignmentWork[]>> {
  const assignments = await store.assignments.assignmentsOfClasses([classId]);
  const ids = assignments.map((a) => a.id);
  const [work, extensions, audience] = await Promise.all([store.assignments.workOf(ids), store.assignments.extensionsOf(ids), audiences(store, assignments)]);
  const dueOf = dueDates(extensions);
  const workOf = workIndex(work);
  return new Map(
    studentIds.map((s) => [
      s,
      assignments.filter((a) => setFor(audience, a.id, s)).map((a) => {
        const w = workOf(a.id, s);
        const checks = w?.handedInAt != null ? (parseHandedIn(w.data)?.checks ?? []) : [];
        return { assignmentId: String(a.id), title: a.title, dueAt: dueOf(a, s), handedInAt: w?.handedInAt ?? null, checksPassed: checks.filter((c) => c.passed).length, checksTotal: checks.length };
      }),
    ]),
  );
}

export function assignmentRoutes(router: Router, { store, auth }: ApiDeps, opts: { now?: () => number } = {}): void {
  const now = opts.now ?? Date.now;

  async function classWithStudents(idText: string) {
    const cls = await store.classes.classById(parseId(idText, 'classId'));
    if (!cls) throw notFound('no_such_class');
    const students = await store.classes.studentsOfClass(cls.id);
    return { cls, students };
  }

  async function taughtClass(req: IncomingMessage, idText: string, refusal: Reason) {
    const { user } = await auth.requireCaller(req);
    const { cls, students } = await classWithStudents(idText);
    if (!can(user, 'class.manage', { kind: 'class', class: cls, studentIds: students.map((s) => s.id) })) throw forbidden(refusal);
    return { user, cls, students };
  }

  /** The assignment at `:id` and who is asking: its class's teacher, or one of its students. */
  async function assignmentFor(req: IncomingMessage, idText: string) {
    const { user } = await auth.requireCaller(req);
    const a = await store.assignments.assignmentById(parseId(idText, 'assignmentId'));
    if (!a) throw notFound('no_such_assignment');
    const cls = (await store.classes.classById(a.classId))!;
    const students = await store.classes.studentsOfClass(cls.id);
    const resource = { kind: 'class' as const, class: cls, studentIds: students.map((s) => s.id) };
    const role = can(user, 'class.manage', resource) ? 'teacher' : can(user, 'assignment.work', resource) ? 'student' : null;
    if (!role) throw forbidden('assignments_class_only');
    if (role === 'student' && !setFor(await audiences(store, [a]), a.id, user.id)) throw forbidden('assignment_for_others');
    return { user, a, cls, students, role };
  }

  async function teacherView(a: AssignmentRecord, cls: ClassRecord, students: readonly UserRecord[], withWork: boolean): Promise<TeacherAssignment> {
    const [work, extensions, audience] = await Promise.all([store.assignments.workOf([a.id]), store.assignments.extensionsOf([a.id]), audiences(store, [a])]);
    return teacherViews([a], cls, students, work, extensions, audience, withWork)[0];
  }

  function teacherViews(
    assignments: readonly AssignmentRecord[], cls: ClassRecord, students: readonly UserRecord[],
    work: readonly AssignmentWorkRecord[], extensions: readonly AssignmentExtensionRecord[], audience: Map<number, Set<number> | null>, withWork: boolean,
  ): TeacherAssignment[] {
    const dueOf = dueDates(extensions);
    const workOf = workIndex(work);
    const t = now();
    return assignments.map((a) => {
      const spec = specOf(a);
      const counts = ZERO_COUNTS();
      const rows: StudentWork[] = students.filter((s) => setFor(audience, a.id, s.id)).map((s) => {
        const w = workOf(a.id, s.id);
        const due = dueOf(a, s.id);
        const status = assignmentStatus(w, due, t);
        counts[status]++;
        return {
          student: person(s), dueAt: due, extended: due !== a.dueAt, status, openedAt: w?.openedAt ?? null, handedInAt: w?.handedInAt ?? null,
          handedIn: withWork ? parseHandedIn(w?.data ?? null) : null, trueValues: withWork ? studentSetup(a, spec, s.id).trueValues : [],
        };
      });
      return { ...view(a, cls.name, spec), counts, ...(withWork ? { work: rows, setup: spec.setup, mystery: spec.mystery } : {}) };
    });
  }

  /** The body's students and teams, each checked to be of this class (a 400 names `studentIds.2`, `teamIds.0`); null for the whole class. */
  async function audienceOf(body: { studentIds?: number[]; teamIds?: number[] }, classId: number, students: readonly UserRecord[], fields = { students: 'studentIds', teams: 'teamIds' }): Promise<AssignmentSpec['to']> {
    const studentIds = body.studentIds ?? [], teamIds = body.teamIds ?? [];
    if (!studentIds.length && !teamIds.length) return null;
    const inClass = new Set(students.map((s) => s.id));
    studentIds.forEach((id, i) => {
      if (!inClass.has(id)) throw invalidField(`${fields.students}.${i}`, 'not_student_of_class', { userId: id });
    });
    const teams = new Set((await store.classes.teamsOfClass(classId)).map((t) => t.id));
    teamIds.forEach((id, i) => {
      if (!teams.has(id)) throw invalidField(`${fields.teams}.${i}`, 'not_team_of_class', { teamId: id });
    });
    return { studentIds: [...new Set(studentIds)], teamIds: [...new Set(teamIds)] };
  }

  router.post('/api/classes/:id/assignments', async ({ req, res, params }) => {
    const { user, cls, students } = await taughtClass(req, params.id, 'assignments_set_teacher_only');
    const body = await readBodyAs(req, CreateAssignmentBody, MAX_SETUP_JSON_BYTES + 32 * 1024);
    if (!CATALOG_EXPERIMENTS.has(body.experimentId)) {
      throw invalidField('experimentId', 'unknown_experiment', { value: body.experimentId, allowed: [...CATALOG_EXPERIMENTS].join(', ') });
    }
    if (body.catalogRef) {
      const entry = CATALOG_REFS.get(body.catalogRef);
      if (!entry) throw invalidField('catalogRef', 'unknown_catalog_entry', { value: body.catalogRef });
      if (!entry.experiments.includes(body.experimentId)) throw invalidField('experimentId', 'experiment_not_for_entry', { value: body.experimentId, entry: body.catalogRef, allowed: entry.experiments.join(', ') });
    }
    const spec: AssignmentSpec = { ...specOfBody(body), to: await audienceOf(body, cls.id, students) };
    const hasSpec = spec.setup !== null || spec.questions.length > 0 || spec.checks.length > 0 || spec.to !== null;
    const a = await store.assignments.createAssignment({
      classId: cls.id, title: body.title, instructions: body.instructions, experimentId: body.experimentId, catalogRef: body.catalogRef ?? null,
      dueAt: body.dueAt, createdBy: user.id, createdAt: now(), spec: hasSpec ? JSON.stringify(spec) : null,
    });
    const audience = await audiences(store, [a]);
    await notify(store, students.filter((s) => setFor(audience, a.id, s.id)).map((s) => s.id), { kind: 'assignment_set', assignmentId: a.id, title: a.title, className: cls.name, dueAt: a.dueAt }, now());
    sendJson(res, 201, { assignment: await teacherView(a, cls, students, false) });
  });

  router.get('/api/classes/:id/assignments', async ({ req, res, params }) => {
    const { cls, students } = await taughtClass(req, params.id, 'assignments_list_teacher_only');
    const assignments = await store.assignments.assignmentsOfClasses([cls.id]);
    const ids = assignments.map((a) => a.id);
    const [work, extensions, audience] = await Promise.all([store.assignments.workOf(ids), store.assignments.extensionsOf(ids), audiences(store, assignments)]);
    sendJson(res, 200, { assignments: teacherViews(assignments, cls, students, work, extensions, audience, false) });
  });

  async function progressOf(req: IncomingMessage, idText: string): Promise<ClassProgress> {
    const { cls, students } = await taughtClass(req, idText, 'progress_teacher_only');
    const assignments = await store.assignments.assignmentsOfClasses([cls.id]);
    const ids = assignments.map((a) => a.id);
    const [work, extensions, audience] = await Promise.all([store.assignments.workOf(ids), store.assignments.extensionsOf(ids), audiences(store, assignments)]);
    const dueOf = dueDates(extensions);
    const workOf = workIndex(work);
    const t = now();
    return {
      class: { id: cls.id, name: cls.name },
      students: students.map(person),
      assignments: assignments.map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt })),
      cells: students.map((s) =>
        assignments.map((a) => {
          if (!setFor(audience, a.id, s.id)) return null;
          const w = workOf(a.id, s.id);
          const due = dueOf(a, s.id);
          return { status: assignmentStatus(w, due, t), dueAt: due, handedInAt: w?.handedInAt ?? null };
        }),
      ),
    };
  }

  router.get('/api/classes/:id/progress', async ({ req, res, params }) => {
    sendJson(res, 200, await progressOf(req, params.id));
  });

  /** The grid as a spreadsheet (progress-export.ts): one row per student, one column per assignment. */
  router.get('/api/classes/:id/progress.csv', async ({ req, res, params }) => {
    const p = await progressOf(req, params.id);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="progress-${p.class.id}.csv"`,
      'cache-control': 'no-store',
    });
    res.end(progressCsv(p));
  });

  router.get('/api/classes/:id/progress.xlsx', async ({ req, res, params, url }) => {
    const p = await progressOf(req, params.id);
    const tz = timeZoneParam(url);
    sendXlsx(res, `progress-${p.class.id}.xlsx`, await progressXlsx(p, url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN', tz));
  });

  router.get('/api/assignments', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.role !== 'student') throw forbidden('my_assignments_students_only');
    const classes = await store.classes.classesOfStudent(user.id);
    const names = new Map(classes.map((c) => [c.id, c.name]));
    const ofClasses = await store.assignments.assignmentsOfClasses(classes.map((c) => c.id));
    const audience = await audiences(store, ofClasses);
    const assignments = ofClasses.filter((a) => setFor(audience, a.id, user.id));
    const ids = assignments.map((a) => a.id);
    const [work, extensions] = await Promise.all([store.assignments.workOf(ids), store.assignments.extensionsOf(ids.length ? ids : [])]);
    const mine = work.filter((w) => w.studentId === user.id);
    const dueOf = dueDates(extensions.filter((e) => e.studentId === user.id));
    const workOf = workIndex(mine);
    const t = now();
    const list: StudentAssignment[] = assignments.map((a) => {
      const w = workOf(a.id, user.id);
      const due = dueOf(a, user.id);
      return { ...view(a, names.get(a.classId) ?? ''), myDueAt: due, status: assignmentStatus(w, due, t), openedAt: w?.openedAt ?? null, handedInAt: w?.handedInAt ?? null, handedIn: null };
    });
    sendJson(res, 200, { assignments: list });
  });

  router.get('/api/assignments/:id', async ({ req, res, params }) => {
    const { user, a, cls, students, role } = await assignmentFor(req, params.id);
    if (role === 'teacher') {
      sendJson(res, 200, { assignment: await teacherView(a, cls, students, true) });
      return;
    }
    const [work, extensions] = await Promise.all([store.assignments.workOf([a.id]), store.assignments.extensionsOf([a.id])]);
    const w = work.find((x) => x.studentId === user.id);
    const due = dueDates(extensions)(a, user.id);
    const spec = specOf(a);
    const handedIn = parseHandedIn(w?.data ?? null);
    const mine: StudentAssignment = {
      ...view(a, cls.name, spec), myDueAt: due, status: assignmentStatus(w, due, now()), openedAt: w?.openedAt ?? null, handedInAt: w?.handedInAt ?? null,
      handedIn: handedIn && { ...handedIn, ...(handedIn.checks ? { checks: handedIn.checks.map((r, i) => (spec.checks[i] ? forStudent(spec.checks[i], r) : r)) } : {}) },
      setup: studentSetup(a, spec, user.id).setup,
    };
    sendJson(res, 200, { assignment: mine });
  });

  router.post('/api/assignments/:id/open', async ({ req, res, params }) => {
    const { user, a, role } = await assignmentFor(req, params.id);
    if (role !== 'student') throw forbidden('assignment_work_students_only');
    await store.assignments.markOpened(a.id, user.id, now());
    sendJson(res, 200, { ok: true });
  });

  router.post('/api/assignments/:id/hand-in', async ({ req, res, params }) => {
    const { user, a, cls, role } = await assignmentFor(req, params.id);
    if (role !== 'student') throw forbidden('assignment_hand_in_students_only');
    const body = await readBodyAs(req, HandInBody, 512 * 1024);
    const width = body.table.columns.length;
    body.table.rows.forEach((row, i) => {
      if (row.length !== width) throw invalidField(`table.rows.${i}`, 'row_width', { values: row.length, columns: width });
    });
    const spec = specOf(a);
    const answers = body.answers ?? [];
    if (answers.length > spec.questions.length) {
      throw invalidField('answers', 'answer_count', { answers: answers.length, questions: spec.questions.length });
    }
    for (const axis of ['x', 'y'] as const) {
      const name = body.graph?.[axis];
      if (name !== undefined && !body.table.columns.some((c) => c.name === name)) {
        throw invalidField(`graph.${axis}`, 'no_such_column', { column: name, allowed: body.table.columns.map((c) => c.name).join(', ') });
      }
    }
    // The verdict is the server's: checks run here against this student's own true values, never taken from the client.
    const checks = spec.checks.length ? runChecks(spec.checks, { table: body.table, answers }, studentSetup(a, spec, user.id).trueValues) : undefined;
    const handedIn: HandedIn = { table: body.table, ...(body.note ? { note: body.note } : {}), ...(answers.length ? { answers } : {}), ...(body.graph ? { graph: body.graph } : {}), ...(checks ? { checks } : {}) };
    const at = now();
    if (!(await store.assignments.handIn(a.id, user.id, at, JSON.stringify(handedIn)))) {
      throw conflict('assignment_handed_in', {}, 'table');
    }
    const due = dueDates(await store.assignments.extensionsOf([a.id]))(a, user.id);
    const status = assignmentStatus({ openedAt: at, handedInAt: at }, due, at);
    await notify(store, [cls.teacherId], { kind: 'assignment_handed_in', assignmentId: a.id, title: a.title, studentName: user.displayName, late: status === 'late' }, at);
    sendJson(res, 200, { handedInAt: at, status, ...(checks ? { checks: checks.map((r, i) => forStudent(spec.checks[i], r)) } : {}) });
  });

  router.patch('/api/assignments/:id', async ({ req, res, params }) => {
    const { a, cls, students, role } = await assignmentFor(req, params.id);
    if (role !== 'teacher') throw forbidden('assignment_edit_teacher_only');
    const body = await readBodyAs(req, EditAssignmentBody, 64 * 1024);
    const wantsAdd = !!(body.addStudentIds?.length || body.addTeamIds?.length);
    const added = wantsAdd ? await audienceOf({ studentIds: body.addStudentIds, teamIds: body.addTeamIds }, cls.id, students, { students: 'addStudentIds', teams: 'addTeamIds' }) : null;
    const before = await audiences(store, [a]);
    const edit = editAssignment(a, specOf(a), body, added && { studentIds: added.studentIds, teamIds: added.teamIds });
    if (!edit.changed.length) {
      sendJson(res, 200, { assignment: await teacherView(a, cls, students, false), changed: [] });
      return;
    }
    await store.assignments.updateAssignment(edit.record, recheckedHandIns(a, edit, await store.assignments.workOf([a.id])));
    const updated: AssignmentRecord = { ...a, ...edit.record };
    const after = await audiences(store, [updated]);
    const at = now();
    const setBefore = students.filter((s) => setFor(before, a.id, s.id)).map((s) => s.id);
    const newlySet = students.filter((s) => setFor(after, a.id, s.id) && !setFor(before, a.id, s.id)).map((s) => s.id);
    const told = edit.changed.filter((c) => c !== 'audience');
    if (told.length) await notify(store, setBefore, { kind: 'assignment_changed', assignmentId: a.id, title: updated.title, changed: told, dueAt: updated.dueAt }, at);
    if (newlySet.length) await notify(store, newlySet, { kind: 'assignment_set', assignmentId: a.id, title: updated.title, className: cls.name, dueAt: updated.dueAt }, at);
    sendJson(res, 200, { assignment: await teacherView(updated, cls, students, false), changed: edit.changed });
  });

  router.put('/api/assignments/:id/due-dates/:studentId', async ({ req, res, params }) => {
    const { a, students, role } = await assignmentFor(req, params.id);
    if (role !== 'teacher') throw forbidden('due_dates_teacher_only');
    const studentId = parseId(params.studentId, 'studentId');
    if (!students.some((s) => s.id === studentId)) throw invalidField('studentId', 'not_student_of_class', { userId: studentId });
    const body = await readBodyAs(req, ExtendBody, 1024);
    if (body.dueAt < a.dueAt) throw invalidField('dueAt', 'extension_before_due', { due: new Date(a.dueAt).toISOString() });
    await store.assignments.setExtension(a.id, studentId, body.dueAt);
    await notify(store, [studentId], { kind: 'due_extended', assignmentId: a.id, title: a.title, dueAt: body.dueAt }, now());
    sendJson(res, 200, { studentId, dueAt: body.dueAt });
  });
}
