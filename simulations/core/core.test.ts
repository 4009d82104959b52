import { describe, expect, it } from 'vitest';
import { FixedStepClock } from './clock';
import { validateParams, type ParamSpec } from './params';
import { emptyTable, recordRow, tableToCsv } from './recorder';
import { SeededRandom } from './rng';

const specs: ParamSpec[] = [
  { kind: 'number', name: 'angleDeg', labelKey: 'x', unit: 'deg', min: 0, max: 90, step: 1, default: 45 },
  { kind: 'choice', name: 'gravity', labelKey: 'x', options: [{ value: 'earth', labelKey: 'x' }, { value: 'moon', labelKey: 'x' }], default: 'earth' },
  { kind: 'boolean', name: 'drag', labelKey: 'x', default: false },
];

describe('validateParams', () => {
  it('fills defaults and parses strings', () => {
    const r = validateParams(specs, { angleDeg: '30', drag: 'true' });
    expect(r).toEqual({ ok: true, values: { angleDeg: 30, gravity: 'earth', drag: true } });
  });
  it('names the field and the allowed range for out-of-range, NaN, unknown and bad choices', () => {
    const r = validateParams(specs, { angleDeg: 91, gravity: 'jupiter', speed: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['angleDeg', 'gravity', 'speed']);
    expect(r.errors[0].message).toContain('0 … 90 deg');
    expect(r.errors[1].allowed).toBe('earth | moon');
    expect(r.errors[2].message).toContain('known parameters: angleDeg, gravity, drag');
    const nan = validateParams(specs, { angleDeg: 'abc' });
    expect(nan.ok).toBe(false);
  });
});

describe('FixedStepClock', () => {
  it('takes whole fixed steps and carries the remainder', () => {
    const c = new FixedStepClock(0.01);
    expect(c.advance(0.035)).toBe(3);
    expect(c.advance(0.005)).toBe(1); // 0.005 carried + 0.005 = one step
  });
  it('scales by speed and reports when it must slow down', () => {
    const c = new FixedStepClock(0.001, 2, 10);
    expect(c.advance(0.1)).toBe(10);
    expect(c.slowed).toBe(true);
  });
});

describe('recorder', () => {
  it('records params and measurements into CSV with units and quoting', () => {
    let t = emptyTable([
      { name: 'angleDeg', unit: 'deg', source: 'param' },
      { name: 'rangeM', unit: 'm', source: 'measurement' },
      { name: 'note, text', unit: '', source: 'manual' },
    ]);
    t = recordRow(t, { angleDeg: 30 }, { rangeM: 12.5 });
    expect(tableToCsv(t)).toBe('angleDeg (deg),rangeM (m),"note, text"\n30,12.5,\n');
  });
});

describe('SeededRandom', () => {
  it('is deterministic for a seed and roughly uniform', () => {
    const a = new SeededRandom(42), b = new SeededRandom(42);
    const xs = Array.from({ length: 10000 }, () => a.next());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01); // uniform [0,1) has mean 1/2
  });
});
