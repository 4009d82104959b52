/**
 * Senior chemistry X1.4, 简单的电镀实验, headless (人教版 化学 选择性必修1 第四章第二节 电解原理的应用 · 电镀, 实验活动4).
 * Reference: Faraday's law, m = I·t·M/(zF) (人教版 选择性必修1 第四章第二节; Atkins, Physical Chemistry, "Electrolysis"),
 * F = 96 485.33 C/mol (CODATA 2018), M(Cu) = 63.546, M(Fe) = 55.845 g/mol (IUPAC 2021); in copper plating with a
 * copper anode the bath's Cu²⁺ stays the same (教材: 电镀时电解质溶液的浓度保持不变); with the piece on + it dissolves.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams, type ParamValues } from '../../core/params';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { electroplatingPreset } from './electroplating';

const DT = 0.05;
const F = 96485.33212;
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

function start(set: ParamValues = {}): BenchModel {
  const m = createWetModel(electroplatingPreset);
  m.reset({ ...defaultParams(presetMeta(electroplatingPreset, wetParts).params), ...set });
  return m;
}

function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

const moveTo = (m: BenchModel, id: string, xM: number, yM: number) => m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, xM, yM } : p)) });
const setProp = (m: BenchModel, id: string, prop: string, value: boolean | number) => m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, props: { ...p.props, [prop]: value } } : p)) });
const wire = (a: string, ta: string, b: string, tb: string, id: string): Setup['links'][number] => ({ id, from: { part: a, terminal: ta }, to: { part: b, terminal: tb } });
/** The piece (M2) to the supply's `pieceTo` post, the copper (M1) to the other. */
const wireUp = (m: BenchModel, pieceTo: '+' | '-' = '-') => m.edit({ ...m.setup, links: [wire('M2', 'clip', 'U1', pieceTo, 'w1'), wire('M1', 'clip', 'U1', pieceTo === '-' ? '+' : '-', 'w2')] });

/** Degrease for `degreaseS` in B2 (skipped at 0), stand in the bath, wire, plate for `plateS` at the set current, lift out onto the balance. */
function plate(m: BenchModel, degreaseS: number, plateS: number, pieceTo: '+' | '-' = '-'): { events: string[] } {
  if (degreaseS > 0) {
    moveTo(m, 'M2', 0.12, 0.3725);
    runFor(m, degreaseS);
  }
  moveTo(m, 'M2', 0.315, 0.3725);
  wireUp(m, pieceTo);
  setProp(m, 'U1', 'on', true);
  const events = runFor(m, plateS);
  setProp(m, 'U1', 'on', false);
  runFor(m, 1);
  moveTo(m, 'M2', 0.66, 0.36);
  runFor(m, 1);
  return { events };
}

describe('copper-plating an iron piece (X1.4)', () => {
  it('degreased, 0.30 A for 5 min: the piece gains I·t·M(Cu)/(2F) = 29.6 mg, the copper loses as much, Cu²⁺ unchanged', () => {
    const m = start();
    const before = v(m, 'EB1', 'readingG');
    expect(before).toBeCloseTo(0.4 * 7.87, 3); // 1 cm × 8 cm × 0.5 mm of iron
    const copperBefore = v(m, 'M1', 'massG'), cu2Before = v(m, 'B1', 'copperIIMolL');
    const { events } = plate(m, 60, 300);
    const faradayG = (0.3 * 300 * 63.546) / (2 * F);
    expect(faradayG).toBeCloseTo(0.02964, 5);
    expect(v(m, 'U1', 'ammeterA')).toBe(0); // switched off
    // Two readings to 0.001 g: within 0.001 g of what held (the 1 % left on the oil after a minute's degreasing fell off).
    const held = faradayG * (1 - v(m, 'M2', 'loosePct') / 100);
    expect(Math.abs(v(m, 'EB1', 'readingG') - before - held)).toBeLessThanOrEqual(0.001 + 1e-9);
    expect(held / faradayG).toBeGreaterThan(0.98);
    expect(copperBefore - v(m, 'M1', 'massG')).toBeCloseTo(faradayG, 6);
    expect(v(m, 'B1', 'copperIIMolL')).toBeCloseTo(cu2Before, 9);
    expect(v(m, 'M2', 'loosePct')).toBeLessThan(5);
    expect(m.diagnostics().map((d) => d.key)).not.toContain('wet.diag.platingPatchy');
    expect(events).toEqual(expect.arrayContaining(['currentFlows', 'copperOnPiece']));
  });

  it('the ammeter reads the set current while on, to 0.01 A', () => {
    const m = start({ currentA: 0.45 });
    moveTo(m, 'M2', 0.315, 0.3725);
    wireUp(m);
    setProp(m, 'U1', 'on', true);
    runFor(m, 1);
    expect(v(m, 'U1', 'ammeterA')).toBeCloseTo(0.45, 6);
  });

  it('not degreased, or degreased in cold soda solution: the copper is patchy and most of it falls off', () => {
    const oily = start();
    const before = v(oily, 'EB1', 'readingG');
    plate(oily, 0, 300);
    const faradayG = (0.3 * 300 * 63.546) / (2 * F);
    expect(v(oily, 'M2', 'loosePct')).toBeCloseTo(60, 0);
    expect(v(oily, 'EB1', 'readingG') - before).toBeCloseTo(0.4 * faradayG, 3);
    expect(oily.diagnostics().map((d) => d.key)).toContain('wet.diag.platingPatchy');
    // 20 °C instead of 70 °C: degreasing ~20 times slower (Ea 50 kJ/mol), a minute leaves most of the oil.
    const cold = start({ sodaC: 20 });
    plate(cold, 60, 300);
    expect(v(cold, 'M2', 'loosePct')).toBeGreaterThan(40);
  });

  it('the piece on + instead: it dissolves (Fe − 2e⁻ = Fe²⁺, I·t·M(Fe)/(2F)), the copper strip is plated, Cu²⁺ falls', () => {
    const m = start();
    const before = v(m, 'EB1', 'readingG'), copperBefore = v(m, 'M1', 'massG'), cu2Before = v(m, 'B1', 'copperIIMolL');
    const { events } = plate(m, 60, 300, '+');
    const molMoved = (0.3 * 300) / (2 * F);
    expect(before - v(m, 'EB1', 'readingG')).toBeCloseTo(molMoved * 55.845, 3);
    expect(v(m, 'M1', 'massG') - copperBefore).toBeCloseTo(molMoved * 63.546, 6);
    expect(cu2Before - v(m, 'B1', 'copperIIMolL')).toBeGreaterThan(0);
    expect(v(m, 'B1', 'ironIIMolL')).toBeGreaterThan(0);
    expect(events).toContain('pieceDissolves');
    expect(m.diagnostics().map((d) => d.key)).toContain('wet.diag.pieceOnPlus');
  });

  it('water instead of copper sulfate: the ammeter stays at 0, nothing is plated', () => {
    const m = createWetModel(electroplatingPreset);
    m.reset(defaultParams(presetMeta(electroplatingPreset, wetParts).params));
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'B1' ? { ...p, props: { ...p.props, liquid: 'water' } } : p)) });
    plate(m, 60, 60);
    expect(v(m, 'M2', 'platedMg')).toBe(0);
  });
});
