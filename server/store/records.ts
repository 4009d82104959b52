/** The rows the server keeps, as plain data. Every store implementation returns these shapes. */
/** `admin`: the school administrator, who creates the school's teacher and mentor accounts and imports class lists. */
export const ROLES = ['student', 'teacher', 'mentor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface SchoolRecord {
  id: number;
  name: string;
}

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Home school; null for a mentor from outside every school (see `mentorSchools`). */
  schoolId: number | null;
  passwordHash: string;
  createdAt: number;
  /** The school's own number for a student (学号), from an imported class list; null otherwise. */
  studentNumber: string | null;
  /** The password was set by someone else (an import, a reset): the person is asked to choose their own. */
  mustChangePassword: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  schoolId: number | null;
  passwordHash: string;
  studentNumber?: string | null;
  mustChangePassword?: boolean;
}

export interface SessionRecord {
  /** SHA-256 of the cookie token, hex: the token itself is never stored. */
  tokenHash: string;
  userId: number;
  createdAt: number;
  expiresAt: number;
}

export interface ClassRecord {
  id: number;
  schoolId: number;
  name: string;
  inviteCode: string;
  teacherId: number;
  createdAt: number;
}

export interface TeamRecord {
  id: number;
  classId: number;
  name: string;
  mentorId: number | null;
}

export interface ProjectRecord {
  id: string;
  teamId: number;
  title: string;
  templateId: string | null;
  /** One of PROJECT_STATUSES in projects/schema.ts. */
  status: string;
  createdBy: number;
  createdAt: number;
  updatedAt: number;
}

/** Everything the permission module needs to decide about one project. */
export interface ProjectAccessFacts {
  projectId: string;
  teamId: number;
  classId: number;
  schoolId: number;
  teacherId: number;
  studentIds: number[];
  /** The team's mentor plus every mentor the project was handed to (submission). */
  mentorIds: number[];
}

/** A project's access facts as both stores' set query returns them (one row per project). */
export interface FactsRow {
  project_id: string;
  team_id: number;
  class_id: number;
  school_id: number;
  teacher_id: number;
  mentor_id: number | null;
  student_ids: readonly number[];
  /** Mentors the project was handed to. */
  handed: readonly number[];
}

export function factsOf(r: FactsRow): ProjectAccessFacts {
  const mentorIds = [...new Set([...(r.mentor_id !== null ? [r.mentor_id] : []), ...r.handed])];
  return { projectId: r.project_id, teamId: r.team_id, classId: r.class_id, schoolId: r.school_id, teacherId: r.teacher_id, studentIds: [...r.student_ids], mentorIds };
}

export interface ImageRecord {
  id: string;
  projectId: string;
  mime: string;
  size: number;
  uploadedBy: number;
  createdAt: number;
}

/** A document as stored: the latest snapshot (if any) and every update appended after it, in order. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** The stored ids of `updates`, in the same order. */
  updateIds: number[];
  /** Id of the last update row (0 when none): compaction folds everything up to it into the snapshot. */
  lastUpdateId: number;
  /** Bytes on disk for this document (snapshot + updates): the document-size limit counts these. */
  storedBytes: number;
}

/** A teacher's assignment to a class: an experiment of the catalogue to do by a date (issue #19). */
export interface AssignmentRecord {
  id: number;
  classId: number;
  title: string;
  instructions: string;
  /** The experiment's id (simulations/registry.ts): a lab or a bench's curriculum preset. */
  experimentId: string;
  /** The catalogue entry it was chosen from (`standard:code`), when it was. */
  catalogRef: string | null;
  dueAt: number;
  createdBy: number;
  createdAt: number;
  /** The assigned setup, mystery ranges, questions and checks as JSON (server/classroom/assignment-spec.ts), or null. */
  spec?: string | null;
}

/** One student's work on an assignment: opened, handed in (with the recorded data as JSON). */
export interface AssignmentWorkRecord {
  assignmentId: number;
  studentId: number;
  openedAt: number | null;
  handedInAt: number | null;
  /** The handed-in data table, JSON (projects/contracts/assignments.ts HandInBody.table). */
  data: string | null;
}

/** A later due date for one student. */
export interface AssignmentExtensionRecord {
  assignmentId: number;
  studentId: number;
  dueAt: number;
}

/** Rows of a set query, by the key each belongs to, in the order they came. */
export function groupedBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** A notice in someone's inbox (issue #19): what happened, for whom, and whether they have read it. */
export interface NoticeRecord {
  id: number;
  userId: number;
  /** projects/contracts/inbox.ts NoticeKind. */
  kind: string;
  /** What the notice is about, JSON (ids and titles, so the text is written in the reader's language). */
  payload: string;
  createdAt: number;
  readAt: number | null;
}

/** A mentor invite link (issue #19): the token's SHA-256, the school, who made it, until when, and its use. */
export interface InviteRecord {
  id: number;
  tokenHash: string;
  schoolId: number;
  createdBy: number;
  createdAt: number;
  expiresAt: number;
  /** The project handed to the mentor on accepting, if any. */
  projectId: string | null;
  usedAt: number | null;
  usedBy: number | null;
  /** Revoked by a teacher or the school's administrator before it was used: the link no longer works. */
  revokedAt: number | null;
  revokedBy: number | null;
}
