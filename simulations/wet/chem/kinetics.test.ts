import { describe, expect, it } from 'vitest';
import { amountOf, changeAmount, emptyContents, type Contents } from './contents';
import { FARADAY, rateOf, reactStep, type ReactionEnv } from './kinetics';
import { reaction } from './reactions';
import { GAS_CONSTANT, molarMassOf } from './species';

const K = 273.15;
const env = (over: Partial<ReactionEnv> = {}): ReactionEnv => ({ gas: emptyContents(K + 20), pressurePa: 101325, burning: new Set(), ...over });

/** 50 mL of hydrochloric acid at c mol/L with `grams` of marble of grain d metres. */
function marble(cMolL: number, grams: number, grainM: number, tC = 20): Contents {
  const c = emptyContents(K + tC);
  changeAmount(c, 'H2O(l)', 50 / 18.015);
  changeAmount(c, 'HCl(aq)', cMolL * 0.05);
  changeAmount(c, 'CaCO3(s)', grams / molarMassOf('CaCO3(s)'), grainM);
  return c;
}

describe('rates follow concentration, surface area, temperature and catalysts', () => {
  const r = reaction('marble-hcl');

  it('first order in the acid: twice the concentration, twice the initial rate', () => {
    const a = rateOf(r, marble(1, 10, 5e-3), env());
    const b = rateOf(r, marble(2, 10, 5e-3), env());
    // The acid's volume slightly changes the liquid's volume (18 mL/mol): compare per concentration.
    expect(b / a).toBeCloseTo(2, 1);
  });

  it('powder reacts faster than chips in proportion to the surface 6V/d: 5 mm chips vs 0.1 mm powder, 50×', () => {
    const chips = rateOf(r, marble(2, 10, 5e-3), env());
    const powder = rateOf(r, marble(2, 10, 1e-4), env());
    expect(powder / chips).toBeCloseTo(50, 6);
  });

  it('warmer is faster by the Arrhenius factor exp(Ea/R (1/T1 − 1/T2)): 20 → 40 °C with Ea 40 kJ/mol, ×2.7', () => {
    const cold = rateOf(r, marble(2, 10, 5e-3, 20), env());
    const warm = rateOf(r, marble(2, 10, 5e-3, 40), env());
    expect(warm / cold).toBeCloseTo(Math.exp((40000 / GAS_CONSTANT) * (1 / (K + 20) - 1 / (K + 40))), 9);
  });

  it('hydrogen peroxide gives oxygen fast with MnO2 and barely without; the MnO2 is not used up', () => {
    const make = (mno2G: number) => {
      const c = emptyContents(K + 20);
      changeAmount(c, 'H2O(l)', 20 / 18.015);
      changeAmount(c, 'H2O2(aq)', (20 * 0.05) / 34.01); // 5 % by mass in 20 mL: 0.0294 mol
      if (mno2G) changeAmount(c, 'MnO2(s)', mno2G / molarMassOf('MnO2(s)'), 1e-5);
      return c;
    };
    const withCat = make(0.5), without = make(0);
    const gasA = emptyContents(K + 20), gasB = emptyContents(K + 20);
    for (let i = 0; i < 120; i++) {
      reactStep(withCat, env({ gas: gasA }), 1);
      reactStep(without, env({ gas: gasB }), 1);
    }
    expect(amountOf(gasA, 'O2(g)')).toBeGreaterThan(1000 * amountOf(gasB, 'O2(g)'));
    expect(amountOf(withCat, 'MnO2(s)')).toBeCloseTo(0.5 / molarMassOf('MnO2(s)'), 12);
  });

  it('with marble in excess the acid decays as c0·e^{−kAt} (first order, closed form) and CO2 follows', () => {
    // A big excess of fine marble keeps its surface nearly constant; compare with the closed form.
    const c = marble(1, 200, 5e-3);
    const n0 = amountOf(c, 'HCl(aq)');
    const V = n0 / 1; // litres of liquid at c0 = 1 mol/L (the acid's own volume included)
    const kA = rateOf(r, c, env()) / (n0 / V); // mol/s per mol/L
    const gas = emptyContents(K + 20);
    const e = env({ gas });
    for (let t = 0; t < 60; t++) reactStep(c, e, 1);
    // dn/dt = −2 · kA · n / V (two HCl per reaction; the surface barely changes with this much marble).
    const expected = n0 * Math.exp((-2 * kA * 60) / V);
    expect(amountOf(c, 'HCl(aq)') / expected).toBeGreaterThan(0.97);
    expect(amountOf(c, 'HCl(aq)') / expected).toBeLessThan(1.03);
    expect(amountOf(gas, 'CO2(g)')).toBeCloseTo((n0 - amountOf(c, 'HCl(aq)')) / 2, 9);
  });

  it('electrolysis makes gas at I/(zF): 4 electrons per 2 H2O → 2 H2 + O2, so H2 : O2 = 2 : 1', () => {
    const c = emptyContents(K + 20);
    changeAmount(c, 'H2O(l)', 5);
    const gas = emptyContents(K + 20);
    reactStep(c, env({ gas, currentA: { 'water-electrolysis': 0.5 } }), 600);
    const q = 0.5 * 600;
    expect(amountOf(gas, 'H2(g)')).toBeCloseTo(q / (2 * FARADAY), 12);
    expect(amountOf(gas, 'O2(g)')).toBeCloseTo(q / (4 * FARADAY), 12);
    expect(amountOf(gas, 'H2(g)') / amountOf(gas, 'O2(g)')).toBeCloseTo(2, 12);
  });
});

describe('burning needs fuel, oxygen and the ignition temperature', () => {
  it('sulfur burns in oxygen and makes SO2 mole for mole; it stops when the oxygen is used', () => {
    const spoon = emptyContents(K + 300);
    changeAmount(spoon, 'S(s)', 0.2 / 32.06, 1e-3);
    const jar = emptyContents(K + 20);
    changeAmount(jar, 'O2(g)', 0.002);
    for (let i = 0; i < 600; i++) reactStep(spoon, env({ gas: jar, burning: new Set(['S(s)']) }), 0.5);
    // S + O2 → SO2: the oxygen runs down to the fraction where the flame goes out.
    expect(amountOf(jar, 'SO2(g)') + amountOf(jar, 'O2(g)')).toBeCloseTo(0.002, 12);
    expect(amountOf(jar, 'SO2(g)')).toBeGreaterThan(0.0015);
  });
});
