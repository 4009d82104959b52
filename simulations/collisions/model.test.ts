import { describe, expect, it } from 'vitest';
import { validateParams, type ParamValues } from '../core/params';
import { runSimulation } from '../core/runner';
import { TABLE_HEIGHT_M, TABLE_WIDTH_M } from './layout';
import { collisionsMeta } from './meta';
import { CollisionsModel } from './model';

function params(raw: Record<string, unknown>): ParamValues {
  const r = validateParams(collisionsMeta.params, raw);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.values;
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

/**
 * 1D collision with coefficient of restitution e (Newton's law of restitution; e.g. Halliday, Resnick &
 * Walker, Fundamentals of Physics, ch. 9 "Collisions in one dimension"):
 *   v1' = (m1 v1 + m2 v2 + m2 e (v2 − v1)) / (m1 + m2),  v2' = (m1 v1 + m2 v2 + m1 e (v1 − v2)) / (m1 + m2)
 */
function expected1D(m1: number, v1: number, m2: number, v2: number, e: number) {
  const p = m1 * v1 + m2 * v2;
  return { v1: (p + m2 * e * (v2 - v1)) / (m1 + m2), v2: (p + m1 * e * (v1 - v2)) / (m1 + m2) };
}

const cases = [
  { mass1Kg: 1, velocity1Mps: 2, mass2Kg: 3, velocity2Mps: -1 },
  { mass1Kg: 2, velocity1Mps: 1.5, mass2Kg: 2, velocity2Mps: 0 },
  { mass1Kg: 0.5, velocity1Mps: 3, mass2Kg: 8, velocity2Mps: 0.4 },
];

describe('collisions on the track', () => {
  for (const c of cases) {
    for (const e of [1, 0.6, 0]) {
      it(`e = ${e}, m = ${c.mass1Kg}/${c.mass2Kg} kg, v = ${c.velocity1Mps}/${c.velocity2Mps} m/s`, () => {
        const m = new CollisionsModel();
        m.reset(params({ ...c, restitution: e }));
        const run = runSimulation(m, { untilEvent: 'collided', maxTimeS: 10 });
        expect(run.reachedEvent).toBe(true);
        const out = m.measure();
        const want = expected1D(c.mass1Kg, c.velocity1Mps, c.mass2Kg, c.velocity2Mps, e);
        const p0 = c.mass1Kg * c.velocity1Mps + c.mass2Kg * c.velocity2Mps;
        const ke0 = 0.5 * c.mass1Kg * c.velocity1Mps ** 2 + 0.5 * c.mass2Kg * c.velocity2Mps ** 2;
        expect(rel(out.totalMomentumBeforeKgMps, p0)).toBeLessThan(1e-12);
        expect(rel(out.totalMomentumAfterKgMps, p0)).toBeLessThan(0.005);
        expect(rel(out.velocity1Mps, want.v1)).toBeLessThan(0.01);
        expect(rel(out.velocity2Mps, want.v2)).toBeLessThan(0.01);
        if (e === 1) expect(rel(out.totalKineticEnergyAfterJ, ke0)).toBeLessThan(0.01);
        if (e === 0) {
          const common = p0 / (c.mass1Kg + c.mass2Kg); // perfectly inelastic: common velocity
          expect(rel(out.velocity1Mps, common)).toBeLessThan(0.01);
          expect(rel(out.velocity2Mps, common)).toBeLessThan(0.01);
          expect(m.stuck(0, 1)).toBe(true);
          // KE lost = ½ μ (v1 − v2)², μ = m1 m2 / (m1 + m2)
          const mu = (c.mass1Kg * c.mass2Kg) / (c.mass1Kg + c.mass2Kg);
          expect(rel(ke0 - out.totalKineticEnergyAfterJ, 0.5 * mu * (c.velocity1Mps - c.velocity2Mps) ** 2)).toBeLessThan(0.01);
        }
      });
    }
  }

  it('stuck carts stay together after bouncing off a bumper', () => {
    const m = new CollisionsModel();
    m.reset(params({ mass1Kg: 1, velocity1Mps: 2, mass2Kg: 1, velocity2Mps: 0, restitution: 0 }));
    runSimulation(m, { timeS: 6 });
    expect(m.stuck(0, 1)).toBe(true);
    expect(m.vx[0]).toBe(m.vx[1]);
    expect(Math.abs(m.x[1] - m.x[0])).toBeLessThan(0.21);
  });

  it('places the collision time inside the step', () => {
    const m = new CollisionsModel();
    m.reset(params({ mass1Kg: 1, velocity1Mps: 1, mass2Kg: 1, velocity2Mps: 0, restitution: 1 }));
    const run = runSimulation(m, { untilEvent: 'collided' });
    // carts start 1.2 m apart (centres), 0.2 m wide: gap 1.0 m closed at 1 m/s
    expect(run.events[0].timeS).toBeCloseTo(1.0, 6);
  });
});

describe('collisions on the table', () => {
  it('a head-on pair in 2D gives the 1D result', () => {
    const m = new CollisionsModel();
    m.reset(params({ mode: 'table', discCount: 2, mass1Kg: 1, velocity1Mps: 2, mass2Kg: 3, velocity2Mps: -1, restitution: 0.8 }));
    runSimulation(m, { untilEvent: 'collided' });
    const want = expected1D(1, 2, 3, -1, 0.8);
    expect(rel(m.vx[0], want.v1)).toBeLessThan(1e-9);
    expect(rel(m.vx[1], want.v2)).toBeLessThan(1e-9);
    expect(Math.abs(m.vy[0]) + Math.abs(m.vy[1])).toBeLessThan(1e-12);
  });

  it('300 elastic discs keep their kinetic energy and stay on the table', () => {
    const m = new CollisionsModel();
    m.reset(params({ mode: 'table', discCount: 300, restitution: 1, discSpeedMps: 2 }), 7);
    const ke0 = m.totalKineticEnergy();
    const run = runSimulation(m, { timeS: 2 });
    expect(m.collisionCount).toBeGreaterThan(100);
    expect(run.events.length).toBeGreaterThan(10);
    expect(rel(m.totalKineticEnergy(), ke0)).toBeLessThan(1e-9); // elastic impulses and cushions conserve KE exactly
    for (let i = 0; i < m.count; i++) {
      expect(m.x[i]).toBeGreaterThan(-1e-9);
      expect(m.x[i]).toBeLessThan(TABLE_WIDTH_M + 1e-9);
      expect(m.y[i]).toBeGreaterThan(-1e-9);
      expect(m.y[i]).toBeLessThan(TABLE_HEIGHT_M + 1e-9);
    }
  });

  it('perfectly inelastic discs form clusters that move as one and lose kinetic energy', () => {
    const m = new CollisionsModel();
    m.reset(params({ mode: 'table', discCount: 120, restitution: 0, discSpeedMps: 2 }), 3);
    const ke0 = m.totalKineticEnergy();
    runSimulation(m, { timeS: 2 });
    expect(m.totalKineticEnergy()).toBeLessThan(ke0);
    let pairsStuck = 0;
    for (let i = 0; i < m.count; i++) {
      for (let j = i + 1; j < m.count; j++) {
        if (!m.stuck(i, j)) continue;
        pairsStuck++;
        expect(m.vx[i]).toBe(m.vx[j]);
        expect(m.vy[i]).toBe(m.vy[j]);
      }
    }
    expect(pairsStuck).toBeGreaterThan(5);
  });

  it('is deterministic for a seed and restores from JSON', () => {
    const a = new CollisionsModel(), b = new CollisionsModel();
    a.reset(params({ mode: 'table', discCount: 80 }), 11);
    b.reset(params({ mode: 'table', discCount: 80 }), 11);
    runSimulation(a, { timeS: 0.5 });
    runSimulation(b, { timeS: 0.5 });
    expect(b.measure()).toEqual(a.measure());
    const c = new CollisionsModel();
    c.restore(JSON.parse(JSON.stringify(a.state())));
    runSimulation(a, { timeS: 1 });
    runSimulation(c, { timeS: 1 });
    expect(Array.from(c.x)).toEqual(Array.from(a.x));
    const d = new CollisionsModel();
    d.reset(params({ mode: 'table', discCount: 80 }), 12);
    expect(Array.from(d.x)).not.toEqual(Array.from(b.x));
  });
});
