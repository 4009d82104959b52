/**
 * Old school computers often have no working WebGL: the molecules lab says so plainly and draws the
 * molecule flat instead, still with every atom (and the angle measurement still works).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import chemistry from '../../src/i18n/en/chemistry.json';
import { useServerAndBrowser } from '../support/server-and-browser';

const shots = resolve(import.meta.dirname, 'screenshots');
const app = useServerAndBrowser({ browserArgs: ['--disable-webgl', '--disable-webgl2'] });

describe('molecules without WebGL', () => {
  it('explains the fallback and draws every atom of ammonia in 2D; three atoms give the angle', async () => {
    const page = await app.browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.server.url}/labs/molecules?molecule=ammonia`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'WebGL' }).textContent(), { timeout: 30_000 }).toBe(chemistry['chemistry.molecules.view.noWebgl']);
    const drawing = page.getByRole('img', { name: chemistry['chemistry.molecules.view.flat'] });
    await expect.poll(() => drawing.locator('circle').count()).toBe(4); // N + 3 H
    expect(await page.locator('.scene canvas').count()).toBe(0);
    // Pick H–N–H with the atom buttons: the angle shown is ammonia's 107° (VSEPR, AX3E).
    for (const name of ['H2', 'N1', 'H3']) await page.getByRole('button', { name, exact: true }).click();
    await expect.poll(() => page.locator('.info [aria-live="polite"]').textContent()).toMatch(/10[67](\.\d)?°/);
    await page.screenshot({ path: join(shots, 'molecules-no-webgl.png') });
  });
});
