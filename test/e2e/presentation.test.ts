/**
 * Big-screen mode (issue #19) on a 1920 × 1080 classroom projector or whiteboard (班班通): entered by
 * `?present=1`, the lab frame's button or the P key, left by Esc. The app's header goes, every control in
 * the page is at least 64 × 64 px (a whiteboard pen), readouts are at least 48 px high (read from the back
 * of the room), and a QR code carries the link that opens the same setup: the lab's parameters in the query,
 * a bench's setup in the fragment. No QR decoder is installed, so the code is checked against the QR
 * encoder's own drawing of the expected link (uqr, the app's encoder, is deterministic) and the link is
 * decoded back into the setup shown. Needs `npx vite build` first.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { renderSVG } from 'uqr';
import { describe, expect, it } from 'vitest';
import { createCircuitModel } from '../../simulations/circuits/model';
import { ohmsLawPreset } from '../../simulations/circuits/presets/ohms-law';
import { decodeSetup, setupFromFragment } from '../../simulations/bench/share';
import en from '../../src/i18n/en/labs.json';
import zh from '../../src/i18n/zh-CN/labs.json';
import { SCREENSHOTS } from '../support/lab-page';
import { describeViolations, runAxe } from '../support/axe';
import { useServerAndBrowser } from '../support/server-and-browser';

const app = useServerAndBrowser();

async function projector(locale: 'en' | 'zh-CN'): Promise<Page> {
  // bypassCSP: axe is injected as an inline script (as accessibility.test.ts does)
  const ctx = await app.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: locale === 'en' ? 'en-US' : 'zh-CN', bypassCSP: locale === 'zh-CN' });
  const page = await ctx.newPage();
  await page.addInitScript((l) => localStorage.setItem('sprout.locale', l), locale);
  return page;
}

/** Visible controls in <main> smaller than `px` either way (a checkbox measured with its label). */
const smallControls = (page: Page, px: number) =>
  page.evaluate((min) => {
    const els = [...document.querySelectorAll<HTMLElement>('main button, main select, main input, main summary, main textarea, main .button')];
    return els
      .map((e) => {
        const toggle = e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio');
        const r = ((toggle && e.closest('label')) || e).getBoundingClientRect();
        return { what: `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? ''}`, w: Math.round(r.width), h: Math.round(r.height) };
      })
      .filter((c) => c.w > 0 && c.h > 0 && (c.w < min || c.h < min));
  }, px);

const presenting = (page: Page) => page.evaluate(() => document.documentElement.dataset.present === 'true');
const qrLink = (page: Page) => page.getByTestId('present-qr').getAttribute('data-link');
/** Whether the page's QR code has the modules the encoder draws for `text` (viewBox and path compared). */
async function qrEncodes(page: Page, text: string): Promise<boolean> {
  const drawn = await page.getByTestId('present-qr').locator('.code').innerHTML();
  const modules = (svg: string) => `${/viewBox="([^"]+)"/.exec(svg)?.[1]} ${/ d="([^"]+)"/.exec(svg)?.[1]}`;
  return modules(drawn) === modules(renderSVG(text, { ecc: 'L', border: 2 })) && modules(drawn).length > 100;
}

describe('big-screen mode on a 1920 × 1080 projector', () => {
  it('a lab opened with ?present=1: no header, 64 px controls, large readouts, a QR code of the lab at its values; Esc leaves, P comes back', async () => {
    const page = await projector('en');
    await page.goto(`${app.server.url}/labs/pendulum?present=1`);
    await page.getByTestId('present-qr').locator('svg').waitFor({ timeout: 60_000 });
    expect(await presenting(page)).toBe(true);
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await smallControls(page, 64)).toEqual([]);
    // readouts: 2.2 rem of a 24 px root (1.25 vw of 1920) = 52.8 px
    const readoutPx = await page.locator('dd[data-measurement]').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(readoutPx).toBeGreaterThanOrEqual(48);
    // the scene takes the screen's height less the run controls and tools (1080 − 190; 520–760 px otherwise)
    expect((await page.locator('.scene').boundingBox())!.height).toBeGreaterThanOrEqual(850);

    // the code is the encoder's drawing of the lab's link at its current values
    const link = `${app.server.url}/labs/pendulum?lengthM=1&massKg=1&angleDeg=30&dampingKgps=0&secondPendulum=true`;
    expect((await qrLink(page))!.startsWith(link)).toBe(true);
    expect(await qrEncodes(page, (await qrLink(page))!)).toBe(true);
    // a value the teacher changes follows into the code (after it settles)
    const length = page.locator('#param-lengthM');
    await length.fill('2');
    await length.press('Enter');
    await expect.poll(() => qrLink(page), { timeout: 10_000 }).toContain('lengthM=2&');
    expect(await qrEncodes(page, (await qrLink(page))!)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'present-pendulum-en.png') });

    // Esc from the page (focus out of the field) leaves: header back, URL without ?present
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => presenting(page)).toBe(false);
    expect(await page.locator('header.top').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
    expect(await page.getByTestId('present-qr').count()).toBe(0);
    // typing "p" into a field is typing; P on the page enters again and says so in the URL
    await length.focus();
    await page.keyboard.press('p');
    expect(await presenting(page)).toBe(false);
    expect(await length.inputValue()).toBe('2p');
    await page.locator('h1').click();
    await page.keyboard.press('p');
    await expect.poll(() => presenting(page)).toBe(true);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await page.context().close();
  }, 120_000);

  it('a bench by its button: the QR link opens the setup on the table, moved parts included; the pen gets 64 px posts', async () => {
    const page = await projector('en');
    await page.goto(`${app.server.url}/labs/${ohmsLawPreset.id}?bench`);
    await page.locator('svg.table g.part').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('present-toggle').click();
    await page.getByTestId('present-qr').locator('svg').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('present-toggle').textContent()).toContain(en['labs.present.leave']);
    expect(await smallControls(page, 64)).toEqual([]);
    // the bench's hit size comes from the page: 64 px on the big screen
    expect(await page.locator('svg.table').evaluate((e) => getComputedStyle(e).getPropertyValue('--touch-target-px').trim())).toBe('64');

    const catalog = createCircuitModel(ohmsLawPreset).catalog;
    const decoded = async () => {
      const l = (await qrLink(page))!;
      expect(l.startsWith(`${app.server.url}/labs/${ohmsLawPreset.id}#setup=`)).toBe(true);
      const r = await decodeSetup(setupFromFragment(new URL(l).hash)!, catalog);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.setup;
    };
    const shown = () => page.evaluate('globalThis.__sproutLab.model.setup');
    expect(await decoded()).toEqual(await shown());
    expect(await qrEncodes(page, (await qrLink(page))!)).toBe(true);

    // the teacher moves the resistor with the pen 28 px below its thin drawing (a finger's 22 px would miss)
    const halo = (await page.locator('g.part[data-part="R1"] .halo').boundingBox())!;
    const at = { x: halo.x + halo.width / 2, y: halo.y + halo.height / 2 + 28 };
    const before = (await shown()) as { parts: { id: string; xM: number }[] };
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(at.x - 8 * i, at.y);
    await page.mouse.up();
    const xOf = (s: unknown) => (s as typeof before).parts.find((p) => p.id === 'R1')!.xM;
    await expect.poll(async () => xOf(await shown()), { timeout: 5_000 }).toBeLessThan(xOf(before) - 0.02);
    await expect.poll(async () => xOf(await decoded()), { timeout: 10_000 }).toBeCloseTo(xOf(await shown()), 6);
    expect(await decoded()).toEqual(await shown());
    await page.screenshot({ path: join(SCREENSHOTS, 'present-bench-en.png') });

    await page.getByTestId('present-toggle').click();
    await expect.poll(() => presenting(page)).toBe(false);
    expect(await page.locator('svg.table').evaluate((e) => getComputedStyle(e).getPropertyValue('--touch-target-px').trim())).toBe('');
    await page.context().close();
  }, 120_000);

  it('in Chinese: the button, the code\'s title and hint, no axe violation; Esc leaves', async () => {
    const page = await projector('zh-CN');
    await page.goto(`${app.server.url}/labs/wet-titration?present=1`);
    await page.getByTestId('present-qr').locator('svg').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('present-toggle').textContent()).toContain(zh['labs.present.leave']);
    expect(await page.getByTestId('present-qr').textContent()).toContain(zh['labs.present.qrTitle']);
    expect(await page.getByTestId('present-qr').textContent()).toContain(zh['labs.present.qrHint']);
    expect(await smallControls(page, 64)).toEqual([]);
    // the big screen is a page like any other for a screen reader: no serious or critical axe violation
    expect(describeViolations('big screen, wet-titration', (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical'))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'present-wet-titration-zh.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => presenting(page)).toBe(false);
    expect(await page.getByTestId('present-toggle').textContent()).toContain(zh['labs.present.enter']);
    await page.context().close();
  }, 120_000);
});
