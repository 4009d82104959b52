/**
 * Light gates and the digital timer on the cart's board (B1.1, B1.4 with gates instead of the tape) against the
 * closed forms of 人教版 必修第一册: 第一章第3节 (光电门: v ≈ d/Δt, the mean speed over the strip), 第二章 (uniform
 * acceleration: x = v₀t + ½at², v² − v₀² = 2ax) and 第四章第2节 (the resistance balanced: a = m g/(M + m)).
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../core';
import type { Setup } from '../bench/setup';
import { placeOnTrack } from '../bench/mounting';
import { CART_TRACK_RESISTANCE, cartTrackAccelerationMps2, type CartRun } from './cart-track';
import { TIMER_RESOLUTION_S, gatePass, gatesAccelerationMps2, timerReadMs, timerShows } from './light-gates';
import { createMechanicsModel } from './model';
import { mechanicsParts } from './parts';
import { cartVelocityPreset } from './presets/cart-velocity';
import { cartForcePreset } from './presets/cart-force';

const G = 9.8;
const BALANCED_DEG = (Math.atan(CART_TRACK_RESISTANCE) * 180) / Math.PI;
const run = (over: Partial<CartRun>): CartRun => ({ cartKg: 0.4, hangingKg: 0.05, tiltDeg: 0, start: 'released', gMps2: G, ...over });

describe('a light gate and the digital timer', () => {
  it('Δt is exactly the time the cart takes from x = s − d/2 to s + d/2: (√(2a(s + d/2)) − √(2a(s − d/2)))/a from rest, d/v for a pushed cart at constant speed', () => {
    const r = run({}), a = cartTrackAccelerationMps2(r), s = 0.3, d = 0.01;
    const p = gatePass(r, s, d)!;
    expect(p.clearS - p.blockedS).toBeCloseTo((Math.sqrt(2 * a * (s + d / 2)) - Math.sqrt(2 * a * (s - d / 2))) / a, 12);
    // Balanced and pushed: v = 0.3 m/s all the way, Δt = d/v = 33.3 ms.
    const steady = gatePass(run({ hangingKg: 0, tiltDeg: BALANCED_DEG, start: 'pushed' }), s, d)!;
    expect(steady.clearS - steady.blockedS).toBeCloseTo(d / 0.3, 3);
  });

  it('d/Δt is the mean speed over the strip: the speed half-way through Δt in time, a little less than √(2as) when the strip’s centre is at the beam', () => {
    const r = run({}), a = cartTrackAccelerationMps2(r);
    for (const [s, d] of [[0.1, 0.01], [0.3, 0.01], [0.3, 0.03], [0.7, 0.02]]) {
      const p = gatePass(r, s, d)!, mean = d / (p.clearS - p.blockedS), atCentre = Math.sqrt(2 * a * s);
      expect(mean).toBeCloseTo((a * (p.blockedS + p.clearS)) / 2, 12);
      expect(mean).toBeLessThan(atCentre);
      // The difference is second order in d/s: √(2as)·(1 − √(1 − (d/2s)²))/… ≈ √(2as)·d²/(32 s²).
      expect((atCentre - mean) / atCentre).toBeCloseTo(d ** 2 / (32 * s ** 2), 5);
    }
  });

  it('the timer counts whole 0.1 ms: it shows no more than the true time, and less by under 0.1 ms', () => {
    for (const t of [0.0151234, 0.00810009, 0.0333333, 0.02]) {
      const ms = timerReadMs(t);
      expect(Math.round(ms * 10)).toBeCloseTo(ms * 10, 9);
      expect(ms / 1000).toBeLessThanOrEqual(t + 1e-12);
      expect(t - ms / 1000).toBeLessThan(TIMER_RESOLUTION_S);
    }
    expect(timerReadMs(0.02)).toBe(20);
  });

  it('a gate where the strip already is at the start, or one the cart stops short of, shows nothing; a window is empty until counted', () => {
    const r = run({});
    expect(gatePass(r, 0.004, 0.01)).toBeNull();
    expect(gatePass(r, 0.9, 0.01)!.clearS).toBe(Infinity); // the hand stops the cart at 0.8 m
    const p = [gatePass(r, 0.2, 0.01), gatePass(r, 0.6, 0.01)];
    const early = timerShows(p, p[0]!.clearS + 0.01), late = timerShows(p, 10);
    expect(Number.isFinite(early.dt1Ms) && Number.isNaN(early.dt2Ms) && Number.isNaN(early.t12Ms)).toBe(true);
    expect(late.t12Ms).toBe(timerReadMs(p[1]!.blockedS - p[0]!.blockedS));
  });
});

/** The preset with the cart let go, `hung` on its thread, tilted `tiltDeg`, and its gates clamped `along` m from the strip's start. */
function withGates(preset: typeof cartVelocityPreset, hung: string[], tiltDeg: number, along: [number, number]): Setup {
  const base = preset.setup;
  const links = hung.map((id, i) => ({ id: `h${i}`, from: { part: i === 0 ? 'CT1' : hung[i - 1], terminal: 'hook' }, to: { part: id, terminal: 'ring' } }));
  let setup: Setup = { ...base, links, parts: base.parts.map((p) => (p.id === 'CT1' ? { ...p, props: { ...p.props, start: 'released', tiltDeg } } : p)) };
  const track = setup.parts.find((p) => p.id === 'CT1')!;
  for (const [i, s] of along.entries()) {
    // Put down on the beam's line s along from the strip's start (CT1 at x 0.56: the strip starts at x 0.16).
    const at = placeOnTrack(setup, mechanicsParts, mechanicsParts.find('light-gate')!, track.xM - 0.4 + s, track.yM - 0.028, 0.001);
    setup = { ...setup, parts: setup.parts.map((p) => (p.id === `LG${i + 1}` ? { ...p, xM: at.xM, yM: at.yM, rotDeg: at.rotDeg ?? 0 } : p)) };
  }
  return setup;
}

describe('the cart presets through two gates', () => {
  it('B1.4 with the resistance balanced (1.72°): a = (v₂² − v₁²)/(2L) from the timer gives m g/(M + m) for 50 g and 100 g, within what 0.1 ms counts allow', () => {
    for (const [hung, m] of [[['H5'], 0.1], [['H1', 'H2'], 0.04]] as const) {
      const model = createMechanicsModel(cartForcePreset);
      model.edit(withGates(cartForcePreset, [...hung], 1.72, [0.2, 0.65]));
      const out = runSimulation(model, { untilEvent: 'stopped' }).measurements;
      const a = (m * G) / (0.4 + m), d = 0.01, L = 0.45;
      expect(out.gapM).toBeCloseTo(L, 9);
      expect(out.stripMm).toBe(10);
      const v1 = d / (out.dt1Ms / 1000), v2 = d / (out.dt2Ms / 1000);
      // Each Δt is short by under 0.1 ms, so each v² is high by under 2·0.1 ms/Δt of itself.
      const bound = (v2 ** 2 * 2e-4 / (out.dt2Ms / 1000) + v1 ** 2 * 2e-4 / (out.dt1Ms / 1000)) / (2 * L);
      expect(Math.abs(out.gatesAccelerationMps2 - a), `${m} kg`).toBeLessThan(bound + 0.002); // + the tilt's 1.72° for 1.718°
      expect(out.gatesAccelerationMps2).toBe(gatesAccelerationMps2(d, out.dt1Ms, out.dt2Ms, L));
      // t₁₂: from the strip's front reaching gate 1 to reaching gate 2, t = √(2x/a) at each (a of the board as tilted), counted in whole 0.1 ms.
      const at = out.accelerationMps2, t12 = (Math.sqrt(2 * (0.65 - d / 2) / at) - Math.sqrt(2 * (0.2 - d / 2) / at));
      expect(t12 - out.t12Ms / 1000).toBeGreaterThanOrEqual(-1e-12);
      expect(t12 - out.t12Ms / 1000).toBeLessThan(TIMER_RESOLUTION_S);
    }
  });

  it('B1.1 on the level board: the gates give (m g − μ M g)/(M + m) = 0.828 m/s² as the tape does; gates off the board show nothing', () => {
    const model = createMechanicsModel(cartVelocityPreset);
    model.edit(withGates(cartVelocityPreset, ['H1'], 0, [0.15, 0.7]));
    const out = runSimulation(model, { untilEvent: 'stopped' }).measurements;
    const a = (0.05 * G - CART_TRACK_RESISTANCE * 0.4 * G) / 0.45;
    expect(Math.abs(out.gatesAccelerationMps2 - a)).toBeLessThan(0.02);
    expect(Math.abs(out.tapeAccelerationMps2 - a)).toBeLessThan(0.01);
    const off = createMechanicsModel(cartVelocityPreset);
    off.edit({ ...cartVelocityPreset.setup, parts: cartVelocityPreset.setup.parts.map((p) => (p.id === 'CT1' ? { ...p, props: { ...p.props, start: 'released' } } : p)), links: [{ id: 'h', from: { part: 'CT1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } }] });
    const none = runSimulation(off, { untilEvent: 'stopped' }).measurements;
    expect([none.dt1Ms, none.dt2Ms, none.t12Ms, none.gapM].every(Number.isNaN)).toBe(true);
  });
});
