/** Schools, users, mentor–school links and sessions in SQLite. */
import type Database from 'better-sqlite3';
import type { NewUser, Role, SchoolRecord, SessionRecord, UserRecord } from './records';
import { StoreConflictError, type AccountStore, type ImportedStudent } from './store';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  school_id: number | null;
  password_hash: string;
  created_at: number;
  student_number: string | null;
  must_change_password: number | boolean;
}

export const USER_COLUMNS = 'u.id, u.username, u.display_name, u.role, u.school_id, u.password_hash, u.created_at, u.student_number, u.must_change_password';

export function toUser(r: UserRow): UserRecord {
  return {
    id: r.id, username: r.username, displayName: r.display_name, role: r.role, schoolId: r.school_id, passwordHash: r.password_hash, createdAt: r.created_at,
    studentNumber: r.student_number, mustChangePassword: Boolean(r.must_change_password),
  };
}
export type { UserRow };

/** The record of a user just inserted. */
export const newUserRecord = (u: NewUser, id: number, createdAt: number): UserRecord => ({
  ...u, id, createdAt, studentNumber: u.studentNumber ?? null, mustChangePassword: u.mustChangePassword ?? false,
});

export class SqliteAccounts implements AccountStore {
  private readonly insertUser: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insertUser = db.prepare(
      'INSERT INTO users (username, display_name, role, school_id, password_hash, created_at, student_number, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  async createSchool(name: string): Promise<SchoolRecord> {
    const r = this.db.prepare('INSERT INTO schools (name) VALUES (?)').run(name);
    return { id: Number(r.lastInsertRowid), name };
  }

  async schools(): Promise<SchoolRecord[]> {
    return this.db.prepare('SELECT id, name FROM schools ORDER BY id').all() as SchoolRecord[];
  }

  async createUser(u: NewUser): Promise<UserRecord> {
    const now = Date.now();
    try {
      const r = this.insertUser.run(u.username, u.displayName, u.role, u.schoolId, u.passwordHash, now, u.studentNumber ?? null, u.mustChangePassword ? 1 : 0);
      return newUserRecord(u, Number(r.lastInsertRowid), now);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new StoreConflictError(`the username "${u.username}" is taken`, 'username');
      throw e;
    }
  }

  async userById(id: number): Promise<UserRecord | undefined> {
    const r = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`).get(id) as UserRow | undefined;
    return r && toUser(r);
  }

  async usersByIds(ids: readonly number[]): Promise<Map<number, UserRecord>> {
    if (!ids.length) return new Map();
    const rows = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify([...new Set(ids)])) as UserRow[];
    return new Map(rows.map((r) => [r.id, toUser(r)]));
  }

  async userByUsername(username: string): Promise<UserRecord | undefined> {
    const r = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.username = ?`).get(username) as UserRow | undefined;
    return r && toUser(r);
  }

  async usersByUsernames(usernames: readonly string[]): Promise<UserRecord[]> {
    if (!usernames.length) return [];
    const rows = this.db
      .prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.username) IN (SELECT lower(value) FROM json_each(?))`)
      .all(JSON.stringify([...new Set(usernames)])) as UserRow[];
    return rows.map(toUser);
  }

  async importStudents(students: readonly ImportedStudent[]): Promise<UserRecord[]> {
    const now = Date.now();
    const addToClass = this.db.prepare('INSERT OR IGNORE INTO class_students (class_id, student_id) VALUES (?, ?)');
    try {
      return this.db.transaction(() =>
        students.map(({ user: u, classId }) => {
          const r = this.insertUser.run(u.username, u.displayName, u.role, u.schoolId, u.passwordHash, now, u.studentNumber ?? null, u.mustChangePassword ? 1 : 0);
          addToClass.run(classId, Number(r.lastInsertRowid));
          return newUserRecord(u, Number(r.lastInsertRowid), now);
        }),
      )();
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new StoreConflictError('a username of the list is taken (nothing was imported)', 'username');
      throw e;
    }
  }

  async setPassword(userId: number, passwordHash: string, mustChange: boolean, keepSessionHash?: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?').run(passwordHash, mustChange ? 1 : 0, userId);
      this.db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?').run(userId, keepSessionHash ?? null);
    })();
  }

  async addMentorSchool(mentorId: number, schoolId: number): Promise<void> {
    this.db.prepare('INSERT OR IGNORE INTO mentor_schools (mentor_id, school_id) VALUES (?, ?)').run(mentorId, schoolId);
  }

  async mentorSchoolIds(mentorId: number): Promise<number[]> {
    return (this.db.prepare('SELECT school_id FROM mentor_schools WHERE mentor_id = ? ORDER BY school_id').all(mentorId) as { school_id: number }[]).map((r) => r.school_id);
  }

  async usersOfSchool(schoolId: number, role: Role): Promise<UserRecord[]> {
    const rows = this.db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.school_id = ? AND u.role = ? ORDER BY u.id`).all(schoolId, role) as UserRow[];
    return rows.map(toUser);
  }

  async mentorsOfSchool(schoolId: number): Promise<UserRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${USER_COLUMNS} FROM users u JOIN mentor_schools m ON m.mentor_id = u.id WHERE m.school_id = ? AND u.role = 'mentor' ORDER BY u.id`)
      .all(schoolId) as UserRow[];
    return rows.map(toUser);
  }

  async createSession(s: SessionRecord): Promise<void> {
    this.db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(s.tokenHash, s.userId, s.createdAt, s.expiresAt);
  }

  async sessionByTokenHash(tokenHash: string, now: number): Promise<SessionRecord | undefined> {
    const r = this.db.prepare('SELECT token_hash, user_id, created_at, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?').get(tokenHash, now) as
      | { token_hash: string; user_id: number; created_at: number; expires_at: number }
      | undefined;
    return r && { tokenHash: r.token_hash, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at };
  }

  async sessionsByTokenHashes(tokenHashes: readonly string[], now: number): Promise<Map<string, SessionRecord>> {
    if (!tokenHashes.length) return new Map();
    const rows = this.db
      .prepare('SELECT token_hash, user_id, created_at, expires_at FROM sessions WHERE token_hash IN (SELECT value FROM json_each(?)) AND expires_at > ?')
      .all(JSON.stringify([...new Set(tokenHashes)]), now) as { token_hash: string; user_id: number; created_at: number; expires_at: number }[];
    return new Map(rows.map((r) => [r.token_hash, { tokenHash: r.token_hash, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at }]));
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async deleteExpiredSessions(now: number): Promise<number> {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }
}
