/**
 * B1.3 探究两个互成角度的力的合成规律 (人教版 高中物理 必修第一册 第三章第4节 "力的合成和分解"): the knot of the
 * rubber band brought to the same mark O with two gauges at an angle and then with one; the one gauge's force is
 * the diagonal of the parallelogram on the two (F = F₁ + F₂ as vectors), to within the gauges' reading (0.01 N,
 * an estimated digit on 0.1 N divisions) and the protractor's 1°.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../core/params';
import { BAND_K_NPM, BAND_NATURAL_M, PULL_GAUGE_K_NPM, PULL_SLACK_M, gaugeHookFromRingM, gaugePull, handsFor, knotRest, resultant, springPull, type Vec } from './force-composition';
import type { MechanicsBenchEngine } from './bench-engine';
import { createMechanicsModel } from './model';
import { BOARD_MARK_O, BOARD_PIN } from './parts/force-board';
import { forceCompositionPreset } from './presets/force-composition';

const pin = { x: 0.1, y: 0.1 };
const O = { x: 0.3, y: 0.1 }; // 20 cm from the pin, along +x: the band pulls (0.2 − 0.08) × 40 = 4.8 N toward the pin

describe('the knot between the band and the gauges', () => {
  it('springs: slack below their length, k (l − L) beyond; the band at O pulls 4.8 N back toward the pin', () => {
    const band = springPull(O, pin, BAND_NATURAL_M, BAND_K_NPM);
    expect(band.x).toBeCloseTo(-4.8, 12);
    expect(band.y).toBeCloseTo(0, 12);
    expect(springPull({ x: 0.15, y: 0.1 }, pin, BAND_NATURAL_M, BAND_K_NPM)).toEqual({ x: 0, y: 0 });
    expect(PULL_GAUGE_K_NPM).toBe(50); // 5 N over 10 cm
  });

  it('two gauges at ±30° held where handsFor puts them bring the knot to O; each pulls 4.8/(2 cos 30°) = 2.77 N', () => {
    const hands = handsFor(pin, O, [30, -30])!;
    const p = knotRest(pin, hands);
    expect(Math.hypot(p.x - O.x, p.y - O.y)).toBeLessThan(1e-7);
    const [g1, g2] = hands.map((h) => gaugePull(p, h));
    expect(g1.forceN).toBeCloseTo(4.8 / (2 * Math.cos(Math.PI / 6)), 6);
    expect(g1.readingN).toBe(2.77);
    expect([g1.angleDeg, g2.angleDeg]).toEqual([30, -30]);
    // The parallelogram's diagonal: 4.8 N along 0°, what one gauge then reads at O.
    const d = resultant([g1, g2]);
    expect(d.forceN).toBeCloseTo(4.8, 6);
    expect(d.angleDeg).toBeCloseTo(0, 6);
    const one = handsFor(pin, O, [0])!;
    const q = knotRest(pin, one);
    expect(Math.hypot(q.x - O.x, q.y - O.y)).toBeLessThan(1e-7);
    expect(gaugePull(q, one[0]).readingN).toBe(4.8);
  });

  it('at 60° and −45° (unequal): the diagonal of the two readings matches the single gauge within 0.03 N and 1°', () => {
    const hands = handsFor(pin, O, [60, -45])!;
    const p = knotRest(pin, hands);
    const r = resultant(hands.map((h) => gaugePull(p, h)).map((g) => ({ forceN: g.readingN, angleDeg: g.angleDeg })));
    expect(Math.abs(r.forceN - 4.8)).toBeLessThan(0.03);
    expect(Math.abs(r.angleDeg)).toBeLessThan(1);
    // Held a hair off (the grid's 1 mm), the knot is within a millimetre of O.
    const off = knotRest(pin, hands.map((h) => ({ x: h.x + 0.001, y: h.y - 0.001 })));
    expect(Math.hypot(off.x - O.x, off.y - O.y)).toBeLessThan(0.001);
  });

  it('a gauge held closer than its string and spring (16 cm) pulls nothing; with nothing pulling the knot lies below the pin', () => {
    expect(gaugePull(O, { x: O.x + PULL_SLACK_M - 0.01, y: O.y }).forceN).toBe(0);
    expect(knotRest(pin, [])).toEqual({ x: pin.x, y: pin.y + BAND_NATURAL_M });
    expect(handsFor(pin, O, [10, 10])).toBeNull();
    expect(handsFor(pin, O, [180])).toBeNull(); // pulling toward the pin cannot hold it at O
  });
});

describe('B1.3 on the bench (mechanics-force-composition)', () => {
  it('the gauges moved to where they hold the knot on O: readings and directions; one gauge alone reads the diagonal', () => {
    const m = createMechanicsModel(forceCompositionPreset);
    m.reset(defaultParams(m.meta.params));
    const board = m.setup.parts.find((p) => p.id === 'FB1')!;
    const pinW = { x: board.xM + BOARD_PIN.x, y: board.yM + BOARD_PIN.y }, oW = { x: board.xM + BOARD_MARK_O.x, y: board.yM + BOARD_MARK_O.y };
    const move = (at: Record<string, Vec>, links = m.setup.links) => {
      m.edit({ ...m.setup, links, parts: m.setup.parts.map((p) => (at[p.id] ? { ...p, xM: Math.round(at[p.id].x * 1000) / 1000, yM: Math.round(at[p.id].y * 1000) / 1000 } : p)) });
      return m.measure();
    };
    const [h1, h2] = handsFor(pinW, oW, [40, -30])!;
    const two = move({ G1: h1, G2: h2 });
    expect(two.offOMm).toBeLessThan(1); // held to the 1 mm grid
    expect([two.g1AngleDeg, two.g2AngleDeg]).toEqual([40, -30]);
    const d = resultant([{ forceN: two.g1ReadingN, angleDeg: two.g1AngleDeg }, { forceN: two.g2ReadingN, angleDeg: two.g2AngleDeg }]);
    const [h] = handsFor(pinW, oW, [0])!;
    const one = move({ G1: h }, m.setup.links.filter((l) => l.id !== 'S2'));
    expect(one.offOMm).toBeLessThan(1);
    expect(one.g2ReadingN).toBe(0);
    expect(Math.abs(d.forceN - one.g1ReadingN)).toBeLessThan(0.05);
    expect(Math.abs(d.angleDeg - one.g1AngleDeg)).toBeLessThan(1.5);
  });

  it('the strings are drawn as on the real board: band and both strings meet at the knot (on O once it is brought there), each string runs on in line with its gauge to the hook', () => {
    const m = createMechanicsModel(forceCompositionPreset);
    m.reset(defaultParams(m.meta.params));
    const engine = m.engine as MechanicsBenchEngine;
    const board = m.setup.parts.find((p) => p.id === 'FB1')!;
    const pinW = { x: board.xM + BOARD_PIN.x, y: board.yM + BOARD_PIN.y }, oW = { x: board.xM + BOARD_MARK_O.x, y: board.yM + BOARD_MARK_O.y };
    const check = (expectKnotOnO: boolean) => {
      const knot = { x: pinW.x + engine.value('FB1', 'knotXM'), y: pinW.y + engine.value('FB1', 'knotYM') };
      expect(Math.hypot(knot.x - oW.x, knot.y - oW.y) < 0.001).toBe(expectKnotOnO);
      for (const l of m.setup.links) {
        const g = m.setup.parts.find((p) => p.id === l.from.part)!, s = engine.stringEnds(l)!;
        // Tied to the knot, where the band ends: not to the mark O, not to the gauge's ring.
        expect(Math.hypot(s.from.x - knot.x, s.from.y - knot.y)).toBeLessThan(1e-12);
        // The hook is on the line from the ring (the hand) to the knot, as far along as the gauge is long now.
        const hx = s.to.x - g.xM, hy = s.to.y - g.yM, kx = knot.x - g.xM, ky = knot.y - g.yM;
        expect(Math.abs(hx * ky - hy * kx) / Math.hypot(kx, ky)).toBeLessThan(1e-12);
        expect(hx * kx + hy * ky).toBeGreaterThan(0);
        expect(Math.hypot(hx, hy)).toBeCloseTo(gaugeHookFromRingM(engine.value(g.id, 'pointerN')), 12);
      }
    };
    check(false); // as set out: the gauges not yet where they hold the knot on O
    const [h1, h2] = handsFor(pinW, oW, [40, -30])!;
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'G1' || p.id === 'G2' ? { ...p, xM: Math.round((p.id === 'G1' ? h1 : h2).x * 1000) / 1000, yM: Math.round((p.id === 'G1' ? h1 : h2).y * 1000) / 1000 } : p)) });
    check(true);
    // Anything else (a hooked weight on its hook) is not a string on the board.
    expect(engine.stringEnds({ id: 'x', from: { part: 'G1', terminal: 'hook' }, to: { part: 'G2', terminal: 'hook' } })).toBeNull();
  });
});
