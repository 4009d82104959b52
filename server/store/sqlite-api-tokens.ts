/**
 * A school's API tokens in SQLite (the read-only open-data API, server/opendata): only each token's
 * SHA-256 is kept, with the first characters of the token so the administrator can tell tokens apart.
 */
import type Database from 'better-sqlite3';
import type { ApiTokenRecord, ApiTokenStore, NewApiToken } from './store';

export const API_TOKENS_SQLITE = `
CREATE TABLE IF NOT EXISTS api_tokens (
  id INTEGER PRIMARY KEY,
  school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  token_prefix TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS api_tokens_school ON api_tokens (school_id);
`;

export interface ApiTokenRow {
  id: number; school_id: number; name: string; token_hash: string; token_prefix: string; created_by: number | null;
  created_at: number | string; last_used_at: number | string | null; revoked_at: number | string | null;
}
const maybe = (v: number | string | null) => (v === null ? null : Number(v));
export const toApiToken = (r: ApiTokenRow): ApiTokenRecord => ({
  id: Number(r.id), schoolId: Number(r.school_id), name: r.name, tokenHash: r.token_hash, tokenPrefix: r.token_prefix,
  createdBy: maybe(r.created_by), createdAt: Number(r.created_at), lastUsedAt: maybe(r.last_used_at), revokedAt: maybe(r.revoked_at),
});

export class SqliteApiTokens implements ApiTokenStore {
  constructor(private readonly db: Database.Database) {}

  async createApiToken(t: NewApiToken): Promise<ApiTokenRecord> {
    const row = this.db
      .prepare('INSERT INTO api_tokens (school_id, name, token_hash, token_prefix, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *')
      .get(t.schoolId, t.name, t.tokenHash, t.tokenPrefix, t.createdBy, t.createdAt) as ApiTokenRow;
    return toApiToken(row);
  }

  async apiTokensOfSchool(schoolId: number): Promise<ApiTokenRecord[]> {
    return (this.db.prepare('SELECT * FROM api_tokens WHERE school_id = ? ORDER BY id').all(schoolId) as ApiTokenRow[]).map(toApiToken);
  }

  async apiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM api_tokens WHERE token_hash = ?').get(tokenHash) as ApiTokenRow | undefined;
    return row && toApiToken(row);
  }

  async revokeApiToken(id: number, schoolId: number, at: number): Promise<ApiTokenRecord | undefined> {
    const row = this.db
      .prepare('UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND school_id = ? RETURNING *')
      .get(at, id, schoolId) as ApiTokenRow | undefined;
    return row && toApiToken(row);
  }

  async touchApiToken(id: number, at: number): Promise<void> {
    this.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)').run(at, id, at);
  }
}
