/**
 * The one place that decides who may do what. Every REST route and every websocket asks `can`.
 *
 *   student: reads and edits the projects of their own team (creates projects for it, uploads images).
 *   teacher: reads the projects of the classes they teach; manages those classes and their teams.
 *   mentor:  reads only projects handed to them (mentor of the team, or submitted to them); writes reviews.
 *   anyone else (no session, other school, other class): nothing.
 *
 *   the server's health details (data location, open documents and connections): teachers.
 *
 *   admin:   the school administrator: creates the school's teacher, mentor and administrator accounts,
 *            resets their and its students' passwords, imports class lists. Reads no projects.
 *   a class's students' passwords: reset by the class teacher and by the school's administrator.
 *   one's own password: changed by everyone logged in.
 *   assignments: the class teacher sets them, sees every student's work and extends due dates
 *   ('class.manage'); the class's students open them and hand in their own work ('assignment.work').
 *
 *   process evaluation (server/evaluation): the class teacher sees the class's gradebook, sets its weights,
 *   exports it and rates; the mentor of a student's team rates that student and reads their evaluation; a
 *   student reads only their own. The school's administrator sets the school's floor and default scheme
 *   ('school.evaluationPolicy').
 *
 *   mentor invite links: a school's teachers and its administrator invite a mentor from outside
 *   ('mentor.invite' on the school); a link that hands over a project is made by that project's class
 *   teacher or the school's administrator ('mentor.invite' on the project). A link is listed and revoked
 *   by whoever made it and by the school's administrator ('invite.manage').
 *
 *   a school's API token (server/opendata): reads that school's classes, gradebooks and records, never
 *   another school's, never writes ('tokenReaches').
 *
 *   reviews: the team's students submit and reply to / resolve comments on their project; its mentor(s)
 *   read the submissions and write comments, scores, decisions and defense records; the class teacher
 *   reads them. Mentors and teachers have a review queue. A school's teachers edit its rubric; its
 *   people and the mentors serving it read it. A portfolio is read by the student and their teachers.
 */
import type { ClassRecord, ProjectAccessFacts, Role, TeamRecord } from '../store/records';

export interface Actor {
  id: number;
  role: Role;
  schoolId: number | null;
}

export type ProjectAction = 'project.read' | 'project.write' | 'image.upload' | 'review.read' | 'review.write' | 'project.submit' | 'review.reply';
export type ClassAction = 'class.read' | 'class.manage' | 'class.passwords' | 'assignment.work';
export type TeamAction = 'project.create' | 'team.manage';
export type ReviewAction = 'review.queue' | 'rubric.read' | 'rubric.manage' | 'portfolio.read';
export type SchoolAction = 'school.accounts' | 'school.apiTokens' | 'school.evaluationPolicy' | 'mentor.invite' | 'invite.manage';
export type EvaluationAction = 'evaluation.manage' | 'evaluation.rate' | 'evaluation.read';
export type Action = ProjectAction | ClassAction | TeamAction | ReviewAction | SchoolAction | EvaluationAction | 'class.create' | 'class.join' | 'server.health' | 'password.change';

export type Resource =
  | { kind: 'project'; facts: ProjectAccessFacts }
  | { kind: 'class'; class: ClassRecord; studentIds: number[] }
  | { kind: 'team'; team: TeamRecord; class: ClassRecord; memberIds: number[] }
  | { kind: 'school'; schoolId: number; mentorSchoolIds: number[] }
  | { kind: 'student'; studentId: number; teacherIds: number[] }
  /** A class's evaluation, or one student's in it (`studentId`, in the class; `mentorIds`: of the student's team). */
  | { kind: 'evaluation'; class: ClassRecord; studentId: number | null; mentorIds: number[] }
  /** A mentor invite link: its school and who made it. */
  | { kind: 'invite'; schoolId: number; createdBy: number }
  | { kind: 'none' };

export function can(actor: Actor | null | undefined, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  switch (action) {
    case 'class.create':
      return actor.role === 'teacher' && actor.schoolId !== null;
    case 'class.join':
      return actor.role === 'student';
    case 'review.queue':
      return actor.role === 'mentor' || actor.role === 'teacher';
    case 'server.health':
      return actor.role === 'teacher';
    case 'password.change':
      return true;
  }
  if (resource.kind === 'school') {
    const ofSchool = actor.schoolId === resource.schoolId;
    if (action === 'school.accounts' || action === 'school.apiTokens' || action === 'school.evaluationPolicy') return actor.role === 'admin' && ofSchool;
    if (action === 'mentor.invite') return (actor.role === 'admin' || actor.role === 'teacher') && ofSchool;
    if (action === 'rubric.manage') return actor.role === 'teacher' && ofSchool;
    if (action === 'rubric.read') return ofSchool || (actor.role === 'mentor' && resource.mentorSchoolIds.includes(resource.schoolId));
    return false;
  }
  if (resource.kind === 'invite') {
    if (action !== 'invite.manage' || actor.schoolId !== resource.schoolId) return false;
    return actor.role === 'admin' || (actor.role === 'teacher' && actor.id === resource.createdBy);
  }
  if (resource.kind === 'student') {
    if (action !== 'portfolio.read') return false;
    return (actor.role === 'student' && actor.id === resource.studentId) || (actor.role === 'teacher' && resource.teacherIds.includes(actor.id));
  }
  if (resource.kind === 'project') return canOnProject(actor, action, resource.facts);
  if (resource.kind === 'evaluation') {
    const isTeacher = actor.role === 'teacher' && resource.class.teacherId === actor.id;
    const isMentor = actor.role === 'mentor' && resource.studentId !== null && resource.mentorIds.includes(actor.id);
    if (action === 'evaluation.manage') return isTeacher;
    if (action === 'evaluation.rate') return resource.studentId !== null && (isTeacher || isMentor);
    if (action === 'evaluation.read') return isTeacher || isMentor || (actor.role === 'student' && actor.id === resource.studentId);
    return false;
  }
  if (resource.kind === 'class') {
    const c = resource.class;
    if (action === 'class.manage') return actor.role === 'teacher' && c.teacherId === actor.id;
    if (action === 'assignment.work') return actor.role === 'student' && resource.studentIds.includes(actor.id);
    if (action === 'class.passwords') return (actor.role === 'teacher' && c.teacherId === actor.id) || (actor.role === 'admin' && actor.schoolId === c.schoolId);
    if (action === 'class.read') return (actor.role === 'teacher' && c.teacherId === actor.id) || (actor.role === 'student' && resource.studentIds.includes(actor.id));
    return false;
  }
  if (resource.kind === 'team') {
    const isTeacher = actor.role === 'teacher' && resource.class.teacherId === actor.id;
    if (action === 'team.manage') return isTeacher;
    if (action === 'project.create') return isTeacher || (actor.role === 'student' && resource.memberIds.includes(actor.id));
    return false;
  }
  return false;
}

function canOnProject(actor: Actor, action: Action, f: ProjectAccessFacts): boolean {
  const isMember = actor.role === 'student' && f.studentIds.includes(actor.id);
  const isTeacher = actor.role === 'teacher' && f.teacherId === actor.id;
  const isMentor = actor.role === 'mentor' && f.mentorIds.includes(actor.id);
  switch (action) {
    case 'project.read':
    case 'review.read':
      return isMember || isTeacher || isMentor;
    case 'project.write':
    case 'image.upload':
    case 'project.submit':
      return isMember;
    case 'review.write':
      return isMentor;
    case 'review.reply':
      return isMember || isMentor;
    case 'mentor.invite':
      return isTeacher || (actor.role === 'admin' && actor.schoolId === f.schoolId);
    default:
      return false;
  }
}

/** What the caller may do with a project's document: 'write', 'read', or nothing. */
export function projectAccess(actor: Actor | null | undefined, facts: ProjectAccessFacts): 'write' | 'read' | null {
  if (can(actor, 'project.write', { kind: 'project', facts })) return 'write';
  if (can(actor, 'project.read', { kind: 'project', facts })) return 'read';
  return null;
}

/** Whose invite links `actor` sees listed: every maker's in the school for its administrator (undefined), else their own id. */
export function inviteListMaker(actor: Actor): number | undefined {
  return actor.role === 'admin' ? undefined : actor.id;
}

/** Whether a school's read-only API token reaches a class (its own school's only). */
export function tokenReaches(token: { schoolId: number }, cls: Pick<ClassRecord, 'schoolId'>): boolean {
  return cls.schoolId === token.schoolId;
}
