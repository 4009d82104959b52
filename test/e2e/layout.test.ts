/**
 * Every page on a phone (390 × 844, Chinese) and on a classroom display (1920 × 1080, English), in real
 * Chromium (issue #14, item 10). On the phone: the page never scrolls sideways (Chrome would zoom it out),
 * the header takes one brand row and one row of sections (it took ~230 px), and no label wraps a character
 * or two per line. On the display: text is larger and the page and the lab scene use the screen instead of
 * a 1200 px column. Where the pendulum writes its readouts is checked in simulations/pendulum. Needs
 * `npx vite build` first.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPages, openAs, pageReady, type AppPage, type Role } from '../support/app-pages';
import { useServerAndBrowser } from '../support/server-and-browser';

const PASSWORD = 'e2e-layout-pass-42';
const shots = resolve(import.meta.dirname, 'screenshots');
const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });
let pages: AppPage[] = [];

async function contexts(locale: 'zh-CN' | 'en', viewport: { width: number; height: number }): Promise<Record<Role, Page>> {
  const out = {} as Record<Role, Page>;
  for (const role of ['anonymous', 'student', 'teacher', 'mentor', 'admin'] as const) out[role] = await openAs(app.browser, app.server.url, role, { locale, viewport, password: PASSWORD });
  return out;
}

/** What the layout checks read from a page. */
function measure(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header.top')!.getBoundingClientRect();
    // Text squeezed into a column a few characters wide: an element whose own text has 3+ characters,
    // laid out more than three lines high but under three characters wide.
    const squeezed = [...document.querySelectorAll('main *')]
      .filter((e) => {
        const own = [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join('');
        if (own.length < 3) return false;
        const r = e.getBoundingClientRect();
        const em = parseFloat(getComputedStyle(e).fontSize);
        return r.width > 0 && r.height > 3.6 * em && r.width < 3 * em;
      })
      .map((e) => `<${e.tagName.toLowerCase()}> “${e.textContent!.trim().slice(0, 24)}” ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)} px`);
    const scene = document.querySelector('.scene')?.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      headerHeight: Math.round(header.height),
      rootFontPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
      mainWidth: Math.round(document.querySelector('main')!.getBoundingClientRect().width),
      sceneHeight: scene ? Math.round(scene.height) : null,
      squeezed,
    };
  });
}

beforeAll(async () => {
  const setup = await contexts('zh-CN', { width: 1280, height: 900 });
  pages = await appPages(setup.student, setup.teacher);
  await Promise.all(Object.values(setup).map((p) => p.context().close()));
}, 120_000);

describe('layout', () => {
  it('a phone, 390 px: no sideways scrolling, a two-row header, no label a character wide', async () => {
    const as = await contexts('zh-CN', { width: 390, height: 844 });
    const problems: string[] = [];
    for (const p of pages) {
      const page = as[p.as];
      await page.goto(app.server.url + p.path);
      await pageReady(page);
      const m = await measure(page);
      if (m.scrollWidth > 390) problems.push(`${p.name}: the page is ${m.scrollWidth} px wide`);
      if (m.headerHeight > 100) problems.push(`${p.name}: the header is ${m.headerHeight} px high`);
      for (const s of m.squeezed) problems.push(`${p.name}: squeezed ${s}`);
      if (['lab pendulum', 'notebook (student)', 'review queue (mentor)'].includes(p.name)) await page.screenshot({ path: join(shots, `layout-390-${p.name.replace(/\W+/g, '-')}.png`) });
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('a classroom display, 1920 × 1080: larger text, the width used, a taller lab scene', async () => {
    const as = await contexts('en', { width: 1920, height: 1080 });
    const problems: string[] = [];
    for (const p of pages) {
      const page = as[p.as];
      await page.goto(app.server.url + p.path);
      await pageReady(page);
      const m = await measure(page);
      if (m.scrollWidth > 1920) problems.push(`${p.name}: the page is ${m.scrollWidth} px wide`);
      if (m.headerHeight > 80) problems.push(`${p.name}: the header is ${m.headerHeight} px high`);
      if (m.rootFontPx < 18) problems.push(`${p.name}: text at ${m.rootFontPx} px`);
      if (m.mainWidth < 1600) problems.push(`${p.name}: the page column is ${m.mainWidth} px of 1920`);
      if (p.name.startsWith('lab ') && m.sceneHeight !== null && m.sceneHeight < 700) problems.push(`${p.name}: the scene is ${m.sceneHeight} px high`);
      for (const s of m.squeezed) problems.push(`${p.name}: squeezed ${s}`);
      if (p.name === 'lab pendulum') await page.screenshot({ path: join(shots, 'layout-1920-lab-pendulum.png') });
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
