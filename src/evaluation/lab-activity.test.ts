/** The lab frame's session reports: batched, only when the counts changed, the last one on closing, retried after a failure. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LabSessionReport } from '../../projects/contracts/evaluation';
import { LabActivityReporter, newLabSessionId } from './lab-activity';

describe('LabActivityReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a burst of activity as one report after the delay, nothing when nothing changed, and the last counts on closing', async () => {
    const sent: [LabSessionReport, boolean][] = [];
    const r = new LabActivityReporter('pendulum', async (rep, final) => void sent.push([rep, final]), 3000, 'abcdef123456');
    r.run();
    r.recorded();
    r.recorded();
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toEqual([[{ sessionId: 'abcdef123456', simulationId: 'pendulum', runs: 1, recordedRows: 2 }, false]]);
    await r.flush();
    expect(sent).toHaveLength(1); // unchanged
    r.run();
    r.dispose();
    await vi.runAllTimersAsync();
    expect(sent.slice(1)).toEqual([[{ sessionId: 'abcdef123456', simulationId: 'pendulum', runs: 2, recordedRows: 2 }, true]]);
  });

  it('a session with no run and no row is never reported; a failed report goes again with the next change', async () => {
    let fail = true;
    const sent: LabSessionReport[] = [];
    const r = new LabActivityReporter('titration', async (rep) => {
      if (fail) throw new Error('offline');
      sent.push(rep);
    });
    r.dispose();
    r.run();
    await r.flush();
    fail = false;
    await r.flush();
    expect(sent).toEqual([{ sessionId: r.sessionId, simulationId: 'titration', runs: 1, recordedRows: 0 }]);
  });

  it('session ids are 24 hex digits, different each time', () => {
    const a = newLabSessionId();
    expect(a).toMatch(/^[0-9a-f]{24}$/);
    expect(newLabSessionId()).not.toBe(a);
  });
});
