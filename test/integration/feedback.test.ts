/**
 * GET /api/feedback over real HTTP (port 0, temporary SQLite store): what reached a team from its
 * mentor — the latest submission with its decision, its comment threads, and the time of the newest
 * mentor event in the review log — for the team's students only; the team's own replies are not
 * feedback; other roles get an empty list; no session, 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTextCell } from '../../projects/cells/text';
import { reviewRoutes } from '../../server/review/routes';
import { storeLiveDocs } from '../../server/review/live-doc';
import { startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string> = {};
let pA: string;
let cell: string;

beforeAll(async () => {
  fx = await startFixture();
  const sync = fx.server.sync;
  reviewRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, now: () => fx.clock.now, live: { load: (id) => sync.loadDoc(id), edit: (id, change) => sync.editDoc(id, change) } });
  [pA] = fx.demo.projectIds;
  for (const u of ['student1', 'student2', 'student4', 'teacher', 'mentor']) c[u] = await fx.login(u);
  await storeLiveDocs(fx.store).edit(pA, (doc) => {
    cell = addTextCell(doc, [{ paragraph: 'The period depends on the length.' }]);
  });
});
afterAll(() => fx.close());

const feedbackOf = async (who: string) => (await fx.api('/api/feedback', { cookie: c[who] })).body.projects as { project: { id: string }; submission: { number: number; decision: { decision: string; summary: string; decidedAt: number } | null } | null; comments: { total: number; open: number }; latestFeedbackAt: number | null }[];

describe('GET /api/feedback', () => {
  it('lists the team’s projects with no feedback before anything was reviewed; 401 without a session', async () => {
    expect((await fx.api('/api/feedback')).status).toBe(401);
    const mine = await feedbackOf('student1');
    expect(mine.map((p) => p.project.id)).toContain(pA);
    expect(mine.find((p) => p.project.id === pA)).toMatchObject({ submission: null, comments: { total: 0, open: 0 }, latestFeedbackAt: null });
    expect((await feedbackOf('student4')).map((p) => p.project.id)).not.toContain(pA);
    expect(await feedbackOf('teacher')).toEqual([]);
    expect(await feedbackOf('mentor')).toEqual([]);
  });

  it('reports the mentor’s comment and decision at the time of the newest one, not the team’s replies', async () => {
    fx.clock.now = Date.now() + 1000;
    const sub = await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: c.student1, body: {} });
    expect(sub.status).toBe(201);
    const id = sub.body.submission.id as string;
    expect((await feedbackOf('student2')).find((p) => p.project.id === pA)).toMatchObject({ submission: { number: 1, decision: null }, latestFeedbackAt: null });

    fx.clock.now += 60_000;
    const comment = await fx.api(`/api/submissions/${id}/comments`, { method: 'POST', cookie: c.mentor, body: { cellId: cell, body: 'Which lengths did you use?' } });
    expect(comment.status).toBe(201);
    const commentedAt = fx.clock.now;
    let p = (await feedbackOf('student2')).find((x) => x.project.id === pA)!;
    expect(p.latestFeedbackAt).toBe(commentedAt);
    expect(p.comments).toEqual({ total: 1, open: 1 });

    fx.clock.now += 60_000; // the team's reply and resolve are not feedback to the team
    expect((await fx.api(`/api/comments/${comment.body.comment.id}/replies`, { method: 'POST', cookie: c.student1, body: { body: '0.5 m to 2 m.' } })).status).toBe(201);
    expect((await fx.api(`/api/comments/${comment.body.comment.id}/resolve`, { method: 'POST', cookie: c.student1, body: { resolved: true } })).status).toBe(200);
    p = (await feedbackOf('student2')).find((x) => x.project.id === pA)!;
    expect(p.latestFeedbackAt).toBe(commentedAt);
    expect(p.comments).toEqual({ total: 1, open: 0 });

    fx.clock.now += 60_000;
    const decided = await fx.api(`/api/submissions/${id}/decision`, { method: 'POST', cookie: c.mentor, body: { decision: 'revise', summary: 'Add a conclusion.' } });
    expect(decided.status).toBe(200);
    p = (await feedbackOf('student1')).find((x) => x.project.id === pA)!;
    expect(p.latestFeedbackAt).toBe(fx.clock.now);
    expect(p.submission!.decision).toMatchObject({ decision: 'revise', summary: 'Add a conclusion.', decidedAt: fx.clock.now });
  });
});
