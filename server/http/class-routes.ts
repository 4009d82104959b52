/**
 * Classes and teams. Teachers create classes (each gets an invite code), create teams, set members and
 * assign a mentor; students join a class with its invite code (many have no e-mail address). Contract:
 * projects/contracts/classes.ts.
 *
 *   GET  /api/classes                  teacher: own classes in full; student: joined classes and own teams
 *   POST /api/classes {name}           teacher
 *   POST /api/classes/join {inviteCode} student; wrong codes (and another school's) are one 404, rate limited
 *   POST /api/classes/:id/teams {name, studentIds?}   teacher of the class
 *   PUT  /api/teams/:id/members {studentIds}          teacher of the class
 *   PUT  /api/teams/:id/mentor {mentorId|null}        teacher of the class; the mentor must serve the school
 *   PATCH /api/classes/:id {name}      teacher of the class: rename
 *   PATCH /api/teams/:id {name}        teacher of the class: rename
 *   DELETE /api/teams/:id              teacher of the class; refused (409) while the team has projects
 *   GET  /api/mentors                  teacher: mentors serving the school
 */
import { randomInt } from 'node:crypto';
import { CreateClassBody, CreateTeamBody, JoinClassBody, RenameBody, SetMembersBody, SetMentorBody, type Person, type StudentClass, type TeacherClass, type TeamView } from '../../projects/contracts/classes';
import { can } from '../auth/permissions';
import type { ClassRecord, TeamRecord, UserRecord } from '../store/records';
import { StoreConflictError } from '../store/store';
import type { ApiDeps } from './api-deps';
import { forbidden, invalidField, notFound, refuse, type Reason } from './errors';
import { sendJson } from './json';
import type { Router } from './router';
import { readBodyAs } from './validate';

const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const newInviteCode = () => Array.from({ length: 8 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
export const normalizeInviteCode = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');
/** The one answer for a code that is wrong, or that belongs to a school the caller may not join (no oracle). */
export const unknownInviteCode = () => refuse(404, 'unknown_invite_code', 'unknown_invite_code', {}, { field: 'inviteCode' });

const personView = (u: UserRecord): Person => ({ id: u.id, username: u.username, displayName: u.displayName });

export function parseId(text: string, field: string): number {
  if (!/^\d{1,12}$/.test(text)) throw invalidField(field, 'field_not_whole_number', { value: text });
  return Number(text);
}

export function classRoutes(router: Router, { store, auth, onAccessChanged }: ApiDeps): void {
  /** Views of teams with their members and mentors: two statements however many teams. */
  async function teamViews(teams: readonly TeamRecord[]): Promise<TeamView[]> {
    const membersOf = await store.classes.teamMemberIdsOf(teams.map((t) => t.id));
    const people = await store.accounts.usersByIds([...new Set([...[...membersOf.values()].flat(), ...teams.flatMap((t) => (t.mentorId === null ? [] : [t.mentorId]))])]);
    return teams.map((team) => {
      const mentor = team.mentorId !== null ? people.get(team.mentorId) : undefined;
      const members = (membersOf.get(team.id) ?? []).map((id) => people.get(id)).filter((u): u is UserRecord => !!u);
      return { id: team.id, classId: team.classId, name: team.name, mentor: mentor ? personView(mentor) : null, members: members.map(personView) };
    });
  }

  const teamView = async (team: TeamRecord) => (await teamViews([team]))[0];

  /** Views of classes: the same statements for one class or many (a teacher's list). */
  async function classViews(classes: readonly ClassRecord[], full: boolean, viewer: UserRecord): Promise<(TeacherClass | StudentClass)[]> {
    const ids = classes.map((c) => c.id);
    const [teamsOf, studentsOf] = await Promise.all([store.classes.teamsOfClasses(ids), full ? store.classes.studentsOfClasses(ids) : new Map<number, UserRecord[]>()]);
    const views = await teamViews(classes.flatMap((c) => teamsOf.get(c.id) ?? []));
    return classes.map((c) => {
      const teams = views.filter((t) => t.classId === c.id);
      if (full) return { id: c.id, name: c.name, schoolId: c.schoolId, inviteCode: c.inviteCode, students: (studentsOf.get(c.id) ?? []).map(personView), teams };
      return { id: c.id, name: c.name, schoolId: c.schoolId, teams: teams.filter((t) => t.members.some((m) => m.id === viewer.id)) };
    });
  }

  const classView = async (c: ClassRecord, full: boolean, viewer: UserRecord) => (await classViews([c], full, viewer))[0];

  /** The team at `:id` and its class, once `user` may manage it (else 404 / 403 with `refusal`). */
  async function managedTeam(user: UserRecord, idText: string, refusal: Reason) {
    const team = await store.classes.teamById(parseId(idText, 'teamId'));
    if (!team) throw notFound('no_such_team');
    const cls = (await store.classes.classById(team.classId))!;
    const memberIds = await store.classes.teamMemberIds(team.id);
    if (!can(user, 'team.manage', { kind: 'team', team, class: cls, memberIds })) throw forbidden(refusal);
    return { team, cls };
  }

  /** The class at `:id`, once `user` may manage it (else 404 / 403 with `refusal`). */
  async function managedClass(user: UserRecord, idText: string, refusal: Reason) {
    const c = await store.classes.classById(parseId(idText, 'classId'));
    if (!c) throw notFound('no_such_class');
    const studentIds = (await store.classes.studentsOfClass(c.id)).map((s) => s.id);
    if (!can(user, 'class.manage', { kind: 'class', class: c, studentIds })) throw forbidden(refusal);
    return c;
  }

  async function checkStudentsOfClass(classId: number, ids: number[]) {
    const inClass = new Set((await store.classes.studentsOfClass(classId)).map((s) => s.id));
    ids.forEach((id, i) => {
      if (!inClass.has(id)) throw invalidField(`studentIds.${i}`, 'not_student_of_class', { userId: id });
    });
  }

  router.get('/api/classes', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.role === 'teacher') {
      const classes = await store.classes.classesOfTeacher(user.id);
      sendJson(res, 200, { classes: await classViews(classes, true, user) });
    } else if (user.role === 'student') {
      const classes = await store.classes.classesOfStudent(user.id);
      sendJson(res, 200, { classes: await classViews(classes, false, user) });
    } else {
      throw forbidden(user.role === 'admin' ? 'classes_admin_elsewhere' : 'classes_not_for_mentors');
    }
  });

  router.post('/api/classes', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (!can(user, 'class.create', { kind: 'none' })) throw forbidden('class_create_teachers_only');
    const body = await readBodyAs(req, CreateClassBody);
    for (let attempt = 0; ; attempt++) {
      try {
        const c = await store.classes.createClass({ schoolId: user.schoolId!, name: body.name, inviteCode: newInviteCode(), teacherId: user.id, createdAt: Date.now() });
        sendJson(res, 201, { class: await classView(c, true, user) });
        return;
      } catch (e) {
        if (!(e instanceof StoreConflictError) || attempt > 5) throw e;
      }
    }
  });

  router.post('/api/classes/join', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (!can(user, 'class.join', { kind: 'none' })) throw forbidden('class_join_students_only');
    // Invite codes are short: wrong ones slow the caller (and their address) down.
    const ip = auth.clientIp(req);
    await auth.checkInviteGuess(ip, user.id);
    const body = await readBodyAs(req, JoinClassBody);
    const c = await store.classes.classByInviteCode(normalizeInviteCode(body.inviteCode));
    if (!c || (user.schoolId !== null && user.schoolId !== c.schoolId)) {
      await auth.wrongInviteCode(ip, user.id);
      throw unknownInviteCode();
    }
    await store.classes.addStudentToClass(c.id, user.id);
    sendJson(res, 200, { class: await classView(c, false, user) });
  });

  router.post('/api/classes/:id/teams', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const c = await managedClass(user, params.id, 'team_create_teacher_only');
    const body = await readBodyAs(req, CreateTeamBody);
    await checkStudentsOfClass(c.id, body.studentIds ?? []);
    const team = await store.classes.createTeam(c.id, body.name);
    if (body.studentIds?.length) {
      await store.classes.setTeamMembers(team.id, body.studentIds); // may move them out of another team
      onAccessChanged?.({ userIds: body.studentIds });
    }
    sendJson(res, 201, { team: await teamView(team) });
  });

  router.put('/api/teams/:id/members', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { team, cls } = await managedTeam(user, params.id, 'team_change_teacher_only');
    const body = await readBodyAs(req, SetMembersBody);
    await checkStudentsOfClass(cls.id, body.studentIds);
    const before = await store.classes.teamMemberIds(team.id);
    await store.classes.setTeamMembers(team.id, body.studentIds);
    onAccessChanged?.({ userIds: [...before, ...body.studentIds] });
    sendJson(res, 200, { team: await teamView(team) });
  });

  router.put('/api/teams/:id/mentor', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { team, cls } = await managedTeam(user, params.id, 'team_mentor_teacher_only');
    const body = await readBodyAs(req, SetMentorBody);
    if (body.mentorId !== null) {
      const mentors = await store.accounts.mentorsOfSchool(cls.schoolId);
      if (!mentors.some((m) => m.id === body.mentorId)) throw invalidField('mentorId', 'not_mentor_of_school', { userId: body.mentorId });
    }
    await store.classes.setTeamMentor(team.id, body.mentorId);
    onAccessChanged?.({ userIds: [team.mentorId, body.mentorId].filter((id): id is number => id !== null) });
    sendJson(res, 200, { team: await teamView({ ...team, mentorId: body.mentorId }) });
  });

  router.patch('/api/classes/:id', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const c = await managedClass(user, params.id, 'class_rename_teacher_only');
    const body = await readBodyAs(req, RenameBody);
    await store.classes.renameClass(c.id, body.name);
    sendJson(res, 200, { class: await classView({ ...c, name: body.name }, true, user) });
  });

  router.patch('/api/teams/:id', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { team } = await managedTeam(user, params.id, 'team_rename_teacher_only');
    const body = await readBodyAs(req, RenameBody);
    await store.classes.renameTeam(team.id, body.name);
    sendJson(res, 200, { team: await teamView({ ...team, name: body.name }) });
  });

  router.delete('/api/teams/:id', async ({ req, res, params }) => {
    const { user } = await auth.requireCaller(req);
    const { team } = await managedTeam(user, params.id, 'team_delete_teacher_only');
    const r = await store.classes.deleteTeam(team.id);
    if (r.projects > 0) {
      throw refuse(409, 'team_has_projects', 'team_has_projects', { team: team.name, projects: r.projects }, {
        message: `team "${team.name}" has ${r.projects} project${r.projects === 1 ? '' : 's'}; a team with projects is kept, because they hold the students' work`,
      });
    }
    if (!r.deleted) throw notFound('no_such_team'); // deleted meanwhile
    sendJson(res, 200, { deleted: team.id });
  });

  router.get('/api/mentors', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    if (user.role !== 'teacher' || user.schoolId === null) throw forbidden('mentors_list_teachers_only');
    const mentors = await store.accounts.mentorsOfSchool(user.schoolId);
    sendJson(res, 200, { mentors: mentors.map(personView) });
  });
}
