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

describe('spring period after the motion has died out (issue #14, item 14)', () => {
  // Once the amplitude is down to rounding noise (~1e-17 m), noise flips the velocity's sign at random; those
  // are not turning points. The damped period stays 2π/ω_d, ω_d = √(k/m − (b/2m)²) (Halliday, Resnick &
  // Walker, ch. 15, damped simple harmonic motion), and the reading keeps the last real period.
  it('still reads 2π/ω_d at 60 s with b = 1 kg/s (it jumped to 1.5 s once the motion had died out)', () => {
    const m = new SpringModel();
    m.reset(params({ springConstantNpm: 20, massKg: 0.5, dampingKgps: 1, displacementM: 0.1 }));
    const periods = runSimulation(m, { timeS: 60 }).events.filter((e) => e.name === 'period');
    const expected = (2 * Math.PI) / Math.sqrt(20 / 0.5 - (1 / (2 * 0.5)) ** 2);
    expect(rel(m.measure().periodS, expected)).toBeLessThan(1e-6);
    // The amplitude falls as 0.1 m · e^(−bt/2m) = 0.1 m · e^(−t): below the floor (1e-9 of 0.345 m) after
    // ln(0.1 / 3.45e-10) = 19.5 s. A period is timed at every turning point from the third on (two per
    // oscillation), so ~37 before that and none after.
    expect(periods.length).toBeGreaterThan(33);
    expect(periods.length).toBeLessThan(41);
    expect(periods[periods.length - 1].timeS).toBeLessThan(21);
  });

  it('an undamped spring keeps timing every period (the floor is far below any real amplitude)', () => {
    const m = new SpringModel();
    m.reset(params({ springConstantNpm: 20, massKg: 0.5, displacementM: 0.001 }));
    const T = 2 * Math.PI * Math.sqrt(0.5 / 20);
    const periods = runSimulation(m, { timeS: 20.25 * T }).events.filter((e) => e.name === 'period');
    // Turning points at 0, T/2, …, 20T (41 of them); a period is timed at each from the third on.
    expect(periods).toHaveLength(39);
    expect(rel(m.measure().periodS, T)).toBeLessThan(1e-6);
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
