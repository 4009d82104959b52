/**
 * Driving the lab frame around a bench the way a student does: choose where the run pauses, play until that
 * event is listed, record a row of the data table and read it back by column. Labels come from the English
 * catalogue, so a test fails when the frame's controls lose their names.
 */
import type { Page } from 'playwright-core';
import labs from '../../src/i18n/en/labs.json';
import { recordRow } from './lab-page';

export class LabFrameDriver {
  constructor(private readonly page: Page) {}

  /** The event log's text. */
  events(): Promise<string> {
    return this.page.locator('.events').textContent().then((t) => t ?? '').catch(() => '');
  }

  async speed(x: number): Promise<void> {
    await this.page.getByRole('combobox', { name: labs['labs.run.speed'], exact: true }).selectOption(String(x));
  }

  /** Pause at an event (by its name in the preset) and play until the event's text is in the log. */
  async playUntil(event: string, text: string, timeoutMs = 60_000): Promise<void> {
    await this.page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true }).selectOption(event);
    await this.page.getByRole('button', { name: labs['labs.run.play'] }).click();
    const deadline = Date.now() + timeoutMs;
    while (!(await this.events()).includes(text)) {
      if (Date.now() > deadline) throw new Error(`'${text}' did not appear within ${timeoutMs} ms; events: ${await this.events()}`);
      await this.page.waitForTimeout(250);
    }
  }

  /** Simulated time shown by the run controls, s. */
  async timeS(): Promise<number> {
    return Number(((await this.page.getByLabel(labs['labs.run.time']).textContent()) ?? '').replace(/[^\d.]/g, ''));
  }

  /** Play for at least `s` simulated seconds, then pause. */
  async playFor(s: number, timeoutMs = 60_000): Promise<void> {
    // A preset without events has no pause-at list.
    const pauseAt = this.page.getByRole('combobox', { name: labs['labs.run.pauseAt'], exact: true });
    if (await pauseAt.count()) await pauseAt.selectOption('');
    const from = await this.timeS();
    await this.page.getByRole('button', { name: labs['labs.run.play'] }).click();
    const deadline = Date.now() + timeoutMs;
    while ((await this.timeS()) < from + s) {
      if (Date.now() > deadline) throw new Error(`simulated time did not pass ${from + s} s within ${timeoutMs} ms`);
      await this.page.waitForTimeout(200);
    }
    await this.page.getByRole('button', { name: labs['labs.run.pause'] }).click();
  }

  /**
   * Tick columns of the data table that are not shown yet, before the first row is recorded. `columns`: each one's
   * label key and unit (a preset's measurement or parameter), `words`: the English catalogue the key is in.
   */
  async showColumns(columns: { labelKey?: string; name: string; unit?: string }[], words: Record<string, string>): Promise<void> {
    const list = this.page.locator('.recorder details');
    if (!(await list.getAttribute('open').then((o) => o !== null))) await list.locator('summary').click();
    for (const c of columns) {
      const label = `${c.labelKey ? (words[c.labelKey] ?? c.name) : c.name}${c.unit ? ` (${c.unit})` : ''}`;
      await list.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await list.locator('summary').click();
  }

  /** Record a row and read it back: column name → number (NaN for a blank cell). */
  record(): Promise<Record<string, number>> {
    return recordRow(this.page);
  }
}
