/** Inbox notices in SQLite (migration 6). */
import type Database from 'better-sqlite3';
import type { NoticeRecord } from './records';
import type { NoticeStore } from './store';

export const NOTICE_SCHEMA_SQLITE = `
CREATE TABLE IF NOT EXISTS notices (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  read_at INTEGER
);
CREATE INDEX IF NOT EXISTS notices_user ON notices (user_id, id);
`;

export interface NoticeRow {
  id: number;
  user_id: number;
  kind: string;
  payload: string;
  created_at: number;
  read_at: number | null;
}
export const toNotice = (r: NoticeRow): NoticeRecord => ({
  id: r.id, userId: r.user_id, kind: r.kind, payload: r.payload, createdAt: Number(r.created_at), readAt: r.read_at === null ? null : Number(r.read_at),
});

export class SqliteNotices implements NoticeStore {
  constructor(private readonly db: Database.Database) {}

  async addNotices(notices: readonly Omit<NoticeRecord, 'id' | 'readAt'>[]): Promise<void> {
    if (!notices.length) return;
    this.db
      .prepare('INSERT INTO notices (user_id, kind, payload, created_at) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)')
      .run(JSON.stringify(notices.map((n) => [n.userId, n.kind, n.payload, n.createdAt])));
  }

  async noticesOf(userId: number, limit: number): Promise<NoticeRecord[]> {
    return (this.db.prepare('SELECT id, user_id, kind, payload, created_at, read_at FROM notices WHERE user_id = ? ORDER BY id DESC LIMIT ?').all(userId, limit) as NoticeRow[]).map(toNotice);
  }

  async unreadCount(userId: number): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM notices WHERE user_id = ? AND read_at IS NULL').get(userId) as { n: number }).n;
  }

  async markRead(userId: number, ids: readonly number[] | null, at: number): Promise<number> {
    if (ids === null) return this.db.prepare('UPDATE notices SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(at, userId).changes;
    if (!ids.length) return 0;
    return this.db
      .prepare('UPDATE notices SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (SELECT value FROM json_each(?))')
      .run(at, userId, JSON.stringify([...new Set(ids)])).changes;
  }
}
