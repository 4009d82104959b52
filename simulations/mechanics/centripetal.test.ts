/**
 * B2.2 探究向心力大小与半径、角速度、质量的关系 (人教版 高中物理 必修第二册 第六章第2节 "向心力"): F = m ω² r; the
 * belt on steps of radii R_L : R_R gives ω_L/ω_R = R_R/R_L (the belt's speed ωR is the same on both); the columns'
 * stripes are in the ratio of the forces.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../core/params';
import { BALL_MASS_KG, STRIPE_N, armOmegas, centripetalForces, stripesFor, type CentripetalSetting } from './centripetal';
import { createMechanicsModel } from './model';
import { centripetalPreset } from './presets/centripetal';

const base: CentripetalSetting = { leftBall: 'steel', leftSlot: 'A', rightBall: 'steel', belt: '1:1', crankRps: 1 };
const ratio = (s: Partial<CentripetalSetting>) => {
  const f = centripetalForces({ ...base, ...s });
  return f.left / f.right;
};

describe('the centripetal-force apparatus', () => {
  it('F = m ω² r: the steel ball at 4 cm turned once a second needs 0.028 × (2π)² × 0.04 = 0.0442 N (0.88 stripe)', () => {
    const f = centripetalForces(base);
    expect(f.left).toBeCloseTo(0.028 * (2 * Math.PI) ** 2 * 0.04, 12);
    expect(f.right).toBeCloseTo(f.left, 12);
    expect(stripesFor(f.left).read).toBe(1); // 0.88 stripe read to half a stripe
  });

  it('one variable at a time: r doubled → 2, ω doubled → 4, tripled → 9, steel against aluminium → 2.93', () => {
    expect(ratio({})).toBeCloseTo(1, 12);
    expect(ratio({ leftSlot: 'B' })).toBeCloseTo(2, 12);
    expect(ratio({ belt: '2:1' })).toBeCloseTo(4, 12);
    expect(ratio({ belt: '3:1' })).toBeCloseTo(9, 12);
    expect(ratio({ rightBall: 'aluminium' })).toBeCloseTo(BALL_MASS_KG.steel / BALL_MASS_KG.aluminium, 12);
    expect(armOmegas({ ...base, belt: '3:1' }).left).toBeCloseTo(6 * Math.PI, 12);
  });

  it('the columns: stripes ∝ F, read to half a stripe; past the top (12 stripes) no reading; a bad belt is named', () => {
    expect(stripesFor(4 * STRIPE_N)).toEqual({ shown: 4, read: 4 });
    expect(stripesFor(4.3 * STRIPE_N).read).toBe(4.5);
    expect(stripesFor(13 * STRIPE_N).read).toBeNaN();
    expect(() => centripetalForces({ ...base, belt: '4:1' })).toThrow(/belt: '4:1' is not one of 1:1, 2:1, 3:1/);
  });
});

describe('B2.2 on the bench (mechanics-centripetal)', () => {
  it('crank at 1.5 r/s, 1:1, steel at A and C: 2 stripes each (0.0995 N); the belt on 2:1 with the crank at 1 r/s: 3.5 against 1 (4 : 1 within the reading)', () => {
    const m = createMechanicsModel(centripetalPreset);
    m.reset({ ...defaultParams(m.meta.params), crank: 'turning', crankRps: 1.5 });
    const r = m.measure();
    expect([r.leftStripes, r.rightStripes]).toEqual([2, 2]);
    m.reset({ ...defaultParams(m.meta.params), crank: 'turning', crankRps: 1, belt: '2:1' });
    const q = m.measure();
    expect(q.leftForceN / q.rightForceN).toBeCloseTo(4, 12);
    expect([q.leftStripes, q.rightStripes]).toEqual([3.5, 1]);
    m.reset(defaultParams(m.meta.params));
    expect(m.measure().leftStripes).toBe(0); // the crank still
  });
});
