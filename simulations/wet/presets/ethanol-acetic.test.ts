/**
 * Senior chemistry B2.6, 乙醇、乙酸的主要性质, headless (人教版 化学 必修第二册 第七章第三节 实验7-4: 钠与乙醇反应缓慢地放出
 * 氢气, 比钠与水的反应缓和得多; 乙酸能使紫色石蕊溶液变红, 与 Na₂CO₃ 反应放出 CO₂). Stoichiometry: 0.05 g of Na (22.99
 * g/mol) gives 1.087 mmol of H₂ (2Na → H₂), 26.2 mL at 20 °C and 101.3 kPa; 3 mL of 5 % acetic acid (2.50 mmol) on
 * 0.2 g of Na₂CO₃ (1.89 mmol, in excess) gives 1.25 mmol of CO₂ (2CH₃COOH → CO₂), 30.1 mL. The copper wire (实验7-5, 乙醇的催化
 * 氧化: 铜丝灼烧变黑, 趁热插入乙醇中又变红, 反复几次, 闻到刺激性气味): CuO + CH₃CH₂OH = Cu + CH₃CHO + H₂O gives one mole of
 * acetaldehyde for each mole of black oxide reduced, and the copper (as metal and oxide) stays what it was: a catalyst.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams } from '../../core/params';
import { appearanceOf } from '../chem/appearance';
import { gasMolarVolumeMl, molarMassOf } from '../chem/species';
import { WIRE_G } from '../copper-wire';
import { FLAME_TIP_Y_M } from '../parts/alcohol-lamp';
import { COIL_Y_M } from '../parts/copper-wire';
import type { WetBenchEngine } from '../bench-engine';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { ethanolAceticPreset } from './ethanol-acetic';

const DT = 0.05;
const V_M = gasMolarVolumeMl(293.15, 101300);
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

function start(): BenchModel {
  const m = createWetModel(ethanolAceticPreset);
  m.reset(defaultParams(presetMeta(ethanolAceticPreset, wetParts).params));
  return m;
}

function edit(m: BenchModel, id: string, props: Record<string, unknown>, at?: { xM: number; yM: number }): void {
  m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, ...at, props: { ...p.props, ...props } as Setup['parts'][number]['props'] } : p)) });
}

function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

/** A spatula's bowl (5 cm right of its centre) 2 cm above a standing tube's mouth (9 cm above the tube's centre). */
const overTube = (m: BenchModel, tube: string) => {
  const t = m.setup.parts.find((p) => p.id === tube)!;
  return { xM: t.xM - 0.05, yM: t.yM - 0.11 };
};

describe('ethanol and acetic acid (B2.6) on the wet bench', () => {
  it('sodium in ethanol gives hydrogen slowly, in water fast; both give 2Na → H₂ in the end', () => {
    const m = start();
    edit(m, 'Y1', { tipped: true });
    edit(m, 'Y2', { tipped: true }, overTube(m, 'T2'));
    expect(runFor(m, 10)).toEqual(['fizzes']);
    const ethanol = v(m, 'T1', 'h2MadeMl'), water = v(m, 'T2', 'h2MadeMl');
    expect(water).toBeGreaterThan(10 * ethanol);
    expect(ethanol).toBeGreaterThan(0);
    const full = (0.05 / molarMassOf('Na(s)') / 2) * V_M;
    expect(water).toBeGreaterThan(0.8 * full);
    runFor(m, 60);
    expect(v(m, 'T2', 'h2MadeMl')).toBeCloseTo(full, 2);
    // The water warms (2Na + 2H₂O gives out 368 kJ per 2 mol of Na); the ethanol hardly.
    expect(v(m, 'T2', 'temperatureC')).toBeGreaterThan(v(m, 'T1', 'temperatureC') + 5);
    runFor(m, 900);
    expect(v(m, 'T1', 'h2MadeMl')).toBeCloseTo(full, 1);
  });

  it('acetic acid turns litmus red (pH paper 2) and fizzes with sodium carbonate, 2CH₃COOH → CO₂', () => {
    const m = start();
    expect(v(m, 'T3', 'pH')).toBeLessThanOrEqual(3);
    const litmus = appearanceOf((m.engine as WetBenchEngine).contentsOf('T3')!).liquid!;
    expect(litmus.r).toBeGreaterThan(litmus.b + 40);
    edit(m, 'Y3', { tipped: true }, overTube(m, 'T4'));
    runFor(m, 2);
    // 3 mL of 5 % acetic acid: 3 × 1.0 g/mL × 0.05 / 60.05 g/mol = 2.50 mmol.
    expect(v(m, 'T4', 'co2MadeMl')).toBeCloseTo(((3 * 0.05) / molarMassOf('CH3COOH(aq)') / 2) * V_M, 1);
  });

  /** Where W1 goes for its coil to be in the lamp's outer flame, or under the ethanol of T5 (1 cm above the tube's bottom). */
  const inFlame = (m: BenchModel) => {
    const lamp = m.setup.parts.find((p) => p.id === 'L1')!;
    return { xM: lamp.xM, yM: lamp.yM + FLAME_TIP_Y_M - COIL_Y_M };
  };
  const inEthanol = (m: BenchModel) => {
    const t = m.setup.parts.find((p) => p.id === 'T5')!;
    return { xM: t.xM, yM: t.yM + 0.09 - 0.01 - COIL_Y_M };
  };

  it('the copper wire turns black in the flame and red again in hot ethanol, one CH₃CHO for each CuO, the copper not used up', () => {
    const m = start();
    expect(v(m, 'W1', 'blackPct')).toBe(0);
    let aldehydeMg = 0;
    const events: string[] = [];
    for (let round = 0; round < 3; round++) {
      edit(m, 'W1', {}, inFlame(m));
      events.push(...runFor(m, 6));
      expect(v(m, 'W1', 'temperatureC')).toBeGreaterThan(500);
      expect(v(m, 'W1', 'blackPct')).toBe(100);
      const cuoMg = v(m, 'W1', 'cuoMg');
      expect(cuoMg).toBeGreaterThan(1);
      // 2Cu + O₂ = 2CuO: the copper's mass (as metal and oxide) is the wire's.
      expect(v(m, 'W1', 'copperG')).toBeCloseTo(WIRE_G, 9);
      edit(m, 'W1', {}, inEthanol(m));
      events.push(...runFor(m, 2));
      expect(v(m, 'W1', 'blackPct')).toBeLessThan(1);
      // CuO + CH₃CH₂OH = Cu + CH₃CHO + H₂O: as many moles of acetaldehyde as of oxide reduced.
      aldehydeMg += (cuoMg / molarMassOf('CuO(s)')) * molarMassOf('CH3CHO(g)');
      expect(v(m, 'W1', 'aldehydeMg')).toBeCloseTo(aldehydeMg - (v(m, 'W1', 'cuoMg') / molarMassOf('CuO(s)')) * molarMassOf('CH3CHO(g)'), 6);
      expect(v(m, 'W1', 'copperG')).toBeCloseTo(WIRE_G, 9);
    }
    expect(v(m, 'W1', 'dips')).toBe(3);
    expect(events).toEqual(['wireBlack', 'wireBright', 'aldehydeSmell']);
    // The hot wire warms the ethanol; the tube smells of acetaldehyde, and the bench says how to smell it.
    expect(v(m, 'T5', 'temperatureC')).toBeGreaterThan(21);
    expect(m.diagnostics().map((d) => `${d.key} ${d.parts.join()}`)).toContain('wet.diag.smell.acetaldehyde T5');
  });

  it('a black wire plunged into the ethanol cold stays black (趁热插入: the reduction needs the hot oxide)', () => {
    const m = start();
    edit(m, 'W1', {}, inFlame(m));
    runFor(m, 6);
    edit(m, 'W1', {}, { xM: 0.77, yM: 0.2 });
    runFor(m, 90);
    expect(v(m, 'W1', 'temperatureC')).toBeLessThan(25);
    const cuoMg = v(m, 'W1', 'cuoMg');
    edit(m, 'W1', {}, inEthanol(m));
    runFor(m, 2);
    expect(v(m, 'W1', 'blackPct')).toBe(100);
    expect(v(m, 'W1', 'cuoMg')).toBeGreaterThan(0.8 * cuoMg);
  });
});
