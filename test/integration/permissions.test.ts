/**
 * The permission matrix over real HTTP and real websockets: every role (student of the team, student of
 * another team, the class teacher, the team's mentor, a teacher and a mentor from elsewhere, nobody)
 * against every route and the sync endpoint, allowed and refused.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import { evaluationRoutes } from '../../server/evaluation/routes';
import * as Y from 'yjs';
import { createProjectDoc, listCells, readMeta, updateMeta } from '../../projects/schema';
import { closeOf, DEMO_PASSWORD, openProvider, startFixture, waitFor, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string | undefined> = {};
let pA: string, pA2: string, pB: string;
let teamA: number, teamB: number;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

beforeAll(async () => {
  fx = await startFixture({ sync: { maxConnectionsPerUser: 100 } });
  [pA, pA2, pB] = fx.demo.projectIds;
  [teamA, teamB] = fx.demo.teamIds;
  // Outsiders: a teacher of another school and a mentor serving it.
  const other = await fx.store.accounts.createSchool('Other School');
  const hash = await hashPassword(DEMO_PASSWORD, { N: 1024, r: 8, p: 1 });
  await fx.store.accounts.createUser({ username: 'otherteacher', displayName: 'T2', role: 'teacher', schoolId: other.id, passwordHash: hash });
  const m2 = await fx.store.accounts.createUser({ username: 'othermentor', displayName: 'M2', role: 'mentor', schoolId: null, passwordHash: hash });
  await fx.store.accounts.addMentorSchool(m2.id, other.id);
  for (const u of ['student1', 'student4', 'teacher', 'mentor', 'otherteacher', 'othermentor']) c[u] = await fx.login(u);
  c.anon = undefined;
});
afterAll(() => fx.close());

const who = ['student1', 'student4', 'teacher', 'mentor', 'otherteacher', 'othermentor', 'anon'] as const;

function expectMatrix(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  expect(actual).toEqual(expected);
}

describe('REST permission matrix', () => {
  it('GET /api/projects/:id: team student writes, teacher and team mentor read, everyone else is refused', async () => {
    const got: Record<string, unknown> = {};
    for (const u of who) {
      const r = await fx.api(`/api/projects/${pA}`, { cookie: c[u] });
      got[u] = r.status === 200 ? r.body.project.access : r.status;
    }
    expectMatrix(got, { student1: 'write', student4: 403, teacher: 'read', mentor: 'read', otherteacher: 403, othermentor: 403, anon: 401 });
    expect((await fx.api('/api/projects/unknownproject1', { cookie: c.teacher })).status).toBe(404);
    // the server's image limit comes with the project, for the editor's check before an upload
    expect((await fx.api(`/api/projects/${pA}`, { cookie: c.student1 })).body.project.imageLimitBytes).toBe(5 * 1024 * 1024);
  });

  it('GET /api/projects/:id/doc: the live document for whoever may read the project, gzipped when asked', async () => {
    const got: Record<string, unknown> = {};
    for (const u of who) got[u] = (await fx.api(`/api/projects/${pA}/doc`, { cookie: c[u] })).status;
    expectMatrix(got, { student1: 200, student4: 403, teacher: 200, mentor: 200, otherteacher: 403, othermentor: 403, anon: 401 });
    expect((await fx.api('/api/projects/unknownproject1/doc', { cookie: c.teacher })).status).toBe(404);

    // a teammate's edit, still only in the open room, is in the answer
    const writer = openProvider(fx, pA, c.student1);
    try {
      await waitFor(() => writer.provider.synced, 'writer synced');
      updateMeta(writer.doc, { question: 'Does the HTTP copy see this?' });
      const read = async (encoding: string) => {
        const r = await fetch(`${fx.base}/api/projects/${pA}/doc`, { headers: { cookie: c.teacher!, 'accept-encoding': encoding } });
        expect(r.headers.get('content-type')).toBe('application/octet-stream');
        expect(r.headers.get('cache-control')).toContain('no-store');
        const doc = createProjectDoc();
        Y.applyUpdate(doc, new Uint8Array(await r.arrayBuffer()));
        return { doc, encoding: r.headers.get('content-encoding'), length: Number(r.headers.get('content-length')) };
      };
      let plain = await read('identity');
      for (let i = 0; i < 50 && readMeta(plain.doc).question !== 'Does the HTTP copy see this?'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        plain = await read('identity');
      }
      expect(readMeta(plain.doc).question).toBe('Does the HTTP copy see this?');
      expect(plain.encoding).toBeNull();
      const zipped = await read('gzip, deflate');
      expect(zipped.encoding).toBe('gzip');
      expect(zipped.length).toBeLessThan(plain.length);
      // the same document either way, and the same as the websocket's
      expect(Y.encodeStateVector(zipped.doc)).toEqual(Y.encodeStateVector(writer.doc));
      expect(listCells(zipped.doc).map((x) => x.id)).toEqual(listCells(writer.doc).map((x) => x.id));
    } finally {
      writer.provider.destroy();
    }
  });

  it('GET /api/projects lists only visible projects, with team, status and updatedAt', async () => {
    const got: Record<string, unknown> = {};
    for (const u of who) {
      const r = await fx.api('/api/projects', { cookie: c[u] });
      got[u] = r.status === 200 ? (r.body.projects as { id: string }[]).map((p) => p.id).sort() : r.status;
    }
    expectMatrix(got, {
      student1: [pA, pA2].sort(),
      student4: [pB],
      teacher: [pA, pA2, pB].sort(),
      mentor: [pA, pA2].sort(),
      otherteacher: [],
      othermentor: [],
      anon: 401,
    });
    const one = (await fx.api('/api/projects', { cookie: c.student4 })).body.projects[0];
    expect(one).toMatchObject({ id: pB, status: 'draft', team: { id: teamB }, access: 'write', updatedAt: expect.any(Number) });
  });

  it('a mentor sees a project of another team once it is handed to them (submission)', async () => {
    expect((await fx.api(`/api/projects/${pB}`, { cookie: c.mentor })).status).toBe(403);
    const mentorId = (await fx.api('/api/auth/me', { cookie: c.mentor })).body.user.id;
    await fx.store.projects.handToMentor(pB, mentorId);
    const r = await fx.api(`/api/projects/${pB}`, { cookie: c.mentor });
    expect(r.status).toBe(200);
    expect(r.body.project.access).toBe('read');
  });

  it('POST /api/projects: students of the team and its teacher only; fields validated', async () => {
    const got: Record<string, unknown> = {};
    for (const u of who) got[u] = (await fx.api('/api/projects', { method: 'POST', cookie: c[u], body: { teamId: teamA, title: `by ${u}` } })).status;
    expectMatrix(got, { student1: 201, student4: 403, teacher: 201, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    const bad = await fx.api('/api/projects', { method: 'POST', cookie: c.student1, body: { teamId: teamA, title: 'x', templateId: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('templateId');
    expect(bad.body.error.message).toContain('blank');
  });

  it('classes: teachers create and see invite codes; students join with a code; mentors have no class list', async () => {
    const created: Record<string, unknown> = {};
    for (const u of who) created[u] = (await fx.api('/api/classes', { method: 'POST', cookie: c[u], body: { name: `class of ${u}` } })).status;
    expectMatrix(created, { student1: 403, student4: 403, teacher: 201, mentor: 403, otherteacher: 201, othermentor: 403, anon: 401 });
    const list = await fx.api('/api/classes', { cookie: c.teacher });
    expect(list.body.classes[0].inviteCode).toBe(fx.demo.inviteCode);
    const studentList = await fx.api('/api/classes', { cookie: c.student1 });
    expect(studentList.status).toBe(200);
    expect(studentList.body.classes[0].inviteCode).toBeUndefined();
    expect(studentList.body.classes[0].teams.map((t: { id: number }) => t.id)).toEqual([teamA]);
    expect((await fx.api('/api/classes', { cookie: c.mentor })).status).toBe(403);

    const newClass = (await fx.api('/api/classes', { method: 'POST', cookie: c.teacher, body: { name: 'Physics club' } })).body.class;
    const join = await fx.api('/api/classes/join', { method: 'POST', cookie: c.student4, body: { inviteCode: newClass.inviteCode.toLowerCase() } });
    expect(join.status).toBe(200);
    expect(join.body.class.id).toBe(newClass.id);
    expect((await fx.api('/api/classes/join', { method: 'POST', cookie: c.teacher, body: { inviteCode: newClass.inviteCode } })).status).toBe(403);
    const wrong = await fx.api('/api/classes/join', { method: 'POST', cookie: c.student4, body: { inviteCode: 'ZZZZZZZZ' } });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.field).toBe('inviteCode');
    // another school's student may not join, and is not told that the code exists (the same 404)
    const other = await fx.api('/api/classes', { cookie: c.otherteacher });
    const otherCode = other.body.classes[0].inviteCode;
    const foreign = await fx.api('/api/classes/join', { method: 'POST', cookie: c.student4, body: { inviteCode: otherCode } });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(wrong.body);
  });

  it('teams: only the class teacher creates teams, sets members and assigns a mentor serving the school', async () => {
    const classId = fx.demo.classId;
    const created: Record<string, unknown> = {};
    for (const u of who) created[u] = (await fx.api(`/api/classes/${classId}/teams`, { method: 'POST', cookie: c[u], body: { name: `team ${u}` } })).status;
    expectMatrix(created, { student1: 403, student4: 403, teacher: 201, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });

    const mentorId = (await fx.api('/api/auth/me', { cookie: c.mentor })).body.user.id;
    const otherMentorId = (await fx.api('/api/auth/me', { cookie: c.othermentor })).body.user.id;
    const assign: Record<string, unknown> = {};
    for (const u of who) assign[u] = (await fx.api(`/api/teams/${teamB}/mentor`, { method: 'PUT', cookie: c[u], body: { mentorId } })).status;
    expectMatrix(assign, { student1: 403, student4: 403, teacher: 200, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    const notServing = await fx.api(`/api/teams/${teamB}/mentor`, { method: 'PUT', cookie: c.teacher, body: { mentorId: otherMentorId } });
    expect(notServing.status).toBe(400);
    expect(notServing.body.error.field).toBe('mentorId');
    const badMember = await fx.api(`/api/teams/${teamB}/members`, { method: 'PUT', cookie: c.teacher, body: { studentIds: [mentorId] } });
    expect(badMember.status).toBe(400);
    expect(badMember.body.error.field).toBe('studentIds.0');
    const mentors = await fx.api('/api/mentors', { cookie: c.teacher });
    expect(mentors.body.mentors.map((m: { id: number }) => m.id)).toEqual([mentorId]);
    expect((await fx.api('/api/mentors', { cookie: c.student1 })).status).toBe(403);
  });

  it('renaming classes and teams and deleting teams: only the class teacher; a team with projects is kept', async () => {
    const classId = fx.demo.classId;
    const renamedClass: Record<string, unknown> = {};
    for (const u of who) renamedClass[u] = (await fx.api(`/api/classes/${classId}`, { method: 'PATCH', cookie: c[u], body: { name: `Class 8 (${u})` } })).status;
    expectMatrix(renamedClass, { student1: 403, student4: 403, teacher: 200, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    const list = await fx.api('/api/classes', { cookie: c.teacher });
    expect(list.body.classes.find((x: { id: number }) => x.id === classId).name).toBe('Class 8 (teacher)');
    const empty = await fx.api(`/api/classes/${classId}`, { method: 'PATCH', cookie: c.teacher, body: { name: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('name');

    const renamedTeam: Record<string, unknown> = {};
    for (const u of who) renamedTeam[u] = (await fx.api(`/api/teams/${teamA}`, { method: 'PATCH', cookie: c[u], body: { name: `Pendulum team (${u})` } })).status;
    expectMatrix(renamedTeam, { student1: 403, student4: 403, teacher: 200, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    // the new name is what the team's students see on their projects
    const mine = await fx.api('/api/projects', { cookie: c.student1 });
    expect(new Set(mine.body.projects.map((p: { team: { name: string } }) => p.team.name))).toEqual(new Set(['Pendulum team (teacher)']));

    // teamA has the demo projects: nobody deletes it, and they stay
    const delA: Record<string, unknown> = {};
    for (const u of who) delA[u] = (await fx.api(`/api/teams/${teamA}`, { method: 'DELETE', cookie: c[u] })).status;
    expectMatrix(delA, { student1: 403, student4: 403, teacher: 409, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    const kept = await fx.api(`/api/teams/${teamA}`, { method: 'DELETE', cookie: c.teacher });
    expect(kept.body.error.code).toBe('team_has_projects');
    expect(kept.body.error.message).toMatch(/has \d+ projects/);
    expect((await fx.api(`/api/projects/${pA}`, { cookie: c.student1 })).status).toBe(200);

    // a new, empty team: only the teacher deletes it, its members are then in no team
    const fresh = (await fx.api(`/api/classes/${classId}/teams`, { method: 'POST', cookie: c.teacher, body: { name: 'Short-lived' } })).body.team;
    const delFresh: Record<string, unknown> = {};
    for (const u of who.filter((x) => x !== 'teacher')) delFresh[u] = (await fx.api(`/api/teams/${fresh.id}`, { method: 'DELETE', cookie: c[u] })).status;
    expectMatrix(delFresh, { student1: 403, student4: 403, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    expect((await fx.api(`/api/teams/${fresh.id}`, { method: 'DELETE', cookie: c.teacher })).status).toBe(200);
    expect((await fx.api(`/api/teams/${fresh.id}`, { method: 'DELETE', cookie: c.teacher })).status).toBe(404);
    const after = await fx.api('/api/classes', { cookie: c.teacher });
    expect(after.body.classes.find((x: { id: number }) => x.id === classId).teams.map((t: { id: number }) => t.id)).not.toContain(fresh.id);
    expect((await fx.api('/api/teams/abc', { method: 'PATCH', cookie: c.teacher, body: { name: 'x' } })).body.error.field).toBe('teamId');
  });

  it('mentor invite links: a school\'s teachers make them; one handing over a project, only its class teacher (test/integration/mentor-invites.test.ts has the rest)', async () => {
    const plain: Record<string, unknown> = {};
    const handing: Record<string, unknown> = {};
    for (const u of who) {
      plain[u] = (await fx.api('/api/invites', { method: 'POST', cookie: c[u], body: {} })).status;
      handing[u] = (await fx.api('/api/invites', { method: 'POST', cookie: c[u], body: { projectId: pA } })).status;
    }
    expectMatrix(plain, { student1: 403, student4: 403, teacher: 201, mentor: 403, otherteacher: 201, othermentor: 403, anon: 401 });
    expectMatrix(handing, { student1: 403, student4: 403, teacher: 201, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    // the list of links (a teacher's own) and revoking one: its maker (test/integration/mentor-invite-list.test.ts has the rest)
    const list: Record<string, unknown> = {};
    for (const u of who) list[u] = (await fx.api('/api/invites', { cookie: c[u] })).status;
    expectMatrix(list, { student1: 403, student4: 403, teacher: 200, mentor: 403, otherteacher: 200, othermentor: 403, anon: 401 });
    const link = (await fx.api('/api/invites', { method: 'POST', cookie: c.teacher, body: {} })).body.id as number;
    const revoke: Record<string, unknown> = {};
    for (const u of who.filter((x) => x !== 'teacher')) revoke[u] = (await fx.api(`/api/invites/${link}/revoke`, { method: 'POST', cookie: c[u] })).status;
    expectMatrix(revoke, { student1: 403, student4: 403, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    expect((await fx.api(`/api/invites/${link}/revoke`, { method: 'POST', cookie: c.teacher })).status).toBe(200);
  });

  it('API tokens and the open-data API: administrators only manage tokens; a session never reads the open API (test/integration/open-data.test.ts has the rest)', async () => {
    evaluationRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, loadDoc: (id) => fx.server.sync.loadDoc(id) });
    const list: Record<string, unknown> = {};
    const make: Record<string, unknown> = {};
    const openApi: Record<string, unknown> = {};
    const openGradebook: Record<string, unknown> = {};
    const withToken: Record<string, unknown> = {};
    const admin = await fx.login('admin');
    const secret = (await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: admin, body: { name: 'matrix' } })).body.secret as string;
    for (const u of who) {
      list[u] = (await fx.api('/api/admin/api-tokens', { cookie: c[u] })).status;
      make[u] = (await fx.api('/api/admin/api-tokens', { method: 'POST', cookie: c[u], body: { name: 'x' } })).status;
      openApi[u] = (await fx.api('/api/open/v1/classes', { cookie: c[u] })).status;
      openGradebook[u] = (await fx.api(`/api/open/v1/classes/${fx.demo.classId}/gradebook`, { cookie: c[u] })).status;
      // the token and the person's cookie together: the app's routes still see only the person
      withToken[u] = (await fx.api('/api/admin/api-tokens', { cookie: c[u], headers: { authorization: `Bearer ${secret}` } })).status;
    }
    const refused = { student1: 403, student4: 403, teacher: 403, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 };
    expectMatrix(list, refused);
    expectMatrix(make, refused);
    expectMatrix(withToken, refused);
    const noToken = { student1: 401, student4: 401, teacher: 401, mentor: 401, otherteacher: 401, othermentor: 401, anon: 401 };
    expectMatrix(openApi, noToken);
    expectMatrix(openGradebook, noToken);
    expect((await fx.api('/api/open/v1/classes', { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    expect((await fx.api('/api/open/v1/classes', { method: 'POST', headers: { authorization: `Bearer ${secret}` }, body: {} })).status).toBe(405);
  });

  it('the school\'s evaluation policy: its administrator only (test/integration/evaluation-policy.test.ts has the rest)', async () => {
    evaluationRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, loadDoc: (id) => fx.server.sync.loadDoc(id) });
    const { DEFAULT_SCHEME } = await import('../../projects/evaluation/weights');
    const read: Record<string, unknown> = {};
    const write: Record<string, unknown> = {};
    for (const u of [...who, 'admin'] as const) {
      const cookie = u === 'admin' ? await fx.login('admin') : c[u];
      read[u] = (await fx.api('/api/admin/evaluation-policy', { cookie })).status;
      write[u] = (await fx.api('/api/admin/evaluation-policy', { method: 'PUT', cookie, body: { floorPct: 40, scheme: DEFAULT_SCHEME } })).status;
    }
    const onlyAdmin = { student1: 403, student4: 403, teacher: 403, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401, admin: 200 };
    expectMatrix(read, onlyAdmin);
    expectMatrix(write, onlyAdmin);
  });

  it('images: team members upload (type and size checked); readers of the project get them back', async () => {
    const up: Record<string, unknown> = {};
    for (const u of who) {
      up[u] = (await fx.api(`/api/projects/${pA}/images`, { method: 'POST', cookie: c[u], body: PNG, headers: { 'content-type': 'image/png' } })).status;
    }
    expectMatrix(up, { student1: 201, student4: 403, teacher: 403, mentor: 403, otherteacher: 403, othermentor: 403, anon: 401 });
    const ok = await fx.api(`/api/projects/${pA}/images`, { method: 'POST', cookie: c.student1, body: PNG, headers: { 'content-type': 'image/png' } });
    const url = ok.body.image.url as string;
    const read: Record<string, unknown> = {};
    for (const u of who) read[u] = (await fx.api(url, { cookie: c[u] })).status;
    expectMatrix(read, { student1: 200, student4: 403, teacher: 200, mentor: 200, otherteacher: 403, othermentor: 403, anon: 401 });
    const bytes = Buffer.from(await (await fetch(`${fx.base}${url}`, { headers: { cookie: c.teacher! } })).arrayBuffer());
    expect(bytes.equals(PNG)).toBe(true);
    const lie = await fx.api(`/api/projects/${pA}/images`, { method: 'POST', cookie: c.student1, body: Buffer.from('GIF89a-not-a-png'), headers: { 'content-type': 'image/png' } });
    expect(lie.status).toBe(400);
    const svg = await fx.api(`/api/projects/${pA}/images`, { method: 'POST', cookie: c.student1, body: '<svg/>', headers: { 'content-type': 'image/svg+xml' } });
    expect(svg.status).toBe(415);
    expect(svg.body.error.message).toContain('image/png');
    const huge = await fx.api(`/api/projects/${pA}/images`, { method: 'POST', cookie: c.student1, body: Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]), headers: { 'content-type': 'image/png' } });
    expect(huge.status).toBe(413);
    expect(huge.body.error).toMatchObject({ field: 'content-length', message: 'image is 6.0 MB; at most 5 MB is allowed' });
  });
});

describe('websocket permission matrix', () => {
  it('refuses before any Yjs message: 4401 without session, 4403 other team/school, 4404 unknown project, 4403 foreign Origin', async () => {
    const origin = `http://${fx.host}`;
    const got: Record<string, unknown> = {};
    for (const u of who) {
      const headers: Record<string, string> = { origin, ...(c[u] ? { cookie: c[u]! } : {}) };
      const ws = new WebSocket(`${fx.wsBase}/${pA}`, { headers });
      got[u] = await new Promise((resolve) => {
        let messages = 0;
        ws.on('message', () => {
          messages++;
          if (messages === 1) {
            ws.close();
            resolve('open');
          }
        });
        ws.on('close', (code, reason) => messages === 0 && resolve(`${code} ${reason.toString().split(':')[0]}`));
      });
    }
    expectMatrix(got, {
      student1: 'open',
      student4: '4403 forbidden',
      teacher: 'open',
      mentor: 'open',
      otherteacher: '4403 forbidden',
      othermentor: '4403 forbidden',
      anon: '4401 unauthenticated',
    });
    const unknown = await closeOf(fx, 'doesnotexist123', { origin, cookie: c.teacher! });
    expect(unknown).toMatchObject({ code: 4404, reason: 'unknown_project: no such project', messages: 0 });
    const evil = await closeOf(fx, pA, { origin: 'https://evil.example', cookie: c.student1! });
    expect(evil.code).toBe(4403);
    expect(evil.reason).toMatch(/^origin_not_allowed: origin https:\/\/evil.example is not this site/);
    expect(evil.messages).toBe(0);
  });
});

describe('project documents from templates', () => {
  it('a new project starts from its template (cells in the chosen language), the demo seed uses templates too', async () => {
    const { applyTemplate, findTemplate } = await import('../../projects/templates/index');
    const { createProjectDoc, listCells, readMeta } = await import('../../projects/schema');
    const Y = await import('yjs');
    const r = await fx.api('/api/projects', { method: 'POST', cookie: c.student1, body: { teamId: teamA, title: '我的单摆', templateId: 'pendulum', locale: 'zh-CN' } });
    expect(r.status).toBe(201);
    const stored = await fx.store.docs.loadDoc(r.body.project.id);
    const doc = createProjectDoc();
    Y.applyUpdate(doc, stored.snapshot!);
    const reference = createProjectDoc();
    applyTemplate(reference, 'pendulum', 'zh-CN', { title: '我的单摆' });
    expect(listCells(doc).map((x) => x.kind)).toEqual(listCells(reference).map((x) => x.kind));
    expect(listCells(doc).length).toBe(findTemplate('pendulum')!.text['zh-CN'].cells.length);
    expect(readMeta(doc)).toMatchObject({ title: '我的单摆', templateId: 'pendulum', locale: 'zh-CN', status: 'draft' });

    const seeded = await startFixture({ templates: true });
    try {
      const d = createProjectDoc();
      Y.applyUpdate(d, (await seeded.store.docs.loadDoc(seeded.demo.projectIds[2])).snapshot!);
      expect(readMeta(d).templateId).toBe('titration');
      expect(listCells(d).length).toBe(findTemplate('titration')!.text['zh-CN'].cells.length);
    } finally {
      await seeded.close();
    }
  });
});
