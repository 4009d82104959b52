/**
 * Issue #19's bar: "a class page with 60 students and 20 assignments renders in ≤ 1 s". A real server
 * (the built app, a temporary SQLite data directory) holds a class of 60 students with 20 assignments,
 * opened and handed in (with data) in varied measure (on time, late, missing, not opened, a few
 * extensions). Figures:
 *   - the progress API's answer time (GET /api/classes/:id/progress, and the class's assignment list the
 *     page also asks for), median and p95 over repeated requests from this process on loopback;
 *   - headless Chromium opening the class page /classes/:id/assignments as its teacher, from navigation
 *     to the progress grid on screen with all 60 × 20 cells: a first visit (empty cache) and a reload,
 *     each at 1x and at 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate), median of 3.
 * Figures only; nothing passes or fails on time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { hashPassword } from '../../server/auth/password';
import { readConfig } from '../../server/config';
import { openStore } from '../../server/store/open-store';
import { startAppServer, type RunningServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import { loginCookie } from '../support/teammate';

const STUDENTS = 60;
const ASSIGNMENTS = 20;
export const PASSWORD = 'bench-class-page-42';
const DAY = 86_400_000;
const REPEATS = 3;
const API_REQUESTS = 30;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x: number) => +x.toFixed(1);

/** The class, its students and assignments, written into the data directory's store before the server opens it. */
export async function seed(dataDir: string): Promise<void> {
  const store = await openStore(readConfig({ DATA_DIR: dataDir }));
  try {
    const school = await store.accounts.createSchool('Bench School');
    const teacher = await store.accounts.createUser({ username: 'benchteacher', displayName: '王老师', role: 'teacher', schoolId: school.id, passwordHash: await hashPassword(PASSWORD) });
    const cls = await store.classes.createClass({ schoolId: school.id, name: '初二(9)班', inviteCode: 'BENCHCLS', teacherId: teacher.id, createdAt: Date.now() });
    const students = await store.accounts.importStudents(
      Array.from({ length: STUDENTS }, (_, i) => ({
        user: { username: `s2026${String(i).padStart(3, '0')}`, displayName: `学生${i + 1}`, role: 'student' as const, schoolId: school.id, passwordHash: 'x', studentNumber: `2026${String(i).padStart(3, '0')}` },
        classId: cls.id,
      })),
    );
    const now = Date.now();
    const data = JSON.stringify({ table: { columns: [{ name: 'lengthM', unit: 'm' }, { name: 'periodS', unit: 's' }], rows: [0.2, 0.4, 0.6, 0.8, 1].map((l) => [l, +(2 * Math.PI * Math.sqrt(l / 9.81)).toFixed(3)]) }, answers: ['9.8 m/s²'] });
    for (let a = 0; a < ASSIGNMENTS; a++) {
      // due from 12 days ago to 7 days ahead: the old ones have late and missing work, the new ones students not yet started
      const dueAt = now + (a - 12) * DAY;
      const rec = await store.assignments.createAssignment({ classId: cls.id, title: `作业 ${a + 1}：单摆`, instructions: '测 5 个摆长的周期。', experimentId: 'pendulum', catalogRef: null, dueAt, createdBy: teacher.id, createdAt: now - 20 * DAY });
      for (const [i, s] of students.entries()) {
        const k = (i * 7 + a * 3) % 10; // 0–5 handed in (one of them late), 6–7 opened, 8–9 not opened
        if (k <= 7) await store.assignments.markOpened(rec.id, s.id, dueAt - 2 * DAY);
        if (k <= 5) await store.assignments.handIn(rec.id, s.id, k === 5 ? dueAt + DAY : dueAt - DAY, data);
        if (k === 9 && i % 4 === 0) await store.assignments.setExtension(rec.id, s.id, dueAt + 3 * DAY);
      }
    }
  } finally {
    await store.close();
  }
}

async function apiTimes(server: RunningServer, cookie: string, path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < API_REQUESTS + 3; i++) {
    const t0 = performance.now();
    const r = await fetch(server.url + path, { headers: { cookie } });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    if (i >= 3) times.push(performance.now() - t0); // three to warm up
  }
  return times;
}

/** From navigation to the whole grid on screen, in ms of the page's own clock; a fresh context (empty cache) or a reload. */
async function pageTimes(browser: Browser, server: RunningServer, cookie: string, classId: number, cpuRate: number): Promise<{ first: number[]; reload: number[] }> {
  const first: number[] = [];
  const reload: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    await context.addCookies([{ name: cookie.split('=')[0], value: cookie.split('=').slice(1).join('='), url: server.url }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    for (const [list, go] of [[first, () => page.goto(`${server.url}/classes/${classId}/assignments`, { waitUntil: 'commit' })], [reload, () => page.reload({ waitUntil: 'commit' })]] as const) {
      await go();
      // (a function, not a string: the app's CSP allows no eval)
      await page.waitForFunction(
        (n) => document.querySelectorAll('table.grid tbody tr').length === n.rows && document.querySelectorAll('table.grid tbody td').length === n.cells,
        { rows: STUDENTS, cells: STUDENTS * ASSIGNMENTS },
        { timeout: 60_000, polling: 'raf' },
      );
      list.push(await page.evaluate(() => performance.now()));
    }
    await context.close();
  }
  return { first, reload };
}

export default async function run() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprout-bench-class-'));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    const seedStarted = performance.now();
    await seed(dataDir);
    const seedMs = performance.now() - seedStarted;
    server = await startAppServer({ dataDir });
    const cookie = await loginCookie(server, 'benchteacher', PASSWORD);
    const classes = (await (await fetch(`${server.url}/api/classes`, { headers: { cookie } })).json()) as { classes: { id: number }[] };
    const classId = classes.classes[0].id;
    const progress = await apiTimes(server, cookie, `/api/classes/${classId}/progress`);
    const list = await apiTimes(server, cookie, `/api/classes/${classId}/assignments`);
    browser = await launchBrowser();
    const figures: Record<string, number | string> = {
      'class': `${STUDENTS} students × ${ASSIGNMENTS} assignments (${STUDENTS * ASSIGNMENTS} cells)`,
      'seed ms (not timed against the bar)': ms(seedMs),
      'progress API median ms': ms(median(progress)),
      'progress API p95 ms': ms(p95(progress)),
      'assignment list API median ms': ms(median(list)),
      'assignment list API p95 ms': ms(p95(list)),
    };
    for (const rate of [1, 4]) {
      const t = await pageTimes(browser, server, cookie, classId, rate);
      figures[`page to grid rendered, first visit, ${rate}x CPU, median ms`] = ms(median(t.first));
      figures[`page to grid rendered, first visit, ${rate}x CPU, max ms`] = ms(Math.max(...t.first));
      figures[`page to grid rendered, reload, ${rate}x CPU, median ms`] = ms(median(t.reload));
    }
    return [{ name: `class page (${STUDENTS} students × ${ASSIGNMENTS} assignments)`, figures }];
  } finally {
    await browser?.close();
    await server?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.review-key`, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) console.log(b.name, b.figures);
}
