/**
 * Driving the shared bench view in Chromium the way a student does: drag a part out of the bin onto the
 * table, drag a wire from one post to another, pick a part and type its value, flip a switch, read a
 * meter's pointer. Positions are in the table's metres (the SVG's own units).
 */
import type { Page } from 'playwright-core';
import type { Setup } from '../../simulations/bench/setup';

/** Where a wet-bench dropper's centre goes to hold its tip 2 cm above an upright tube's mouth (the mouth 9 cm above the tube's centre, the tip 6 cm below the dropper's). */
export const dropperOverTube = (tube: { xM: number; yM: number }) => ({ xM: tube.xM, yM: tube.yM - 0.09 - 0.02 - 0.06 });

export class BenchDriver {
  /** `root` scopes the driver to one of several bench views on a page (`[data-bench="schematic"]`). */
  constructor(
    private readonly page: Page,
    private readonly tableWidthM = 1,
    private readonly root = '',
  ) {}

  private q(selector: string): string {
    return this.root ? `${this.root} ${selector}` : selector;
  }

  /** Screen point of a table position. */
  async at(xM: number, yM: number): Promise<{ x: number; y: number }> {
    const box = (await this.page.locator(this.q('svg.table')).boundingBox())!;
    // The drawing sits inside the table's 1 px border.
    const s = (box.width - 2) / this.tableWidthM;
    return { x: box.x + 1 + xM * s, y: box.y + 1 + yM * s };
  }

  private async centre(selector: string, scroll = true): Promise<{ x: number; y: number }> {
    const el = this.page.locator(selector);
    if (scroll) await el.scrollIntoViewIfNeeded();
    const b = (await el.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }

  /** Everything off the table: focus a part, select all, delete. */
  async clear(): Promise<void> {
    const first = this.page.locator(this.q('g.part')).first();
    if (!(await first.count())) return;
    await first.focus();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.press('Delete');
    await this.page.locator(this.q('g.part')).first().waitFor({ state: 'detached' });
  }

  /** Drag a part kind from the bin to (x, y) metres; returns the new part's id. */
  async place(kind: string, xM: number, yM: number): Promise<string> {
    const before = new Set(await this.page.locator(this.q('g.part')).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-part'))));
    const from = await this.centre(this.q(`.bin button[data-kind="${kind}"]`));
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    const to = await this.at(xM, yM);
    await this.page.mouse.move(from.x + 20, from.y, { steps: 3 });
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
    let id = '';
    await this.page.waitForFunction(
      ([known, sel]) => [...document.querySelectorAll(sel)].some((g) => !known.includes(g.getAttribute('data-part'))),
      [[...before], this.q('g.part')] as const,
    );
    for (const g of await this.page.locator(this.q('g.part')).evaluateAll((gs) => gs.map((x) => x.getAttribute('data-part')))) if (!before.has(g)) id = g ?? '';
    return id;
  }

  /**
   * Drag a part on the table so that the point of it under the pointer (by default its centre) lands at (x, y)
   * metres: pressed at the part's own place, moved in steps, released. Returns when the part has moved.
   */
  async drag(partId: string, xM: number, yM: number, from?: { xM: number; yM: number }): Promise<void> {
    const part = this.page.locator(this.q(`g.part[data-part="${partId}"]`));
    await part.scrollIntoViewIfNeeded();
    const before = await part.getAttribute('transform');
    const at = from ?? (await this.position(partId));
    const a = await this.at(at.xM, at.yM), b = await this.at(xM, yM);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + (b.x - a.x) * 0.3, a.y + (b.y - a.y) * 0.3, { steps: 3 });
    await this.page.mouse.move(b.x, b.y, { steps: 6 });
    await this.page.mouse.up();
    await this.page.waitForFunction(([sel, t]) => document.querySelector(sel)?.getAttribute('transform') !== t, [this.q(`g.part[data-part="${partId}"]`), before] as const, { timeout: 5000 }).catch(() => {});
  }

  /** Where a part stands now, metres (read from its transform on the table). */
  async position(partId: string): Promise<{ xM: number; yM: number; rotDeg: number }> {
    const t = (await this.page.locator(this.q(`g.part[data-part="${partId}"]`)).getAttribute('transform')) ?? '';
    const m = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\) rotate\(([-\d.e]+)\)/.exec(t);
    if (!m) throw new Error(`no position for ${partId}: '${t}'`);
    return { xM: Number(m[1]), yM: Number(m[2]), rotDeg: Number(m[3]) };
  }

  /** Focus a part and press a key (arrows move it a grid step; Shift: five). */
  async press(partId: string, key: string, times = 1): Promise<void> {
    await this.page.locator(this.q(`g.part[data-part="${partId}"]`)).focus();
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  /** Drag a wire from post `a` ('B1.+') to post `b`. */
  async wire(a: string, b: string): Promise<void> {
    const wires = await this.page.locator(this.q('path.wire')).count();
    // Both posts measured with the page where it is: scrolling to the second would move the first.
    await this.page.locator(this.q('svg.table')).scrollIntoViewIfNeeded();
    const from = await this.centre(this.q(`circle[data-terminal="${a}"]`), false);
    const to = await this.centre(this.q(`circle[data-terminal="${b}"]`), false);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 10, { steps: 4 });
    await this.page.mouse.move(to.x, to.y, { steps: 4 });
    await this.page.mouse.up();
    await this.page.waitForFunction(([n, sel]) => document.querySelectorAll(sel).length > n, [wires, this.q('path.wire')] as const);
  }

  /** Take off the wire between two posts (either way round): focus it and press Delete. */
  async unwire(a: string, b: string): Promise<void> {
    const wire = this.page.locator(this.q(`path.wire[data-link="${a} ${b}"], ${this.q(`path.wire[data-link="${b} ${a}"]`)}`)).first();
    const before = await this.page.locator(this.q('path.wire')).count();
    await wire.focus();
    await this.page.keyboard.press('Delete');
    await this.page.waitForFunction(([n, sel]) => document.querySelectorAll(sel).length < n, [before, this.q('path.wire')] as const);
  }

  /** Click a part (at a corner of its footprint, away from levers and sliders that act on a click). */
  async select(partId: string): Promise<void> {
    const halo = this.page.locator(this.q(`g.part[data-part="${partId}"] .halo`));
    await halo.scrollIntoViewIfNeeded();
    const b = (await halo.boundingBox())!;
    await this.page.mouse.click(b.x + 3, b.y + 3);
  }

  /** Click a part and type a property's value in the inspector. */
  async set(partId: string, prop: string, value: string | number | boolean): Promise<void> {
    await this.select(partId);
    const field = this.page.locator(this.q(`#prop-${partId}-${prop}`));
    if ((await field.getAttribute('type')) === 'checkbox') await field.setChecked(value === true || value === 'true');
    else if (await field.evaluate((e) => e.tagName === 'SELECT')) await field.selectOption(String(value));
    else {
      await field.fill(String(value));
      await field.press('Enter');
    }
  }

  /** Focus a part and press T: the switch's lever flips. */
  async flip(partId: string): Promise<void> {
    await this.page.locator(this.q(`g.part[data-part="${partId}"]`)).focus();
    await this.page.keyboard.press('t');
  }

  /** What the pointer shows on the meter's dial: its place × the full scale of the range in use (NaN when pinned or unwired). */
  async read(meterId: string): Promise<{ value: number; status: string; fullScale: number }> {
    const dial = this.page.locator(`svg[data-meter="${meterId}"]`);
    const [fraction, status, fullScale] = await Promise.all([dial.getAttribute('data-fraction'), dial.getAttribute('data-status'), dial.getAttribute('data-full-scale')]);
    const fs = Number(fullScale);
    return { value: status === 'ok' ? Number(fraction) * fs : NaN, status: status ?? '', fullScale: fs };
  }

  /**
   * Build a setup part by part from the bin, set each property that differs from the part's default, and
   * wire it as the setup is wired. Live properties listed in `leave` (a switch's lever) are left as placed.
   */
  async build(setup: Setup, defaults: (kind: string) => Record<string, unknown>, leave: string[] = ['closed']): Promise<void> {
    for (const p of setup.parts) {
      const id = await this.place(p.kind, p.xM, p.yM);
      if (id !== p.id) throw new Error(`placed ${p.kind} became ${id}, expected ${p.id}`);
      const d = defaults(p.kind);
      for (const [prop, v] of Object.entries(p.props)) if (!leave.includes(prop) && d[prop] !== v) await this.set(p.id, prop, v);
    }
    for (const l of setup.links) await this.wire(`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`);
  }
}
