/**
 * A fault inside one document's room closes that room's sockets with 1011 and is logged; the process and
 * the other rooms go on, and the room reloads from the store when its clients reconnect.
 */
import type { DocStore } from '../../server/store/store';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { VictimPair } from '../support/sync-attacks';
import { openProvider, startFixture, waitFor, type Fixture } from './sprout-fixture';

let fx: Fixture;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  fx = await startFixture({ auth: { now: () => Date.now() } });
  for (const u of ['student1', 'student2', 'student4', 'student5']) cookies[u] = await fx.login(u);
});
afterAll(() => fx.close());

it('a storage fault in one room closes its sockets (1011), logs it, and leaves the other rooms and the process alone', async () => {
  const [pA, , pB] = fx.demo.projectIds;
  const victim = new VictimPair(fx.wsBase, pB, cookies.student4, cookies.student5, `http://${fx.host}`);
  const writer = openProvider(fx, pA, cookies.student1);
  const reader = openProvider(fx, pA, cookies.student2);
  await waitFor(() => victim.synced && writer.provider.synced && reader.provider.synced, 'all synced');
  const closes: number[] = [];
  reader.provider.on('connection-close', (e: CloseEvent | null) => e && closes.push(e.code));

  // the store's synchronous append (SQLite's update log) or its batch append (PostgreSQL) fails for pA
  const docs = fx.store.docs as DocStore;
  const appendNow = docs.appendNow?.bind(fx.store.docs);
  const appendUpdates = docs.appendUpdates.bind(fx.store.docs);
  let armed = true;
  if (appendNow) {
    docs.appendNow = (id, u, t) => {
      if (armed && id === pA) throw new Error('disk on fire');
      return appendNow(id, u, t);
    };
  }
  docs.appendUpdates = (batch, t) => (armed && batch.some((b) => b.projectId === pA) ? Promise.reject(new Error('disk on fire')) : appendUpdates(batch, t));
  try {
    victim.start(20);
    writer.doc.getText('t').insert(0, 'lost?');
    await waitFor(() => closes.includes(1011), 'the room’s sockets closed with 1011');
    expect(fx.logs.some((l) => l.includes(`sync ${pA}: storage failed; closing the document's connections`) && l.includes('disk on fire'))).toBe(true);
    armed = false;
    // Both clients reconnect to a freshly loaded room; the writer's edit, never stored, is sent again by its client.
    await waitFor(() => reader.doc.getText('t').toString() === 'lost?', 'the edit arrives after the reconnect', 10_000);
    victim.stop();
    await waitFor(() => victim.received === victim.sent, 'the other room went on');
    expect((await fx.api('/api/health')).body.ok).toBe(true);
  } finally {
    if (appendNow) docs.appendNow = appendNow;
    docs.appendUpdates = appendUpdates;
    victim.destroy();
    writer.provider.destroy();
    reader.provider.destroy();
  }
});
