/**
 * Reports a student's lab session to the server (POST /api/lab-sessions) for the lab-work indicator:
 * runs (presses of Start) and recorded rows, sent a few seconds after they change (so a burst of
 * recording is one request) and once more when the lab closes. Reports only grow: the server keeps the
 * largest counts, so a lost or repeated report does no harm.
 */
import type { LabSessionReport } from '../../projects/contracts/evaluation';

export type SendLabSession = (report: LabSessionReport, final: boolean) => Promise<void>;

/** 24 hex digits (crypto.getRandomValues works on plain-http school networks, randomUUID does not). */
export function newLabSessionId(): string {
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class LabActivityReporter {
  private runs = 0;
  private recordedRows = 0;
  private sent = '';
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly simulationId: string,
    private readonly send: SendLabSession,
    private readonly delayMs = 3000,
    readonly sessionId = newLabSessionId(),
  ) {}

  run(): void {
    this.runs++;
    this.schedule();
  }

  recorded(rows = 1): void {
    this.recordedRows += rows;
    this.schedule();
  }

  /** Sends the counts if they changed since the last report. */
  flush(final = false): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const report: LabSessionReport = { sessionId: this.sessionId, simulationId: this.simulationId, runs: this.runs, recordedRows: this.recordedRows };
    const key = `${report.runs}/${report.recordedRows}`;
    if (key === this.sent || (report.runs === 0 && report.recordedRows === 0)) return Promise.resolve();
    this.sent = key;
    return this.send(report, final).catch(() => {
      if (this.sent === key) this.sent = ''; // try again with the next change
    });
  }

  /** The lab closes: the last counts go out (with keepalive, so leaving the page does not cut them off). */
  dispose(): void {
    void this.flush(true);
  }

  private schedule(): void {
    if (this.timer === null) this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }
}

export const sendLabSession: SendLabSession = async (report, final) => {
  const r = await fetch('/api/lab-sessions', {
    method: 'POST',
    credentials: 'same-origin',
    keepalive: final,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(report),
  });
  if (!r.ok && r.status !== 204) throw new Error(`lab session report: HTTP ${r.status}`);
};
