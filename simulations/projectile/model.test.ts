import { describe, expect, it } from 'vitest';
import { validateParams, type ParamValues } from '../core/params';
import { runSimulation } from '../core/runner';
import { projectileMeta } from './meta';
import { ProjectileModel } from './model';

function params(raw: Record<string, unknown>): ParamValues {
  const r = validateParams(projectileMeta.params, raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.values;
}

function launch(raw: Record<string, unknown>) {
  const m = new ProjectileModel();
  m.reset(params(raw));
  const run = runSimulation(m, { untilEvent: 'landed', maxTimeS: 120 });
  expect(run.reachedEvent).toBe(true);
  return { m, run };
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('projectile without air resistance', () => {
  // Closed form for a launch from height h with speed v at angle θ, gravity g (e.g. Halliday, Resnick &
  // Walker, Fundamentals of Physics, ch. 4 "Projectile motion"):
  //   t_f = (v sinθ + sqrt(v² sin²θ + 2gh)) / g,  R = v cosθ · t_f,  H = h + v² sin²θ / (2g)
  const cases = [
    { angleDeg: 15, heightM: 0 },
    { angleDeg: 45, heightM: 0 },
    { angleDeg: 70, heightM: 0 },
    { angleDeg: 30, heightM: 12 },
    { angleDeg: 60, heightM: 5 },
    { angleDeg: -20, heightM: 40 },
  ];
  for (const c of cases) {
    it(`matches the closed form at ${c.angleDeg}° from ${c.heightM} m within 0.1%`, () => {
      const v = 20, g = 9.81;
      const { m } = launch({ speedMps: v, ...c });
      const th = (c.angleDeg * Math.PI) / 180;
      const vy = v * Math.sin(th);
      const tf = (vy + Math.sqrt(vy * vy + 2 * g * c.heightM)) / g;
      const range = v * Math.cos(th) * tf;
      const peak = c.heightM + (vy > 0 ? (vy * vy) / (2 * g) : 0);
      const out = m.measure();
      expect(rel(out.flightTimeS, tf)).toBeLessThan(1e-3);
      expect(rel(out.rangeM, range)).toBeLessThan(1e-3);
      expect(rel(out.maxHeightM, peak)).toBeLessThan(1e-3);
      // impact speed from energy conservation: v_i² = v² + 2gh
      expect(rel(out.impactSpeedMps, Math.sqrt(v * v + 2 * g * c.heightM))).toBeLessThan(1e-3);
    });
  }

  it('uses the chosen gravity (Moon 1.62 m/s², NASA Planetary Fact Sheet)', () => {
    const { m } = launch({ speedMps: 10, angleDeg: 45, gravity: 'moon' });
    expect(rel(m.measure().rangeM, 100 / 1.62)).toBeLessThan(1e-3); // R = v² sin 2θ / g
  });

  it('with the textbook estimate g = 10 N/kg, 20 m/s at 45° lands at R = v²/g = 40 m after t = 2v sin θ / g = 2√2 s', () => {
    const { m, run } = launch({ speedMps: 20, angleDeg: 45, heightM: 0, gravity: 'estimate' });
    expect(rel(m.measure().rangeM, 40)).toBeLessThan(1e-6);
    expect(rel(run.events.find((e) => e.name === 'landed')!.timeS, 2 * Math.SQRT2)).toBeLessThan(1e-6);
  });

  it('reports the landing event time inside the step, not on the step grid', () => {
    const { run } = launch({ speedMps: 20, angleDeg: 45 });
    const tf = (2 * 20 * Math.SQRT1_2) / 9.81;
    expect(Math.abs(run.events[0].timeS - tf)).toBeLessThan(1e-9);
  });
});

describe('projectile with quadratic air drag', () => {
  // A baseball: m = 0.145 kg, d = 0.074 m, Cd ≈ 0.47 (smooth sphere value, NASA Glenn "Shape Effects on Drag").
  const ball = { speedMps: 35, massKg: 0.145, diameterM: 0.074, airResistance: true, dragCoefficient: 0.47 };
  const rangeAt = (angleDeg: number) => launch({ ...ball, angleDeg }).m.measure().rangeM;

  it('flies shorter than without drag at 45°', () => {
    const vacuum = (35 * 35) / 9.81;
    const r = rangeAt(45);
    expect(r).toBeLessThan(0.9 * vacuum);
    expect(r).toBeGreaterThan(0.3 * vacuum);
  });

  it('has its best angle below 45° (found by a sweep)', () => {
    let best = 0, bestRange = -Infinity;
    for (let a = 25; a <= 55; a += 1) {
      const r = rangeAt(a);
      if (r > bestRange) [best, bestRange] = [a, r];
    }
    // Quadratic drag lowers the optimum launch angle (e.g. Taylor, Classical Mechanics, §2.4).
    expect(best).toBeLessThan(45);
    expect(best).toBeGreaterThan(30);
  });
});

describe('projectile model bookkeeping', () => {
  it('keeps earlier traces across launches, at most the configured number', () => {
    const m = new ProjectileModel();
    for (let i = 0; i < 7; i++) {
      m.reset(params({ angleDeg: 20 + i * 5 }));
      runSimulation(m, { untilEvent: 'landed' });
    }
    expect(m.previousTraces.length).toBe(4);
    expect(m.trace.length).toBeGreaterThan(20);
    m.clearTraces();
    expect(m.previousTraces.length).toBe(0);
  });

  it('state() is JSON-safe and restore() continues the same run', () => {
    const a = new ProjectileModel();
    a.reset(params({ airResistance: true, angleDeg: 50 }));
    for (let i = 0; i < 300; i++) a.step(0.002);
    const saved = JSON.parse(JSON.stringify(a.state()));
    const b = new ProjectileModel();
    b.restore(saved);
    runSimulation(a, { untilEvent: 'landed' });
    runSimulation(b, { untilEvent: 'landed' });
    expect(b.measure()).toEqual(a.measure());
  });

  it('keeps time running after landing so timed runs terminate', () => {
    const m = new ProjectileModel();
    m.reset(params({ speedMps: 5 }));
    const run = runSimulation(m, { timeS: 3 });
    expect(run.timeS).toBeCloseTo(3, 9);
    expect(m.landed).toBe(true);
  });
});
