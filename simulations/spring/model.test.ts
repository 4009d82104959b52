import { describe, expect, it } from 'vitest';
import { validateParams, type ParamValues } from '../core/params';
import { runSimulation } from '../core/runner';
import { springMeta } from './meta';
import { SpringModel } from './model';

function params(raw: Record<string, unknown>): ParamValues {
  const r = validateParams(springMeta.params, raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.values;
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('spring period', () => {
  // Simple harmonic oscillator: T = 2π√(m/k), independent of amplitude and of g (Halliday, Resnick &
  // Walker, Fundamentals of Physics, ch. 15 "Oscillations"; a vertical spring oscillates about mg/k).
  for (const c of [
    { springConstantNpm: 20, massKg: 0.5 },
    { springConstantNpm: 300, massKg: 0.05 },
    { springConstantNpm: 2, massKg: 8, gravity: 'moon' },
  ]) {
    it(`T = 2π√(m/k) within 0.1% for k=${c.springConstantNpm} N/m, m=${c.massKg} kg`, () => {
      const m = new SpringModel();
      m.reset(params({ ...c, displacementM: 0.2 }));
      expect(runSimulation(m, { untilEvent: 'period', maxTimeS: 100 }).reachedEvent).toBe(true);
      expect(rel(m.measure().periodS, 2 * Math.PI * Math.sqrt(c.massKg / c.springConstantNpm))).toBeLessThan(1e-3);
    });
  }

  it('damped period is 2π/ω_d with ω_d = √(k/m − (b/2m)²) (underdamped oscillator)', () => {
    const m = new SpringModel();
    m.reset(params({ springConstantNpm: 20, massKg: 0.5, dampingKgps: 0.8, displacementM: 0.3 }));
    runSimulation(m, { untilEvent: 'period' });
    const wd = Math.sqrt(20 / 0.5 - (0.8 / 1) ** 2);
    expect(rel(m.measure().periodS, (2 * Math.PI) / wd)).toBeLessThan(1e-3);
  });
});

describe('spring energy', () => {
  for (const dampingKgps of [0, 0.5]) {
    it(`total energy (incl. thermal) conserved within 0.01% over 100 periods, b = ${dampingKgps} kg/s`, () => {
      const m = new SpringModel();
      m.reset(params({ springConstantNpm: 20, massKg: 0.5, dampingKgps, displacementM: 0.25 }));
      const e0 = m.measure();
      // At release: ½k(mg/k + u0)² − m g u0 (gravitational energy zero at equilibrium).
      const ext0 = (0.5 * 9.81) / 20 + 0.25;
      expect(rel(e0.totalEnergyJ, 0.5 * 20 * ext0 * ext0 - 0.5 * 9.81 * 0.25)).toBeLessThan(1e-12);
      runSimulation(m, { timeS: 100 * 2 * Math.PI * Math.sqrt(0.5 / 20) });
      const e1 = m.measure();
      expect(rel(e1.totalEnergyJ, e0.totalEnergyJ)).toBeLessThan(1e-4);
      if (dampingKgps > 0) expect(e1.thermalEnergyJ).toBeGreaterThan(0.9 * 0.5 * 20 * 0.25 * 0.25); // nearly all the oscillation energy became heat
    });
  }
});

describe('spring bookkeeping', () => {
  it('rests at the equilibrium extension mg/k with zero displacement', () => {
    const m = new SpringModel();
    m.reset(params({ displacementM: 0, massKg: 1, springConstantNpm: 49.05 }));
    runSimulation(m, { timeS: 2 });
    const out = m.measure();
    expect(Math.abs(out.displacementM)).toBeLessThan(1e-12);
    expect(out.extensionM).toBeCloseTo(0.2, 12);
  });

  it('restores a JSON snapshot and continues identically', () => {
    const a = new SpringModel();
    a.reset(params({ dampingKgps: 0.3 }));
    runSimulation(a, { timeS: 1.234 });
    const b = new SpringModel();
    b.restore(JSON.parse(JSON.stringify(a.state())));
    runSimulation(a, { timeS: 3 });
    runSimulation(b, { timeS: 3 });
    expect(b.measure()).toEqual(a.measure());
  });
});
