/**
 * Senior chemistry B2.3, 化学能转化成电能, headless (人教版 化学 必修第二册 第六章第一节 实验6-3: 锌片上有气泡，铜片上
 * 没有；用导线连接后铜片上有气泡产生，电流表指针偏转; 实验活动6: 两极材料相同或乙醇（非电解质）时不能形成原电池).
 * Figures: E = 0.76 V (E°(Zn²⁺/Zn) = −0.762 V, CRC), R = 0.03 m / (20.9 S/m × 2e-4 m²) = 7.2 Ω (κ of 5 % H₂SO₄, CRC), the
 * meter 5 Ω: I = 0.762 / 12.18 = 62.6 mA; hydrogen at the copper I/(2F) (Faraday), 24.06 L/mol at 20 °C.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams, type ParamValues } from '../../core/params';
import { FARADAY } from '../chem/kinetics';
import { gasMolarVolumeMl } from '../chem/species';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { cellPreset } from './cell';

const DT = 0.05;
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

function start(set: ParamValues = {}): BenchModel {
  const m = createWetModel(cellPreset);
  m.reset({ ...defaultParams(presetMeta(cellPreset, wetParts).params), ...set });
  return m;
}

function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

const wire = (a: string, ta: string, b: string, tb: string, id: string): Setup['links'][number] => ({ id, from: { part: a, terminal: ta }, to: { part: b, terminal: tb } });
const throughMeter = (m: BenchModel, zincTo = '-', otherTo = '+') => m.edit({ ...m.setup, links: [wire('M1', 'clip', 'A1', zincTo, 'w1'), wire('M2', 'clip', 'A1', otherTo, 'w2')] });

describe('a zinc–copper cell in dilute sulfuric acid (B2.3)', () => {
  it('not joined: bubbles on the zinc only, the pointer at zero', () => {
    const m = start();
    const events = runFor(m, 10);
    expect(v(m, 'M1', 'h2Ml')).toBeGreaterThan(0.1);
    expect(v(m, 'M2', 'h2Ml')).toBe(0);
    expect(v(m, 'A1', 'currentMa')).toBe(0);
    expect(events).toEqual([]);
  });

  it('through the meter: 62.6 mA, zinc the negative pole, hydrogen on the copper at I/(2F)', () => {
    const m = start();
    throughMeter(m);
    const events = runFor(m, 10);
    expect(v(m, 'A1', 'trueMa')).toBeCloseTo((0.762 / (0.03 / (20.9 * 2e-4) + 5)) * 1000, 0);
    expect(v(m, 'A1', 'currentMa')).toBe(63);
    const expectedMl = ((v(m, 'A1', 'trueMa') / 1000 / (2 * FARADAY)) * 10 * gasMolarVolumeMl(293.15, 101300));
    expect(v(m, 'M2', 'h2Ml')).toBeCloseTo(expectedMl, 3);
    expect(events).toContain('pointerMoves');
    expect(events).toContain('bubblesOnCopper');
    // Wired the other way round, the pointer swings the other way.
    const r = start();
    throughMeter(r, '+', '-');
    runFor(r, 1);
    expect(v(r, 'A1', 'currentMa')).toBe(-63);
  });

  it('wired clip to clip without the meter: more current (7.2 Ω only), more hydrogen on the copper', () => {
    const a = start(), b = start();
    throughMeter(a);
    b.edit({ ...b.setup, links: [wire('M1', 'clip', 'M2', 'clip', 'w')] });
    runFor(a, 10);
    runFor(b, 10);
    expect(v(b, 'M2', 'h2Ml') / v(a, 'M2', 'h2Ml')).toBeCloseTo((7.18 + 5) / 7.18, 1);
  });

  it('two zinc strips, or ethanol instead of acid: no current', () => {
    const zz = start({ secondMetal: 'zinc' });
    throughMeter(zz);
    runFor(zz, 5);
    expect(v(zz, 'A1', 'trueMa')).toBe(0);
    expect(v(zz, 'M2', 'h2Ml')).toBeGreaterThan(0); // each zinc strip reacts with the acid on its own
    const eth = start({ liquid: 'ethanol' });
    throughMeter(eth);
    const events = runFor(eth, 5);
    expect(v(eth, 'A1', 'trueMa')).toBe(0);
    expect(v(eth, 'M1', 'h2Ml')).toBe(0);
    expect(events).toEqual([]);
  });
});
