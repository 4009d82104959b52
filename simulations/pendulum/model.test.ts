import { describe, expect, it } from 'vitest';
import { validateParams, type ParamValues } from '../core/params';
import { runSimulation } from '../core/runner';
import { pendulumMeta } from './meta';
import { PendulumModel } from './model';

function params(raw: Record<string, unknown>): ParamValues {
  const r = validateParams(pendulumMeta.params, raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.values;
}

/** Complete elliptic integral of the first kind K(k) = π / (2·AGM(1, √(1−k²))) (Abramowitz & Stegun 17.6). */
function ellipticK(k: number): number {
  let a = 1, b = Math.sqrt(1 - k * k);
  for (let i = 0; i < 40 && Math.abs(a - b) > 1e-16; i++) [a, b] = [(a + b) / 2, Math.sqrt(a * b)];
  return Math.PI / (2 * a);
}

/** Exact period of the simple pendulum, T = 4·√(L/g)·K(sin(θ0/2)) (e.g. Wikipedia "Pendulum (mechanics)", arbitrary-amplitude period). */
const exactPeriod = (L: number, g: number, theta0Deg: number) => 4 * Math.sqrt(L / g) * ellipticK(Math.sin((theta0Deg * Math.PI) / 360));

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('pendulum period (nonlinear)', () => {
  for (const angle of [10, 60, 120, 170]) {
    it(`matches 4√(L/g)K(sin θ0/2) within 0.1% at ${angle}°`, () => {
      const m = new PendulumModel();
      m.reset(params({ lengthM: 1.5, angleDeg: angle, secondPendulum: false }));
      const run = runSimulation(m, { untilEvent: 'period', maxTimeS: 60 });
      expect(run.reachedEvent).toBe(true);
      expect(rel(m.measure().periodS, exactPeriod(1.5, 9.81, angle))).toBeLessThan(1e-3);
      // T² is reported too, for the T²–L plot: same tolerance doubled (relative error of a square).
      expect(rel(m.measure().periodSquaredS2, exactPeriod(1.5, 9.81, angle) ** 2)).toBeLessThan(2e-3);
    });
  }

  it('times the second pendulum independently (Mars gravity, 3.71 m/s²)', () => {
    const m = new PendulumModel();
    m.reset(params({ lengthM: 1, angleDeg: 20, length2M: 0.4, angle2Deg: 90, gravity: 'mars' }));
    runSimulation(m, { untilEvent: 'period2', maxTimeS: 60 });
    expect(rel(m.measure().period2S, exactPeriod(0.4, 3.71, 90))).toBeLessThan(1e-3);
  });

  it('large amplitude swings slower than the small-angle period 2π√(L/g)', () => {
    const m = new PendulumModel();
    m.reset(params({ lengthM: 1, angleDeg: 120, secondPendulum: false }));
    runSimulation(m, { untilEvent: 'period' });
    expect(m.measure().periodS).toBeGreaterThan(1.3 * 2 * Math.PI * Math.sqrt(1 / 9.81));
  });
});

describe('pendulum energy', () => {
  for (const angle of [60, 170]) {
    it(`drifts less than 0.01% over 100 periods without damping (${angle}°)`, () => {
      const m = new PendulumModel();
      m.reset(params({ lengthM: 1, massKg: 2, angleDeg: angle, secondPendulum: false }));
      const e0 = m.measure().totalEnergyJ;
      expect(rel(e0, 2 * 9.81 * (1 - Math.cos((angle * Math.PI) / 180)))).toBeLessThan(1e-12); // E = mgL(1 − cos θ0)
      const T = exactPeriod(1, 9.81, angle);
      runSimulation(m, { timeS: 100 * T });
      expect(rel(m.measure().totalEnergyJ, e0)).toBeLessThan(1e-4);
    });
  }

  it('loses energy with damping', () => {
    const m = new PendulumModel();
    m.reset(params({ angleDeg: 40, dampingKgps: 0.2, secondPendulum: false }));
    const e0 = m.measure().totalEnergyJ;
    runSimulation(m, { timeS: 10 });
    // Linear damping: amplitude decays ~ exp(−b t / 2m), energy ~ exp(−b t / m) = e^{−2} after 10 s (small-angle estimate).
    expect(m.measure().totalEnergyJ / e0).toBeLessThan(0.25);
    expect(m.measure().totalEnergyJ / e0).toBeGreaterThan(0.05);
  });
});

describe('pendulum period once a damped swing has died out', () => {
  it('keeps the damped small-swing period 2π/√(g/L − (b/2m)²) instead of timing rounding noise', () => {
    // Linear damping of a small swing: θ'' + (b/m)θ' + (g/L)θ = 0, ω_d = √(g/L − (b/2m)²) (Halliday, Resnick &
    // Walker, ch. 15). With b/m = 3 s⁻¹ the angle reaches denormal numbers (~1e-320 rad) by 490 s, where the
    // old timer read 2.33 s.
    const m = new PendulumModel();
    m.reset(params({ lengthM: 1, massKg: 1, angleDeg: 30, dampingKgps: 3, secondPendulum: false }));
    runSimulation(m, { timeS: 600 });
    expect(rel(m.measure().periodS, (2 * Math.PI) / Math.sqrt(9.81 - 1.5 ** 2))).toBeLessThan(1e-4);
  });
});

describe('pendulum bookkeeping', () => {
  it('restores a JSON snapshot and continues identically', () => {
    const a = new PendulumModel();
    a.reset(params({ angleDeg: 100, dampingKgps: 0.05 }));
    runSimulation(a, { timeS: 3.3 });
    const b = new PendulumModel();
    b.restore(JSON.parse(JSON.stringify(a.state())));
    for (let i = 0; i < 2000; i++) {
      a.step(0.001);
      b.step(0.001);
    }
    expect(b.measure()).toEqual(a.measure());
  });
});
