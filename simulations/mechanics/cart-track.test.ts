/**
 * The cart, the hanging weights and the ticker tape (B1.1, B1.4) against the closed forms of 人教版 必修第一册:
 * 第二章第1节 (a dot every 0.02 s on 50 Hz; counting points every five dots, T = 0.1 s; vₙ = (xₙ₊₁ − xₙ₋₁)/(2T);
 * Δx = aT²) and 第四章第2节 (with the resistance balanced a = m g/(M + m), near m g/M only while m ≪ M).
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../core';
import { defaultParams } from '../core/params';
import { arrange } from '../bench/placement';
import type { BenchModel } from '../bench/bench-model';
import type { Setup } from '../bench/setup';
import {
  CART_PUSH_MPS, CART_RUN_M, CART_TRACK_RESISTANCE, cartStopTimeS, cartTrackAccelerationMps2, cartTrackPositionM, countingPointReadM, successiveDifferenceMps2, tapeDotsM, type CartRun,
} from './cart-track';
import { createMechanicsModel } from './model';
import { mechanicsParts } from './parts';
import { cartForcePreset } from './presets/cart-force';
import { cartVelocityPreset } from './presets/cart-velocity';
import { tableOf } from './presets/tables';

const G = 9.8;
/** The tilt at which the board's slope balances the resistance: tan θ = μ. */
const BALANCED_DEG = (Math.atan(CART_TRACK_RESISTANCE) * 180) / Math.PI;
const run = (over: Partial<CartRun>): CartRun => ({ cartKg: 0.4, hangingKg: 0.05, tiltDeg: 0, start: 'released', gMps2: G, ...over });

describe('the cart and its tape', () => {
  it('level board: a = (m g − μ M g)/(M + m); balanced: a = m g/(M + m), for m from 10 g to 300 g', () => {
    expect(cartTrackAccelerationMps2(run({}))).toBeCloseTo((0.05 * G - 0.03 * 0.4 * G) / 0.45, 12);
    for (const m of [0.01, 0.05, 0.1, 0.3]) expect(cartTrackAccelerationMps2(run({ hangingKg: m, tiltDeg: BALANCED_DEG }))).toBeCloseTo((m * G) / (0.4 + m), 12);
  });

  it('too little on the thread to overcome the resistance: let go, the cart stays; held, it never moves', () => {
    expect(cartTrackAccelerationMps2(run({ hangingKg: 0.01 }))).toBe(0); // 0.098 N < 0.035 × 0.4 × 9.8 = 0.137 N
    expect(cartStopTimeS(run({ hangingKg: 0.01 }))).toBe(Infinity);
    // Balanced, nothing hung: let go it stays (tan θ = 0.03 < 0.035), pushed it keeps going.
    expect(cartTrackAccelerationMps2(run({ hangingKg: 0, tiltDeg: BALANCED_DEG }))).toBe(0);
    expect(cartStopTimeS(run({ hangingKg: 0, tiltDeg: BALANCED_DEG }))).toBe(Infinity);
    expect(cartTrackAccelerationMps2(run({ hangingKg: 0, tiltDeg: 2.5 }))).toBeGreaterThan(0); // tan 2.5° = 0.044
    expect(tapeDotsM(run({ start: 'held' }), 5)).toEqual([]);
  });

  it('dots every 0.02 s at x = ½ a t² from the first; the hand stops the cart after 0.8 m', () => {
    const r = run({}), a = cartTrackAccelerationMps2(r);
    const dots = tapeDotsM(r, 10);
    const stop = Math.sqrt((2 * CART_RUN_M) / a);
    expect(cartStopTimeS(r)).toBeCloseTo(stop, 12);
    expect(dots.length).toBe(Math.floor(stop / 0.02) + 1);
    for (const k of [0, 1, 7, 30]) expect(dots[k]).toBeCloseTo(0.5 * a * (k * 0.02) ** 2, 12);
    expect(cartTrackPositionM(r, 100)).toBeCloseTo(CART_RUN_M, 12);
  });

  it('counting points read to 0.1 mm; vₙ = (xₙ₊₁ − xₙ₋₁)/(2T) on a straight v–t line of slope a; successive differences give a', () => {
    const r = run({}), a = cartTrackAccelerationMps2(r);
    const x = [0, ...[1, 2, 3, 4, 5, 6].map((n) => countingPointReadM(r, n, 10))];
    for (let n = 1; n <= 6; n++) {
      expect(Math.abs(x[n] - 0.5 * a * (0.1 * n) ** 2)).toBeLessThanOrEqual(0.00005 + 1e-12);
      expect(Math.round(x[n] * 1e4)).toBeCloseTo(x[n] * 1e4, 6); // a whole number of tenths of a millimetre
    }
    const v = [1, 2, 3, 4, 5].map((n) => (x[n + 1] - x[n - 1]) / 0.2);
    // Least-squares slope of v against t = 0.1 … 0.5 s.
    const t = [0.1, 0.2, 0.3, 0.4, 0.5], tm = 0.3, vm = v.reduce((s, q) => s + q, 0) / 5;
    const slope = t.reduce((s, ti, i) => s + (ti - tm) * (v[i] - vm), 0) / t.reduce((s, ti) => s + (ti - tm) ** 2, 0);
    expect(Math.abs(slope - a)).toBeLessThan(0.005);
    expect(Math.abs(successiveDifferenceMps2(x.slice(1)) - a)).toBeLessThan(0.01); // 0.1 mm over 4T² = 0.04 s²
  });

  it('a counting point is not read before it is printed, nor after the cart has stopped', () => {
    const r = run({});
    expect(countingPointReadM(r, 3, 0.25)).toBeNaN();
    expect(countingPointReadM(r, 3, 0.3)).toBeGreaterThan(0);
    expect(countingPointReadM(r, 20, 100)).toBeNaN(); // 2 s: after the stop at 1.39 s
  });

  it('friction balanced: a pushed cart runs at constant speed (equal spaces, 30 mm per T); below it slows, above it speeds up', () => {
    const even = run({ hangingKg: 0, start: 'pushed', tiltDeg: BALANCED_DEG });
    expect(cartTrackAccelerationMps2(even)).toBeCloseTo(0, 12);
    const x = [1, 2, 3, 4, 5, 6].map((n) => countingPointReadM(even, n, 10));
    x.forEach((xi, i) => expect(xi).toBeCloseTo(CART_PUSH_MPS * 0.1 * (i + 1), 9));
    expect(successiveDifferenceMps2(x)).toBe(0);
    // Level board: a = −μ g = −0.294 m/s², the cart stops after v₀/|a| = 1.02 s and v₀²/2|a| = 0.153 m.
    const level = run({ hangingKg: 0, start: 'pushed', tiltDeg: 0 });
    expect(cartTrackAccelerationMps2(level)).toBeCloseTo(-CART_TRACK_RESISTANCE * G, 12);
    expect(cartStopTimeS(level)).toBeCloseTo(CART_PUSH_MPS / (CART_TRACK_RESISTANCE * G), 12);
    expect(cartTrackPositionM(level, 5)).toBeCloseTo(CART_PUSH_MPS ** 2 / (2 * CART_TRACK_RESISTANCE * G), 12);
    expect(cartTrackAccelerationMps2(run({ hangingKg: 0, start: 'pushed', tiltDeg: 3 }))).toBeGreaterThan(0.2);
  });
});

function open(preset: typeof cartForcePreset): BenchModel {
  const m = createMechanicsModel(preset);
  m.reset(defaultParams(m.meta.params));
  return m;
}
/** Hang hooked weights one below the other on the cart's thread, and set the board. */
function rig(m: BenchModel, weights: string[], props: Record<string, number | string>) {
  const links = weights.map((id, i) => ({ id: `t${i}`, from: { part: i === 0 ? 'CT1' : weights[i - 1], terminal: 'hook' }, to: { part: id, terminal: 'ring' } }));
  const s: Setup = { ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'CT1' ? { ...p, props: { ...p.props, ...props } } : p)), links };
  m.edit(arrange(s, mechanicsParts, tableOf(m.preset.id).heightM));
}

describe('B1.1 and B1.4 on the bench', () => {
  it('B1.1: the 50 g weight hung on the level board, the cart let go: the tape gives a = (m g − μ M g)/(M + m) = 0.828 m/s², and the run ends with "stopped"', () => {
    const m = open(cartVelocityPreset);
    rig(m, ['H1'], { start: 'released' });
    const r = runSimulation(m, { untilEvent: 'stopped' });
    expect(r.reachedEvent).toBe(true);
    expect(r.measurements.accelerationMps2).toBeCloseTo((0.05 * G - 0.03 * 0.4 * G) / 0.45, 9);
    expect(Math.abs(r.measurements.tapeAccelerationMps2 - 0.8276)).toBeLessThan(0.01);
  });

  it('B1.4: balanced, a against m g is straight while m ≪ M (a M/(m g) within 5 % of 1 up to 20 g) and bends with 240 g (a = m g/(M + m) = 3.68, not m g/M = 5.88 m/s²)', () => {
    const m = open(cartForcePreset);
    const measured = (weights: string[]) => {
      rig(m, weights, { start: 'released', tiltDeg: BALANCED_DEG });
      return runSimulation(m, { untilEvent: 'stopped' }).measurements;
    };
    const light = measured(['H1']);
    expect(light.hangingG).toBe(20);
    expect(Math.abs(light.tapeAccelerationMps2 - (0.02 * G) / 0.42)).toBeLessThan(0.01);
    expect((light.tapeAccelerationMps2 * 0.4) / (0.02 * G)).toBeGreaterThan(0.93);
    const heavy = measured(['H1', 'H2', 'H5', 'H6']);
    expect(heavy.hangingG).toBe(240);
    expect(Math.abs(heavy.tapeAccelerationMps2 - (0.24 * G) / 0.64)).toBeLessThan(0.01);
    expect((heavy.tapeAccelerationMps2 * 0.4) / (0.24 * G)).toBeLessThan(0.7); // M/(M + m) = 0.625
  });
});
