/**
 * The tray balance against the lever law of its beam and the procedure of 人教版 八年级上册 第六章第1节:
 * balanced beam ⇔ left load = right load + rider (+ the nuts' trim); 感量 0.2 g moves the pointer one
 * division; the textbook's warned mistakes give exactly the errors the textbook says.
 */
import { describe, expect, it } from 'vitest';
import { BeamSwing, TRAY_BALANCE_200G as B, WEIGHT_BOX_G, imbalanceG, isBalanced, massReadingG, nutToBalanceMm, pointerFor, riderReadingG, type BalanceLoads } from './tray-balance';

/** A careful student weighing what is on the left: weights largest first (never over), then the rider to the nearest 0.2 g division. */
function weigh(loads: Omit<BalanceLoads, 'rightG' | 'riderG'>): { weights: number[]; riderG: number } {
  const weights: number[] = [];
  for (const w of WEIGHT_BOX_G) {
    const trial = { ...loads, rightG: weights.reduce((a, b) => a + b, 0) + w, riderG: 0 };
    if (imbalanceG(trial) >= 0) weights.push(w);
  }
  const rest = imbalanceG({ ...loads, rightG: weights.reduce((a, b) => a + b, 0), riderG: 0 });
  return { weights, riderG: Math.round(rest / B.riderDivisionG) * B.riderDivisionG };
}

describe('tray balance', () => {
  it('balances when left = right + rider, with the nuts in the middle of an untrimmed beam', () => {
    const loads = { leftG: 37.4, rightG: 35, riderG: 2.4, nutMm: 0, trimG: 0 };
    expect(imbalanceG(loads)).toBeCloseTo(0, 12);
    expect(isBalanced(loads)).toBe(true);
    expect(massReadingG([20, 10, 5], 2.4)).toBe(37.4);
  });

  it('moves the pointer one division for 0.2 g (感量) and leans to the heavier side until the stop', () => {
    const base = { leftG: 10, rightG: 10, riderG: 0, nutMm: 0, trimG: 0 };
    // tan θ = Δm·(sensitivity): 0.2 g → 1 division (1°) to 5 decimals.
    expect(pointerFor({ ...base, leftG: 10.2 }).divisions).toBeCloseTo(1, 3);
    expect(pointerFor({ ...base, rightG: 10.2 }).divisions).toBeCloseTo(-1, 3);
    expect(pointerFor({ ...base, leftG: 15 })).toEqual({ divisions: B.stopDivisions, status: 'againstLeftStop' });
    expect(pointerFor({ ...base, rightG: 15 })).toEqual({ divisions: -B.stopDivisions, status: 'againstRightStop' });
    expect(pointerFor({ ...base, leftG: 250, rightG: 200 }).status).toBe('overload');
    expect(isBalanced({ ...base, leftG: 10.05 })).toBe(true);
    expect(isBalanced({ ...base, leftG: 10.2 })).toBe(false);
  });

  it('is levelled by the nuts: "左偏右调" (leaning left, turn the nuts right)', () => {
    const empty = { leftG: 0, rightG: 0, riderG: 0, trimG: 1.3 };
    expect(pointerFor({ ...empty, nutMm: 0 }).divisions).toBeGreaterThan(0); // leans left
    const nut = nutToBalanceMm(empty);
    expect(nut).toBeGreaterThan(0); // to the right
    expect(nut).toBeCloseTo(1.3 / B.nutGPerMm, 12);
    expect(isBalanced({ ...empty, nutMm: nut })).toBe(true);
  });

  it('weighs an object to the rider division when levelled with the rider at zero', () => {
    const trimG = -0.8;
    const nutMm = nutToBalanceMm({ leftG: 0, rightG: 0, riderG: 0, trimG });
    for (const m of [37.4, 62.8, 4.6, 151.2]) {
      const { weights, riderG } = weigh({ leftG: m, nutMm, trimG });
      expect(massReadingG(weights, riderG)).toBeCloseTo(m, 9);
      expect(isBalanced({ leftG: m, rightG: weights.reduce((a, b) => a + b, 0), riderG, nutMm, trimG })).toBe(true);
    }
  });

  it('levelled with the rider left at 2 g: every reading is 2 g too much (游码未归零)', () => {
    const trimG = 0.6;
    const nutMm = nutToBalanceMm({ leftG: 0, rightG: 0, riderG: 2, trimG });
    const m = 37.4;
    const { weights, riderG } = weigh({ leftG: m, nutMm, trimG });
    expect(massReadingG(weights, riderG)).toBeCloseTo(m + 2, 9);
  });

  it('object on the right and weights on the left ("左码右物"): the object is weights − rider', () => {
    const trimG = 0;
    const m = 37.4;
    // The student adds 40 g on the left and moves the rider until balanced: 40 = m + rider.
    const loads = { leftG: 40, rightG: m, riderG: 2.6, nutMm: 0, trimG };
    expect(isBalanced(loads)).toBe(true);
    expect(massReadingG([40], 2.6)).toBeCloseTo(42.6, 9); // what is written down
    expect(40 - 2.6).toBeCloseTo(m, 9); // what the mass really is
  });

  it('reads the rider at its left edge to 0.2 g and keeps it on its scale', () => {
    expect(riderReadingG(2.45)).toBe(2.4);
    expect(riderReadingG(2.52)).toBe(2.6);
    expect(riderReadingG(7)).toBe(5);
    expect(riderReadingG(-1)).toBe(0);
  });

  it('swings as a damped oscillator about the equilibrium and settles there', () => {
    const s = new BeamSwing();
    // Exact step against a fine RK4 integration of x'' + 2ζω₀x' + ω₀²x = 0 from x = 4 divisions at rest.
    const w0 = (2 * Math.PI) / B.swingPeriodS, z = B.swingDamping;
    let x = 4, v = 0;
    const f = (xx: number, vv: number) => [vv, -2 * z * w0 * vv - w0 * w0 * xx];
    const h = 1e-4;
    for (let i = 0; i < 10_000; i++) {
      const k1 = f(x, v), k2 = f(x + (h / 2) * k1[0], v + (h / 2) * k1[1]), k3 = f(x + (h / 2) * k2[0], v + (h / 2) * k2[1]), k4 = f(x + h * k3[0], v + h * k3[1]);
      x += (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
      v += (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
    }
    s.divisions = 4;
    for (let i = 0; i < 100; i++) s.step(0.01, 0, 'swinging');
    expect(s.divisions).toBeCloseTo(x, 6);
    for (let i = 0; i < 3000; i++) s.step(0.01, 1.5, 'swinging');
    expect(s.divisions).toBeCloseTo(1.5, 4);
    s.step(0.01, B.stopDivisions, 'againstLeftStop');
    expect(s.divisions).toBe(B.stopDivisions);
  });
});
