/**
 * Every example program, compiled by headless Blockly and run by the runtime in Node; the two lab
 * sweeps checked against the models run directly with runSimulation and against textbook physics.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/en/coding.json';
import zh from '../../i18n/zh-CN/coding.json';
import { programFromState } from '../blocks/compile';
import { setUpBlocklyForTests } from '../blocks/headless-setup';
import { ProgramRunner, runToEnd } from '../runtime/interpreter';
import { registryExperiments } from '../runtime/experiments';
import type { DrawCommand } from '../runtime/turtle';
import type { PlotRequest } from '../runtime/lab';
import { findSimulation } from '../../../simulations/registry';
import { defaultParams } from '../../../simulations/core/params';
import { runSimulation } from '../../../simulations/core/runner';
import { examples, PENDULUM_SWEEP, PROJECTILE_SWEEP, SPIRAL } from './examples';

beforeAll(() => setUpBlocklyForTests());

async function runExample(id: string, catalogue: Record<string, string> = en, answer?: (printed: string[]) => unknown) {
  const ex = examples.find((e) => e.id === id)!;
  const src = programFromState(ex.build((k) => catalogue[k] ?? k));
  const printed: string[] = [];
  const drawn: DrawCommand[] = [];
  const plots: PlotRequest[] = [];
  const runner = new ProgramRunner(src, { print: (s) => printed.push(s), draw: (c) => drawn.push(c), table: () => {}, plot: (p) => plots.push(p) }, registryExperiments);
  const error = await runToEnd(runner, { answer: answer && (() => answer(printed)) });
  return { error, printed, drawn, plots, runner };
}

describe('example programs', () => {
  it('there are at least six, each titled in both languages', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const e of examples) {
      expect((en as Record<string, string>)[e.titleKey]).toBeTruthy();
      expect((zh as Record<string, string>)[e.titleKey]).toBeTruthy();
    }
  });

  it('times table prints the 9×9 table', async () => {
    const { error, printed } = await runExample('times-table');
    expect(error).toBeNull();
    expect(printed).toHaveLength(10);
    expect(printed[9].trim()).toBe('1×9=9  2×9=18  3×9=27  4×9=36  5×9=45  6×9=54  7×9=63  8×9=72  9×9=81');
  });

  it('guessing game: a student bisecting finds the number and is told how many guesses it took (in Chinese too)', async () => {
    let lo = 1, hi = 100, guess = 0, hintsSeen = 0;
    const { error, printed } = await runExample('guessing-game', zh, (soFar) => {
      if (soFar.length > hintsSeen) {
        if (soFar[hintsSeen] === zh['coding.example.guessing.tooBig']) hi = guess - 1;
        else lo = guess + 1;
        hintsSeen = soFar.length;
      }
      return (guess = Math.floor((lo + hi) / 2));
    });
    expect(error).toBeNull();
    // Replay the hints to check they were right about each guess.
    const hints = printed.slice(0, -1);
    expect(hints.every((h) => h === zh['coding.example.guessing.tooBig'] || h === zh['coding.example.guessing.tooSmall'])).toBe(true);
    expect(printed.at(-1)).toBe(zh['coding.example.guessing.right'] + String(hints.length + 1));
    expect(hints.length + 1).toBeLessThanOrEqual(7); // ⌈log2 100⌉ = 7 guesses at most
  });

  it('spiral draws its lines with growing sides turning 91°', async () => {
    const { error, drawn } = await runExample('spiral');
    expect(error).toBeNull();
    const lines = drawn.filter((c) => c.op === 'line');
    expect(lines).toHaveLength(SPIRAL.steps);
    const len = (c: DrawCommand) => (c.op === 'line' ? Math.hypot(c.x1 - c.x0, c.y1 - c.y0) : NaN);
    expect(len(lines[0])).toBeCloseTo(2, 9);
    expect(len(lines[79])).toBeCloseTo(160, 9);
  });

  it('flower fills 12 petals and stamps a centre', async () => {
    const { error, drawn } = await runExample('flower');
    expect(error).toBeNull();
    expect(drawn.filter((c) => c.op === 'fill')).toHaveLength(12);
    expect(drawn.at(-1)).toMatchObject({ op: 'stamp', shape: 'circle', colour: '#fdd835' });
  });
});

describe('lab sweeps give the same numbers as the models run directly', () => {
  it('projectile angle sweep = runSimulation on the projectile model, and the best angle is 45°', async () => {
    const entry = findSimulation('projectile');
    expect(entry, 'projectile must be in simulations/registry.ts').toBeDefined();
    const { error, printed, plots, runner } = await runExample('projectile-sweep');
    expect(error).toBeNull();
    const table = runner.lab.table!;
    expect(table.columns.map((c) => [c.name, c.unit, c.source])).toEqual([
      ['angleDeg', '°', 'param'],
      ['rangeM', 'm', 'measurement'],
    ]);
    expect(table.provenance?.simulationId).toBe('projectile');
    const angles: number[] = [];
    for (let a = PROJECTILE_SWEEP.fromDeg; a <= PROJECTILE_SWEEP.toDeg; a += PROJECTILE_SWEEP.byDeg) angles.push(a);
    expect(table.rows.map((r) => r[0])).toEqual(angles);
    for (const [i, a] of angles.entries()) {
      const model = await entry!.createModel();
      model.reset({ ...defaultParams(entry!.meta.params), angleDeg: a });
      const direct = runSimulation(model, { untilEvent: 'landed' }).measurements.rangeM;
      expect(table.rows[i][1]).toBe(direct);
      // Textbook range without drag, launched from the ground: R = v² sin 2θ / g (e.g. Halliday, Fundamentals of Physics, §4.6).
      const p = defaultParams(entry!.meta.params);
      const g = 9.81;
      if (p.heightM === 0 && p.airResistance === false) expect(direct).toBeCloseTo((15 ** 2 * Math.sin((2 * a * Math.PI) / 180)) / g, 1);
    }
    expect(plots).toEqual([{ xColumn: 'angleDeg', yColumn: 'rangeM' }]);
    expect(printed.at(-1)).toBe(en['coding.example.projectileSweep.best'] + '45');
  });

  it('pendulum sweep: T² against L is a line of slope 4π²/g, so the program finds g ≈ 9.81 m/s²', async () => {
    const { error, printed, runner } = await runExample('pendulum-sweep');
    expect(error).toBeNull();
    const rows = runner.lab.table!.rows;
    expect(rows).toHaveLength(Math.round((PENDULUM_SWEEP.toM - PENDULUM_SWEEP.fromM) / PENDULUM_SWEEP.byM) + 1);
    const g = Number(printed.at(-1)!.slice(en['coding.example.pendulumSweep.g'].length));
    // Small-angle period T = 2π√(L/g) (Halliday §15.5); at 5° amplitude the period is longer by
    // θ0²/16 ≈ 0.05 % (Serway, large-amplitude series), so g from the slope is ≈ 0.1 % low.
    expect(g).toBeGreaterThan(9.81 * 0.998);
    expect(g).toBeLessThan(9.81 * 1.0);
  });
});
