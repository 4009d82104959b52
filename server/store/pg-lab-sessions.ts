/** Lab sessions in PostgreSQL (as sqlite-lab-sessions.ts). */
import type { LabSessionRecord } from '../evaluation/record-indicators';
import type { PgDb } from './pg-db';
import { toLabSession, type LabSessionRow } from './sqlite-lab-sessions';
import type { LabSessionStore } from './store';

export const LAB_SESSIONS_PG = `
CREATE TABLE lab_sessions (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  session_id TEXT NOT NULL,
  simulation_id TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  last_at BIGINT NOT NULL,
  runs INTEGER NOT NULL,
  recorded_rows INTEGER NOT NULL,
  PRIMARY KEY (user_id, session_id)
);
`;

export class PgLabSessions implements LabSessionStore {
  constructor(private readonly db: PgDb) {}

  async reportLabSession(s: LabSessionRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO lab_sessions (user_id, session_id, simulation_id, started_at, last_at, runs, recorded_rows) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (user_id, session_id) DO UPDATE SET last_at = GREATEST(lab_sessions.last_at, excluded.last_at), runs = GREATEST(lab_sessions.runs, excluded.runs),
         recorded_rows = GREATEST(lab_sessions.recorded_rows, excluded.recorded_rows)`,
      [s.userId, s.sessionId, s.simulationId, s.startedAt, s.lastAt, s.runs, s.recordedRows],
    );
  }

  async labSessionsOf(userIds: readonly number[]): Promise<LabSessionRecord[]> {
    if (!userIds.length) return [];
    return (await this.db.query<LabSessionRow>('SELECT * FROM lab_sessions WHERE user_id = ANY($1::int[]) ORDER BY started_at', [[...userIds]])).map(toLabSession);
  }
}
