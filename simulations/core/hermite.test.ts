import { describe, expect, it } from 'vitest';
import { hermiteAt, hermiteZero } from './hermite';
import { createRk4Stepper, rk4Step } from './integrators';
import { OscillationTimer } from './oscillation-timer';
import { GRAVITY_PRESETS_MPS2, gravityFromParams } from './gravity';

describe('hermite', () => {
  it('is exact for a quadratic (free fall y = 10 − ½·9.81·t² over a 2 s step)', () => {
    const y = (t: number) => 10 - 0.5 * 9.81 * t * t;
    const v = (t: number) => -9.81 * t;
    expect(hermiteAt(y(0), v(0), y(2), v(2), 2, 0.37)).toBeCloseTo(y(0.74), 12);
    const s = hermiteZero(y(0), v(0), y(2), v(2), 2);
    expect(2 * s).toBeCloseTo(Math.sqrt(20 / 9.81), 12); // t = √(2h/g)
  });
});

describe('createRk4Stepper', () => {
  it('gives the same numbers as rk4Step', () => {
    const f = (_t: number, y: Float64Array, out: Float64Array) => {
      out[0] = y[1];
      out[1] = -Math.sin(y[0]);
    };
    const a = new Float64Array([1, 0]), b = new Float64Array([1, 0]);
    const step = createRk4Stepper(2, f);
    for (let i = 0; i < 100; i++) {
      rk4Step(f, i * 0.01, a, 0.01);
      step(i * 0.01, b, 0.01);
    }
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe('OscillationTimer', () => {
  it('measures the period of cos t as 2π from sampled velocity and acceleration', () => {
    const timer = new OscillationTimer();
    timer.start(0, 0, 1);
    const h = 0.05;
    for (let t = 0; t < 7; t += h) timer.update(t, h, -Math.sin(t), -Math.cos(t), -Math.sin(t + h), -Math.cos(t + h), Math.cos(t + h));
    expect(timer.periodS).toBeCloseTo(2 * Math.PI, 5);
  });
  it('ignores sign changes of the velocity below the amplitude floor and keeps the last period', () => {
    const timer = new OscillationTimer();
    timer.start(0, 0, 1, 1e-9);
    const h = 0.05;
    for (let t = 0; t < 7; t += h) timer.update(t, h, -Math.sin(t), -Math.cos(t), -Math.sin(t + h), -Math.cos(t + h), Math.cos(t + h));
    const turning = [...timer.turningTimesS];
    // Rounding noise: a velocity of ±1e-18 flipping sign every step at a position of 1e-17.
    for (let i = 0; i < 20; i++) expect(timer.update(7 + i * h, h, i % 2 ? 1e-18 : -1e-18, 0, i % 2 ? -1e-18 : 1e-18, 0, 1e-17)).toBe(false);
    expect(timer.turningTimesS).toEqual(turning);
    expect(timer.periodS).toBeCloseTo(2 * Math.PI, 5);
  });
});

describe('gravity presets', () => {
  it('reads presets and the custom value', () => {
    expect(gravityFromParams({ gravity: 'mars', customGravityMps2: 1 })).toBe(GRAVITY_PRESETS_MPS2.mars);
    expect(gravityFromParams({ gravity: 'custom', customGravityMps2: 4.2 })).toBe(4.2);
    expect(() => gravityFromParams({ gravity: 'venus', customGravityMps2: 1 })).toThrow(/earth \| textbook \| estimate \| moon \| mars \| custom/);
  });
  it('offers the Chinese textbook values g = 9.8 N/kg and g = 10 N/kg for estimates', () => {
    // 人教版《物理》八年级下册 第七章第3节 "重力": g = 9.8 N/kg; 粗略计算时 g = 10 N/kg (1 N/kg = 1 m/s²).
    expect(gravityFromParams({ gravity: 'textbook', customGravityMps2: 1 })).toBe(9.8);
    expect(gravityFromParams({ gravity: 'estimate', customGravityMps2: 1 })).toBe(10);
  });
});
