import { describe, expect, it } from 'vitest';
import { validateParams } from '../core/params';
import { runSimulation } from '../core/runner';
import { SeededRandom } from '../core/rng';
import { BOLTZMANN_J_K, maxwellBoltzmann2D, meanSpeed2D, mostProbableSpeed2D, speedHistogram } from './maxwell';
import { gasMeta } from './meta';
import { ARGON_MASS_KG, GasModel } from './model';
import { ParticleBox } from './particle-box';

const params = (raw: Record<string, unknown>) => {
  const r = validateParams(gasMeta.params, raw);
  if (!r.ok) throw new Error(r.errors[0].message);
  return r.values;
};
const DT = gasMeta.fixedDtS;
const run = (m: GasModel, steps: number) => {
  for (let i = 0; i < steps; i++) m.step(DT);
};

describe('ideal gas law in 2D: P·A = N·k·T, P = force per unit length of wall', () => {
  it('measured P·A/(N·k·T) is within 5 % of 1 over a run of 1000 particles', () => {
    const m = new GasModel(params({ particleCount: 1000 }), 11);
    run(m, 12000);
    const r = m.measure();
    // Hard disks of radius 0.15 nm at this density: 2D virial correction Z ≈ 1 + 2η ≈ 1.014
    // (Henderson, Mol. Phys. 30, 971 (1975)), so the expected ratio is just above 1.
    expect(Math.abs(r.pvOverNkT - 1)).toBeLessThan(0.05);
    expect(r.pvOverNkT).toBeGreaterThan(0.98);
    expect(Math.abs(r.temperatureAvgK - 300)).toBeLessThan(1);
  });

  it('volume held, heater to 600 K: the pressure doubles (Gay-Lussac)', () => {
    const m = new GasModel(params({ particleCount: 600, hold: 'volume' }), 5);
    run(m, 6000);
    const p300 = m.measure().pressureAvgNPerM;
    m.setTemperature(600);
    run(m, 2000); // let the heater work (τ = 20 ps = 200 steps)
    m.setHold('volume'); // restarts the averages at 600 K
    run(m, 6000);
    const r = m.measure();
    expect(r.temperatureAvgK).toBeCloseTo(600, -1);
    expect(Math.abs(r.pressureAvgNPerM / p300 - 2)).toBeLessThan(0.1);
    expect(() => m.setWidth(50)).toThrow(/locked/);
  });

  it('temperature held, piston pushed from 100 to 50 nm: the pressure doubles (Boyle)', () => {
    const m = new GasModel(params({ particleCount: 600 }), 6);
    run(m, 6000);
    const p100 = m.measure().pressureAvgNPerM;
    m.setWidth(50);
    run(m, 14000); // piston speed ≤ 40 m/s: 50 nm in 1.25 ns
    expect(m.measure().widthNm).toBeCloseTo(50, 6);
    m.setHold('temperature');
    run(m, 6000);
    expect(Math.abs(m.measure().pressureAvgNPerM / p100 - 2)).toBeLessThan(0.1);
    expect(() => m.setTemperature(400)).toThrow(/held constant/);
  });

  it('pressure held, heater from 300 to 600 K: the piston moves out to about twice the width (Charles)', () => {
    const m = new GasModel(params({ particleCount: 300, widthNm: 60, hold: 'pressure' }), 8);
    m.setTemperature(600);
    run(m, 40000);
    const w = m.measure().widthNm;
    expect(w / 60).toBeGreaterThan(1.8);
    expect(w / 60).toBeLessThan(2.2);
  });
});

describe('Maxwell–Boltzmann speeds (2D)', () => {
  it('the pdf is normalised and its mean is √(πkT/2m)', () => {
    const T = 300;
    const vmax = 5000;
    const n = 20000;
    let area = 0;
    let mean = 0;
    for (let i = 0; i < n; i++) {
      const v = ((i + 0.5) / n) * vmax;
      const f = maxwellBoltzmann2D(v, T, ARGON_MASS_KG);
      area += f * (vmax / n);
      mean += v * f * (vmax / n);
    }
    expect(area).toBeCloseTo(1, 6);
    expect(mean / meanSpeed2D(T, ARGON_MASS_KG)).toBeCloseTo(1, 6);
  });

  it('collisions turn equal speeds into the Maxwell–Boltzmann distribution (mean within 3 %, tail, histogram)', () => {
    const m = new GasModel(params({ particleCount: 1000, initialSpeeds: 'equal' }), 21);
    const b = m.box;
    const vp = mostProbableSpeed2D(300, ARGON_MASS_KG);
    const above2vp = () => {
      let k = 0;
      for (let i = 0; i < b.count; i++) if (Math.hypot(b.vx[i], b.vy[i]) > 2 * vp) k++;
      return k / b.count;
    };
    expect(above2vp()).toBe(0); // all start at √2·vp
    run(m, 10000); // ≈ 27 collisions per particle
    const r = m.measure();
    expect(Math.abs(r.meanSpeedMS / meanSpeed2D(300, ARGON_MASS_KG) - 1)).toBeLessThan(0.03);
    // P(v > 2vp) = exp(−2) = 0.135 for the 2D distribution
    expect(Math.abs(above2vp() - Math.exp(-2))).toBeLessThan(0.03);
    // histogram vs the curve: total variation distance < 0.08 (20 bins of 1000 samples)
    const bins = 20;
    const vmax = 4 * vp;
    const h = speedHistogram(b.vx, b.vy, b.count, bins, vmax);
    let tv = 0;
    for (let i = 0; i < bins; i++) {
      const lo = (i / bins) * vmax, hi = ((i + 1) / bins) * vmax;
      const expected = Math.exp(-(lo * lo) / (2 * vp * vp)) - Math.exp(-(hi * hi) / (2 * vp * vp)); // exact bin probability
      tv += Math.abs(h[i] / b.count - expected);
    }
    expect(tv / 2).toBeLessThan(0.08);
  });
});

describe('particle box mechanics', () => {
  it('elastic collisions and fixed walls conserve kinetic energy; collisions happen', () => {
    const box = new ParticleBox(300, 30, 30, 0.3, ARGON_MASS_KG);
    const rng = new SeededRandom(4);
    for (let i = 0; i < 300; i++) box.addRandom(rng, 400 * rng.normal(), 400 * rng.normal());
    const e0 = box.kineticEnergyJ();
    for (let i = 0; i < 3000; i++) box.step(1e-13);
    expect(box.kineticEnergyJ() / e0).toBeCloseTo(1, 10);
    expect(box.collisionsTotal).toBeGreaterThan(1000);
    for (let i = 0; i < box.count; i++) {
      expect(box.x[i]).toBeGreaterThanOrEqual(0.3 - 1e-9);
      expect(box.x[i]).toBeLessThanOrEqual(30 - 0.3 + 1e-9);
    }
  });

  it('is deterministic for a seed, differs for another, and continues exactly from a saved state', () => {
    const a = new GasModel(params({ particleCount: 200 }), 9);
    const b = new GasModel(params({ particleCount: 200 }), 9);
    const c = new GasModel(params({ particleCount: 200 }), 10);
    runSimulation(a, { timeS: 300 * DT });
    runSimulation(b, { timeS: 300 * DT });
    runSimulation(c, { timeS: 300 * DT });
    expect(a.measure()).toEqual(b.measure());
    expect(a.measure().meanSpeedMS).not.toBe(c.measure().meanSpeedMS);
    const saved = JSON.parse(JSON.stringify(a.state()));
    run(a, 200);
    const d = new GasModel();
    d.restore(saved);
    run(d, 200);
    expect(Array.from(d.box.x.subarray(0, 200))).toEqual(Array.from(a.box.x.subarray(0, 200)));
  });

  it('temperature from kinetic energy: ⟨½mv²⟩ = kT in 2D', () => {
    const m = new GasModel(params({ particleCount: 100, temperatureK: 450 }), 2);
    let ke = 0;
    for (let i = 0; i < m.box.count; i++) ke += 0.5 * ARGON_MASS_KG * (m.box.vx[i] ** 2 + m.box.vy[i] ** 2);
    expect(ke / m.box.count / BOLTZMANN_J_K).toBeCloseTo(450, 6);
    expect(() => m.setParticleCount(5000)).toThrow(/10 … 1000/);
  });
});
