/** Mentor invite links in SQLite (migration 9). */
import type Database from 'better-sqlite3';
import { newUserRecord } from './sqlite-accounts';
import type { InviteRecord, NewUser } from './records';
import { StoreConflictError, type AcceptedInviteResult, type InviteStore } from './store';

export const INVITE_SCHEMA_SQLITE = `
CREATE TABLE IF NOT EXISTS mentor_invites (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  created_by INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  project_id TEXT REFERENCES projects(id) ON DELETE CASCADE,
  used_at INTEGER,
  used_by INTEGER REFERENCES users(id) ON DELETE SET NULL
);
`;

export interface InviteRow {
  id: number;
  token_hash: string;
  school_id: number;
  created_by: number;
  created_at: number | string;
  expires_at: number | string;
  project_id: string | null;
  used_at: number | string | null;
  used_by: number | null;
  revoked_at: number | string | null;
  revoked_by: number | null;
}
export const INVITE_COLUMNS = 'id, token_hash, school_id, created_by, created_at, expires_at, project_id, used_at, used_by, revoked_at, revoked_by';

/** Migration 12 (both stores): a link revoked before it was used. */
export const INVITE_REVOKE_SQL = 'ALTER TABLE mentor_invites ADD COLUMN revoked_at BIGINT; ALTER TABLE mentor_invites ADD COLUMN revoked_by INTEGER REFERENCES users(id) ON DELETE SET NULL;';

/** Migration 12 on SQLite: the columns, unless a database whose version was set back has them already. */
export function addInviteRevokeSqlite(db: Database.Database): void {
  const cols = db.prepare('PRAGMA table_info(mentor_invites)').all() as { name: string }[];
  if (!cols.some((c) => c.name === 'revoked_at')) db.exec(INVITE_REVOKE_SQL);
}

/** How many of a school's links the list shows (newest first). */
export const INVITES_LISTED = 200;
export const toInvite = (r: InviteRow): InviteRecord => ({
  id: r.id, tokenHash: r.token_hash, schoolId: r.school_id, createdBy: r.created_by, createdAt: Number(r.created_at), expiresAt: Number(r.expires_at),
  projectId: r.project_id, usedAt: r.used_at === null ? null : Number(r.used_at), usedBy: r.used_by,
  revokedAt: r.revoked_at === null || r.revoked_at === undefined ? null : Number(r.revoked_at), revokedBy: r.revoked_by ?? null,
});

/** Why an invite cannot be accepted at `now`, or null when it can. */
export function inviteRefusal(invite: InviteRecord | undefined, now: number): 'unknown' | 'used' | 'revoked' | 'expired' | null {
  if (!invite) return 'unknown';
  if (invite.usedAt !== null) return 'used';
  if (invite.revokedAt !== null) return 'revoked';
  if (invite.expiresAt <= now) return 'expired';
  return null;
}

export class SqliteInvites implements InviteStore {
  constructor(private readonly db: Database.Database) {}

  async createInvite(i: Omit<InviteRecord, 'id' | 'usedAt' | 'usedBy'>): Promise<InviteRecord> {
    const r = this.db
      .prepare('INSERT INTO mentor_invites (token_hash, school_id, created_by, created_at, expires_at, project_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(i.tokenHash, i.schoolId, i.createdBy, i.createdAt, i.expiresAt, i.projectId);
    return { ...i, id: Number(r.lastInsertRowid), usedAt: null, usedBy: null, revokedAt: null, revokedBy: null };
  }

  async invitesOfSchool(schoolId: number, createdBy?: number): Promise<InviteRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE school_id = ? AND (? IS NULL OR created_by = ?) ORDER BY created_at DESC, id DESC LIMIT ${INVITES_LISTED}`)
      .all(schoolId, createdBy ?? null, createdBy ?? null) as InviteRow[];
    return rows.map(toInvite);
  }

  async inviteById(id: number): Promise<InviteRecord | undefined> {
    const r = this.db.prepare(`SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE id = ?`).get(id) as InviteRow | undefined;
    return r && toInvite(r);
  }

  async revokeInvite(id: number, by: number, at: number): Promise<InviteRecord | undefined> {
    this.db.prepare('UPDATE mentor_invites SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL AND used_at IS NULL').run(at, by, id);
    return this.inviteById(id);
  }

  async inviteByTokenHash(tokenHash: string): Promise<InviteRecord | undefined> {
    const r = this.db.prepare(`SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE token_hash = ?`).get(tokenHash) as InviteRow | undefined;
    return r && toInvite(r);
  }

  async acceptInvite(tokenHash: string, now: number, mentor: NewUser): Promise<AcceptedInviteResult> {
    return this.db.transaction((): AcceptedInviteResult => {
      const row = this.db.prepare(`SELECT ${INVITE_COLUMNS} FROM mentor_invites WHERE token_hash = ?`).get(tokenHash) as InviteRow | undefined;
      const invite = row && toInvite(row);
      const refused = inviteRefusal(invite, now);
      if (refused) return { refused };
      let id: number;
      try {
        id = Number(
          this.db
            .prepare('INSERT INTO users (username, display_name, role, school_id, password_hash, created_at, student_number, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
            .run(mentor.username, mentor.displayName, mentor.role, mentor.schoolId, mentor.passwordHash, now, mentor.studentNumber ?? null, mentor.mustChangePassword ? 1 : 0).lastInsertRowid,
        );
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new StoreConflictError(`the username "${mentor.username}" is taken`, 'username');
        throw e;
      }
      this.db.prepare('UPDATE mentor_invites SET used_at = ?, used_by = ? WHERE id = ?').run(now, id, invite!.id);
      this.db.prepare('INSERT OR IGNORE INTO mentor_schools (mentor_id, school_id) VALUES (?, ?)').run(id, invite!.schoolId);
      if (invite!.projectId !== null) this.db.prepare('INSERT OR IGNORE INTO project_mentors (project_id, mentor_id) VALUES (?, ?)').run(invite!.projectId, id);
      return { user: newUserRecord(mentor, id, now), invite: { ...invite!, usedAt: now, usedBy: id } };
    }).immediate();
  }
}
