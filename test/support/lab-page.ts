/**
 * What a bench browser test file starts with: the built app on the real server, Chromium, and one English page
 * at 1280 × 1000 (the bench's table and its instruments up close fit), plus the recorder as a student uses it.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import labs from '../../src/i18n/en/labs.json';
import type { RunningServer } from './app-server';
import { closeServerAndBrowser, SCREENSHOTS, startServerAndBrowser } from './server-and-browser';

export { SCREENSHOTS };

export interface LabPage {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/** Starts them; when a part fails to start, what did start is closed before the error is thrown. */
export async function openLabPage(): Promise<LabPage> {
  const { server, browser, page } = await startServerAndBrowser({ page: { locale: 'en-US', viewport: { width: 1280, height: 1000 } } });
  return { server, browser, page };
}

/** Closes the browser, then disposes the server (also when closing the browser throws). */
export async function closeLabPage(lab: Partial<LabPage>): Promise<void> {
  await closeServerAndBrowser(lab);
}

/** Opens a bench preset's page, waits for its parts, and sets the speed and "pause at: never" (a test runs and pauses it itself). */
export async function openPreset(lab: LabPage, presetId: string, speed = '2'): Promise<void> {
  await lab.page.goto(`${lab.server.url}/labs/${presetId}`);
  await lab.page.locator('svg.table g.part').first().waitFor({ timeout: 30_000 });
  await lab.page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption(speed);
  await lab.page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption('');
}

/** The bench's account of its table in words (parts, connections, warnings: what a screen reader hears), '' if none. */
export async function benchDescription(page: Page): Promise<string> {
  return (await page.getByTestId('bench-description').textContent()) ?? '';
}

/** Presses Record and returns the new row as numbers by column ("1,234.5" and "−0.3" read; NaN where no number). */
export async function recordRow(page: Page): Promise<Record<string, number>> {
  const rows = page.locator('table tbody tr');
  const before = await rows.count();
  await page.getByRole('button', { name: labs['labs.recorder.record'] }).click();
  await expect.poll(() => rows.count()).toBe(before + 1);
  const out: Record<string, number> = {};
  for (const td of await rows.last().locator('td[data-column]').all()) {
    // m × 10ⁿ (how a table cell shows very small and very large values) read as a number, not as the digits run together.
    const raw = ((await td.textContent()) ?? '').replace(/,/g, '').replace(/×\s*10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/, (_, e: string) => `e${[...e].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c) >= 0 ? String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)) : '-').join('')}`);
    const text = raw.replace(/[^\d.eE+−-]/g, '').replace('−', '-');
    out[(await td.getAttribute('data-column'))!] = /\d/.test(text) ? Number(text) : NaN;
  }
  return out;
}
