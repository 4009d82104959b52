/**
 * Set queries (issue #21): a request's reads for many items are a constant number of statements, because
 * a networked database (PostgreSQL) charges a round trip for each. Counted on the store itself
 * (`store.queryCount`: every statement sent), on both stores.
 *
 * Before: GET /api/projects made 4 awaited queries per project (access facts as 3, team, class), so a
 * student in 10 projects cost 2 + 1 + 10 × 6 statements; the sync heartbeat read each connection's
 * session, and each user and project again, every 30 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewRoutes } from '../../server/review/routes';
import { openProvider, startFixture, waitFor, type Fixture } from './sprout-fixture';

let fx: Fixture;
let student: string;
let teamId: number;

beforeAll(async () => {
  fx = await startFixture();
  const sync = fx.server.sync;
  reviewRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, live: { load: (id) => sync.loadDoc(id), edit: (id, change) => sync.editDoc(id, change) } });
  student = await fx.login('student1');
  teamId = fx.demo.teamIds[0];
});
afterAll(() => fx.close());

/** Statements the store ran while answering one request. */
async function statementsFor(path: string, cookie: string): Promise<{ count: number; body: any }> {
  const before = fx.store.queryCount;
  const r = await fx.api(path, { cookie });
  expect(r.status).toBe(200);
  return { count: fx.store.queryCount - before, body: r.body };
}

describe('GET /api/projects', () => {
  it('makes the same few statements for a student in 1 project or in 10', async () => {
    const mine = (await fx.api('/api/projects', { cookie: student })).body.projects.length;
    expect(mine).toBeGreaterThanOrEqual(1);
    const few = await statementsFor('/api/projects', student);
    expect(few.body.projects).toHaveLength(mine);
    for (let i = mine; i < 10; i++) {
      const r = await fx.api('/api/projects', { method: 'POST', cookie: student, body: { teamId, title: `Project ${i + 1}` } });
      expect(r.status).toBe(201);
    }
    const many = await statementsFor('/api/projects', student);
    expect(many.body.projects).toHaveLength(10);
    // every project is complete: team, class and the caller's access
    for (const p of many.body.projects) expect(p).toMatchObject({ team: { id: teamId, name: expect.any(String), className: expect.any(String) }, access: 'write' });
    expect(many.count).toBe(few.count);
    // session, user, the projects, their access facts, their teams with classes
    expect(many.count).toBeLessThanOrEqual(5);
  });

  it('a teacher sees every project of the class in the same number of statements', async () => {
    const teacher = await fx.login('teacher');
    const r = await statementsFor('/api/projects', teacher);
    expect(r.body.projects.length).toBeGreaterThanOrEqual(10);
    expect(r.count).toBeLessThanOrEqual(5);
  });
});

describe('GET /api/reviews/queue, /api/feedback and /api/students/me/portfolio', () => {
  it('makes the same statements for 1 submission or 4, for the mentor and the teacher; so do the student’s feedback list and portfolio', async () => {
    const projects: { id: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await fx.api('/api/projects', { method: 'POST', cookie: student, body: { teamId, title: `Queued ${i + 1}` } });
      expect(r.status).toBe(201);
      projects.push(r.body.project);
    }
    const submit = async (id: string) => expect((await fx.api(`/api/projects/${id}/submissions`, { method: 'POST', cookie: student, body: { note: 'v1' } })).status).toBe(201);
    const mentor = await fx.login('mentor');
    const teacher = await fx.login('teacher');
    await submit(projects[0].id);
    const one = await statementsFor('/api/reviews/queue', mentor);
    const oneT = await statementsFor('/api/reviews/queue', teacher);
    const feedbackOne = await statementsFor('/api/feedback', student);
    const portfolioOne = await statementsFor('/api/students/me/portfolio', student);
    expect(one.body.items).toHaveLength(1);
    for (const p of projects.slice(1, 4)) await submit(p.id);
    const four = await statementsFor('/api/reviews/queue', mentor);
    const fourT = await statementsFor('/api/reviews/queue', teacher);
    expect(four.body.items).toHaveLength(4);
    expect(fourT.body.items).toHaveLength(4);
    for (const it of four.body.items) expect(it.submission).toMatchObject({ submittedBy: { displayName: expect.any(String) }, mentor: { role: 'mentor' } });
    expect(four.count).toBe(one.count);
    expect(fourT.count).toBe(oneT.count);
    // the student's feedback list: every project with its latest submission, comment counts and last feedback, in the same statements
    const feedbackFour = await statementsFor('/api/feedback', student);
    expect(feedbackFour.body.projects.filter((p: { submission: unknown }) => p.submission).length).toBe(feedbackOne.body.projects.filter((p: { submission: unknown }) => p.submission).length + 3);
    expect(feedbackFour.count).toBe(feedbackOne.count);
    expect(feedbackFour.count).toBeLessThanOrEqual(9);
    // and the student's portfolio: projects, submissions, scores, comments, defenses, receipts
    const portfolioFour = await statementsFor('/api/students/me/portfolio', student);
    expect(portfolioFour.body.projects.flatMap((p: { submissions: unknown[] }) => p.submissions)).toHaveLength(
      portfolioOne.body.projects.flatMap((p: { submissions: unknown[] }) => p.submissions).length + 3,
    );
    expect(portfolioFour.count).toBe(portfolioOne.count);
  });
});

describe('GET /api/classes', () => {
  it('makes the same statements for a teacher with 1 class or 3 (teams, members, mentors) and a student in 1 class or 3', async () => {
    const teacher = await fx.login('teacher');
    const s1 = (await fx.store.accounts.userByUsername('student1'))!;
    const mentor = (await fx.store.accounts.userByUsername('mentor'))!;
    const one = await statementsFor('/api/classes', teacher);
    const oneS = await statementsFor('/api/classes', student);
    expect(one.body.classes).toHaveLength(1);
    for (const name of ['Physics 2', 'Physics 3']) {
      const c = await fx.api('/api/classes', { method: 'POST', cookie: teacher, body: { name } });
      expect(c.status).toBe(201);
      expect((await fx.api('/api/classes/join', { method: 'POST', cookie: student, body: { inviteCode: c.body.class.inviteCode } })).status).toBe(200);
      for (const team of ['A', 'B']) {
        const t = await fx.api(`/api/classes/${c.body.class.id}/teams`, { method: 'POST', cookie: teacher, body: { name: team, studentIds: team === 'A' ? [s1.id] : [] } });
        expect(t.status).toBe(201);
        expect((await fx.api(`/api/teams/${t.body.team.id}/mentor`, { method: 'PUT', cookie: teacher, body: { mentorId: mentor.id } })).status).toBe(200);
      }
    }
    const three = await statementsFor('/api/classes', teacher);
    const threeS = await statementsFor('/api/classes', student);
    expect(three.body.classes).toHaveLength(3);
    expect(threeS.body.classes).toHaveLength(3);
    const added = three.body.classes.find((c: { name: string }) => c.name === 'Physics 3');
    expect(added.students.map((u: { id: number }) => u.id)).toEqual([s1.id]);
    expect(added.teams.map((t: { name: string; members: { id: number }[]; mentor: { id: number } }) => [t.name, t.members.map((m) => m.id), t.mentor.id])).toEqual([
      ['A', [s1.id], mentor.id],
      ['B', [], mentor.id],
    ]);
    // a student sees their own teams only
    expect(threeS.body.classes.find((c: { name: string }) => c.name === 'Physics 3').teams.map((t: { name: string }) => t.name)).toEqual(['A']);
    expect(three.count).toBe(one.count);
    expect(threeS.count).toBe(oneS.count);
  });
});

describe('sync heartbeat', () => {
  it('re-checks every connection in three statements per beat, for 3 connections or 9', async () => {
    const hb = await startFixture({ sync: { pingIntervalMs: 1500 } });
    try {
      const cookies = await Promise.all(['student1', 'student2', 'student3'].map((u) => hb.login(u)));
      const accounts = hb.store.accounts;
      const sessions = accounts.sessionsByTokenHashes.bind(accounts);
      // each beat begins with this call: the statements from one beat's start to the next's are that beat's
      const starts: number[] = [];
      accounts.sessionsByTokenHashes = (hashes, now) => {
        starts.push(hb.store.queryCount);
        return sessions(hashes, now);
      };
      const perBeat = async (connections: number) => {
        const open = Array.from({ length: connections }, (_, i) => openProvider(hb, hb.demo.projectIds[i % 2], cookies[i % 3]));
        await waitFor(() => open.every((o) => o.provider.synced), 'connections synced', 15_000);
        const from = starts.length;
        await waitFor(() => starts.length >= from + 4, 'four heartbeats', 20_000);
        const counts = starts.slice(from + 1, from + 4).map((q, i) => q - starts[from + i]);
        for (const o of open) o.provider.destroy();
        await waitFor(() => hb.server.sync.stats().connections === 0, 'connections closed');
        return counts;
      };
      const few = await perBeat(3);
      const many = await perBeat(9);
      // sessions, users, access facts
      expect(few).toEqual([3, 3, 3]);
      expect(many).toEqual([3, 3, 3]);
    } finally {
      await hb.close();
    }
  }, 60_000);
});
