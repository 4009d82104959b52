/**
 * The one persistence interface of the server. SQLite (embedded, default: sqlite.ts) and PostgreSQL
 * (several processes, DATABASE_URL: pg.ts) implement it, which is why every method returns a Promise even
 * though better-sqlite3 answers synchronously.
 *
 * Reads that a request makes for many items are set queries (`…Of(ids)`, `…ByIds`): a constant number of
 * statements however many items, because a networked database charges per round trip. Adding to this
 * interface: add the method to both stores; the integration suites run against both (the `integration` and
 * `integration-postgres` Vitest projects). A new table is a migration in each store (docs/deploy.md,
 * "Adding a table").
 */
import type {
  AssignmentExtensionRecord, AssignmentRecord, AssignmentWorkRecord, ClassRecord, InviteRecord, NoticeRecord, ImageRecord, NewUser, ProjectAccessFacts, ProjectRecord, Role, SchoolRecord, SessionRecord, StoredDoc, TeamRecord, UserRecord,
} from './records';
import type { ReviewStore } from './review-records';
import type { LabSessionRecord } from '../evaluation/record-indicators';

export interface StoreStatus {
  ok: boolean;
  kind: 'sqlite' | 'postgres';
  /** Where the data lives (file path or connection target without credentials). */
  location: string;
  detail?: string;
}

/** A unique key (username, invite code) is already taken. */
export class StoreConflictError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export interface AccountStore {
  createSchool(name: string): Promise<SchoolRecord>;
  schools(): Promise<SchoolRecord[]>;
  createUser(user: NewUser): Promise<UserRecord>;
  userById(id: number): Promise<UserRecord | undefined>;
  /** Many users in one query (missing ids are absent from the map). */
  usersByIds(ids: readonly number[]): Promise<Map<number, UserRecord>>;
  userByUsername(username: string): Promise<UserRecord | undefined>;
  /** The users holding any of these usernames (compared ignoring case), in one query. */
  usersByUsernames(usernames: readonly string[]): Promise<UserRecord[]>;
  /**
   * Creates the students and puts each in their class, all in one transaction: a taken username
   * (StoreConflictError, field `username`) leaves nothing written.
   */
  importStudents(students: readonly ImportedStudent[]): Promise<UserRecord[]>;
  /**
   * Sets a new password hash and whether its owner must choose another, and ends the user's sessions
   * (all but `keepSessionHash`, the session of someone changing their own password), in one transaction.
   */
  setPassword(userId: number, passwordHash: string, mustChange: boolean, keepSessionHash?: string): Promise<void>;
  /** Mentors may serve several schools. */
  addMentorSchool(mentorId: number, schoolId: number): Promise<void>;
  mentorSchoolIds(mentorId: number): Promise<number[]>;
  usersOfSchool(schoolId: number, role: Role): Promise<UserRecord[]>;
  mentorsOfSchool(schoolId: number): Promise<UserRecord[]>;
  createSession(session: SessionRecord): Promise<void>;
  /** The session if it exists and has not expired at `now`. */
  sessionByTokenHash(tokenHash: string, now: number): Promise<SessionRecord | undefined>;
  /** The unexpired sessions among these, in one query (the sync heartbeat checks every connection's). */
  sessionsByTokenHashes(tokenHashes: readonly string[], now: number): Promise<Map<string, SessionRecord>>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: number): Promise<number>;
}

export interface ClassStore {
  createClass(c: Omit<ClassRecord, 'id'>): Promise<ClassRecord>;
  classById(id: number): Promise<ClassRecord | undefined>;
  classByInviteCode(code: string): Promise<ClassRecord | undefined>;
  classesOfTeacher(teacherId: number): Promise<ClassRecord[]>;
  /** Every class of a school, by id. */
  classesOfSchool(schoolId: number): Promise<ClassRecord[]>;
  classesOfStudent(studentId: number): Promise<ClassRecord[]>;
  addStudentToClass(classId: number, studentId: number): Promise<void>;
  studentsOfClass(classId: number): Promise<UserRecord[]>;
  createTeam(classId: number, name: string): Promise<TeamRecord>;
  teamById(id: number): Promise<TeamRecord | undefined>;
  /** Teams with their class, by team id, in one query. */
  teamsWithClass(teamIds: readonly number[]): Promise<Map<number, TeamWithClass>>;
  teamsOfClass(classId: number): Promise<TeamRecord[]>;
  /** The teams of many classes in one query, by class id (classes without teams are absent). */
  teamsOfClasses(classIds: readonly number[]): Promise<Map<number, TeamRecord[]>>;
  /** The member ids of many teams in one query, by team id (teams without members are absent). */
  teamMemberIdsOf(teamIds: readonly number[]): Promise<Map<number, number[]>>;
  /** The students of many classes in one query, by class id (classes without students are absent). */
  studentsOfClasses(classIds: readonly number[]): Promise<Map<number, UserRecord[]>>;
  teamsOfStudent(studentId: number): Promise<TeamRecord[]>;
  teamsOfMentor(mentorId: number): Promise<TeamRecord[]>;
  /** Replaces the members; a student is in at most one team per class (moved otherwise). */
  setTeamMembers(teamId: number, studentIds: number[]): Promise<void>;
  teamMemberIds(teamId: number): Promise<number[]>;
  setTeamMentor(teamId: number, mentorId: number | null): Promise<void>;
  renameClass(classId: number, name: string): Promise<void>;
  renameTeam(teamId: number, name: string): Promise<void>;
  /**
   * Deletes the team (its member list and mentor link go with it) unless it has projects: those hold
   * the students' work, so a team with projects is never deleted (`deleted: false` and their number).
   */
  deleteTeam(teamId: number): Promise<{ deleted: boolean; projects: number }>;
}

/** Assignments, students' work on them, and extensions (issue #19). Reads are set queries over many assignments. */
export interface AssignmentStore {
  createAssignment(a: Omit<AssignmentRecord, 'id'>): Promise<AssignmentRecord>;
  assignmentById(id: number): Promise<AssignmentRecord | undefined>;
  /** The assignments of these classes, by due date. */
  assignmentsOfClasses(classIds: readonly number[]): Promise<AssignmentRecord[]>;
  /** Work rows of these assignments (of every student who opened or handed in). */
  workOf(assignmentIds: readonly number[]): Promise<AssignmentWorkRecord[]>;
  extensionsOf(assignmentIds: readonly number[]): Promise<AssignmentExtensionRecord[]>;
  /** Notes the first opening (later ones change nothing). */
  markOpened(assignmentId: number, studentId: number, at: number): Promise<void>;
  /** Stores the handed-in data; false (nothing changed) when this student handed in already. */
  handIn(assignmentId: number, studentId: number, at: number, data: string): Promise<boolean>;
  setExtension(assignmentId: number, studentId: number, dueAt: number): Promise<void>;
  /**
   * The teacher's edit of an assignment, in one transaction: its title, instructions, due date and spec, and
   * the handed-in data of those students whose checks were run again under the edited checks.
   */
  updateAssignment(a: Pick<AssignmentRecord, 'id' | 'title' | 'instructions' | 'dueAt' | 'spec'>, rechecked: readonly { studentId: number; data: string }[]): Promise<void>;
}

/** Inbox notices (issue #19): kept until read. */
export interface NoticeStore {
  /** Adds many notices in one statement. */
  addNotices(notices: readonly Omit<NoticeRecord, 'id' | 'readAt'>[]): Promise<void>;
  /** A user's newest notices first. */
  noticesOf(userId: number, limit: number): Promise<NoticeRecord[]>;
  unreadCount(userId: number): Promise<number>;
  /** Marks these of the user's notices read (all unread ones when `ids` is null); returns how many changed. */
  markRead(userId: number, ids: readonly number[] | null, at: number): Promise<number>;
}

/** Mentor invite links (issue #19): single use, until they expire. */
export interface InviteStore {
  createInvite(invite: Omit<InviteRecord, 'id' | 'usedAt' | 'usedBy' | 'revokedAt' | 'revokedBy'>): Promise<InviteRecord>;
  /** A school's links, newest first (at most INVITES_LISTED); only those `createdBy` made when given. */
  invitesOfSchool(schoolId: number, createdBy?: number): Promise<InviteRecord[]>;
  inviteById(id: number): Promise<InviteRecord | undefined>;
  /** Revokes an unused link (revoking again keeps the first time; a used one stays used); the link as it is now. */
  revokeInvite(id: number, by: number, at: number): Promise<InviteRecord | undefined>;
  inviteByTokenHash(tokenHash: string): Promise<InviteRecord | undefined>;
  /**
   * In one transaction: checks the link is unused and unexpired at `now`, creates the mentor, marks the link
   * used by them, lets them serve the link's school and hands them its project. A taken username
   * (StoreConflictError, field `username`) leaves nothing written and the link unused.
   */
  acceptInvite(tokenHash: string, now: number, mentor: NewUser): Promise<AcceptedInviteResult>;
}

export type AcceptedInviteResult = { refused: 'unknown' | 'used' | 'revoked' | 'expired' } | { refused?: undefined; user: UserRecord; invite: InviteRecord };

/** Lab sessions as the lab frame reports them (process evaluation's lab-work indicator). */
export interface LabSessionStore {
  /** Records a session's counts; a session reported again keeps its start and takes the later time and larger counts. */
  reportLabSession(s: LabSessionRecord): Promise<void>;
  /** The sessions of these users, oldest first (one statement). */
  labSessionsOf(userIds: readonly number[]): Promise<LabSessionRecord[]>;
}

export interface ProjectStore {
  /** Creates the row and the document's first snapshot in one transaction. */
  createProject(p: ProjectRecord, initialState: Uint8Array): Promise<void>;
  projectById(id: string): Promise<ProjectRecord | undefined>;
  /** Candidate projects for a user (by team, class or hand-over); callers still check each with `can`. */
  projectsForUser(user: UserRecord): Promise<ProjectRecord[]>;
  accessFacts(projectId: string): Promise<ProjectAccessFacts | undefined>;
  /** The access facts of many projects, in one query (unknown ids are absent from the map). */
  accessFactsOf(projectIds: readonly string[]): Promise<Map<string, ProjectAccessFacts>>;
  /** Every project's status, by id (npm run verify-reviews). */
  statuses(): Promise<Map<string, string>>;
  setStatus(projectId: string, status: string): Promise<void>;
  setTitle(projectId: string, title: string): Promise<void>;
  /** The project is handed to a mentor (a submission): the mentor may read it from now on. */
  handToMentor(projectId: string, mentorId: number): Promise<void>;
  /**
   * Stores the image unless the project's images would then take more than `quotaBytes` (checked and
   * inserted in one transaction, so parallel uploads cannot overshoot); `usedBytes` is the project's
   * total before the call.
   */
  addImage(image: ImageRecord, data: Uint8Array, quotaBytes?: number): Promise<{ stored: boolean; usedBytes: number }>;
  /** Bytes of all images of a project. */
  imageBytes(projectId: string): Promise<number>;
  image(projectId: string, imageId: string): Promise<(ImageRecord & { data: Uint8Array }) | undefined>;
}

export interface DocStore {
  loadDoc(projectId: string): Promise<StoredDoc>;
  /**
   * Appends updates durably, in order, in ONE committed transaction and returns their row ids. When the
   * promise resolves the updates survive a crash of the server process (and, by the store's flush
   * policy, a power cut). One transaction for a batch = one flush for many updates. Calls are
   * ordered as made: a caller may append the next batch before the previous promise resolves, and the
   * later batch gets the larger ids and resolves later.
   */
  appendUpdates(batch: { projectId: string; update: Uint8Array }[], now: number): Promise<number[]>;
  /**
   * Stores one update synchronously if this store can (stored as appendUpdates promises, when this
   * returns) and returns its id; undefined when it cannot right now (then use appendUpdates). Ids follow
   * the order of all calls to both.
   */
  appendNow?(projectId: string, update: Uint8Array, now: number): number | undefined;
  /**
   * The least time between the starts of two appendUpdates calls of the sync journal (server/sync/journal.ts),
   * for a store where each call is a round trip and a commit: more updates per call under a steady stream.
   */
  readonly appendGapMs?: number;
  /**
   * Replaces the snapshot and deletes the updates it was built from, in one transaction. A store that
   * several processes share deletes exactly `folded.ids` and keeps what a snapshot written meanwhile by
   * another process holds (pg-docs.ts); the single-process SQLite store deletes every id ≤ upToId.
   */
  compact(projectId: string, snapshot: Uint8Array, folded: FoldedUpdates): Promise<void>;
}

/** The stored updates a compaction's snapshot was built from. */
export interface FoldedUpdates {
  /** The largest of `ids`. */
  upToId: number;
  ids: readonly number[];
}

/** One student of an imported class list: the account to create and the class to put them in. */
export interface ImportedStudent {
  user: NewUser;
  classId: number;
}

export interface TeamWithClass {
  team: TeamRecord;
  class: ClassRecord;
}

export interface ApiTokenRecord {
  id: number;
  schoolId: number;
  /** What the administrator called it (the system it is for). */
  name: string;
  /** SHA-256 of the token, hex: the token itself is shown once and never kept. */
  tokenHash: string;
  /** The token's first characters, to tell tokens apart in the list. */
  tokenPrefix: string;
  createdBy: number | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export type NewApiToken = Pick<ApiTokenRecord, 'schoolId' | 'name' | 'tokenHash' | 'tokenPrefix' | 'createdBy' | 'createdAt'>;

/** A school's tokens for the read-only open-data API (server/opendata). */
export interface ApiTokenStore {
  createApiToken(t: NewApiToken): Promise<ApiTokenRecord>;
  apiTokensOfSchool(schoolId: number): Promise<ApiTokenRecord[]>;
  apiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | undefined>;
  /** Revokes a token of the school (revoking again keeps the first time); undefined when the school has no such token. */
  revokeApiToken(id: number, schoolId: number, at: number): Promise<ApiTokenRecord | undefined>;
  touchApiToken(id: number, at: number): Promise<void>;
}

export interface Store {
  readonly kind: StoreStatus['kind'];
  readonly accounts: AccountStore;
  readonly classes: ClassStore;
  readonly projects: ProjectStore;
  readonly docs: DocStore;
  readonly reviews: ReviewStore;
  readonly assignments: AssignmentStore;
  readonly notices: NoticeStore;
  readonly invites: InviteStore;
  readonly labSessions: LabSessionStore;
  readonly apiTokens: ApiTokenStore;
  /** Whether the database answers (PostgreSQL: a round trip). */
  status(): StoreStatus | Promise<StoreStatus>;
  /** Statements sent to the database since the store opened (tests count round trips with it). */
  readonly queryCount: number;
  /** Deletes every row (seed --reset). */
  wipe(): Promise<void>;
  /** Resolves when nothing of the store runs any more (its files may then be removed). */
  close(): Promise<void> | void;
}
