/**
 * The review flow over real HTTP against a real server (port 0, temporary SQLite store): the permission
 * matrix of every review route, submission immutability while the team keeps editing over the websocket,
 * resubmission diffs, tamper detection of the hash-chained log (API and `npm run verify-reviews`), and
 * bad bodies rejected naming the field.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTextCell, setTextBlocks } from '../../projects/cells/text';
import { listCells, readMeta } from '../../projects/schema';
import { hashPassword } from '../../server/auth/password';
import { storeLiveDocs } from '../../server/review/live-doc';
import { reviewRoutes } from '../../server/review/routes';
import { verifyAll } from '../../server/review/verify';
import { dropTrigger } from '../support/test-store';
import { DEMO_PASSWORD, openProvider, startFixture, waitFor, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
let pA: string;
let pB: string;
let cellIntro: string;
let cellData: string;
const who = ['student1', 'student4', 'teacher', 'mentor', 'otherteacher', 'othermentor', 'anon'] as const;
type Who = (typeof who)[number];

beforeAll(async () => {
  fx = await startFixture({ sync: { maxConnectionsPerUser: 100 } });
  // As in main.ts: the review flow edits open documents through the sync service.
  const sync = fx.server.sync;
  reviewRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, live: { load: (id) => sync.loadDoc(id), edit: (id, change) => sync.editDoc(id, change) } });
  [pA, , pB] = fx.demo.projectIds;
  const other = await fx.store.accounts.createSchool('Other School');
  const hash = await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 });
  await fx.store.accounts.createUser({ username: 'otherteacher', displayName: 'T2', role: 'teacher', schoolId: other.id, passwordHash: hash });
  const m2 = await fx.store.accounts.createUser({ username: 'othermentor', displayName: 'M2', role: 'mentor', schoolId: null, passwordHash: hash });
  await fx.store.accounts.addMentorSchool(m2.id, other.id);
  for (const u of who) if (u !== 'anon') c[u] = await fx.login(u);
  await storeLiveDocs(fx.store).edit(pA, (doc) => {
    cellIntro = addTextCell(doc, [{ heading: 2, text: '研究问题' }, { paragraph: 'The period of a pendulum depends on its mass.' }]);
    cellData = addTextCell(doc, [{ paragraph: 'We timed ten swings for each length.' }]);
  });
});
afterAll(() => fx.close());

/** Calls `call` as everyone, in the given order (refused callers first so allowed ones change state last). */
async function matrix(call: (cookie: string | undefined, u: Who) => Promise<{ status: number }>, order: readonly Who[] = who) {
  const got: Partial<Record<Who, number>> = {};
  for (const u of order) got[u] = (await call(c[u], u)).status;
  return got;
}
const READ = { student1: 200, student4: 403, teacher: 200, mentor: 200, otherteacher: 403, othermentor: 403, anon: 401 };
const MENTOR_ONLY = (ok: number) => ({ student1: 403, student4: 403, teacher: 403, mentor: ok, otherteacher: 403, othermentor: 403, anon: 401 });
const MENTOR_LAST: Who[] = ['student1', 'student4', 'teacher', 'otherteacher', 'othermentor', 'anon', 'mentor'];

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
async function snapshotBytes(id: string, cookie = c.mentor) {
  const r = await fetch(`${fx.base}/api/submissions/${id}/snapshot`, { headers: { cookie: cookie! } });
  return { status: r.status, header: r.headers.get('x-content-sha256'), bytes: new Uint8Array(await r.arrayBuffer()) };
}

let s1: string;
let comment: string;
let defense: string;

describe('review routes: permission matrix (allowed and refused)', () => {
  it('POST /api/projects/:id/submissions: only the team’s students; the project is frozen and handed to the mentor', async () => {
    const order: Who[] = ['student4', 'teacher', 'mentor', 'otherteacher', 'othermentor', 'anon', 'student1'];
    let created: { body: { submission: { id: string; sha256: string; number: number } } } | undefined;
    const got = await matrix(async (cookie, u) => {
      const r = await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie, body: { note: 'first version' } });
      if (u === 'student1') created = r;
      return r;
    }, order);
    expect(got).toEqual({ student1: 201, student4: 403, teacher: 403, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    s1 = created!.body.submission.id;
    expect(created!.body.submission).toMatchObject({ number: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // status is submitted in the store and in the live document (meta.status via projects/ accessors)
    expect((await fx.store.projects.projectById(pA))!.status).toBe('submitted');
    const live = await storeLiveDocs(fx.store).load(pA);
    expect(readMeta(live).status).toBe('submitted');
    live.destroy();
    // a second submission while the first waits is refused
    const again = await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: c.student1, body: {} });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_submitted');
    // team B has no mentor: a clear refusal
    const noMentor = await fx.api(`/api/projects/${pB}/submissions`, { method: 'POST', cookie: c.student4, body: {} });
    expect(noMentor.status).toBe(409);
    expect(noMentor.body.error.code).toBe('no_mentor');
  });

  it('read routes: the team, its teacher and its mentor; nobody else', async () => {
    for (const path of [`/api/projects/${pA}/submissions`, `/api/submissions/${s1}`, `/api/submissions/${s1}/snapshot`, `/api/submissions/${s1}/diff`, `/api/projects/${pA}/review-comments`, `/api/projects/${pA}/review-history`, `/api/projects/${pA}/defenses`]) {
      expect({ path, ...(await matrix((cookie) => fx.api(path, { cookie }))) }).toEqual({ path, ...READ });
    }
  });

  it('GET /api/reviews/queue: mentors and teachers, each seeing only their own; newest first', async () => {
    const bodies: Partial<Record<Who, { items: { submission: { id: string } }[] }>> = {};
    const got = await matrix(async (cookie, u) => {
      const r = await fx.api('/api/reviews/queue', { cookie });
      bodies[u] = r.body;
      return r;
    });
    expect(got).toEqual({ student1: 403, student4: 403, teacher: 200, mentor: 200, otherteacher: 200, othermentor: 200, anon: 401 });
    expect(bodies.mentor!.items.map((i) => i.submission.id)).toEqual([s1]);
    expect(bodies.teacher!.items.map((i) => i.submission.id)).toEqual([s1]);
    expect(bodies.otherteacher!.items).toEqual([]);
    expect(bodies.othermentor!.items).toEqual([]);
    const filtered = await fx.api(`/api/reviews/queue?status=approved&schoolId=${fx.demo.schoolId}`, { cookie: c.mentor });
    expect(filtered.body.items).toEqual([]);
    const bySchool = await fx.api(`/api/reviews/queue?status=submitted&schoolId=${fx.demo.schoolId}&classId=${fx.demo.classId}`, { cookie: c.mentor });
    expect(bySchool.body.items.map((i: { submission: { id: string } }) => i.submission.id)).toEqual([s1]);
  });

  it('POST /api/submissions/:id/comments: the assigned mentor only', async () => {
    let body: { comment: { id: string; range: unknown } } | undefined;
    const got = await matrix(async (cookie, u) => {
      const r = await fx.api(`/api/submissions/${s1}/comments`, { method: 'POST', cookie, body: { cellId: cellIntro, range: { start: 9, end: 15 }, body: 'Which variable did you change?' } });
      if (u === 'mentor') body = r.body;
      return r;
    }, MENTOR_LAST);
    expect(got).toEqual(MENTOR_ONLY(201));
    comment = body!.comment.id;
    // plain text of the cell is "研究问题\nThe period…": characters 9–15 are "period"
    expect(body!.comment.range).toEqual({ start: 9, end: 15, quote: 'period' });
    expect((await fx.store.projects.projectById(pA))!.status).toBe('in_review');
  });

  it('POST /api/comments/:id/replies and /resolve: the team’s students and the mentor', async () => {
    const replies = await matrix((cookie) => fx.api(`/api/comments/${comment}/replies`, { method: 'POST', cookie, body: { body: 'The length; we fix that.' } }));
    expect(replies).toEqual({ student1: 201, student4: 403, teacher: 403, mentor: 201, otherteacher: 403, othermentor: 403, anon: 401 });
    const order: Who[] = ['student4', 'teacher', 'otherteacher', 'othermentor', 'anon', 'student1'];
    const resolve = await matrix((cookie) => fx.api(`/api/comments/${comment}/resolve`, { method: 'POST', cookie, body: { resolved: true } }), order);
    expect(resolve).toEqual({ student1: 200, student4: 403, teacher: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    expect((await fx.api(`/api/comments/${comment}/resolve`, { method: 'POST', cookie: c.mentor, body: { resolved: false } })).status).toBe(200);
    const view = await fx.api(`/api/submissions/${s1}`, { cookie: c.student1 });
    expect(view.body.comments[0]).toMatchObject({ id: comment, resolved: null, replies: [{ body: 'The length; we fix that.' }, { body: 'The length; we fix that.' }] });
    expect(view.body.may).toEqual({ write: false, reply: true, submit: true });
  });

  it('PUT /api/submissions/:id/score: the mentor only; total from the rubric weights', async () => {
    const levels = { research_question: 3, method_variables: 3, data_quality: 3, analysis: 3, conclusion: 3, teamwork: 4, communication: 2, self_management: 1 };
    let total = 0;
    const got = await matrix(async (cookie, u) => {
      const r = await fx.api(`/api/submissions/${s1}/score`, { method: 'PUT', cookie, body: { levels, remarks: { analysis: 'Plot T² against L.' } } });
      if (u === 'mentor') total = r.body.score.total;
      return r;
    }, MENTOR_LAST);
    expect(got).toEqual(MENTOR_ONLY(200));
    // 75·0.75 + 10·1 + 10·0.5 + 5·0.25 = 72.5 (weights of the default rubric, see server/review/rubric.ts)
    expect(total).toBe(72.5);
  });

  it('rubric: the school’s people and its mentors read it; only its teachers edit it', async () => {
    const path = `/api/schools/${fx.demo.schoolId}/rubric`;
    expect(await matrix((cookie) => fx.api(path, { cookie }))).toEqual({ student1: 200, student4: 200, teacher: 200, mentor: 200, otherteacher: 403, othermentor: 403, anon: 401 });
    const { rubric } = (await fx.api(path, { cookie: c.teacher })).body;
    rubric.criteria[0].weight = 20;
    const order: Who[] = ['student1', 'student4', 'mentor', 'otherteacher', 'othermentor', 'anon', 'teacher'];
    expect(await matrix((cookie) => fx.api(path, { method: 'PUT', cookie, body: rubric }), order)).toEqual({
      student1: 403, student4: 403, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401, teacher: 200,
    });
    const saved = (await fx.api(path, { cookie: c.mentor })).body;
    expect(saved.custom).toBe(true);
    expect(saved.rubric.criteria[0].weight).toBe(20);
    // a score saved earlier keeps the rubric it was given with
    expect((await fx.api(`/api/submissions/${s1}`, { cookie: c.mentor })).body.scores[0].rubric.criteria[0].weight).toBe(15);
  });

  it('defenses: the mentor schedules and records; review readers see them', async () => {
    let body: { defense: { id: string } } | undefined;
    const got = await matrix(async (cookie, u) => {
      const r = await fx.api(`/api/projects/${pA}/defenses`, { method: 'POST', cookie, body: { scheduledAt: Date.UTC(2030, 4, 20, 6, 0), videoUrl: 'https://meet.example.org/sprout-a', submissionId: s1 } });
      if (u === 'mentor') body = r.body;
      return r;
    }, MENTOR_LAST);
    expect(got).toEqual(MENTOR_ONLY(201));
    defense = body!.defense.id;
    const record = { questions: [{ question: 'Why ten swings?', answer: 'To reduce the timing error per swing.' }], outcome: 'passed', notes: 'Clear answers.' };
    expect(await matrix((cookie) => fx.api(`/api/defenses/${defense}/record`, { method: 'PUT', cookie, body: record }), MENTOR_LAST)).toEqual(MENTOR_ONLY(200));
    const list = await fx.api(`/api/projects/${pA}/defenses`, { cookie: c.student1 });
    expect(list.body.defenses[0]).toMatchObject({ outcome: 'passed', questions: record.questions, videoUrl: 'https://meet.example.org/sprout-a' });
  });

  it('POST /api/submissions/:id/decision: the mentor only, once', async () => {
    const got = await matrix((cookie) => fx.api(`/api/submissions/${s1}/decision`, { method: 'POST', cookie, body: { decision: 'revise', summary: 'Change the length, not the mass.' } }), MENTOR_LAST);
    expect(got).toEqual(MENTOR_ONLY(200));
    expect((await fx.api(`/api/submissions/${s1}/decision`, { method: 'POST', cookie: c.mentor, body: { decision: 'approve', summary: 'x' } })).body.error.code).toBe('already_decided');
    expect((await fx.store.projects.projectById(pA))!.status).toBe('revising');
  });

  it('GET /api/students/:id/portfolio: the student and their teacher', async () => {
    const s1Id = (await fx.store.accounts.userByUsername('student1'))!.id;
    const got = await matrix((cookie) => fx.api(`/api/students/${s1Id}/portfolio`, { cookie }));
    expect(got).toEqual({ student1: 200, student4: 403, teacher: 200, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    const p = await fx.api('/api/students/me/portfolio', { cookie: c.student1 });
    const project = p.body.projects.find((x: { id: string }) => x.id === pA);
    expect(project.submissions[0]).toMatchObject({ number: 1, decision: { decision: 'revise' }, scores: [{ total: 72.5 }] });
    expect(project.defenses[0].outcome).toBe('passed');
    // receipts as the store computes them (the portfolio signs the entries it read in one query)
    const head = (await fx.store.reviews.logHead(pA))!;
    expect(project.receipt).toEqual({ seq: head.seq, code: await fx.store.reviews.receipt(pA, head.seq) });
    expect(project.receipt.code).toEqual(expect.any(String));
    const decided = (await fx.store.reviews.log(pA)).find((e) => e.type === 'decision' && e.payload.submissionId === project.submissions[0].id)!;
    expect(project.submissions[0].decisionReceipt).toEqual({ seq: decided.seq, code: await fx.store.reviews.receipt(pA, decided.seq) });
  });
});

describe('submission immutability', () => {
  it('keeps the submission’s bytes and hash while the team edits the live document over the websocket', async () => {
    const before = await snapshotBytes(s1);
    expect(before.status).toBe(200);
    expect(sha256(before.bytes)).toBe(before.header);
    const { doc, provider } = openProvider(fx, pA, c.student1);
    await waitFor(() => provider.synced, 'sync');
    const added = addTextCell(doc, [{ paragraph: 'Conclusion: T grows like the square root of L.' }]);
    setTextBlocks(doc, cellIntro, [{ heading: 2, text: '研究问题' }, { paragraph: 'The period of a pendulum depends on its length.' }]);
    await waitFor(() => listCells(doc).length === 3, 'local edit');
    // wait until the server has the edit
    const until = Date.now() + 5000;
    for (;;) {
      const live = await storeLiveDocs(fx.store).load(pA);
      const n = listCells(live).length;
      live.destroy();
      if (n === 3) break;
      if (Date.now() > until) throw new Error('the edit never reached the store');
      await new Promise((r) => setTimeout(r, 20));
    }
    provider.destroy();
    doc.destroy();
    const after = await snapshotBytes(s1);
    expect(after.header).toBe(before.header);
    expect(Buffer.from(after.bytes).equals(Buffer.from(before.bytes))).toBe(true);
    const frozen = new Y.Doc({ gc: false });
    Y.applyUpdate(frozen, after.bytes);
    expect(listCells(frozen).map((x) => x.id)).not.toContain(added);
    // and SQL cannot change a frozen snapshot either
    await expect(fx.sql('UPDATE review_submissions SET state = ? WHERE id = ?', Buffer.from([1, 2, 3]), s1)).rejects.toThrow(/frozen/);
  });

  it('a resubmission shows the mentor what changed (diff) and the mentor approves it; an open notebook sees each status at once', async () => {
    const { doc: open, provider } = openProvider(fx, pA, c.student2 ?? c.student1);
    await waitFor(() => provider.synced, 'sync');
    const r = await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: c.student1, body: { note: 'revised' } });
    await waitFor(() => readMeta(open).status === 'submitted', 'status submitted reaches the open notebook');
    expect(r.status).toBe(201);
    const s2 = r.body.submission.id;
    expect(r.body.submission.number).toBe(2);
    const d = await fx.api(`/api/submissions/${s2}/diff`, { cookie: c.mentor });
    expect(d.body.previous.id).toBe(s1);
    expect(d.body.diff.counts).toEqual({ added: 1, removed: 0, changed: 1, unchanged: 1, moved: 0 });
    const intro = d.body.diff.cells.find((x: { cellId: string }) => x.cellId === cellIntro);
    expect(intro.words.filter((w: { op: string }) => w.op !== 'same')).toEqual([{ op: 'removed', text: 'mass' }, { op: 'added', text: 'length' }]);
    expect((await fx.api(`/api/submissions/${s2}/decision`, { method: 'POST', cookie: c.mentor, body: { decision: 'approve', summary: 'Well done.' } })).status).toBe(200);
    expect((await fx.store.projects.projectById(pA))!.status).toBe('approved');
    await waitFor(() => readMeta(open).status === 'approved', 'status approved reaches the open notebook');
    provider.destroy();
    open.destroy();
    const again = await fx.api(`/api/projects/${pA}/submissions`, { method: 'POST', cookie: c.student1, body: {} });
    expect(again.body.error.code).toBe('already_approved');
  });
});

describe('hash-chained review log', () => {
  it('records every event type in order with valid links', async () => {
    const h = await fx.api(`/api/projects/${pA}/review-history`, { cookie: c.teacher });
    expect(h.body.chain.ok).toBe(true);
    const types = h.body.entries.map((e: { type: string }) => e.type);
    expect(types).toEqual(['submit', 'comment', 'reply', 'reply', 'resolve', 'reopen', 'score', 'defense_scheduled', 'defense_recorded', 'decision', 'submit', 'decision']);
    expect(h.body.entries[1].prevHash).toBe(h.body.entries[0].hash);
  });

  it('detects entries deleted from the end of the log (the recorded head is no longer reached)', async () => {
    // put back below, so the next test finds the log intact
    const removed = await fx.sql('SELECT * FROM review_log WHERE project_id = ? AND seq > 10 ORDER BY seq', pA);
    try {
      await fx.sql('DELETE FROM review_log WHERE project_id = ? AND seq > 10', pA); // DELETE is not blocked by the append-only trigger
      const out: string[] = [];
      expect(await verifyAll(fx.store, (l) => out.push(l))).toMatchObject({ projects: 1, broken: 1 });
      expect(out[0]).toMatch(new RegExp(`^BROKEN\\s+${pA}\\s+at entry 11 of 10: the log ends at entry 10 but entry 12 was written`));
      const h = await fx.api(`/api/projects/${pA}/review-history`, { cookie: c.mentor });
      expect(h.body.chain).toMatchObject({ ok: false, brokenAt: 11 });
    } finally {
      for (const r of removed) {
        await fx.sql(
          'INSERT INTO review_log (project_id, seq, type, actor_id, at, payload, prev_hash, hash, key_id, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          r.project_id, r.seq, r.type, r.actor_id, r.at, r.payload, r.prev_hash, r.hash, r.key_id, r.sig,
        );
      }
    }
    expect(await verifyAll(fx.store, () => {})).toEqual({ projects: 1, broken: 0, storeWide: null });
  });

  it('detects a row edited directly in SQLite: API, verifyAll and `npm run verify-reviews` (exit 1)', async () => {
    const lines: string[] = [];
    expect(await verifyAll(fx.store, (l) => lines.push(l))).toEqual({ projects: 1, broken: 0, storeWide: null });
    expect(lines[0]).toMatch(new RegExp(`^OK\\s+${pA}\\s+12 entries`));
    // Someone with access to the file drops the append-only trigger and softens the mentor's comment.
    await dropTrigger(fx.store, 'review_log_append_only', 'review_log');
    const [row] = (await fx.sql('SELECT payload FROM review_log WHERE project_id = ? AND seq = 2', pA)) as { payload: string }[];
    const payload = JSON.parse(row.payload);
    payload.body = 'Looks great!';
    await fx.sql('UPDATE review_log SET payload = ? WHERE project_id = ? AND seq = 2', JSON.stringify(payload), pA);
    const h = await fx.api(`/api/projects/${pA}/review-history`, { cookie: c.mentor });
    expect(h.body.chain).toMatchObject({ ok: false, brokenAt: 2 });
    const out: string[] = [];
    expect(await verifyAll(fx.store, (l) => out.push(l))).toMatchObject({ projects: 1, broken: 1 });
    expect(out[0]).toMatch(new RegExp(`^BROKEN\\s+${pA}\\s+at entry 2 of 12`));
    const root = resolve(import.meta.dirname, '../..');
    const cli = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'server/review/verify.ts')], { cwd: root, env: { ...process.env, ...fx.testStore.env } }, (err, stdout) =>
        done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout }),
      );
    });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/BROKEN .* at entry 2 of 12/);
  }, 30_000);
});

describe('bad bodies are rejected naming the field', () => {
  it('comments, scores, decisions, defenses, rubric and queue filters', async () => {
    const subs = (await fx.api(`/api/projects/${pA}/submissions`, { cookie: c.mentor })).body.submissions;
    const s2 = subs[1].id;
    const cases: [string, string, unknown, string][] = [
      ['POST', `/api/submissions/${s2}/comments`, { cellId: cellIntro }, 'body'],
      ['POST', `/api/submissions/${s2}/comments`, { cellId: 'nope', body: 'x' }, 'cellId'],
      ['POST', `/api/submissions/${s2}/comments`, { cellId: cellIntro, range: { start: 0, end: 9999 }, body: 'x' }, 'range.end'],
      ['POST', `/api/submissions/${s2}/comments`, { cellId: cellIntro, range: { start: 5, end: 2 }, body: 'x' }, 'range.end'],
      ['PUT', `/api/submissions/${s2}/score`, { levels: { research_question: 3 } }, 'levels.method_variables'],
      ['PUT', `/api/submissions/${s2}/score`, { levels: { research_question: 7 } }, 'levels.research_question'],
      ['POST', `/api/projects/${pA}/defenses`, { scheduledAt: Date.UTC(2030, 0, 1) }, 'place'],
      ['POST', `/api/projects/${pA}/defenses`, { scheduledAt: Date.UTC(2030, 0, 1), videoUrl: 'http://insecure.example' }, 'videoUrl'],
      ['POST', `/api/projects/${pA}/defenses`, { scheduledAt: 'tomorrow', place: 'Lab 2' }, 'scheduledAt'],
      ['PUT', `/api/defenses/${defense}/record`, { questions: [], outcome: 'passed' }, 'questions'],
      ['PUT', `/api/schools/${fx.demo.schoolId}/rubric`, { criteria: [{ id: 'a', group: 'product', name: { 'zh-CN': '甲', en: 'A' }, weight: -1, levels: [] }] }, 'criteria.0.weight'],
    ];
    for (const [method, path, body, field] of cases) {
      const cookie = path.includes('/rubric') ? c.teacher : c.mentor;
      const r = await fx.api(path, { method, cookie, body });
      expect({ path, body, status: r.status, field: r.body.error?.field }).toEqual({ path, body, status: 400, field });
    }
    const decision = await fx.api(`/api/submissions/${subs[0].id}/decision`, { method: 'POST', cookie: c.mentor, body: { decision: 'maybe', summary: 'x' } });
    expect(decision.status).toBe(400);
    expect(decision.body.error.field).toBe('decision');
    const q = await fx.api('/api/reviews/queue?status=bogus', { cookie: c.mentor });
    expect(q.body.error).toMatchObject({ field: 'status', message: expect.stringMatching(/submitted, in_review, revise, approved/) });
  });
});
