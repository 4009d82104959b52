/**
 * The HTTP contract of classes and teams (server/http/class-routes.ts). Teachers create classes (each gets
 * an invite code), create teams, set members and assign a mentor; students join a class with its invite code.
 *
 *   GET  /api/classes                  teacher: own classes in full (TeacherClass); student: joined classes and own teams (StudentClass)
 *   POST /api/classes                  teacher: a new class (CreateClassBody)
 *   POST /api/classes/join             student (JoinClassBody); wrong codes (and another school's) are one 404, rate limited
 *   POST /api/classes/:id/teams        teacher of the class (CreateTeamBody)
 *   PUT  /api/teams/:id/members        teacher of the class (SetMembersBody)
 *   PUT  /api/teams/:id/mentor         teacher of the class (SetMentorBody); the mentor must serve the school
 *   PATCH /api/classes/:id             teacher of the class: rename (RenameBody)
 *   PATCH /api/teams/:id               teacher of the class: rename (RenameBody)
 *   DELETE /api/teams/:id              teacher of the class; refused (409 team_has_projects) while the team has projects
 *   GET  /api/mentors                  teacher: mentors serving the school
 */
import { z } from 'zod';
import { INVITE_CODE_MAX, INVITE_CODE_MIN } from './auth';

export const CLASS_NAME_MAX = 80;
export const TEAM_MAX_STUDENTS = 12;

const Name = z.string().trim().min(1, 'must not be empty').max(CLASS_NAME_MAX, `at most ${CLASS_NAME_MAX} characters`);
const Id = z.number().int('must be a whole number').positive('must be a positive id');
const StudentIds = z.array(Id).max(TEAM_MAX_STUDENTS, `a team has at most ${TEAM_MAX_STUDENTS} students`);

export const CreateClassBody = z.object({ name: Name });
export const JoinClassBody = z.object({ inviteCode: z.string().trim().min(INVITE_CODE_MIN, 'enter the invite code from your teacher').max(INVITE_CODE_MAX, `at most ${INVITE_CODE_MAX} characters`) });
export const CreateTeamBody = z.object({ name: Name, studentIds: StudentIds.optional() });
export const SetMembersBody = z.object({ studentIds: StudentIds });
export const SetMentorBody = z.object({ mentorId: Id.nullable() });
export const RenameBody = z.object({ name: Name });

export interface Person {
  id: number;
  username: string;
  displayName: string;
}

export interface TeamView {
  id: number;
  classId: number;
  name: string;
  mentor: Person | null;
  members: Person[];
}

/** A class as its teacher sees it. */
export interface TeacherClass {
  id: number;
  name: string;
  schoolId: number;
  inviteCode: string;
  students: Person[];
  teams: TeamView[];
}

/** A class as a student sees it: no invite code, only the student's own teams. */
export interface StudentClass {
  id: number;
  name: string;
  schoolId: number;
  teams: TeamView[];
}
