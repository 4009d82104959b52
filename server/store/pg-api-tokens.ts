/** A school's API tokens in PostgreSQL (as sqlite-api-tokens.ts). */
import type { PgDb } from './pg-db';
import { toApiToken, type ApiTokenRow } from './sqlite-api-tokens';
import type { ApiTokenRecord, ApiTokenStore, NewApiToken } from './store';

export const API_TOKENS_PG = `
CREATE TABLE api_tokens (
  id SERIAL PRIMARY KEY,
  school_id INTEGER NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  token_prefix TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);
CREATE INDEX api_tokens_school ON api_tokens (school_id);
`;

export class PgApiTokens implements ApiTokenStore {
  constructor(private readonly db: PgDb) {}

  async createApiToken(t: NewApiToken): Promise<ApiTokenRecord> {
    const row = await this.db.one<ApiTokenRow>(
      'INSERT INTO api_tokens (school_id, name, token_hash, token_prefix, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
      [t.schoolId, t.name, t.tokenHash, t.tokenPrefix, t.createdBy, t.createdAt],
    );
    return toApiToken(row!);
  }

  async apiTokensOfSchool(schoolId: number): Promise<ApiTokenRecord[]> {
    return (await this.db.query<ApiTokenRow>('SELECT * FROM api_tokens WHERE school_id = $1 ORDER BY id', [schoolId])).map(toApiToken);
  }

  async apiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | undefined> {
    const row = await this.db.one<ApiTokenRow>('SELECT * FROM api_tokens WHERE token_hash = $1', [tokenHash]);
    return row && toApiToken(row);
  }

  async revokeApiToken(id: number, schoolId: number, at: number): Promise<ApiTokenRecord | undefined> {
    const row = await this.db.one<ApiTokenRow>('UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 AND school_id = $3 RETURNING *', [at, id, schoolId]);
    return row && toApiToken(row);
  }

  async touchApiToken(id: number, at: number): Promise<void> {
    await this.db.run('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $1)', [at, id]);
  }
}
