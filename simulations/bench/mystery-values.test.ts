import { describe, expect, it } from 'vitest';
import { circuitParts } from '../circuits/parts';
import { ohmsLawPreset } from '../circuits/presets/ohms-law';
import { checkMysteryRanges, mysteryValue, personalSetup } from './mystery-values';
import type { Setup } from './setup';

const setup: Setup = { ...ohmsLawPreset.setup, parts: ohmsLawPreset.setup.parts.map((p) => (p.id === 'R1' ? { ...p, mystery: ['resistanceOhm'] } : p)) };
const range = { part: 'R1', prop: 'resistanceOhm', min: 20, max: 80 };

describe('per-student mystery values', () => {
  it('are the same for one student every time, inside the range, on the property step (0.1 Ω)', () => {
    const a = personalSetup(setup, [range], circuitParts, 7, 101);
    const b = personalSetup(setup, [range], circuitParts, 7, 101);
    expect(a.values).toEqual(b.values);
    const v = a.values[0];
    expect(v).toMatchObject({ part: 'R1', prop: 'resistanceOhm', unit: 'Ω' });
    expect(v.value).toBeGreaterThanOrEqual(20);
    expect(v.value).toBeLessThanOrEqual(80);
    expect(Math.abs(v.value * 10 - Math.round(v.value * 10))).toBeLessThan(1e-9);
    expect(a.setup.parts.find((p) => p.id === 'R1')!.props.resistanceOhm).toBe(v.value);
    expect(setup.parts.find((p) => p.id === 'R1')!.props.resistanceOhm).toBe(5); // the teacher's setup is untouched
  });

  it('differ between students and assignments: 40 students get at least 35 different values, spread over the range', () => {
    const values = Array.from({ length: 40 }, (_, s) => mysteryValue(range, 7, 1000 + s, 0.1));
    expect(new Set(values).size).toBeGreaterThanOrEqual(35);
    expect(Math.min(...values)).toBeLessThan(35); // uniform over 20 … 80: 40 draws all above 35 has probability (0.75)^40 ≈ 1e-5
    expect(Math.max(...values)).toBeGreaterThan(65);
    expect(mysteryValue(range, 8, 1000, 0.1)).not.toBe(mysteryValue(range, 7, 1000, 0.1));
  });

  it('ranges are checked against the setup, naming the field', () => {
    expect(checkMysteryRanges(setup, [range], circuitParts)).toEqual([]);
    expect(checkMysteryRanges(setup, [{ ...range, part: 'R9' }], circuitParts)[0].field).toBe('mystery[0].part');
    expect(checkMysteryRanges(setup, [{ ...range, part: 'U1', prop: 'voltageV' }], circuitParts)[0].field).toBe('mystery[0].prop');
    expect(checkMysteryRanges(setup, [{ ...range, min: 80, max: 20 }], circuitParts)[0].field).toBe('mystery[0].max');
    expect(checkMysteryRanges(setup, [{ ...range, max: 5000 }], circuitParts)[0]).toMatchObject({ field: 'mystery[0].min', message: expect.stringContaining('0.1 … 1000') });
  });
});
