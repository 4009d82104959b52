/**
 * Review notices in the inbox (issue #19): a team submitted (its mentor and the class teacher), the
 * mentor's feedback and decision arrived (the team's students; the decision also the teacher), a comment
 * was answered (its author; the team when the mentor answers). Never to whoever acted, never to another
 * team; and pushed to an open inbox stream like every notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTextCell } from '../../projects/cells/text';
import { storeTellingNotices } from '../../server/classroom/inbox-stream';
import { storeLiveDocs } from '../../server/review/live-doc';
import { reviewRoutes } from '../../server/review/routes';
import { startFixture, waitFor, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string> = {};
let pA: string;
let cell: string;
const people = ['student1', 'student2', 'student4', 'teacher', 'mentor'] as const;

beforeAll(async () => {
  fx = await startFixture();
  const sync = fx.server.sync;
  // as main.ts does: the review routes write through the store that tells the inbox streams
  const store = storeTellingNotices(fx.store, (ids) => void fx.server.inboxStreams.changed(ids));
  reviewRoutes(fx.server.router, { store, auth: fx.server.auth, live: { load: (id) => sync.loadDoc(id), edit: (id, change) => sync.editDoc(id, change) } });
  [pA] = fx.demo.projectIds;
  for (const u of people) c[u] = await fx.login(u);
  await storeLiveDocs(fx.store).edit(pA, (doc) => {
    cell = addTextCell(doc, [{ paragraph: 'The period of a pendulum depends on its mass.' }]);
  });
});
afterAll(() => fx.close());

async function inboxKinds(): Promise<Record<string, string[]>> {
  const got: Record<string, string[]> = {};
  for (const u of people) got[u] = (await fx.api('/api/inbox', { cookie: c[u] })).body.notices.map((n: { kind: string }) => n.kind);
  return got;
}

describe('review notices', () => {
  it('submitted, feedback, answered, decided: each reaches the people it concerns', async () => {
    const members = (await fx.api(`/api/projects/${pA}`, { cookie: c.student1 })).status;
    expect(members).toBe(200);
    // which demo students are in pA's team (student4 is in another team: permissions.test.ts)
    const facts = (await fx.store.projects.accessFacts(pA))!;
    const ids: Record<string, number> = {};
    for (const u of people) ids[u] = (await fx.store.accounts.userByUsername(u))!.id;
    const teamStudents = people.filter((u) => facts.studentIds.includes(ids[u]));
    expect(teamStudents).toContain('student1');
    expect(teamStudents).not.toContain('student4');
    const mates = teamStudents.filter((u) => u !== 'student1');

    const sub = await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: c.student1, body: { note: 'Please look at our design.' } });
    expect(sub.status).toBe(201);
    const submissionId = sub.body.submission.id;
    let got = await inboxKinds();
    expect(got.mentor).toEqual(['project_submitted']);
    expect(got.teacher).toEqual(['project_submitted']);
    expect(got.student1).toEqual([]);
    expect(got.student4).toEqual([]);
    const notice = (await fx.api('/api/inbox', { cookie: c.mentor })).body.notices[0];
    expect(notice).toMatchObject({ kind: 'project_submitted', projectId: pA, submissionId, number: 1, studentName: expect.any(String) });

    const comment = await fx.api(`/api/submissions/${submissionId}/comments`, { method: 'POST', cookie: c.mentor, body: { cellId: cell, body: 'Which variable did you change?' } });
    expect(comment.status).toBe(201);
    got = await inboxKinds();
    for (const u of teamStudents) expect(got[u]).toEqual(['feedback_arrived']);
    expect(got.mentor).toEqual(['project_submitted']);
    expect(got.student4).toEqual([]);

    // a student answers the mentor: the mentor hears of it, the teammates do not
    const reply = await fx.api(`/api/comments/${comment.body.comment.id}/replies`, { method: 'POST', cookie: c.student1, body: { body: 'The length.' } });
    expect(reply.status).toBe(201);
    got = await inboxKinds();
    expect(got.mentor).toEqual(['comment_answered', 'project_submitted']);
    for (const u of mates) expect(got[u]).toEqual(['feedback_arrived']);
    expect(got.student1).toEqual(['feedback_arrived']);

    // the mentor answers back: the team hears of it
    await fx.api(`/api/comments/${comment.body.comment.id}/replies`, { method: 'POST', cookie: c.mentor, body: { body: 'Good: change only the length.' } });
    got = await inboxKinds();
    for (const u of teamStudents) expect(got[u]).toEqual(['comment_answered', 'feedback_arrived']);
    expect(got.mentor).toEqual(['comment_answered', 'project_submitted']);

    const decided = await fx.api(`/api/submissions/${submissionId}/decision`, { method: 'POST', cookie: c.mentor, body: { decision: 'revise', summary: 'Change the length, not the mass.' } });
    expect(decided.status).toBe(200);
    got = await inboxKinds();
    for (const u of teamStudents) expect(got[u][0]).toBe('decision_arrived');
    expect(got.teacher).toEqual(['decision_arrived', 'project_submitted']);
    expect(got.mentor).toEqual(['comment_answered', 'project_submitted']);
    expect(got.student4).toEqual([]);
    expect((await fx.api('/api/inbox', { cookie: c.student1 })).body.notices[0]).toMatchObject({ kind: 'decision_arrived', decision: 'revise', projectId: pA });
  });

  it('a review notice is pushed to an open stream', async () => {
    const ctrl = new AbortController();
    const r = await fetch(`${fx.base}/api/inbox/stream`, { headers: { cookie: c.teacher }, signal: ctrl.signal });
    let text = '';
    void (async () => {
      try {
        for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) text += Buffer.from(chunk).toString('utf8');
      } catch {
        /* aborted */
      }
    })();
    try {
      await waitFor(() => text.includes('event: unread'), 'first count');
      const before = text.length;
      await fx.api('/api/inbox/read', { method: 'POST', cookie: c.teacher, body: {} });
      await waitFor(() => text.slice(before).includes('"unread":0'), 'read');
      const mark = text.length;
      const [, pA2] = fx.demo.projectIds;
      expect((await fx.api(`/api/projects/${pA2}/submissions`, { method: 'POST', cookie: c.student1, body: {} })).status).toBe(201);
      await waitFor(() => text.slice(mark).includes('"unread":1'), 'the submission pushed', 3000);
    } finally {
      ctrl.abort();
    }
  });
});
