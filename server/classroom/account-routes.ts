/**
 * School accounts (issue #19): the school administrator creates teacher, mentor and administrator
 * accounts, resets passwords and imports class lists; a class teacher makes new passwords for their
 * students (log-in slips); everyone changes their own password. Routes and their bodies:
 * projects/contracts/accounts.ts. Who may do what: server/auth/permissions.ts.
 *
 * A password the server makes up is shown once, in the answer, and its owner is asked to choose their
 * own at the next log-in (`mustChangePassword`); every session of the person is ended with it.
 */
import type { IncomingMessage } from 'node:http';
import {
  ChangePasswordBody, ClassListBody, ClassPasswordsBody, CreateStaffBody, type ClassListInput,
  type ClassListImported, type ClassListPreview, type LoginSlip, type PersonSummary, type SchoolPeople,
} from '../../projects/contracts/accounts';
import { publicUser } from '../auth/auth';
import { hashPassword, verifyPassword } from '../auth/password';
import { assertPasswordAllowed } from '../auth/password-policy';
import { can } from '../auth/permissions';
import type { ApiDeps } from '../http/api-deps';
import { newInviteCode, parseId } from '../http/class-routes';
import { badRequest, conflict, forbidden, invalidField, notFound, refuse } from '../http/errors';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { ClassRecord, UserRecord } from '../store/records';
import { StoreConflictError } from '../store/store';
import { checkClassList, ClassListError, parseClassList, parseClassListXlsx, type CheckedClassList } from './class-list';
import { temporaryPassword } from './temporary-password';

export interface AccountRouteOptions {
  /** scrypt cost of the passwords made here (tests lower it; default server/auth/password.ts). */
  scrypt?: { N: number; r: number; p: number };
}

const summary = (u: UserRecord): PersonSummary => ({
  id: u.id, username: u.username, displayName: u.displayName, role: u.role, studentNumber: u.studentNumber, mustChangePassword: u.mustChangePassword,
});

/** Hashes many passwords a few at a time (scrypt runs on libuv's 4 threads; more at once only queues). */
async function hashAll(passwords: readonly string[], scrypt?: AccountRouteOptions['scrypt']): Promise<string[]> {
  const out: string[] = new Array(passwords.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(4, passwords.length) }, async () => {
      while (next < passwords.length) {
        const i = next++;
        out[i] = await hashPassword(passwords[i], scrypt);
      }
    }),
  );
  return out;
}

export function accountRoutes(router: Router, { store, auth }: ApiDeps, opts: AccountRouteOptions = {}): void {
  /** The caller, once they are the administrator of a school. */
  async function schoolAdmin(req: IncomingMessage) {
    const { user } = await auth.requireCaller(req);
    if (user.schoolId === null || !can(user, 'school.accounts', { kind: 'school', schoolId: user.schoolId, mentorSchoolIds: [] })) {
      throw forbidden('accounts_admin_only');
    }
    return { user, schoolId: user.schoolId };
  }

  /** Whether `target` belongs to the school: its teachers, students and administrators, and the mentors serving it. */
  async function ofSchool(target: UserRecord, schoolId: number): Promise<boolean> {
    if (target.schoolId === schoolId) return true;
    return target.role === 'mentor' && (await store.accounts.mentorSchoolIds(target.id)).includes(schoolId);
  }

  async function newPasswordFor(user: UserRecord): Promise<string> {
    const password = temporaryPassword(user.username);
    await store.accounts.setPassword(user.id, await hashPassword(password, opts.scrypt), true);
    return password;
  }

  router.post('/api/auth/password', async ({ req, res }) => {
    const { user, session } = await auth.requireCaller(req);
    if (!can(user, 'password.change', { kind: 'none' })) throw forbidden();
    const body = await readBodyAs(req, ChangePasswordBody, 4096);
    if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
      throw refuse(400, 'wrong_password', 'wrong_password', { field: 'currentPassword' }, { field: 'currentPassword' });
    }
    if (body.newPassword === body.currentPassword) throw badRequest('same_password', { field: 'newPassword' }, 'newPassword');
    assertPasswordAllowed(body.newPassword, user.username, 'newPassword');
    // the other sessions end (a lost device, someone who learnt the old password); this one stays
    await store.accounts.setPassword(user.id, await hashPassword(body.newPassword, opts.scrypt), false, session.tokenHash);
    sendJson(res, 200, { user: publicUser({ ...user, mustChangePassword: false }) });
  });

  router.get('/api/admin/people', async ({ req, res }) => {
    const { schoolId } = await schoolAdmin(req);
    const [school, teachers, admins, mentors, classes] = await Promise.all([
      store.accounts.schools().then((all) => all.find((s) => s.id === schoolId)!),
      store.accounts.usersOfSchool(schoolId, 'teacher'),
      store.accounts.usersOfSchool(schoolId, 'admin'),
      store.accounts.mentorsOfSchool(schoolId),
      store.classes.classesOfSchool(schoolId),
    ]);
    const studentsOf = await store.classes.studentsOfClasses(classes.map((c) => c.id)); // one statement for every class
    const counts = classes.map((c) => studentsOf.get(c.id)?.length ?? 0);
    const teacherById = new Map(teachers.map((t) => [t.id, t]));
    const missing = classes.map((c) => c.teacherId).filter((id) => !teacherById.has(id));
    for (const [id, u] of await store.accounts.usersByIds(missing)) teacherById.set(id, u);
    const body: SchoolPeople = {
      school,
      staff: [...admins, ...teachers, ...mentors].map(summary),
      classes: classes.map((c, i) => ({ id: c.id, name: c.name, teacher: { id: c.teacherId, displayName: teacherById.get(c.teacherId)?.displayName ?? '' }, students: counts[i] })),
    };
    sendJson(res, 200, body);
  });

  router.post('/api/admin/users', async ({ req, res }) => {
    const { schoolId } = await schoolAdmin(req);
    const body = await readBodyAs(req, CreateStaffBody, 4096);
    const password = temporaryPassword(body.username);
    let user: UserRecord;
    try {
      user = await store.accounts.createUser({
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        // a mentor comes from outside and may serve several schools (mentor_schools)
        schoolId: body.role === 'mentor' ? null : schoolId,
        passwordHash: await hashPassword(password, opts.scrypt),
        mustChangePassword: true,
      });
    } catch (e) {
      if (e instanceof StoreConflictError) throw conflict('username_taken', { username: body.username }, 'username');
      throw e;
    }
    if (body.role === 'mentor') await store.accounts.addMentorSchool(user.id, schoolId);
    const slip: LoginSlip = { userId: user.id, displayName: user.displayName, username: user.username, password };
    sendJson(res, 201, { user: summary(user), slip });
  });

  router.post('/api/admin/users/:id/password', async ({ req, res, params }) => {
    const { schoolId } = await schoolAdmin(req);
    const target = await store.accounts.userById(parseId(params.id, 'userId'));
    if (!target || !(await ofSchool(target, schoolId))) throw notFound('no_such_person');
    const password = await newPasswordFor(target);
    const slip: LoginSlip = { userId: target.id, displayName: target.displayName, username: target.username, password };
    sendJson(res, 200, { slip });
  });

  /** The list checked against the school as it is now. */
  async function checkedList(schoolId: number, file: ClassListInput, teacherId: number | null | undefined): Promise<{ list: CheckedClassList; teacher: UserRecord | null }> {
    let teacher: UserRecord | null = null;
    if (teacherId != null) {
      const t = await store.accounts.userById(teacherId);
      if (!t || t.role !== 'teacher' || t.schoolId !== schoolId) throw invalidField('teacherId', 'not_teacher_of_school', { userId: teacherId });
      teacher = t;
    }
    const field = file.xlsx !== undefined ? 'xlsx' : 'csv';
    let rows;
    try {
      rows = file.xlsx !== undefined ? await parseClassListXlsx(Buffer.from(file.xlsx, 'base64')) : parseClassList(file.csv ?? '');
    } catch (e) {
      if (e instanceof ClassListError) throw refuse(400, 'invalid_class_list', 'invalid_class_list', { field, detail: e.message }, { field, details: { problem: e.problem, vars: e.vars, ...(e.line ? { line: e.line } : {}) } });
      throw e;
    }
    const [classes, taken] = await Promise.all([store.classes.classesOfSchool(schoolId), store.accounts.usersByUsernames(rows.map((r) => r.studentNumber).filter(Boolean))]);
    const list = checkClassList(rows, { classes, takenUsernames: new Set(taken.map((u) => u.username.toLowerCase())), mayCreateClasses: teacher !== null });
    return { list, teacher };
  }

  router.post('/api/admin/class-list/preview', async ({ req, res }) => {
    const { schoolId } = await schoolAdmin(req);
    const body = await readBodyAs(req, ClassListBody, 2 * 1024 * 1024);
    const { list } = await checkedList(schoolId, body, body.teacherId);
    const preview: ClassListPreview = list;
    sendJson(res, 200, preview);
  });

  router.post('/api/admin/class-list/import', async ({ req, res }) => {
    const { schoolId } = await schoolAdmin(req);
    const body = await readBodyAs(req, ClassListBody, 2 * 1024 * 1024);
    const { list, teacher } = await checkedList(schoolId, body, body.teacherId);
    if (list.rowsWithProblems > 0) {
      throw refuse(400, 'class_list_has_problems', 'class_list_has_problems', { rows: list.rowsWithProblems }, { field: body.xlsx !== undefined ? 'xlsx' : 'csv', details: { preview: list } });
    }
    const field = body.xlsx !== undefined ? 'xlsx' : 'csv';
    if (!list.rows.length) throw refuse(400, 'invalid_class_list', 'class_list_no_students', { field }, { field });
    const createdClasses: ClassRecord[] = [];
    for (const name of list.newClasses) {
      for (let attempt = 0; ; attempt++) {
        try {
          createdClasses.push(await store.classes.createClass({ schoolId, name, inviteCode: newInviteCode(), teacherId: teacher!.id, createdAt: Date.now() }));
          break;
        } catch (e) {
          if (!(e instanceof StoreConflictError) || attempt > 5) throw e;
        }
      }
    }
    const classIdOf = new Map(createdClasses.map((c) => [c.name, c.id]));
    const passwords = list.rows.map((r) => temporaryPassword(r.username));
    const hashes = await hashAll(passwords, opts.scrypt);
    let created: UserRecord[];
    try {
      created = await store.accounts.importStudents(
        list.rows.map((r, i) => ({
          user: { username: r.username, displayName: r.name, role: 'student', schoolId, passwordHash: hashes[i], studentNumber: r.studentNumber, mustChangePassword: true },
          classId: r.classId ?? classIdOf.get(r.className)!,
        })),
      );
    } catch (e) {
      // someone took a username between the check and the write: nothing of the students was written
      if (e instanceof StoreConflictError) throw conflict('class_list_username_taken', {}, 'csv');
      throw e;
    }
    const answer: ClassListImported = {
      slips: created.map((u, i) => ({ userId: u.id, displayName: u.displayName, username: u.username, password: passwords[i], className: list.rows[i].className })),
      createdClasses: createdClasses.map((c) => ({ id: c.id, name: c.name })),
    };
    sendJson(res, 201, answer);
  });

  router.post('/api/classes/:id/passwords', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const cls = await store.classes.classById(parseId(params.id, 'classId'));
    if (!cls) throw notFound('no_such_class');
    const students = await store.classes.studentsOfClass(cls.id);
    if (!can(user, 'class.passwords', { kind: 'class', class: cls, studentIds: students.map((s) => s.id) })) {
      throw forbidden('passwords_teacher_or_admin');
    }
    const body = await readBodyAs(req, ClassPasswordsBody, 16 * 1024);
    const byId = new Map(students.map((s) => [s.id, s]));
    body.studentIds.forEach((id, i) => {
      if (!byId.has(id)) throw invalidField(`studentIds.${i}`, 'not_student_of_class', { userId: id });
    });
    const slips: LoginSlip[] = [];
    for (const id of new Set(body.studentIds)) {
      const s = byId.get(id)!;
      slips.push({ userId: s.id, displayName: s.displayName, username: s.username, password: await newPasswordFor(s), className: cls.name });
    }
    sendJson(res, 200, { slips });
  });
}
