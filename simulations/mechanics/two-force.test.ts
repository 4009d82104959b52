/**
 * 二力平衡 (人教版 八年级下册 第八章第2节, 实验 探究二力平衡的条件) on the two-force preset: the card stays at rest only
 * with equal pulls on one line. Unequal weights: a = (m₂ − m₁) g / (m₁ + m₂ + m_card) (Newton's second law for the card
 * and the two weights joined by light strings over frictionless pulleys, 人教版 必修第一册 第四章第3节); turned: the
 * strings' couple τ = −T w D sin θ / L is −dU/dθ of the weights' potential energy U = 2 T (L(θ) − L(0)); cut: each half
 * pulled by one weight alone. g = 9.8 N/kg (八年级下册 第七章第3节).
 */
import { describe, expect, it } from 'vitest';
import { arrange } from '../bench/placement';
import type { BenchModel } from '../bench/bench-model';
import type { Setup, SetupLink } from '../bench/setup';
import { runSimulation } from '../core';
import { defaultParams } from '../core/params';
import { createMechanicsModel } from './model';
import { mechanicsParts } from './parts';
import { twoForcePreset } from './presets/two-force';
import { tableOf } from './presets/tables';
import { CARD_APPARATUS, cardAccelerationMps2, halfAccelerationMps2, holeToPulleyM, restoringTorqueNm, travelledM, turnStep, turnedRad, type CardRun } from './two-force';

const G = 9.8;
const run = (over: Partial<CardRun> = {}): CardRun => ({ leftKg: 0.05, rightKg: 0.05, cardKg: 0.002, twistDeg: 0, hand: 'released', gMps2: G, ...over });

function open(params: Record<string, number> = {}): BenchModel {
  const m = createMechanicsModel(twoForcePreset);
  m.reset({ ...defaultParams(m.meta.params), ...params });
  return m;
}
function edit(m: BenchModel, props: Record<string, Record<string, number | string>> = {}, links: SetupLink[] = []) {
  const s: Setup = { ...m.setup, parts: m.setup.parts.map((p) => ({ ...p, props: { ...p.props, ...(props[p.id] ?? {}) } })), links: [...m.setup.links, ...links] };
  m.edit(arrange(s, mechanicsParts, tableOf(m.preset.id).heightM));
}
const v = (m: BenchModel, name: string) => m.engine.value('TF1', name);
const play = (m: BenchModel, s: number) => {
  for (let t = 0; t < s - 1e-9; t += 0.01) m.step(0.01);
};

describe('the card on two strings (pure)', () => {
  it('unequal weights: a = (m₂ − m₁) g / (m₁ + m₂ + m_card); equal: 0; held: 0', () => {
    expect(cardAccelerationMps2(run({ rightKg: 0.1 }))).toBeCloseTo((0.05 * G) / 0.152, 12); // 3.224 m/s² toward the right
    expect(cardAccelerationMps2(run({ leftKg: 0.1 }))).toBeCloseTo((-0.05 * G) / 0.152, 12);
    expect(cardAccelerationMps2(run())).toBe(0);
    expect(cardAccelerationMps2(run({ rightKg: 0.1, hand: 'holding' }))).toBe(0);
    expect(halfAccelerationMps2(0.05, 0.002, G)).toBeCloseTo((0.05 * G) / 0.051, 12);
    expect(travelledM(2, 0.1)).toBeCloseTo(0.01, 12);
    expect(travelledM(-2, 10)).toBe(-CARD_APPARATUS.travelM);
  });

  it('the couple of a turned card is −dU/dθ of the weights (U = 2T(L(θ) − L(0))), zero in line, and turns it back', () => {
    const T = 0.49;
    for (const deg of [5, 30, -45]) {
      const th = (deg * Math.PI) / 180, h = 1e-6;
      const dU = (2 * T * (holeToPulleyM(th + h) - holeToPulleyM(th - h))) / (2 * h);
      expect(restoringTorqueNm(th, T)).toBeCloseTo(-dU, 9);
      expect(Math.sign(restoringTorqueNm(th, T))).toBe(-Math.sign(th));
    }
    expect(Math.abs(restoringTorqueNm(0, T))).toBe(0);
    // L(0) = D − w/2: the holes in line with the pulleys.
    expect(holeToPulleyM(0)).toBeCloseTo(CARD_APPARATUS.pulleyM - CARD_APPARATUS.holeSpacingM / 2, 12);
  });

  it('turned by 30° and let go, it turns back and settles in line within a second; not turned, it does not move', () => {
    let s = { thetaRad: Math.PI / 6, omega: 0 };
    s = turnStep(s, 0.05, run());
    expect(s.omega).toBeLessThan(0); // turning back
    expect(s.thetaRad).toBeLessThan(Math.PI / 12);
    for (let i = 0; i < 95; i++) s = turnStep(s, 0.01, run());
    expect(Math.abs(s.thetaRad)).toBeLessThan((0.5 * Math.PI) / 180);
    expect(turnStep({ thetaRad: 0, omega: 0 }, 1, run())).toEqual({ thetaRad: 0, omega: 0 });
    // The same from the time since let go alone, as the bench asks it.
    expect(turnedRad(run({ twistDeg: 30 }), 0)).toBeCloseTo(Math.PI / 6, 12);
    expect(turnedRad(run({ twistDeg: 30 }), 1)).toBeCloseTo(s.thetaRad, 6);
    expect(turnedRad(run({ twistDeg: 30 }), 0.05)).toBeLessThan(Math.PI / 12);
  });
});

describe('二力平衡 on the preset', () => {
  it('50 g each side: pulls 0.49 N and 0.49 N, let go it stays at rest', () => {
    const m = open();
    expect(v(m, 'leftN')).toBeCloseTo(0.05 * G, 12);
    expect(v(m, 'rightN')).toBeCloseTo(0.05 * G, 12);
    expect(v(m, 'atRest')).toBeNaN(); // held
    edit(m, { TF1: { hand: 'released' } });
    play(m, 1);
    expect(v(m, 'atRest')).toBe(1);
    expect(v(m, 'offsetM')).toBe(0);
    expect(v(m, 'angleDeg')).toBe(0);
  });

  it('a second 50 g hung on the right: it moves right, ½ a t² with a = 0.049 × 9.8 / 0.152 … until the pulley', () => {
    const m = open();
    edit(m, {}, [{ id: 'x', from: { part: 'H2', terminal: 'hook' }, to: { part: 'H4', terminal: 'ring' } }]);
    expect(v(m, 'rightN')).toBeCloseTo(0.1 * G, 12);
    edit(m, { TF1: { hand: 'released' } });
    const a = (0.05 * G) / (0.05 + 0.1 + 0.002);
    expect(v(m, 'accelerationMps2')).toBeCloseTo(a, 12);
    play(m, 0.2);
    expect(v(m, 'offsetM')).toBeCloseTo(0.5 * a * 0.2 ** 2, 9);
    expect(v(m, 'atRest')).toBe(0);
    play(m, 1);
    expect(v(m, 'offsetM')).toBe(CARD_APPARATUS.travelM);
  });

  it('turned by 30° with equal weights and let go: it does not stay at rest, and ends in line', () => {
    const m = open({ twistDeg: 30 });
    expect(v(m, 'angleDeg')).toBeCloseTo(30, 9);
    edit(m, { TF1: { hand: 'released' } });
    play(m, 1);
    expect(v(m, 'atRest')).toBe(0);
    expect(Math.abs(v(m, 'angleDeg'))).toBeLessThan(0.5);
    expect(v(m, 'offsetM')).toBe(0);
  });

  it('cut in two: the halves move apart, each with m g / (m + m_card/2)', () => {
    const m = open();
    edit(m, { TF1: { hand: 'cut' } });
    play(m, 0.1);
    const a = halfAccelerationMps2(0.05, 0.002, G);
    expect(v(m, 'gapM')).toBeCloseTo(2 * 0.5 * a * 0.1 ** 2, 9);
    expect(v(m, 'atRest')).toBe(0);
  });

  it('runs headless like any experiment', () => {
    const m = open({ rightMassG: 100 });
    const r = runSimulation(m, { timeS: 0.5 }).measurements;
    expect(r.rightN).toBeCloseTo(0.1 * G, 12);
    expect(r.leftN).toBeCloseTo(0.05 * G, 12);
  });
});
