/**
 * Senior chemistry B2.4, 化学反应速率的影响因素, headless. Sources: 人教版 化学 必修第二册 第六章第二节 (the rate
 * grows with concentration, temperature, the solid's surface, and with a catalyst; 实验活动7); CaCO₃ + 2HCl =
 * CaCl₂ + H₂O + CO₂ and 2H₂O₂ = 2H₂O + O₂ (MnO₂ catalyst); the ideal gas law for the volumes (R = 8.314 J/(mol·K));
 * Arrhenius, k₂/k₁ = exp(−Ea/R·(1/T₂ − 1/T₁)) with the engine's Ea = 40 kJ/mol for marble in acid.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import { defaultParams, type ParamValues } from '../../core/params';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { solutionDensityGPerMl } from '../reagents';
import { reactionRatePreset } from './reaction-rate';

const DT = 0.05;
const R = 8.314;

function run(set: ParamValues, seconds: number): BenchModel {
  const m = createWetModel(reactionRatePreset);
  m.reset({ ...defaultParams(presetMeta(reactionRatePreset, wetParts).params), ...set });
  for (let i = 0; i < Math.round(seconds / DT); i++) m.step(DT);
  return m;
}

const gas = (m: BenchModel) => m.engine.value('G1', 'gasMl');
/** Gas in the syringe after a few seconds: the initial rate (the acid and the chips hardly used up yet). */
const early = (set: ParamValues) => gas(run(set, 5));

describe('what affects the rate of a reaction (B2.4)', () => {
  it('0.30 g of marble powder in excess acid gives 0.0030 mol of CO2: 72 mL at 20 °C and 101.3 kPa in the syringe, read to 1 mL', () => {
    const m = run({ marbleG: 0.3, marbleGrain: 'powder' }, 120);
    const expected = ((0.3 / 100.09) * R * 293.15) / 101300 * 1e6;
    expect(expected).toBeCloseTo(72.1, 1);
    expect(gas(m)).toBeCloseTo(expected, 0);
    expect(m.engine.value('G1', 'readingMl')).toBe(Math.round(gas(m)));
  });

  it('twice the concentration of acid, twice the initial rate (first order in the acid)', () => {
    const c = (pct: number) => (pct / 100) * solutionDensityGPerMl('HCl(aq)', pct / 100);
    const ratio = early({ hclPercent: 10 }) / early({ hclPercent: 5 });
    expect(ratio).toBeCloseTo(c(10) / c(5), 1);
  });

  it('warmed from 20 °C to 40 °C the acid reacts about 2.8 times as fast (Arrhenius, Ea 40 kJ/mol)', () => {
    const arrhenius = Math.exp((-40000 / R) * (1 / 313.15 - 1 / 293.15));
    expect(arrhenius).toBeCloseTo(2.85, 2);
    const ratio = gas(run({ startC: 40 }, 1)) / gas(run({ startC: 20 }, 1));
    expect(Math.abs(ratio / arrhenius - 1)).toBeLessThan(0.05);
  });

  it('powder reacts far faster than chips of the same mass (its grains have 50 times the surface)', () => {
    expect(early({ marbleGrain: 'powder' }) / early({ marbleGrain: 'chips' })).toBeGreaterThan(20);
  });

  it('hydrogen peroxide gives almost no oxygen without manganese dioxide and a steady stream with it; the catalyst is not used up', () => {
    const peroxide = { marbleG: 0, hclMl: 0, h2o2Ml: 4, h2o2Percent: 5 };
    expect(gas(run({ ...peroxide, mno2G: 0 }, 60))).toBeLessThan(0.5);
    const m = run({ ...peroxide, mno2G: 0.5 }, 60);
    expect(gas(m)).toBeGreaterThan(20);
    expect(m.engine.value('F1', 'mno2G')).toBe(0.5);
  });

  it('records a rising volume–time series whose slope falls as the acid and marble are used up', () => {
    const m = createWetModel(reactionRatePreset);
    m.reset(defaultParams(presetMeta(reactionRatePreset, wetParts).params)); // 2 g of chips, 20 mL of 10 % acid
    const series: number[] = [];
    for (let i = 1; i <= 120 / DT; i++) {
      m.step(DT);
      if (i % (20 / DT) === 0) series.push(gas(m));
    }
    const steps = series.map((v, i) => v - (series[i - 1] ?? 0));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]);
    expect(series[0]).toBeGreaterThan(10);
  });
});
