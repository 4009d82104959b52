import { describe, expect, it } from 'vitest';
import { validateParams, type ParamValues } from '../core/params';
import { runSimulation } from '../core/runner';
import { inclineMeta } from './meta';
import { InclineModel, START_FRACTION } from './model';

function params(raw: Record<string, unknown>): ParamValues {
  const r = validateParams(inclineMeta.params, raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.values;
}
const rad = (d: number) => (d * Math.PI) / 180;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

// Block on an incline with Coulomb friction (Halliday, Resnick & Walker, Fundamentals of Physics, ch. 6
// "Friction"): static while |F_drive| ≤ μs·N, otherwise a = (F_drive ∓ μk·N)/m with N = m g cos θ.
describe('incline: sliding down', () => {
  for (const c of [
    { angleDeg: 35, staticFriction: 0.5, kineticFriction: 0.3 },
    { angleDeg: 50, staticFriction: 0.9, kineticFriction: 0.6 },
    { angleDeg: 20, staticFriction: 0, kineticFriction: 0 },
  ]) {
    it(`a = g(sinθ − μk cosθ) within 2% at ${c.angleDeg}°, μk = ${c.kineticFriction}`, () => {
      const m = new InclineModel();
      m.reset(params({ ...c, massKg: 3 }));
      const run = runSimulation(m, { untilEvent: 'started', timeS: 1 });
      expect(run.reachedEvent).toBe(true);
      runSimulation(m, { timeS: 0.8 });
      const expected = 9.81 * (Math.sin(rad(c.angleDeg)) - c.kineticFriction * Math.cos(rad(c.angleDeg)));
      const out = m.measure();
      expect(out.sliding).toBe(1);
      expect(rel(out.accelerationMps2, expected)).toBeLessThan(0.02);
      expect(rel(out.velocityMps, expected * 0.8)).toBeLessThan(0.02); // v = a t
      expect(rel(out.distanceM, 0.5 * expected * 0.64)).toBeLessThan(0.02); // d = ½ a t²
      expect(out.frictionForceN).toBeCloseTo(-c.kineticFriction * 3 * 9.81 * Math.cos(rad(c.angleDeg)), 9);
    });
  }

  it('reaches the bottom at t = √(2d/a)', () => {
    const m = new InclineModel();
    m.reset(params({ angleDeg: 40, staticFriction: 0.3, kineticFriction: 0.2, lengthM: 5 }));
    const run = runSimulation(m, { untilEvent: 'reachedBottom', maxTimeS: 30 });
    const a = 9.81 * (Math.sin(rad(40)) - 0.2 * Math.cos(rad(40)));
    const d = (1 - START_FRACTION) * 5;
    const ev = run.events.find((e) => e.name === 'reachedBottom');
    expect(ev).toBeDefined();
    expect(rel(ev!.timeS, Math.sqrt((2 * d) / a))).toBeLessThan(1e-9);
    expect(m.measure().velocityMps).toBe(0);
    expect(m.measure().sliding).toBe(0);
  });
});

describe('incline: static friction', () => {
  it('stays put when tan θ < μs, with static friction balancing m g sin θ', () => {
    const m = new InclineModel();
    m.reset(params({ angleDeg: 25, staticFriction: Math.tan(rad(25)) + 0.01, kineticFriction: 0.1, massKg: 2 }));
    const run = runSimulation(m, { timeS: 5 });
    expect(run.events).toEqual([]);
    const out = m.measure();
    expect(out.sliding).toBe(0);
    expect(out.distanceM).toBe(0);
    expect(out.frictionForceN).toBeCloseTo(-2 * 9.81 * Math.sin(rad(25)), 12);
    expect(out.accelerationMps2).toBeCloseTo(0, 12);
  });

  it('holds exactly at tan θ = μs (the threshold is ≤), slides just above it', () => {
    const m = new InclineModel();
    m.reset(params({ angleDeg: 30, staticFriction: Math.tan(rad(30)), kineticFriction: 0.2 }));
    expect(runSimulation(m, { timeS: 1 }).events).toEqual([]);
    m.reset(params({ angleDeg: 30.5, staticFriction: Math.tan(rad(30)), kineticFriction: 0.2 }));
    expect(runSimulation(m, { timeS: 1 }).events.map((e) => e.name)).toContain('started');
  });

  it('an applied push up the slope larger than m g sin θ + μs N starts it moving up', () => {
    const mass = 2, th = rad(30), N = mass * 9.81 * Math.cos(th);
    const push = -(mass * 9.81 * Math.sin(th) + 0.5 * N + 1); // 1 N more than needed
    const m = new InclineModel();
    m.reset(params({ angleDeg: 30, massKg: mass, staticFriction: 0.5, kineticFriction: 0.4, appliedForceN: push }));
    runSimulation(m, { untilEvent: 'started', timeS: 1 });
    runSimulation(m, { timeS: 0.3 });
    const expected = (push + mass * 9.81 * Math.sin(th) + 0.4 * N) / mass; // friction now points down the slope
    expect(m.measure().velocityMps).toBeLessThan(0);
    expect(rel(m.measure().accelerationMps2, expected)).toBeLessThan(0.02);
  });

  it('a block pushed down then released on a gentle slope stops by friction (event stopped)', () => {
    const m = new InclineModel();
    m.reset(params({ angleDeg: 10, staticFriction: 0.6, kineticFriction: 0.5, appliedForceN: 30, massKg: 2 }));
    runSimulation(m, { timeS: 0.3 });
    const v = m.velocityMps;
    expect(v).toBeGreaterThan(0);
    m.reset({ ...params({ angleDeg: 10, staticFriction: 0.6, kineticFriction: 0.5, massKg: 2 }) });
    m.velocityMps = v;
    m.sliding = true;
    const run = runSimulation(m, { untilEvent: 'stopped', timeS: 5 });
    const decel = 9.81 * (0.5 * Math.cos(rad(10)) - Math.sin(rad(10)));
    expect(rel(run.events[0].timeS, v / decel)).toBeLessThan(1e-9); // t = v / |a|
    expect(rel(m.distanceM, (v * v) / (2 * decel))).toBeLessThan(1e-9); // d = v² / 2|a|
  });
});

describe('incline bookkeeping', () => {
  it('restores a JSON snapshot and continues identically', () => {
    const a = new InclineModel();
    a.reset(params({ angleDeg: 45 }));
    runSimulation(a, { timeS: 0.5 });
    const b = new InclineModel();
    b.restore(JSON.parse(JSON.stringify(a.state())));
    runSimulation(a, { timeS: 1 });
    runSimulation(b, { timeS: 1 });
    expect(b.measure()).toEqual(a.measure());
  });
});
