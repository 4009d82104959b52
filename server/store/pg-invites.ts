/** Mentor invite links in PostgreSQL (same rows and answers as sqlite-invites.ts). */
import { isUniqueViolation, type PgDb } from './pg-db';
import { newUserRecord } from './sqlite-accounts';
import { INVITE_COLUMNS, INVITES_LISTED, inviteRefusal, toInvite, type InviteRow } from './sqlite-invites';
import type { InviteRecord, NewUser } from './records';
import { StoreConflictError, type AcceptedInviteResult, type InviteStore } from './store';

export const INVITE_SCHEMA_PG = `
CREATE TABLE mentor_invites (
  id SERIAL PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  created_by INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  project_id TEXT REFERENCES projects(id) ON DELETE CASCADE,
  used_at BIGINT,
  used_by INTEGER REFERENCES users(id) ON DELETE SET NULL
);
`;

export class PgInvites implements InviteStore {
  constructor(private readonly db: PgDb) {}

  async createInvite(i: Omit<InviteRecord, 'id' | 'usedAt' | 'usedBy'>): Promise<InviteRecord> {
    const r = (await this.db.one<{ id: number }>(
      'INSERT INTO mentor_invites (token_hash, school_id, created_by, created_at, expires_at, project_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [i.tokenHash, i.schoolId, i.createdBy, i.createdAt, i.expiresAt, i.projectId],
    ))!;
    return { ...i, id: r.id, usedAt: null, usedBy: null, revokedAt: null, revokedBy: null };
  }

  async invitesOfSchool(schoolId: number, createdBy?: number): Promise<InviteRecord[]> {
    const rows = await this.db.query<InviteRow>(
      `SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE school_id = $1 AND ($2::integer IS NULL OR created_by = $2) ORDER BY created_at DESC, id DESC LIMIT ${INVITES_LISTED}`,
      [schoolId, createdBy ?? null],
    );
    return rows.map(toInvite);
  }

  async inviteById(id: number): Promise<InviteRecord | undefined> {
    const r = await this.db.one<InviteRow>(`SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE id = $1`, [id]);
    return r && toInvite(r);
  }

  async revokeInvite(id: number, by: number, at: number): Promise<InviteRecord | undefined> {
    await this.db.run('UPDATE mentor_invites SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND revoked_at IS NULL AND used_at IS NULL', [at, by, id]);
    return this.inviteById(id);
  }

  async inviteByTokenHash(tokenHash: string): Promise<InviteRecord | undefined> {
    const r = await this.db.one<InviteRow>(`SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE token_hash = $1`, [tokenHash]);
    return r && toInvite(r);
  }

  async acceptInvite(tokenHash: string, now: number, mentor: NewUser): Promise<AcceptedInviteResult> {
    try {
      return await this.db.tx(async (q): Promise<AcceptedInviteResult> => {
        // FOR UPDATE: two processes accepting the same link take turns; the second sees it used
        const row = (await q.query<InviteRow>(`SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE token_hash = $1 FOR UPDATE`, [tokenHash]))[0];
        const invite = row && toInvite(row);
        const refused = inviteRefusal(invite, now);
        if (refused) return { refused };
        const [{ id }] = await q.query<{ id: number }>(
          'INSERT INTO users (username, display_name, role, school_id, password_hash, created_at, student_number, must_change_password) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
          [mentor.username, mentor.displayName, mentor.role, mentor.schoolId, mentor.passwordHash, now, mentor.studentNumber ?? null, mentor.mustChangePassword ?? false],
        );
        await q.query('UPDATE mentor_invites SET used_at = $1, used_by = $2 WHERE id = $3', [now, id, invite!.id]);
        await q.query('INSERT INTO mentor_schools (mentor_id, school_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, invite!.schoolId]);
        if (invite!.projectId !== null) await q.query('INSERT INTO project_mentors (project_id, mentor_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [invite!.projectId, id]);
        return { user: newUserRecord(mentor, id, now), invite: { ...invite!, usedAt: now, usedBy: id } };
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new StoreConflictError(`the username "${mentor.username}" is taken`, 'username');
      throw e;
    }
  }
}
