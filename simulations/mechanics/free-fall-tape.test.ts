/**
 * B2.3 验证机械能守恒定律 (人教版 高中物理 必修第二册 第八章第5节): a weight falling from rest with its tape through a
 * 50 Hz ticker timer. Closed forms: a = g − f/m, hₙ = ½ a (nT)², vₙ = a nT = (hₙ₊₁ − hₙ₋₁)/(2T), so
 * ΔEk/ΔEp = a/g = 1 − f/(m g); with f = 0 it is 1 (free fall, 第二章 自由落体运动); the first gap ½ g T² = 1.96 mm.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../core/params';
import { FALL_M, fallAccelerationMps2, fallDotsM, fallEnergiesAt, fallLandTimeS, type FallRun } from './free-fall-tape';
import { createMechanicsModel } from './model';
import { energyPreset } from './presets/energy';
import { runSimulation } from '../core';

const G = 9.8, T = 0.02;
const ideal: FallRun = { massKg: 0.2, resistanceN: 0, gMps2: G, released: true };
const real: FallRun = { ...ideal, resistanceN: 0.03 };

describe('the falling weight and its tape', () => {
  it('ideal (f = 0): free fall, dots at ½ g (nT)², the first gap 1.96 mm, lands 0.8 m down after √(2h/g) = 0.404 s', () => {
    expect(fallAccelerationMps2(ideal)).toBe(G);
    expect(fallLandTimeS(ideal)).toBeCloseTo(Math.sqrt((2 * FALL_M) / G), 12);
    const dots = fallDotsM(ideal, 1);
    expect(dots.length).toBe(Math.floor(Math.sqrt((2 * FALL_M) / G) / T) + 1); // 21 dots, one at release
    dots.forEach((h, n) => expect(h).toBeCloseTo(0.5 * G * (n * T) ** 2, 12));
    expect(dots[1]).toBeCloseTo(0.00196, 12);
  });

  it('ideal: at every dot ΔEk = ΔEp within what the 0.1 mm readings allow', () => {
    for (let n = 2; n <= 19; n++) {
      const e = fallEnergiesAt(ideal, n, 1);
      // Each reading is within 0.05 mm: ΔEp within m g 0.05 mm; v within 0.1 mm/(2T), ΔEk within m v δv.
      expect(Math.abs(e.hM - 0.5 * G * (n * T) ** 2)).toBeLessThanOrEqual(0.00005 + 1e-12);
      expect(Math.abs(e.vMps - G * n * T)).toBeLessThanOrEqual(0.0001 / (2 * T) + 1e-9);
      expect(Math.abs(e.dEkJ - e.dEpJ)).toBeLessThanOrEqual(0.2 * G * 0.00005 + 0.2 * G * n * T * (0.0001 / (2 * T)) + 1e-9);
    }
  });

  it('with the tape’s 0.03 N on 200 g: a = g − f/m = 9.65 m/s² and ΔEk/ΔEp = 1 − f/(m g) = 0.9847 (to 0.5 % from the readings at dots 8 … 19)', () => {
    expect(fallAccelerationMps2(real)).toBeCloseTo(G - 0.03 / 0.2, 12);
    for (let n = 8; n <= 19; n++) {
      const e = fallEnergiesAt(real, n, 1);
      expect(Math.abs(e.dEkJ / e.dEpJ - (1 - 0.03 / (0.2 * G)))).toBeLessThan(0.005);
      expect(e.dEkJ).toBeLessThan(e.dEpJ);
    }
    // A heavier weight loses less: 400 g, 0.992.
    const e = fallEnergiesAt({ ...real, massKg: 0.4 }, 15, 1);
    expect(e.dEkJ / e.dEpJ).toBeCloseTo(1 - 0.03 / (0.4 * G), 2);
    // Held, or a resistance that holds it up: nothing falls and no dots are printed.
    expect(fallDotsM({ ...real, released: false }, 1)).toEqual([]);
    expect(fallAccelerationMps2({ ...real, massKg: 0.001 })).toBe(0);
  });
});

describe('B2.3 on the bench (mechanics-energy)', () => {
  it('headless: let go, run to the landing, read dot 15: ΔEp = m g h₁₅, ΔEk ≈ 0.985 ΔEp; with no resistance ΔEk = ΔEp within 0.3 %', () => {
    const go = (resistanceN: number) => {
      const m = createMechanicsModel(energyPreset);
      m.reset({ ...defaultParams(m.meta.params), start: 'released', dot: 15, resistanceN });
      const r = runSimulation(m, { untilEvent: 'landed', maxTimeS: 2 });
      expect(r.reachedEvent).toBe(true);
      return r.measurements;
    };
    const lossy = go(0.03);
    expect(Math.abs(lossy.hM - 0.5 * (G - 0.15) * 0.3 ** 2)).toBeLessThanOrEqual(0.00005 + 1e-9); // read to 0.1 mm
    expect(lossy.dEpJ).toBeCloseTo(0.2 * G * lossy.hM, 12);
    expect(lossy.ratio).toBeGreaterThan(0.98);
    expect(lossy.ratio).toBeLessThan(0.99);
    expect(lossy.firstGapM).toBeCloseTo(0.0019, 4);
    const noLoss = go(0);
    expect(Math.abs(noLoss.ratio - 1)).toBeLessThan(0.003);
  });
});
