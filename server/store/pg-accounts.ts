/** Schools, users, mentor–school links and sessions in PostgreSQL (same rows and answers as sqlite-accounts.ts). */
import type { NewUser, Role, SchoolRecord, SessionRecord, UserRecord } from './records';
import { isUniqueViolation, type PgDb } from './pg-db';
import { StoreConflictError, type AccountStore, type ImportedStudent } from './store';
import { newUserRecord, toUser, USER_COLUMNS, type UserRow } from './sqlite-accounts';

interface SessionRow {
  token_hash: string;
  user_id: number;
  created_at: number;
  expires_at: number;
}
const toSession = (r: SessionRow): SessionRecord => ({ tokenHash: r.token_hash, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at });

const INSERT_USER =
  'INSERT INTO users (username, display_name, role, school_id, password_hash, created_at, student_number, must_change_password) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id';
const userValues = (u: NewUser, now: number) => [u.username, u.displayName, u.role, u.schoolId, u.passwordHash, now, u.studentNumber ?? null, u.mustChangePassword ?? false];

export class PgAccounts implements AccountStore {
  constructor(private readonly db: PgDb) {}

  async createSchool(name: string): Promise<SchoolRecord> {
    const r = (await this.db.one<{ id: number }>('INSERT INTO schools (name) VALUES ($1) RETURNING id', [name]))!;
    return { id: r.id, name };
  }

  async schools(): Promise<SchoolRecord[]> {
    return this.db.query<SchoolRecord>('SELECT id, name FROM schools ORDER BY id');
  }

  async createUser(u: NewUser): Promise<UserRecord> {
    const now = Date.now();
    try {
      const r = (await this.db.one<{ id: number }>(INSERT_USER, userValues(u, now)))!;
      return newUserRecord(u, r.id, now);
    } catch (e) {
      if (isUniqueViolation(e)) throw new StoreConflictError(`the username "${u.username}" is taken`, 'username');
      throw e;
    }
  }

  async userById(id: number): Promise<UserRecord | undefined> {
    const r = await this.db.one<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
    return r && toUser(r);
  }

  async usersByIds(ids: readonly number[]): Promise<Map<number, UserRecord>> {
    if (!ids.length) return new Map();
    const rows = await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ANY($1::int[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, toUser(r)]));
  }

  async userByUsername(username: string): Promise<UserRecord | undefined> {
    const r = await this.db.one<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.username) = lower($1)`, [username]);
    return r && toUser(r);
  }

  async usersByUsernames(usernames: readonly string[]): Promise<UserRecord[]> {
    if (!usernames.length) return [];
    const lower = [...new Set(usernames.map((u) => u.toLowerCase()))];
    return (await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.username) = ANY($1::text[])`, [lower])).map(toUser);
  }

  async importStudents(students: readonly ImportedStudent[]): Promise<UserRecord[]> {
    if (!students.length) return [];
    const now = Date.now();
    try {
      return await this.db.tx(async (q) => {
        // one statement for the users and one for the class places, however long the list
        const rows = await q.query<{ id: number; username: string }>(
          `INSERT INTO users (username, display_name, role, school_id, password_hash, created_at, student_number, must_change_password)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[], $7::text[], $8::boolean[]) RETURNING id, username`,
          [
            students.map((s) => s.user.username), students.map((s) => s.user.displayName), students.map((s) => s.user.role),
            students.map((s) => s.user.schoolId), students.map((s) => s.user.passwordHash), students.map(() => now),
            students.map((s) => s.user.studentNumber ?? null), students.map((s) => s.user.mustChangePassword ?? false),
          ],
        );
        const idOf = new Map(rows.map((r) => [r.username.toLowerCase(), r.id]));
        const ids = students.map((s) => idOf.get(s.user.username.toLowerCase())!);
        await q.query('INSERT INTO class_students (class_id, student_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING', [students.map((s) => s.classId), ids]);
        return students.map((s, i) => newUserRecord(s.user, ids[i], now));
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new StoreConflictError('a username of the list is taken (nothing was imported)', 'username');
      throw e;
    }
  }

  async setPassword(userId: number, passwordHash: string, mustChange: boolean, keepSessionHash?: string): Promise<void> {
    await this.db.tx(async (q) => {
      await q.query('UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3', [passwordHash, mustChange, userId]);
      await q.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [userId, keepSessionHash ?? null]);
    });
  }

  async addMentorSchool(mentorId: number, schoolId: number): Promise<void> {
    await this.db.query('INSERT INTO mentor_schools (mentor_id, school_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [mentorId, schoolId]);
  }

  async mentorSchoolIds(mentorId: number): Promise<number[]> {
    return (await this.db.query<{ school_id: number }>('SELECT school_id FROM mentor_schools WHERE mentor_id = $1 ORDER BY school_id', [mentorId])).map((r) => r.school_id);
  }

  async usersOfSchool(schoolId: number, role: Role): Promise<UserRecord[]> {
    return (await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.school_id = $1 AND u.role = $2 ORDER BY u.id`, [schoolId, role])).map(toUser);
  }

  async mentorsOfSchool(schoolId: number): Promise<UserRecord[]> {
    const rows = await this.db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM users u JOIN mentor_schools m ON m.mentor_id = u.id WHERE m.school_id = $1 AND u.role = 'mentor' ORDER BY u.id`,
      [schoolId],
    );
    return rows.map(toUser);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [s.tokenHash, s.userId, s.createdAt, s.expiresAt]);
  }

  async sessionByTokenHash(tokenHash: string, now: number): Promise<SessionRecord | undefined> {
    const r = await this.db.one<SessionRow>('SELECT token_hash, user_id, created_at, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2', [tokenHash, now]);
    return r && toSession(r);
  }

  async sessionsByTokenHashes(tokenHashes: readonly string[], now: number): Promise<Map<string, SessionRecord>> {
    if (!tokenHashes.length) return new Map();
    const rows = await this.db.query<SessionRow>('SELECT token_hash, user_id, created_at, expires_at FROM sessions WHERE token_hash = ANY($1::text[]) AND expires_at > $2', [
      [...new Set(tokenHashes)],
      now,
    ]);
    return new Map(rows.map((r) => [r.token_hash, toSession(r)]));
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteExpiredSessions(now: number): Promise<number> {
    return this.db.run('DELETE FROM sessions WHERE expires_at <= $1', [now]);
  }
}
