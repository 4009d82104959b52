/** Lab sessions in SQLite (process evaluation's lab-work indicator): one row per student and session. */
import type Database from 'better-sqlite3';
import type { LabSessionRecord } from '../evaluation/record-indicators';
import type { LabSessionStore } from './store';

export const LAB_SESSIONS_SQLITE = `
CREATE TABLE IF NOT EXISTS lab_sessions (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  session_id TEXT NOT NULL,
  simulation_id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  runs INTEGER NOT NULL,
  recorded_rows INTEGER NOT NULL,
  PRIMARY KEY (user_id, session_id)
);
`;

export interface LabSessionRow { user_id: number; session_id: string; simulation_id: string; started_at: number | string; last_at: number | string; runs: number; recorded_rows: number }
export const toLabSession = (r: LabSessionRow): LabSessionRecord => ({
  sessionId: r.session_id, userId: Number(r.user_id), simulationId: r.simulation_id, startedAt: Number(r.started_at), lastAt: Number(r.last_at), runs: Number(r.runs), recordedRows: Number(r.recorded_rows),
});

export class SqliteLabSessions implements LabSessionStore {
  constructor(private readonly db: Database.Database) {}

  async reportLabSession(s: LabSessionRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO lab_sessions (user_id, session_id, simulation_id, started_at, last_at, runs, recorded_rows) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(user_id, session_id) DO UPDATE SET last_at = MAX(last_at, excluded.last_at), runs = MAX(runs, excluded.runs), recorded_rows = MAX(recorded_rows, excluded.recorded_rows)`,
      )
      .run(s.userId, s.sessionId, s.simulationId, s.startedAt, s.lastAt, s.runs, s.recordedRows);
  }

  async labSessionsOf(userIds: readonly number[]): Promise<LabSessionRecord[]> {
    if (!userIds.length) return [];
    const rows = this.db.prepare('SELECT * FROM lab_sessions WHERE user_id IN (SELECT value FROM json_each(?)) ORDER BY started_at').all(JSON.stringify(userIds)) as LabSessionRow[];
    return rows.map(toLabSession);
  }
}
