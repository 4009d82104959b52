/** The sync journal's group commit: one write in flight, and a store's appendGapMs between write starts. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocStore } from '../store/store';
import { UpdateJournal } from './journal';

/** A store that records each appendUpdates call (its start time and size) and answers after `ms`. */
function recordingStore(appendGapMs: number | undefined, ms = 1) {
  const calls: { at: number; size: number }[] = [];
  let nextId = 1;
  const docs = {
    appendGapMs,
    loadDoc: async () => ({ snapshot: null, updates: [], updateIds: [], lastUpdateId: 0, storedBytes: 0 }),
    appendUpdates: async (batch: { projectId: string; update: Uint8Array }[]) => {
      calls.push({ at: performance.now(), size: batch.length });
      if (ms) await new Promise((r) => setTimeout(r, ms));
      return batch.map(() => nextId++);
    },
    compact: async () => {},
  } as unknown as DocStore;
  return { docs, calls };
}

const update = new Uint8Array([1, 2, 3]);

describe('UpdateJournal', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('writes an update after a quiet moment at once, and a steady stream in writes at least appendGapMs apart', async () => {
    const { docs, calls } = recordingStore(40, 0);
    const journal = new UpdateJournal(docs);
    const t0 = performance.now();
    const ids: Promise<number>[] = [journal.append('p', update)];
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ at: t0, size: 1 }]); // not delayed: nothing was written in the last 40 ms
    // 10 more, one every 2 ms; the first write ended long before the gap does
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(2);
      ids.push(journal.append('p', update));
    }
    await vi.advanceTimersByTimeAsync(19);
    expect(calls).toHaveLength(1); // t0 + 39 ms: still in the gap
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([{ at: t0, size: 1 }, { at: t0 + 40, size: 10 }]);
    expect(await Promise.all(ids)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]); // each stored, in order
    // after a quiet moment longer than the gap, the next update goes at once again
    await vi.advanceTimersByTimeAsync(100);
    const t1 = performance.now();
    const last = journal.append('p', update);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[2]).toEqual({ at: t1, size: 1 });
    expect(await last).toBe(12);
  });

  it('without appendGapMs, writes again as soon as the write in flight ends; drain does not wait for a gap', async () => {
    const plain = recordingStore(undefined, 5);
    const j1 = new UpdateJournal(plain.docs);
    const t0 = performance.now();
    const all = [j1.append('p', update)];
    await vi.advanceTimersByTimeAsync(0);
    all.push(j1.append('p', update), j1.append('p', update));
    await vi.advanceTimersByTimeAsync(10);
    expect(await Promise.all(all)).toEqual([1, 2, 3]);
    expect(plain.calls).toEqual([{ at: t0, size: 1 }, { at: t0 + 5, size: 2 }]);

    const gapped = recordingStore(10_000, 0);
    const j2 = new UpdateJournal(gapped.docs);
    const first = j2.append('p', update);
    await vi.advanceTimersByTimeAsync(0);
    expect(await first).toBe(1);
    const waiting = j2.append('p', update);
    await vi.advanceTimersByTimeAsync(0);
    expect(gapped.calls).toHaveLength(1); // held for the gap
    await j2.drain(); // no timer advanced: drain writes it now
    expect(await waiting).toBe(2);
    expect(gapped.calls.map((c) => c.size)).toEqual([1, 1]);
  });
});
