/**
 * Typed calls for people and teams: student sign-up with an invite code, joining a class, and the
 * teacher's class management. Errors are `ApiError`s (./json-call) keeping the field, so a form can show
 * it next to that input; `describeError` turns one into words.
 */
import type { Registered, RegisterInput } from '../../projects/contracts/auth';
import type { Person, StudentClass, TeacherClass, TeamView } from '../../projects/contracts/classes';
import { ApiError, apiCaller, type Fetch } from './json-call';
import { serverErrorKey } from './server-error';

export type { RegisterInput };

export type { Person, StudentClass, TeacherClass, TeamView };

export function createPeopleApi(fetchFn: Fetch = (...a) => fetch(...a)) {
  const call = apiCaller(fetchFn);

  return {
    register: (input: RegisterInput) => call<Registered>('/api/auth/register', 'POST', input),
    joinClass: (inviteCode: string) => call<{ class: StudentClass }>('/api/classes/join', 'POST', { inviteCode }).then((r) => r.class),
    teacherClasses: () => call<{ classes: TeacherClass[] }>('/api/classes').then((r) => r.classes),
    studentClasses: () => call<{ classes: StudentClass[] }>('/api/classes').then((r) => r.classes),
    createClass: (name: string) => call<{ class: TeacherClass }>('/api/classes', 'POST', { name }).then((r) => r.class),
    createTeam: (classId: number, name: string, studentIds: number[] = []) =>
      call<{ team: TeamView }>(`/api/classes/${classId}/teams`, 'POST', { name, studentIds }).then((r) => r.team),
    setMembers: (teamId: number, studentIds: number[]) => call<{ team: TeamView }>(`/api/teams/${teamId}/members`, 'PUT', { studentIds }).then((r) => r.team),
    setMentor: (teamId: number, mentorId: number | null) => call<{ team: TeamView }>(`/api/teams/${teamId}/mentor`, 'PUT', { mentorId }).then((r) => r.team),
    mentors: () => call<{ mentors: Person[] }>('/api/mentors').then((r) => r.mentors),
    renameClass: (classId: number, name: string) => call<{ class: TeacherClass }>(`/api/classes/${classId}`, 'PATCH', { name }).then((r) => r.class),
    renameTeam: (teamId: number, name: string) => call<{ team: TeamView }>(`/api/teams/${teamId}`, 'PATCH', { name }).then((r) => r.team),
    deleteTeam: (teamId: number) => call<{ deleted: number }>(`/api/teams/${teamId}`, 'DELETE').then(() => undefined),
  };
}

export const peopleApi = createPeopleApi();

/** The same rules the server checks (projects/contracts/auth.ts RegisterBody, classes.ts; copied, as the app imports contracts as types only, so zod stays out of the bundle), so most mistakes show before sending. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;
export const PASSWORD_MIN = 8;
export const INVITE_MIN = 4;
export const INVITE_MAX = 20;
export const NAME_MAX = 80;
export const DISPLAY_NAME_MAX = 64;
export const TEAM_MAX_STUDENTS = 12;

/** A message to show: an i18n key with its values, or (for errors we have no words for) the server's own text. */
export interface ShownError {
  key: string;
  vars?: Record<string, string | number>;
  /** The input the error belongs to (`inviteCode`, `username`, …); undefined means the whole form. */
  field?: string;
}

export type NewAccountField = 'username' | 'displayName' | 'password' | 'password2';

/** The checks a new account's fields get before sending (student sign-up, a mentor's invite): errors by field. */
export function checkNewAccount(v: Record<NewAccountField, string>): Partial<Record<NewAccountField, ShownError>> {
  const e: Partial<Record<NewAccountField, ShownError>> = {};
  if (!USERNAME_PATTERN.test(v.username.trim())) e.username = { key: 'people.error.usernameRule' };
  const dn = v.displayName.trim();
  if (!dn || dn.length > DISPLAY_NAME_MAX) e.displayName = { key: 'people.error.displayNameRule' };
  if (v.password.length < PASSWORD_MIN || v.password.length > 200) e.password = { key: 'people.error.passwordRule' };
  else if (v.password2 !== v.password) e.password2 = { key: 'people.error.passwordMismatch' };
  return e;
}

/**
 * Turns a failed call into words for the person: the field stays, the text comes from the catalogue
 * (`people.error.*`), and unknown errors fall back to the server's message so nothing is swallowed.
 */
export function describeError(err: unknown): ShownError {
  if (!(err instanceof ApiError)) return { key: 'people.error.server' };
  const field = err.field?.replace(/\.\d+$/, '');
  switch (err.code) {
    case 'network':
      return { key: 'people.error.network' };
    case 'unknown_invite_code':
      return { key: 'people.error.unknownInviteCode', field: 'inviteCode' };
    case 'rate_limited':
      return { key: 'people.error.rateLimited', vars: { s: err.details.retryAfterS ?? 60 } };
    case 'unauthorized':
      return { key: 'people.error.unauthorized' };
    case 'conflict':
      return field === 'username' ? { key: 'people.error.usernameTaken', field } : fromServer(err, field);
    case 'invalid_field':
      if (field && INVALID_FIELD_KEYS[field]) return { key: INVALID_FIELD_KEYS[field], field };
      return fromServer(err, field);
    case 'password_too_common':
      return { key: 'people.error.passwordCommon', field: err.field ?? 'password' };
    case 'password_is_username':
      return { key: 'people.error.passwordIsUsername', field: err.field ?? 'password' };
    case 'wrong_password':
      return { key: 'classroom.account.wrongPassword', field: 'currentPassword' };
    case 'same_password':
      return { key: 'classroom.account.samePassword', field: 'newPassword' };
    case 'invite_used':
    case 'invite_revoked':
    case 'invite_expired':
    case 'invite_unknown':
      return { key: `invite.${err.code.slice('invite_'.length)}` };
    case 'team_has_projects':
      return { key: 'people.error.teamHasProjects' };
    case 'forbidden':
      return serverErrorKey(err) ?? { key: 'people.error.forbidden', vars: { message: err.message } };
    default:
      return err.status >= 500 ? { key: 'people.error.server' } : fromServer(err, field);
  }
}

/** A refusal in the reader's language when the server named its reason (errors.json), else its English sentence. */
function fromServer(err: ApiError, field: string | undefined): ShownError {
  const k = serverErrorKey(err);
  return k ? { ...k, field } : { key: 'people.error.withMessage', vars: { message: err.message }, field };
}

const INVALID_FIELD_KEYS: Record<string, string> = {
  inviteCode: 'people.error.inviteCodeLength',
  username: 'people.error.usernameRule',
  displayName: 'people.error.displayNameRule',
  password: 'people.error.passwordRule',
  newPassword: 'people.error.passwordRule',
  name: 'people.error.nameRule',
  studentIds: 'people.error.studentIds',
  mentorId: 'people.error.mentorId',
};
