/**
 * Templates follow their creator's language, over real HTTP (port 0, temporary SQLite store): a project
 * created without a language takes the browser's (Accept-Language); the demo school can be seeded in
 * English (DEMO_LOCALE); a template project nobody has written in can be switched to the other language
 * by its team (POST /api/projects/:id/template-language), never once someone has written in it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listCells, readMeta } from '../../projects/schema';
import { setTextBlocks } from '../../projects/cells/text';
import { SAMPLE_PROJECTS } from '../../projects/templates/samples';
import { createDemoSchool } from '../../server/demo-school';
import { defaultReviewKeyFile } from '../../server/review/review-key';
import { reviewRoutes } from '../../server/review/routes';
import { storeLiveDocs } from '../../server/review/live-doc';
import { openTestStore } from '../support/test-store';
import { startFixture, type Fixture } from './sprout-fixture';

let fx: Fixture;
const c: Record<string, string> = {};
let pendulum: string;
let projectile: string;

beforeAll(async () => {
  fx = await startFixture({ templates: true });
  const sync = fx.server.sync;
  reviewRoutes(fx.server.router, { store: fx.store, auth: fx.server.auth, live: { load: (id) => sync.loadDoc(id), edit: (id, change) => sync.editDoc(id, change) } });
  [pendulum, projectile] = fx.demo.projectIds;
  for (const u of ['student1', 'student4', 'teacher']) c[u] = await fx.login(u);
});
afterAll(() => fx.close());

const docOf = async (projectId: string) => {
  const r = await fetch(`${fx.base}/api/projects/${projectId}/doc`, { headers: { cookie: c.teacher } });
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, new Uint8Array(await r.arrayBuffer()));
  return doc;
};

describe('template language', () => {
  it('switches an untouched demo project to English for its team only, title included', async () => {
    const url = `/api/projects/${pendulum}/template-language`;
    expect((await fx.api(url, { method: 'POST', body: { locale: 'en' } })).status).toBe(401);
    expect((await fx.api(url, { method: 'POST', cookie: c.teacher, body: { locale: 'en' } })).status).toBe(403);
    expect((await fx.api(url, { method: 'POST', cookie: c.student4, body: { locale: 'en' } })).status).toBe(403);
    const bad = await fx.api(url, { method: 'POST', cookie: c.student1, body: { locale: 'fr' } });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'locale']);

    const r = await fx.api(url, { method: 'POST', cookie: c.student1, body: { locale: 'en' } });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ switched: true, locale: 'en', title: SAMPLE_PROJECTS[0].title.en });
    const doc = await docOf(pendulum);
    expect(readMeta(doc)).toMatchObject({ locale: 'en', title: SAMPLE_PROJECTS[0].title.en, question: 'How does the period of a simple pendulum depend on its length and on the mass of the bob?' });
    expect((await fx.api(`/api/projects/${pendulum}`, { cookie: c.student1 })).body.project.title).toBe(SAMPLE_PROJECTS[0].title.en);
    // asked again: already English, nothing changes
    expect((await fx.api(url, { method: 'POST', cookie: c.student1, body: { locale: 'en' } })).body).toMatchObject({ switched: false, locale: 'en' });
  });

  it('refuses once someone has written in the project (409), and changes nothing', async () => {
    await storeLiveDocs(fx.store).edit(projectile, (doc) => {
      setTextBlocks(doc, listCells(doc)[0].id, [{ heading: 2, text: '研究问题' }, { paragraph: '我们自己的问题' }]);
    });
    const r = await fx.api(`/api/projects/${projectile}/template-language`, { method: 'POST', cookie: c.student1, body: { locale: 'en' } });
    expect([r.status, r.body.error.code]).toEqual([409, 'project_written']);
    expect(readMeta(await docOf(projectile)).locale).toBe('zh-CN');
  });

  it('a project created without a language takes the browser’s', async () => {
    const teamA = fx.demo.teamIds[0];
    const create = (lang: string) =>
      fx.api('/api/projects', { method: 'POST', cookie: c.student1, headers: { 'accept-language': lang }, body: { teamId: teamA, title: `from ${lang}`, templateId: 'pendulum' } });
    const en = await create('en-GB,en;q=0.9,zh;q=0.5');
    const zh = await create('zh-CN,zh;q=0.9,en;q=0.5');
    expect(readMeta(await docOf(en.body.project.id)).locale).toBe('en');
    expect(readMeta(await docOf(zh.body.project.id)).locale).toBe('zh-CN');
  });

  it('seeds the demo school in English when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprout-demo-en-'));
    const testStore = await openTestStore(dir);
    const store = testStore.store;
    try {
      const demo = await createDemoSchool(store, { password: 'x-demo-pass-1', scrypt: { N: 1024, r: 8, p: 1 }, locale: 'en' });
      const titles = await Promise.all(demo.projectIds.map(async (id) => (await store.projects.projectById(id))!.title));
      expect(titles).toEqual(SAMPLE_PROJECTS.map((s) => s.title.en));
      const stored = await storeLiveDocs(store).load(demo.projectIds[0]);
      expect(readMeta(stored).locale).toBe('en');
      stored.destroy();
    } finally {
      await testStore.dispose();
      rmSync(dir, { recursive: true, force: true });
      rmSync(defaultReviewKeyFile(dir), { force: true }); // the review key is written beside the data directory
    }
  });
});
