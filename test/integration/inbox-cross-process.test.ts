/**
 * The live inbox with several processes (issue #21), without Redis: a fake cluster stands for the other
 * processes. A notice written here is published to them (with the users it concerns); one they report
 * reaches this process's open streams at once, without a heartbeat (the heartbeats are an hour apart
 * here); after a reconnect (`'all'`) every open stream is recounted. test/cluster/ checks the same over
 * real Redis and three processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticesListener } from '../../server/cluster/cluster';
import { LocalCluster } from '../../server/cluster/local-cluster';
import { lastUnread, openEventStream } from '../support/event-stream';
import { startFixture, waitFor, type Fixture } from './sprout-fixture';

/** This process alone, except that it records what it publishes and lets the test speak for the others. */
class FakeCluster extends LocalCluster {
  published: number[][] = [];
  private readonly listeners = new Set<NoticesListener>();
  override publishNotices(userIds: readonly number[]): void {
    this.published.push([...userIds]);
  }
  override onNotices(listener: NoticesListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Another process says these users' notices changed. */
  fromElsewhere(userIds: number[] | 'all'): void {
    for (const l of this.listeners) l(userIds);
  }
}

let fx: Fixture;
const cluster = new FakeCluster();
const c: Record<string, string> = {};

beforeAll(async () => {
  fx = await startFixture({ cluster, inboxStream: { heartbeatMs: 3600_000 } });
  for (const u of ['teacher', 'student1', 'student2']) c[u] = await fx.login(u);
});
afterAll(() => fx.close());

describe('inbox streams across processes', () => {
  it('publishes the users a notice written here concerns, and pushes counts reported by other processes at once', async () => {
    const s1 = await openEventStream(fx.base, c.student1);
    const s2 = await openEventStream(fx.base, c.student2);
    try {
      await waitFor(() => lastUnread(s1) === 0 && lastUnread(s2) === 0, 'first counts');
      const set = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, {
        method: 'POST', cookie: c.teacher, body: { title: 'Free fall', instructions: '', experimentId: 'pendulum', dueAt: fx.clock.now + 72 * 3600_000 },
      });
      expect(set.status).toBe(201);
      const id = async (u: string) => (await fx.store.accounts.userByUsername(u))!.id;
      const [id1, id2] = [await id('student1'), await id('student2')];
      await waitFor(() => cluster.published.some((ids) => ids.includes(id1) && ids.includes(id2)), 'the students published to the other processes');
      await waitFor(() => lastUnread(s1) === 1 && lastUnread(s2) === 1, 'pushed here too');

      // another process wrote a notice for student1 (here: straight into the shared store, no route)
      await fx.store.notices.addNotices([{ userId: id1, kind: 'assignment_set', payload: '{}', createdAt: fx.clock.now }]);
      const before = s1.events.length;
      const twoBefore = s2.events.length;
      cluster.fromElsewhere([id1]);
      await waitFor(() => lastUnread(s1) === 2, 'student1’s stream hears of it at once');
      expect(s1.events.length).toBe(before + 1);
      expect(s2.events.length).toBe(twoBefore); // nothing for student2
      // after a reconnect nobody knows what was missed: every open stream is recounted
      await fx.store.notices.addNotices([{ userId: id2, kind: 'assignment_set', payload: '{}', createdAt: fx.clock.now }]);
      cluster.fromElsewhere('all');
      await waitFor(() => lastUnread(s2) === 2 && s1.events.length === before + 2, 'every stream recounted');
      expect(s1.comments + s2.comments).toBe(0); // no heartbeat did it
    } finally {
      s1.close();
      s2.close();
    }
  });
});
