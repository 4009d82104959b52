/**
 * Senior chemistry B1.1, 配制一定物质的量浓度的溶液, headless. Sources: 人教版 化学 必修第一册 第二章第三节 and 实验活动1
 * (100 mL of 1.00 mol/L NaCl: m = 0.100 L × 1.00 mol/L × 58.5 g/mol = 5.85 g, 5.9 g on a tray balance; 误差分析:
 * 未洗涤烧杯和玻璃棒 → 偏低, 定容时俯视刻度线 → 偏高, 仰视 → 偏低); NaCl 58.44 g/mol (IUPAC atomic weights).
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams, type ParamValues } from '../../core/params';
import { createWetModel } from '../model';
import { FILM_ML, makeUpErrorMl, RINSE_ML } from '../molar-solution';
import { wetParts } from '../parts';
import { molarSolutionPreset } from './molar-solution';

const DT = 0.05;
const M_NACL = 58.44;

function start(set: ParamValues = {}): BenchModel {
  const m = createWetModel(molarSolutionPreset);
  m.reset({ ...defaultParams(presetMeta(molarSolutionPreset, wetParts).params), saltG: 5.9, ...set });
  return m;
}

function edit(m: BenchModel, id: string, props: Record<string, unknown>): void {
  m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, props: { ...p.props, ...props } as Setup['parts'][number]['props'] } : p)) });
}

function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

/** Weigh, dissolve (stirred for `stirS`), pour, rinse, make up; the concentration made. */
function make(opts: { rinses?: number; eye?: string; stirS?: number; sizeMl?: string } = {}): { m: BenchModel; c: number } {
  const m = start({ sizeMl: opts.sizeMl ?? '100' });
  edit(m, 'B1', { mixIn: true });
  runFor(m, opts.stirS ?? 60);
  edit(m, 'V1', { transferred: true, rinses: opts.rinses ?? 2, eye: opts.eye ?? 'level' });
  runFor(m, DT);
  edit(m, 'V1', { madeUp: true });
  runFor(m, DT);
  return { m, c: v(m, 'V1', 'concentrationMolL') };
}

describe('making 100 mL of 1.00 mol/L NaCl (B1.1)', () => {
  it('5.9 g balances 5 g of weights with the rider at 0.9 g; it dissolves in the beaker’s 40 mL while stirred', () => {
    const m = start();
    expect(v(m, 'W1', 'readingG')).toBe(5.9);
    expect(v(m, 'W1', 'balanced')).toBe(1);
    edit(m, 'B1', { mixIn: true });
    const events = runFor(m, 60);
    expect(events).toContain('saltDissolved');
    expect(v(m, 'B1', 'undissolvedG')).toBe(0);
  });

  it('done as the textbook says, c = n/V = (5.9 g / 58.44 g/mol) / 0.100 L = 1.010 mol/L, short only by what two rinses leave', () => {
    const { m, c } = make();
    expect(v(m, 'V1', 'liquidMl')).toBeCloseTo(100, 9);
    // What stays in the beaker: the film's share of the solution, times 1/11 per rinse (1 mL film, 10 mL rinses).
    const beakerMl = 40 + 16.6 * (5.9 / M_NACL); // water plus NaCl's apparent molar volume (Millero 1970)
    const kept = (FILM_ML / beakerMl) * (FILM_ML / (FILM_ML + RINSE_ML)) ** 2;
    expect(c).toBeCloseTo((5.9 / M_NACL / 0.1) * (1 - kept), 4);
    expect(Math.abs(c / 1.0 - 1)).toBeLessThan(0.011); // 5.9 g for the 5.85 g the calculation asks: 0.9 % high
    expect(m.diagnostics()).toEqual([]);
  });

  it('without rinsing the beaker and rod the concentration is low (未洗涤 → 偏低), by the film’s share', () => {
    const good = make().c;
    const { m, c } = make({ rinses: 0 });
    expect(c).toBeLessThan(good);
    expect(1 - c / good).toBeGreaterThan(0.02);
    expect(m.diagnostics().map((d) => d.key)).toContain('wet.diag.notRinsed');
  });

  it('making up with the eye above the mark makes it high (俯视 → 偏高), below it low (仰视 → 偏低), by π r³ tan 15° of the volume', () => {
    const level = make().c;
    const above = make({ eye: 'above' });
    const below = make({ eye: 'below' });
    expect(above.c).toBeGreaterThan(level);
    expect(below.c).toBeLessThan(level);
    // 13 mm neck: π (6.5 mm)³ tan 15° = 0.23 mL of 100 mL.
    expect(-makeUpErrorMl(100, 'above')).toBeCloseTo(0.231, 3);
    expect(above.c / level).toBeCloseTo(100 / (100 - 0.231), 5);
    expect(below.c / level).toBeCloseTo(100 / (100 + 0.231), 5);
    expect(above.m.diagnostics().map((d) => d.key)).toContain('wet.diag.markEyeAbove');
  });

  it('pouring before the salt has dissolved leaves salt behind: less in the flask, c low, and the bench says why', () => {
    const { m, c } = make({ stirS: 2 });
    expect(v(m, 'V1', 'saltG')).toBeLessThan(5.5);
    expect(c).toBeLessThan(0.95);
    expect(m.diagnostics().map((d) => d.key)).toContain('wet.diag.saltLeft');
  });

  it('a 250 mL flask holds 250 mL at the mark: the same salt gives 2/5 of the concentration', () => {
    const small = make().c;
    const big = make({ sizeMl: '250' });
    expect(v(big.m, 'V1', 'liquidMl')).toBeCloseTo(250, 9);
    expect(big.c / small).toBeCloseTo(0.4, 4);
  });
});
