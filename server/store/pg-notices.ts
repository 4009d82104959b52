/** Inbox notices in PostgreSQL (same rows and answers as sqlite-notices.ts). */
import type { PgDb } from './pg-db';
import type { NoticeRecord } from './records';
import { toNotice, type NoticeRow } from './sqlite-notices';
import type { NoticeStore } from './store';

export const NOTICE_SCHEMA_PG = `
CREATE TABLE notices (
  id SERIAL PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  read_at BIGINT
);
CREATE INDEX notices_user ON notices (user_id, id);
`;

export class PgNotices implements NoticeStore {
  constructor(private readonly db: PgDb) {}

  async addNotices(notices: readonly Omit<NoticeRecord, 'id' | 'readAt'>[]): Promise<void> {
    if (!notices.length) return;
    await this.db.run('INSERT INTO notices (user_id, kind, payload, created_at) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::bigint[])', [
      notices.map((n) => n.userId), notices.map((n) => n.kind), notices.map((n) => n.payload), notices.map((n) => n.createdAt),
    ]);
  }

  async noticesOf(userId: number, limit: number): Promise<NoticeRecord[]> {
    return (await this.db.query<NoticeRow>('SELECT id, user_id, kind, payload, created_at, read_at FROM notices WHERE user_id = $1 ORDER BY id DESC LIMIT $2', [userId, limit])).map(toNotice);
  }

  async unreadCount(userId: number): Promise<number> {
    return Number((await this.db.one<{ n: string }>('SELECT COUNT(*) AS n FROM notices WHERE user_id = $1 AND read_at IS NULL', [userId]))!.n);
  }

  async markRead(userId: number, ids: readonly number[] | null, at: number): Promise<number> {
    if (ids === null) return this.db.run('UPDATE notices SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL', [at, userId]);
    if (!ids.length) return 0;
    return this.db.run('UPDATE notices SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL AND id = ANY($3::int[])', [at, userId, [...new Set(ids)]]);
  }
}
