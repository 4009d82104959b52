/**
 * Senior chemistry X1.2, 强酸与强碱的中和滴定, headless. Sources: 人教版 化学 选择性必修1 第三章第二节 "酸碱中和滴定"
 * (0.1000 mol/L NaOH into 20.00 mL of 0.1000 mol/L HCl: pH 4.30 after 19.98 mL and 9.70 after 20.02 mL, the jump
 * one drop wide; c(HCl) = c(NaOH)·V(NaOH)/V(HCl); 俯视终点读数 → 结果偏低, 仰视 → 偏高); Harris, Quantitative
 * Chemical Analysis, 9th ed., §11-1 (the same numbers from the charge balance).
 */
import { describe, expect, it } from 'vitest';
import { secretParams, visiblePart } from '../../bench/audience';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams, type ParamValues } from '../../core/params';
import { findCompound } from '../../titration/acids';
import { pHAt } from '../../titration/flask';
import { BURETTE } from '../burette-reading';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { TITRATION_SAMPLE_MOL_L, titrationPreset } from './titration';

const DT = 0.05;

function start(set: ParamValues = {}): BenchModel {
  const m = createWetModel(titrationPreset);
  m.reset({ ...defaultParams(presetMeta(titrationPreset, wetParts).params), ...set });
  return m;
}

function edit(m: BenchModel, id: string, props: Record<string, unknown>, move?: { xM: number; yM: number }): void {
  const setup: Setup = { ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, ...move, props: { ...p.props, ...props } as Setup['parts'][number]['props'] } : p)) };
  m.edit(setup);
}

/** Run for a time (rounded to whole steps); returns the events that came. */
function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

function runUntil(m: BenchModel, event: string, limitS: number): boolean {
  for (let t = 0; t < limitS; t += DT) if (m.step(DT).some((e) => e.name === event)) return true;
  return false;
}

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

/** Titrate with the tap at `tap` until the indicator turns; the volume used as the student reads it. */
function titrate(set: ParamValues, eye = 'level'): { usedMl: number; cHCl: number } {
  const m = start({ ...set, eye });
  const first = v(m, 'D1', 'readingMl');
  edit(m, 'D1', { tap: set.tap ?? 'slow' });
  expect(runUntil(m, 'endPoint', 1000)).toBe(true);
  edit(m, 'D1', { tap: 'closed' });
  const usedMl = v(m, 'D1', 'readingMl') - first;
  const naoh = Number(set.naohMolL ?? 0.1), sample = Number(set.sampleMl ?? 20);
  return { usedMl, cHCl: (naoh * usedMl) / sample };
}

describe('titration on the wet bench (X1.2)', () => {
  it('the unknown acid in the flask starts at pH −lg c (a strong acid is fully ionised)', () => {
    const m = start();
    runFor(m, 1);
    expect(v(m, 'F1', 'pHMeter')).toBeCloseTo(-Math.log10(TITRATION_SAMPLE_MOL_L), 2);
  });

  it('0.1000 mol/L NaOH into 20.00 mL of 0.1000 mol/L HCl: pH 4.30 at 19.98 mL and 9.70 at 20.02 mL (textbook table)', () => {
    const m = start({ sampleMolL: 0.1, startMl: 0 });
    edit(m, 'D1', { tap: 'fast' });
    runFor(m, 19); // 19.00 mL at 1 mL/s
    edit(m, 'D1', { tap: 'drop' });
    runFor(m, 19.6); // 0.98 mL at 0.05 mL/s
    expect(v(m, 'D1', 'levelMl')).toBeCloseTo(19.98, 6);
    expect(v(m, 'F1', 'pHMeter')).toBeCloseTo(4.3, 1);
    runFor(m, 0.8); // two drops more: 20.02 mL
    expect(v(m, 'F1', 'pHMeter')).toBeCloseTo(9.7, 1);
  });

  it('the flask follows the titration lab’s curve (the same charge-balance solver) all the way', () => {
    const m = start({ startMl: 0 });
    const lab = { analyte: findCompound('HCl'), analyteConcMolL: TITRATION_SAMPLE_MOL_L, analyteVolumeML: 20, titrant: findCompound('NaOH'), titrantConcMolL: 0.1 };
    edit(m, 'D1', { tap: 'slow' });
    for (const ml of [5, 15, 22, 22.9, 23.1, 24, 30]) {
      runFor(m, (ml - v(m, 'D1', 'levelMl')) / 0.25);
      expect(v(m, 'D1', 'levelMl')).toBeCloseTo(ml, 6);
      // Volumes add as the solutions' apparent molar volumes say, not exactly; the pH agrees to 0.02.
      expect(Math.abs(v(m, 'F1', 'pHMeter') - pHAt(lab, ml))).toBeLessThan(0.02);
    }
  });

  it('phenolphthalein turns at the equivalence point: c(HCl) = c(NaOH)·V(NaOH)/V(HCl) finds the mystery to 0.1 %', () => {
    const { usedMl, cHCl } = titrate({});
    // Equivalence: 20.00 mL × 0.1150 / 0.1000 = 23.00 mL; the slow tap overshoots by at most one step (0.0125 mL).
    expect(usedMl).toBeGreaterThanOrEqual(23.0);
    expect(usedMl).toBeLessThan(23.03);
    expect(Math.abs(cHCl / TITRATION_SAMPLE_MOL_L - 1)).toBeLessThan(0.001);
  });

  it('methyl orange turns a little before the equivalence point (its range, pH 3.1–4.4, lies below 7), still within 0.5 %', () => {
    const phenol = titrate({ indicator: 'phenolphthalein', tap: 'drop' });
    const orange = titrate({ indicator: 'methyl-orange', tap: 'drop' });
    expect(orange.usedMl).toBeLessThan(phenol.usedMl);
    expect(Math.abs(orange.cHCl / TITRATION_SAMPLE_MOL_L - 1)).toBeLessThan(0.005);
  });

  it('reading the final level from above gives too little titrant and c(HCl) low; from below, high (by π r³ tan 15°)', () => {
    const m = start();
    const first = v(m, 'D1', 'readingMl');
    edit(m, 'D1', { tap: 'slow' });
    runUntil(m, 'endPoint', 400);
    edit(m, 'D1', { tap: 'closed' });
    const level = v(m, 'D1', 'readingMl');
    edit(m, 'D1', { eye: 'above' });
    const above = v(m, 'D1', 'readingMl');
    edit(m, 'D1', { eye: 'below' });
    const below = v(m, 'D1', 'readingMl');
    const parallax = Math.PI * BURETTE.innerRadiusM ** 3 * Math.tan((15 * Math.PI) / 180) * 1e6;
    expect(parallax).toBeCloseTo(0.13, 2);
    expect(level - above).toBeCloseTo(parallax, 1);
    expect(below - level).toBeCloseTo(parallax, 1);
    const c = (read: number) => (0.1 * (read - first)) / 20;
    expect(c(above)).toBeLessThan(TITRATION_SAMPLE_MOL_L * 0.995);
    expect(c(below)).toBeGreaterThan(TITRATION_SAMPLE_MOL_L * 1.005);
  });

  it('with no flask under the tip the titrant runs onto the table: it is spilt, said so, and the flask stays acid', () => {
    const m = start();
    edit(m, 'F1', {}, { xM: 0.6, yM: 0.38 });
    edit(m, 'D1', { tap: 'fast' });
    const events = runFor(m, 5);
    expect(events).toContain('spilled');
    expect(v(m, 'D1', 'spilledMl')).toBeCloseTo(5, 6);
    expect(v(m, 'F1', 'pHMeter')).toBeCloseTo(0.94, 2);
    expect(m.diagnostics().map((d) => d.key)).toContain('wet.diag.buretteSpill');
  });

  it('the burette stops at its last mark (50.00 mL) and says it is empty', () => {
    const m = start({ sampleMl: 100, sampleMolL: 0.5 });
    edit(m, 'D1', { tap: 'fast' });
    const events = runFor(m, 60);
    expect(events).toContain('buretteEmpty');
    expect(v(m, 'D1', 'levelMl')).toBeCloseTo(50, 9);
    expect(v(m, 'D1', 'readingMl')).toBe(50);
  });

  it('the sample’s concentration is the teacher’s secret: a student’s copy of the flask does not hold it', () => {
    const flask = titrationPreset.setup.parts.find((p) => p.id === 'F1')!;
    expect(visiblePart(flask, 'student').props.sampleMolL).toBeUndefined();
    expect(visiblePart(flask, 'teacher').props.sampleMolL).toBe(TITRATION_SAMPLE_MOL_L);
    expect(secretParams(titrationPreset.params, titrationPreset.setup.parts, 'student')).toEqual(['sampleMolL']);
  });
});
