/**
 * The coding lab in Chromium, on the production build served by the real server: a program built by
 * dragging blocks, run with highlighting and console output; Stop on an endless loop while the page
 * stays responsive; step mode with variables; errors on the block in Chinese; the projectile sweep
 * against runSimulation; the spiral's saved PNG against an independent canvas rendering.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/coding.json';
import zh from '../../src/i18n/zh-CN/coding.json';
import app from '../../src/i18n/en/app.json';
import { findSimulation } from '../../simulations/registry';
import { defaultParams } from '../../simulations/core/params';
import { runSimulation } from '../../simulations/core/runner';
import { PROJECTILE_SWEEP, SPIRAL } from '../../src/coding/examples/examples';
import { NAMED_COLOURS, STAGE_SIZE } from '../../src/coding/runtime/turtle';
import { useServerAndBrowser } from '../support/server-and-browser';

/** The main workspace's blocks (the flyout has a block canvas of its own). */
const MAIN = '.blocklySvg .blocklyBlockCanvas';
const shots = resolve(import.meta.dirname, 'screenshots');
const harness = useServerAndBrowser({ page: { locale: 'en-US', viewport: { width: 1400, height: 1000 }, acceptDownloads: true } });


async function openCoding(): Promise<void> {
  await harness.page.goto(harness.server.url + '/coding');
  await harness.page.locator('.blocklyToolbox').first().waitFor();
  await expect.poll(() => harness.page.getByTestId('coding-run').isEnabled()).toBe(true);
}

async function waitForEnd(): Promise<string> {
  await harness.page.locator('[data-status="finished"], [data-status="error"]').waitFor({ timeout: 30_000 });
  const status = (await harness.page.getByTestId('coding-status').getAttribute('data-status'))!;
  if (status === 'error') console.log('program error:', await harness.page.getByTestId('coding-status').textContent());
  return status;
}

async function importProgram(workspace: object): Promise<void> {
  await harness.page.locator('input[type=file]').setInputFiles({ name: 'program.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(workspace)) });
}

/** Drag the toolbox block whose text starts with `label` from the flyout of `category` to (x, y). */
async function dragFromToolbox(category: string, label: RegExp, x: number, y: number): Promise<void> {
  await harness.page.locator('.blocklyToolbox .blocklyToolboxCategory').filter({ hasText: new RegExp(`^${category}$`) }).click();
  const flyoutBlock = harness.page.locator('.blocklyFlyout .blocklyBlockCanvas > g.blocklyDraggable').filter({ hasText: label }).first();
  await flyoutBlock.waitFor();
  const box = (await flyoutBlock.boundingBox())!;
  await harness.page.mouse.move(box.x + 8, box.y + 10);
  await harness.page.mouse.down();
  await harness.page.mouse.move(box.x + 40, box.y + 30, { steps: 5 });
  await harness.page.mouse.move(x, y, { steps: 10 });
  await harness.page.mouse.up();
}

describe('coding lab', () => {
  it('builds a program by dragging blocks, runs it, highlights each block and prints to the console', async () => {
    await harness.page.goto(harness.server.url + '/coding');
    await harness.page.evaluate(() => localStorage.clear());
    await openCoding();
    const ws = (await harness.page.locator('.blocklyMainBackground').boundingBox())!;
    await dragFromToolbox('Text', /print/, ws.x + 260, ws.y + 120);
    const first = harness.page.locator(`${MAIN} > g.blocklyDraggable`).first();
    const fb = (await first.boundingBox())!;
    // The second print block, dropped just under the first one, snaps to it.
    await dragFromToolbox('Text', /print/, fb.x + 8, fb.y + fb.height + 12);
    await expect.poll(() => harness.page.locator(`${MAIN} > g.blocklyDraggable`).count()).toBe(1);
    // Type a text into the first block's field.
    await harness.page.locator(`${MAIN} .blocklyEditableField`).first().click();
    await harness.page.keyboard.press('Control+A');
    await harness.page.keyboard.type('hello');
    await harness.page.keyboard.press('Enter');

    // Record every block that gets highlighted while the program runs slowly.
    await harness.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => {
        document.querySelectorAll('g.blocklyHighlighted[data-id]').forEach((g) => {
          const id = g.getAttribute('data-id')!;
          if (seen.at(-1) !== id) seen.push(id);
        });
      }).observe(document.querySelector('.blocklySvg .blocklyBlockCanvas')!, { attributes: true, subtree: true, attributeFilter: ['class'] });
    });
    await harness.page.getByLabel(en['coding.speed']).selectOption('slow');
    await harness.page.getByTestId('coding-run').click();
    expect(await waitForEnd()).toBe('finished');
    expect(await harness.page.getByTestId('coding-console').textContent()).toBe('hello\nabc');
    const ids = await harness.page.locator(`${MAIN} g.blocklyDraggable[data-id]`).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
    const seen = await harness.page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const printIds = ids.filter((id) => seen.includes(id!));
    expect(printIds.length).toBe(2); // both print blocks were highlighted, in program order
    expect(seen.indexOf(printIds[0]!)).toBeLessThan(seen.indexOf(printIds[1]!));
    await harness.page.getByLabel(en['coding.speed']).selectOption('fast');
    await harness.page.screenshot({ path: join(shots, 'coding-built.png') });
  });

  it('keeps the page responsive during an endless loop; Stop ends it within half a second and a new run works', async () => {
    await openCoding();
    await importProgram({
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'controls_whileUntil', id: 'loop', x: 20, y: 20, fields: { MODE: 'WHILE' },
            inputs: { BOOL: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } }, DO: { block: { type: 'math_change', fields: { VAR: { id: 'n' } }, inputs: { DELTA: { shadow: { type: 'math_number', fields: { NUM: 1 } } } } } } },
          },
        ],
      },
      variables: [{ name: 'n', id: 'n' }],
    });
    await harness.page.getByTestId('coding-run').click();
    await harness.page.waitForTimeout(500);
    expect(await harness.page.getByTestId('coding-status').getAttribute('data-status')).toBe('running');
    // Another button is handled while the loop runs: "Save in this browser" shows its notice at once.
    const t0 = Date.now();
    await harness.page.getByRole('button', { name: en['coding.saveLocal'] }).click();
    await expect.poll(() => harness.page.getByTestId('coding-status').textContent(), { timeout: 2000 }).toContain(en['coding.savedLocal']);
    expect(Date.now() - t0).toBeLessThan(1500);
    const stopMs = await harness.page.evaluate(async () => {
      const start = performance.now();
      (document.querySelector('[data-testid="coding-stop"]') as HTMLButtonElement).click();
      while (document.querySelector('[data-testid="coding-status"]')!.getAttribute('data-status') !== 'stopped') await new Promise((r) => setTimeout(r, 5));
      return performance.now() - start;
    });
    expect(stopMs).toBeLessThan(500);
    // A fresh worker runs the next program.
    await harness.page.getByTestId('coding-examples').selectOption('times-table');
    await harness.page.getByTestId('coding-run').click();
    expect(await waitForEnd()).toBe('finished');
    expect(await harness.page.getByTestId('coding-console').textContent()).toContain('9×9=81');
  });

  it('steps one block at a time and shows the variables', async () => {
    await openCoding();
    await harness.page.getByTestId('coding-examples').selectOption('times-table');
    await harness.page.getByTestId('coding-step').click(); // paused before the first block
    await expect.poll(() => harness.page.getByTestId('coding-status').getAttribute('data-status')).toBe('paused');
    for (let i = 0; i < 3; i++) {
      await harness.page.getByTestId('coding-step').click();
      await expect.poll(() => harness.page.getByTestId('coding-status').getAttribute('data-status')).toBe('paused');
    }
    const highlighted = await harness.page.locator('.workspace').getAttribute('data-highlighted');
    expect(highlighted).toBeTruthy();
    expect(await harness.page.locator(`g.blocklyHighlighted[data-id="${highlighted}"]`).count()).toBe(1);
    const vars = await harness.page.getByTestId('coding-variables').textContent();
    expect(vars).toContain('i1'); // <dt>i</dt><dd>1</dd>
    await harness.page.getByTestId('coding-stop').click();
  });

  it('shows an error on the block that caused it, in Chinese, with a Chinese toolbox', async () => {
    await harness.page.goto(harness.server.url + '/coding');
    await harness.page.getByLabel(app['app.language']).selectOption('zh-CN');
    await harness.page.locator('.blocklyToolbox').getByText(zh['coding.toolbox.logic'], { exact: true }).waitFor();
    await expect.poll(() => harness.page.getByTestId('coding-run').isEnabled()).toBe(true);
    await importProgram({
      blocks: {
        languageVersion: 0,
        blocks: [{ type: 'text_print', id: 'p', x: 20, y: 20, inputs: { TEXT: { block: { type: 'math_arithmetic', id: 'div', fields: { OP: 'DIVIDE' }, inputs: { A: { block: { type: 'math_number', fields: { NUM: 1 } } }, B: { block: { type: 'math_number', fields: { NUM: 0 } } } } } } } }],
      },
    });
    await harness.page.getByTestId('coding-run').click();
    expect(await waitForEnd()).toBe('error');
    expect(await harness.page.getByTestId('coding-status').textContent()).toContain(zh['coding.error.divisionByZero']);
    // Blockly draws a warning icon on the dividing block.
    await expect.poll(() => harness.page.locator('g[data-id="div"] .blocklyIconGroup').count()).toBeGreaterThan(0);
    await harness.page.screenshot({ path: join(shots, 'coding-error-zh-CN.png') });
    await harness.page.evaluate(() => localStorage.setItem('sprout.locale', 'en')); // the next tests are in English
  });

  it('the projectile angle sweep in the browser gives the ranges of runSimulation on the projectile model', async () => {
    await openCoding();
    await harness.page.getByTestId('coding-examples').selectOption('projectile-sweep');
    await harness.page.getByTestId('coding-run').click();
    expect(await waitForEnd()).toBe('finished');
    const rows = await harness.page.getByTestId('coding-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/,/g, '')))));
    const entry = findSimulation('projectile')!;
    const expected: number[][] = [];
    for (let a = PROJECTILE_SWEEP.fromDeg; a <= PROJECTILE_SWEEP.toDeg; a += PROJECTILE_SWEEP.byDeg) {
      const model = await entry.createModel();
      model.reset({ ...defaultParams(entry.meta.params), angleDeg: a });
      expected.push([a, runSimulation(model, { untilEvent: 'landed' }).measurements.rangeM]);
    }
    expect(rows.length).toBe(expected.length);
    rows.forEach((r, i) => {
      expect(r[0]).toBe(expected[i][0]);
      expect(r[1]).toBeCloseTo(expected[i][1], 3); // shown with 6 significant digits
    });
    await harness.page.screenshot({ path: join(shots, 'coding-projectile-sweep.png'), fullPage: true });
  });

  it('draws the spiral; its saved PNG matches an independent canvas rendering of the same turtle path', async () => {
    await openCoding();
    await harness.page.getByTestId('coding-examples').selectOption('spiral');
    await harness.page.getByTestId('coding-run').click();
    expect(await waitForEnd()).toBe('finished');
    const [download] = await Promise.all([harness.page.waitForEvent('download'), harness.page.getByRole('button', { name: en['coding.savePng'] }).click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const result = await harness.page.evaluate(
      async ({ pngBase64, spiral, colour, size }) => {
        const img = new Image();
        img.src = 'data:image/png;base64,' + pngBase64;
        await img.decode();
        const read = (draw: (g: CanvasRenderingContext2D) => void) => {
          const c = document.createElement('canvas');
          c.width = size;
          c.height = size;
          const g = c.getContext('2d')!;
          draw(g);
          return g.getImageData(0, 0, size, size).data;
        };
        const saved = read((g) => g.drawImage(img, 0, 0));
        // Reference: a plain loop over the square spiral, y flipped, origin in the middle.
        const reference = read((g) => {
          g.fillStyle = '#fff';
          g.fillRect(0, 0, size, size);
          g.strokeStyle = colour;
          g.lineWidth = spiral.width;
          g.lineCap = 'round';
          let x = 0, y = 0, heading = 0;
          for (let i = 1; i <= spiral.steps; i++) {
            const nx = x + i * spiral.stepGrowth * Math.cos((heading * Math.PI) / 180);
            const ny = y + i * spiral.stepGrowth * Math.sin((heading * Math.PI) / 180);
            g.beginPath();
            g.moveTo(size / 2 + x, size / 2 - y);
            g.lineTo(size / 2 + nx, size / 2 - ny);
            g.stroke();
            x = nx;
            y = ny;
            heading += spiral.turnDeg;
          }
        });
        let differing = 0, inked = 0;
        for (let i = 0; i < saved.length; i += 4) {
          const d = Math.max(Math.abs(saved[i] - reference[i]), Math.abs(saved[i + 1] - reference[i + 1]), Math.abs(saved[i + 2] - reference[i + 2]));
          if (d > 64) differing++;
          if (reference[i] < 200) inked++;
        }
        return { differing, inked, total: saved.length / 4 };
      },
      { pngBase64: png.toString('base64'), spiral: SPIRAL, colour: NAMED_COLOURS[SPIRAL.colour], size: STAGE_SIZE },
    );
    expect(result.inked).toBeGreaterThan(2000); // the reference really draws something
    expect(result.differing / result.total).toBeLessThan(0.005);
  });
});
