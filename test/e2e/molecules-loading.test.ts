/**
 * The molecules lab is usable before its 3D view (issue #22, item 3): three.js comes in a chunk of its own
 * (scene3d), requested once the lab is on screen. While it is held back here, the controls, the readouts and the
 * flat drawing are there with a note that the 3D view is loading; released, the WebGL canvas takes the drawing's
 * place and the measurements still work.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import chemistry from '../../src/i18n/en/chemistry.json';
import labs from '../../src/i18n/en/labs.json';
import { useServerAndBrowser } from '../support/server-and-browser';

const app = useServerAndBrowser();

describe('molecules while three.js loads', () => {
  it('shows the controls and the flat drawing with a loading note, then the 3D canvas', async () => {
    const page = await app.browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const requested: string[] = [];
    await page.route(/\/scene3d[^/]*\.(js|ts)(\?.*)?$/, async (route: Route) => {
      requested.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(`${app.server.url}/labs/molecules?molecule=ammonia`);
    await page.getByRole('button', { name: labs['labs.run.play'], exact: true }).waitFor({ timeout: 30_000 });
    const loading = page.getByRole('status').filter({ hasText: chemistry['chemistry.molecules.view.loading3d'] });
    await loading.waitFor({ timeout: 30_000 });
    await expect.poll(() => requested.length, { timeout: 30_000 }).toBe(1); // asked for once the lab is on screen, not before
    const drawing = page.getByRole('img', { name: chemistry['chemistry.molecules.view.flat'] });
    expect(await drawing.locator('circle').count()).toBe(4); // N + 3 H
    expect(await page.locator('.scene canvas').count()).toBe(0);
    await page.locator('#param-molecule').selectOption('methane'); // the controls work meanwhile
    await expect.poll(() => drawing.locator('circle').count()).toBe(5);

    release();
    await page.locator('.scene canvas').waitFor({ timeout: 30_000 });
    await expect.poll(() => loading.count()).toBe(0);
    expect(await drawing.count()).toBe(0);
    // measuring with the 3D view up: H–C–H in methane is tetrahedral, 109.5°
    for (const name of ['H2', 'C1', 'H3']) await page.getByRole('button', { name, exact: true }).click();
    await expect.poll(() => page.locator('.info [aria-live="polite"]').textContent()).toMatch(/109\.5°/);
    await page.close();
  });

  it('keeps the flat drawing and says so when three.js cannot be downloaded', async () => {
    const page = await app.browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await page.route(/\/scene3d[^/]*\.(js|ts)(\?.*)?$/, (route: Route) => route.abort('internetdisconnected'));
    await page.goto(`${app.server.url}/labs/molecules?molecule=water`);
    await page.getByRole('status').filter({ hasText: chemistry['chemistry.molecules.view.load3dFailed'] }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('img', { name: chemistry['chemistry.molecules.view.flat'] }).locator('circle').count()).toBe(3); // O + 2 H
    expect(await page.getByRole('status').filter({ hasText: chemistry['chemistry.molecules.view.loading3d'] }).count()).toBe(0);
    await page.close();
  });
});
