/**
 * Every page of the app as the demo school's people see it, for the browser tests that check all pages
 * (the zh-CN wording test, axe-core, phone and classroom-display layout): who opens it, at which address.
 * Labs come from the simulation registry, so a new experiment is checked without touching the tests.
 * APP_PAGES=<name part>,… limits a run to some pages.
 */
import type { Browser, Page } from 'playwright-core';
import { simulations } from '../../simulations/registry';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';

export type Role = 'anonymous' | 'student' | 'teacher' | 'mentor' | 'admin';

export interface AppPage {
  /** A short name for failure messages. */
  name: string;
  as: Role;
  path: string;
}

const USERNAMES: Record<Exclude<Role, 'anonymous'>, string> = { student: 'student1', teacher: 'teacher', mentor: 'mentor', admin: 'admin' };

/** A page for `role` in its own browser context (logged in through the API), in `locale` at `viewport`. */
export async function openAs(
  browser: Browser,
  serverUrl: string,
  role: Role,
  opts: {
    locale: 'zh-CN' | 'en';
    viewport: { width: number; height: number };
    password: string;
    /** Let the test inject scripts (axe-core) past the app's Content-Security-Policy (script-src 'self'). */
    bypassCSP?: boolean;
  },
): Promise<Page> {
  const ctx = await browser.newContext({ locale: opts.locale, viewport: opts.viewport, bypassCSP: opts.bypassCSP ?? false });
  await ctx.addInitScript((locale) => localStorage.setItem('sprout.locale', locale), opts.locale);
  const page = await ctx.newPage();
  await page.goto(`${serverUrl}/login`);
  if (role !== 'anonymous') {
    const status = await page.evaluate(
      async ([username, password]) =>
        (await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })).status,
      [USERNAMES[role], opts.password],
    );
    if (status !== 200) throw new Error(`log-in as ${USERNAMES[role]} answered ${status}`);
  }
  return page;
}

/**
 * The pages to check. Needs the student's page (to find the demo projects and hand one in, so the mentor
 * has a submission to open) and the teacher's (to find a student's id for a portfolio).
 */
export async function appPages(student: Page, teacher: Page): Promise<AppPage[]> {
  const { projects } = await student.evaluate(async () => (await (await fetch('/api/projects')).json()) as { projects: { id: string; title: string }[] });
  const [pendulum, projectile] = projects;
  const submitted = await student.evaluate(async (id) => {
    const r = await fetch(`/api/projects/${id}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note: '请帮我们看看实验设计。' }) });
    return (await r.json()) as { submission?: { id: string }; error?: { code: string } };
  }, pendulum.id);
  const submissionId = submitted.submission?.id;
  if (!submissionId && submitted.error?.code !== 'already_submitted') throw new Error(`could not hand in the demo project: ${JSON.stringify(submitted)}`);
  const teacherProjects = await teacher.evaluate(async () => (await (await fetch('/api/projects')).json()) as { projects: { id: string; team: { name: string } }[] });
  const me = await student.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { user: { id: number } });
  const classes = await teacher.evaluate(async () => (await (await fetch('/api/classes')).json()) as { classes: { id: number }[] });
  const classId = classes.classes[0].id;
  const invite = await teacher.evaluate(async (projectId) => {
    const r = await fetch('/api/invites', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ projectId }) });
    return (await r.json()) as { path: string };
  }, teacherProjects.projects[0].id);
  const otherTeam = teacherProjects.projects.find((p) => !projects.some((q) => q.id === p.id)) ?? teacherProjects.projects[0];
  // Two assignments of a saved setup with a mystery resistor, a question and checks: one handed in (its
  // checks shown to the student and the teacher), one still open (the lab's hand-in sheet).
  const setup = { ...resistanceViPreset.setup, parts: resistanceViPreset.setup.parts.map((p) => (p.id === 'R1' ? { ...p, mystery: ['resistanceOhm'], locked: true } : p)) };
  const [handedAssignment, openAssignment] = await teacher.evaluate(
    async ([classId, setup]) => {
      const ids: number[] = [];
      for (const title of ['未知电阻（已交）', '未知电阻']) {
        const body = {
          title, instructions: '用伏安法测 R。', experimentId: 'circuit-resistance-vi', dueAt: Date.now() + 7 * 86400_000, setup,
          mystery: [{ part: 'R1', prop: 'resistanceOhm', min: 20, max: 80 }], questions: ['R 的阻值是多少（带单位）？'],
          checks: [
            { kind: 'value', question: 0, truth: { part: 'R1', prop: 'resistanceOhm' }, tolerancePct: 5 },
            { kind: 'slope', x: 'currentA', y: 'voltageV', truth: { part: 'R1', prop: 'resistanceOhm' }, tolerancePct: 5 },
            { kind: 'unit', question: 0, unit: 'Ω' },
          ],
        };
        const r = await fetch(`/api/classes/${classId}/assignments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        ids.push(((await r.json()) as { assignment: { id: number } }).assignment.id);
      }
      return ids;
    },
    [classes.classes[0].id, setup] as const,
  );
  await student.evaluate(async (id) => {
    const table = { columns: [{ name: 'voltageV', unit: 'V', labelKey: 'circuits.preset.m.voltmeterReadingV' }, { name: 'currentA', unit: 'A', labelKey: 'circuits.preset.m.ammeterReadingA' }], rows: [[1.5, 0.03], [2.4, 0.048]] };
    await fetch(`/api/assignments/${id}/hand-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ table, answers: ['50 Ω'], graph: { x: 'currentA', y: 'voltageV' } }) });
  }, handedAssignment);
  // Read the notices these made, so the pages' header looks as it does without them (the header with an unread count is the inbox's test).
  for (const page of [student, teacher]) await page.evaluate(() => fetch('/api/inbox/read', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
  const pages: AppPage[] = [
    { name: 'home', as: 'anonymous', path: '/' },
    { name: 'labs catalogue', as: 'anonymous', path: '/labs' },
    ...simulations.map((s): AppPage => ({ name: `lab ${s.meta.id}`, as: 'anonymous', path: `/labs/${s.meta.id}` })),
    { name: 'coding', as: 'anonymous', path: '/coding' },
    { name: 'log-in', as: 'anonymous', path: '/login' },
    { name: 'join a class', as: 'anonymous', path: '/join' },
    { name: 'page not found', as: 'anonymous', path: '/no-such-page' },
    { name: 'projects (student)', as: 'student', path: '/projects' },
    { name: 'notebook (student)', as: 'student', path: `/projects/${pendulum.id}` },
    { name: 'notebook with charts (student)', as: 'student', path: `/projects/${projectile.id}` },
    { name: 'reviews (student)', as: 'student', path: '/reviews' },
    { name: 'own portfolio', as: 'student', path: '/portfolio' },
    { name: 'classes', as: 'teacher', path: '/classes' },
    { name: 'projects (teacher)', as: 'teacher', path: '/projects' },
    { name: 'notebook read by the teacher', as: 'teacher', path: `/projects/${otherTeam.id}` },
    { name: 'review queue (teacher)', as: 'teacher', path: '/reviews' },
    { name: 'portfolio of a student', as: 'teacher', path: `/portfolio/${me.user.id}` },
    { name: 'portfolio of no such student', as: 'teacher', path: '/portfolio/999999' },
    { name: 'review queue (mentor)', as: 'mentor', path: '/reviews' },
    { name: 'own account', as: 'student', path: '/account' },
    { name: 'inbox (student)', as: 'student', path: '/inbox' },
    { name: 'log-in slips of a class', as: 'teacher', path: `/classes/${classes.classes[0].id}/slips` },
    { name: 'school accounts', as: 'admin', path: '/school' },
    { name: 'evaluation classes (teacher)', as: 'teacher', path: '/evaluation' },
    { name: 'gradebook', as: 'teacher', path: `/evaluation/${classId}` },
    { name: 'evaluation of a student (teacher)', as: 'teacher', path: `/evaluation/${classId}/students/${me.user.id}` },
    { name: 'own evaluation (student)', as: 'student', path: `/evaluation/${classId}/students/me` },
    { name: 'evaluation students (mentor)', as: 'mentor', path: '/evaluation' },
    { name: 'mentor invite', as: 'anonymous', path: invite.path },
    { name: 'assignments and progress of a class', as: 'teacher', path: `/classes/${classes.classes[0].id}/assignments` },
    { name: 'assignment with a mystery setup (teacher)', as: 'teacher', path: `/assignments/${handedAssignment}` },
    { name: 'assignment with a mystery setup, handed in (student)', as: 'student', path: `/assignments/${handedAssignment}` },
    { name: 'assignment with a mystery setup, in the lab (student)', as: 'student', path: `/labs/circuit-resistance-vi?assignment=${openAssignment}` },
  ];
  // APP_PAGES=account,school checks only the pages whose names contain one of these (a quick run on a few pages)
  const only = process.env.APP_PAGES?.split(',').filter(Boolean);
  if (only?.length) return pages.filter((p) => only.some((o) => p.name.includes(o)));
  if (submissionId) pages.push({ name: 'submission (mentor)', as: 'mentor', path: `/reviews/${submissionId}` }, { name: 'submission (student)', as: 'student', path: `/reviews/${submissionId}` });
  return pages;
}

/** Waits until the page has drawn its content: no progress indicator left in <main>, and something in it. */
export async function pageReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      return !!main && !main.querySelector('[aria-busy="true"]') && (main.textContent ?? '').trim().length > 0;
    },
    undefined,
    { timeout: 30_000 },
  );
  // Lazy parts (Blockly's toolbox, KaTeX, three.js) finish drawing a moment after the page is there. (Not
  // 'networkidle': requests the offline shell's service worker answers never count as finished.)
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(500);
}
