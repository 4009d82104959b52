/**
 * Removing the sand from coarse salt (junior chemistry 6; 人教版 化学 九年级下册 第十一单元 实验活动8), the preset
 * run headless: every gram of salt and sand accounted for (mass conservation), the yield as the textbook defines
 * it (精盐的质量 ÷ 粗盐的质量 × 100%), and the mistakes it warns about (一贴二低三靠; 蒸发时出现较多固体即停止加热).
 * NaCl solubility 36.0 g / 100 g water at 20 °C, 39.8 at 100 °C (人教版 九年级下册 第九单元 表9-1).
 */
import { describe, expect, it, vi } from 'vitest';
import type { BenchModel } from '../bench/bench-model';
import { presetMeta } from '../bench/preset';
import type { Setup } from '../bench/setup';
import { defaultParams, type ParamValues } from '../core/params';
import { createWetModel } from './model';
import { wetParts } from './parts';
import { coarseSaltPreset } from './presets/coarse-salt';

const DT = 0.05;
vi.setConfig({ testTimeout: 60_000 });

function start(set: ParamValues = {}): BenchModel {
  const m = createWetModel(coarseSaltPreset);
  m.reset({ ...defaultParams(presetMeta(coarseSaltPreset, wetParts).params), saltG: 5, waterMl: 15, ...set });
  return m;
}

function runUntil(m: BenchModel, event: string, limitS: number): number {
  for (let t = 0; t < limitS; t += DT) if (m.step(DT).some((e) => e.name === event)) return m.timeS;
  return NaN;
}

function runFor(m: BenchModel, s: number): string[] {
  const seen: string[] = [];
  for (let t = 0; t < s - 1e-9; t += DT) for (const e of m.step(DT)) seen.push(e.name);
  return seen;
}

function editPart(m: BenchModel, id: string, props: Record<string, unknown>, move?: { xM: number; yM: number }): void {
  const setup: Setup = { ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, ...move, props: { ...p.props, ...props } as Setup['parts'][number]['props'] } : p)) };
  m.edit(setup);
}

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
/** The beaker held just above the funnel's rim (rim 4 cm above the funnel's centre; the beaker's bottom 4.75 cm below its own). */
const OVER_FUNNEL = { xM: 0.58, yM: 0.24 - 0.04 - 0.01 - 0.0475 };
/** The dish over the lamp: its bottom (1.5 cm below its centre) 0.5 cm under the flame's tip (7.5 cm above the lamp's centre). */
const ON_LAMP = { xM: 0.72, yM: 0.415 - 0.075 - 0.005 - 0.015 };

/** Dissolve, filter, and evaporate until much solid has appeared; `keepHeating` seconds more before the lamp goes out. */
function perform(m: BenchModel, keepHeatingS = 0): { filteredAt: number; muchSolidAt: number } {
  editPart(m, 'B1', { mixIn: true });
  runFor(m, 60);
  editPart(m, 'B1', {}, OVER_FUNNEL);
  const filteredAt = runUntil(m, 'filtered', 400);
  editPart(m, 'B1', {}, { xM: 0.42, yM: 0.4025 });
  editPart(m, 'D1', {}, ON_LAMP);
  editPart(m, 'L1', { lit: true });
  const muchSolidAt = runUntil(m, 'muchSolid', 1500);
  runFor(m, keepHeatingS);
  editPart(m, 'L1', { lit: false });
  runFor(m, 10);
  return { filteredAt, muchSolidAt };
}

/** All the salt on the bench: beaker, paper, dish, thrown out of the dish, spilt. */
const saltEverywhere = (m: BenchModel) => v(m, 'B1', 'saltG') + v(m, 'F1', 'saltOnPaperG') + v(m, 'D1', 'productTrueG') - v(m, 'D1', 'sandG') + v(m, 'D1', 'spatteredG') + v(m, 'F1', 'spiltG');

describe('removing the sand from coarse salt (junior chemistry 6)', () => {
  it('5.0 g of coarse salt with 10 % sand: all 4.5 g of salt dissolves in 15 mL, the sand stays on the paper, the yield is salt/coarse salt', () => {
    const m = start();
    editPart(m, 'B1', { mixIn: true });
    runFor(m, 60);
    // 15 g of water holds 5.4 g at 20 °C: all 4.5 g dissolves; the 0.5 g of sand does not.
    expect(v(m, 'B1', 'undissolvedG')).toBeLessThan(1e-6);
    expect(v(m, 'B1', 'sandG')).toBeCloseTo(0.5, 9);
    const m2 = start();
    const { filteredAt, muchSolidAt } = perform(m2);
    expect(filteredAt).toBeGreaterThan(15 / 0.5); // the paper lets 0.5 mL/s through: at least 30 s for 15 mL
    expect(muchSolidAt).toBeGreaterThan(0);
    expect(v(m2, 'F1', 'sandOnPaperG')).toBeCloseTo(0.5, 9);
    expect(v(m2, 'D1', 'sandG')).toBe(0);
    expect(v(m2, 'D1', 'spatteredG')).toBe(0);
    // Mass conservation: every gram of the 4.5 g of salt is somewhere.
    expect(saltEverywhere(m2)).toBeCloseTo(4.5, 9);
    // The wet paper keeps 0.8 mL of the solution: the product is short by that share of the salt.
    const onPaper = v(m2, 'F1', 'saltOnPaperG');
    expect(onPaper).toBeGreaterThan(0.1);
    expect(onPaper).toBeLessThan(0.4);
    expect(v(m2, 'D1', 'productTrueG')).toBeCloseTo(4.5 - onPaper, 9);
    expect(v(m2, 'D1', 'productG')).toBe(Math.round((4.5 - onPaper) * 10) / 10);
    expect(v(m2, 'D1', 'yieldPct')).toBeCloseTo((100 * v(m2, 'D1', 'productG')) / 5, 9);
  });

  it('a torn filter paper lets the sand into the dish: the "salt" weighs more and is not pure', () => {
    const m = start({ paper: 'torn' });
    perform(m);
    expect(v(m, 'D1', 'sandG')).toBeGreaterThan(0.4);
    expect(v(m, 'F1', 'sandThroughG') + v(m, 'F1', 'sandOnPaperG')).toBeCloseTo(0.5, 9);
    expect(m.diagnostics().some((d) => d.key === 'wet.diag.paperTorn')).toBe(true);
    expect(saltEverywhere(m)).toBeCloseTo(4.5, 9);
  });

  it('poured straight in, not along the rod: the liquid rises above the paper’s edge and carries sand round it', () => {
    const m = start({ pour: 'straight' });
    perform(m);
    expect(v(m, 'D1', 'sandG')).toBeGreaterThan(0.05);
    expect(v(m, 'D1', 'sandG') + v(m, 'F1', 'sandOnPaperG')).toBeCloseTo(0.5, 9);
    expect(saltEverywhere(m)).toBeCloseTo(4.5, 9);
  });

  it('heated on to dryness the salt spatters out of the dish: a lower yield', () => {
    const good = start();
    perform(good);
    const dry = start();
    perform(dry, 240);
    expect(v(dry, 'D1', 'waterLeftG')).toBe(0);
    expect(v(dry, 'D1', 'spatteredG')).toBeGreaterThan(0.1);
    expect(v(dry, 'D1', 'productTrueG')).toBeLessThan(v(good, 'D1', 'productTrueG') - 0.1);
    expect(dry.diagnostics().some((d) => d.key === 'wet.diag.spattering')).toBe(true);
    expect(saltEverywhere(dry)).toBeCloseTo(4.5, 9);
  });
});
