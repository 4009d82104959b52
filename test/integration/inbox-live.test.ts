/**
 * The inbox pushed live (issue #19) over real HTTP with two people: the student's open event stream gets
 * the new unread count the moment the teacher sets an assignment (no request of the student's), and
 * again when the student reads it in another tab; the teacher's stream hears of the hand-in. A stream
 * needs a session, is bounded per person, beats every heartbeat, and ends on log-out and when the
 * session ends elsewhere (a new password).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastUnread, openEventStream } from '../support/event-stream';
import { startFixture, waitFor, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string> = {};
const HOUR = 3600_000;

/** Opens GET /api/inbox/stream with a session cookie (none: a refusal in `status`). */
const openStream = (cookie: string | undefined) => openEventStream(fx.base, cookie);

beforeAll(async () => {
  // heartbeats only when a test calls one (its recount would otherwise hide a missing push)
  fx = await startFixture({ inboxStream: { maxPerUser: 2, heartbeatMs: 3600_000 } });
  for (const u of ['teacher', 'student1', 'student2']) c[u] = await fx.login(u);
});
afterAll(() => fx.close());

describe('inbox stream', () => {
  it('pushes the count to the student when the teacher sets an assignment, and to the teacher on the hand-in', async () => {
    const student = await openStream(c.student1);
    const teacher = await openStream(c.teacher);
    expect(student.contentType).toMatch(/^text\/event-stream/);
    try {
      await waitFor(() => lastUnread(student) === 0 && lastUnread(teacher) === 0, 'first counts');
      const set = await fx.api(`/api/classes/${fx.demo.classId}/assignments`, {
        method: 'POST', cookie: c.teacher, body: { title: 'Spring and force', instructions: '', experimentId: 'spring', dueAt: fx.clock.now + 72 * HOUR },
      });
      expect(set.status).toBe(201);
      await waitFor(() => lastUnread(student) === 1, 'the student hears of the assignment', 3000);
      expect(lastUnread(teacher)).toBe(0);

      // read in another tab: this stream's count goes down too
      expect((await fx.api('/api/inbox/read', { method: 'POST', cookie: c.student1, body: {} })).body.unread).toBe(0);
      await waitFor(() => lastUnread(student) === 0, 'read elsewhere', 3000);

      const table = { columns: [{ name: 'forceN', unit: 'N' }, { name: 'extensionM', unit: 'm' }], rows: [[1, 0.02]] };
      const handIn = await fx.api(`/api/assignments/${set.body.assignment.id}/hand-in`, { method: 'POST', cookie: c.student1, body: { table } });
      expect(handIn.status).toBeLessThan(300);
      await waitFor(() => lastUnread(teacher) === 1, 'the teacher hears of the hand-in', 3000);
      // a heartbeat is a comment line on every stream
      const beats = student.comments;
      await fx.server.inboxStreams.heartbeat();
      await waitFor(() => student.comments === beats + 1 && teacher.comments >= 1, 'a heartbeat', 3000);
    } finally {
      student.close();
      teacher.close();
    }
  });

  it('needs a session; at most maxPerUser streams per person', async () => {
    expect((await openStream(undefined)).status).toBe(401);
    const a = await openStream(c.student2);
    const b = await openStream(c.student2);
    const third = await openStream(c.student2);
    expect([a.status, b.status, third.status]).toEqual([200, 200, 429]);
    a.close();
    await waitFor(() => fx.server.inboxStreams.size <= 1, 'the closed stream forgotten', 3000);
    const again = await openStream(c.student2);
    expect(again.status).toBe(200);
    b.close();
    again.close();
  });

  it('ends on log-out, and when the session ends elsewhere (a new password)', async () => {
    const cookie = await fx.login('student2');
    const s = await openStream(cookie);
    await waitFor(() => lastUnread(s) !== undefined, 'opened');
    await fx.api('/api/auth/logout', { method: 'POST', cookie });
    await waitFor(() => s.ended, 'closed at log-out', 2000);

    const other = await fx.login('student2');
    const s2 = await openStream(other);
    await waitFor(() => lastUnread(s2) !== undefined, 'opened');
    // the teacher makes a new password for the student: every session of theirs ends; the next heartbeat notices
    const id = (await fx.store.accounts.userByUsername('student2'))!.id;
    expect((await fx.api(`/api/classes/${fx.demo.classId}/passwords`, { method: 'POST', cookie: c.teacher, body: { studentIds: [id] } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(s2.ended).toBe(false);
    await fx.server.inboxStreams.heartbeat();
    await waitFor(() => s2.ended, 'closed when the session ended', 3000);
  });
});
