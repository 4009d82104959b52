/**
 *   POST /api/lab-sessions {sessionId, simulationId, runs, recordedRows}   a logged-in student's lab frame
 *        reports a session's runs (presses of Start) and recorded rows as they grow; the server sets the
 *        times (first report: started, every report: last). Other roles are answered 204 and nothing is
 *        kept: the lab-work indicator is about students.
 */
import { LabSessionReportSchema } from '../../projects/contracts/evaluation';
import type { Auth } from '../auth/auth';
import { sendJson } from '../http/json';
import type { Router } from '../http/router';
import { readBodyAs } from '../http/validate';
import type { Store } from '../store/store';

export function labActivityRoutes(router: Router, { store, auth, now }: { store: Store; auth: Auth; now: () => number }): void {
  router.post('/api/lab-sessions', async ({ req, res }) => {
    const { user } = await auth.requireCaller(req);
    const body = await readBodyAs(req, LabSessionReportSchema, 4096);
    if (user.role !== 'student') {
      res.writeHead(204).end();
      return;
    }
    const at = now();
    await store.labSessions.reportLabSession({ ...body, userId: user.id, startedAt: at, lastAt: at });
    sendJson(res, 200, { recorded: true });
  });
}
