import { describe, expect, it } from 'vitest';
import { CheckSpec, forStudent, readQuantity, runChecks, unitFactor, type TrueValue } from './assignment-checks';

const truths: TrueValue[] = [{ part: 'R1', prop: 'resistanceOhm', value: 47.3, unit: 'Ω' }];
// V = I·R (Ohm's law, 人教版 九年级 第十七章第2节) with R = 47.3 Ω: the least-squares slope of V against I is R exactly.
const ohmTable = (r: number) => ({
  columns: [{ name: 'currentA', unit: 'A' }, { name: 'voltageV', unit: 'V' }],
  rows: [0.01, 0.02, 0.03, 0.05].map((i) => [i, i * r]),
});

describe('reading an answer', () => {
  it('reads the last number and the unit after it', () => {
    expect(readQuantity('47.3 Ω')).toEqual({ value: 47.3, unit: 'Ω' });
    expect(readQuantity('R = 0.0473kΩ')).toEqual({ value: 0.0473, unit: 'kΩ' });
    expect(readQuantity('4.73e1 ohm')).toEqual({ value: 47.3, unit: 'ohm' });
    expect(readQuantity('about 50')).toEqual({ value: 50, unit: '' });
    expect(readQuantity('no idea')).toBeNull();
  });
  it('knows SI prefixes and spellings of a unit, and refuses another unit', () => {
    expect(unitFactor('kΩ', 'Ω')).toBe(1000);
    expect(unitFactor('ohms', 'Ω')).toBe(1);
    expect(unitFactor('\u2126', 'Ω')).toBe(1);
    expect(unitFactor('mA', 'A')).toBe(0.001);
    expect(unitFactor('V', 'Ω')).toBeNull();
  });
});

describe('checks run on a hand-in', () => {
  const checks = [
    { kind: 'value', question: 0, truth: { part: 'R1', prop: 'resistanceOhm' }, tolerancePct: 5 },
    { kind: 'slope', x: 'currentA', y: 'voltageV', truth: { part: 'R1', prop: 'resistanceOhm' }, tolerancePct: 5 },
    { kind: 'unit', question: 0, unit: 'Ω' },
  ] as const satisfies readonly CheckSpec[];

  it('passes a right answer within the tolerance, also in kΩ', () => {
    const r = runChecks(checks, { table: ohmTable(47.3), answers: ['0.0481 kΩ'] }, truths);
    expect(r.map((x) => x.passed)).toEqual([true, true, true]);
    expect(r[0].got).toBeCloseTo(48.1, 9); // 1.7 % off 47.3
    expect(r[1].got).toBeCloseTo(47.3, 9);
  });

  it('fails a value 10 % off, a slope of another resistor, a wrong unit, and says why', () => {
    const r = runChecks(checks, { table: ohmTable(30), answers: ['52.1 V'] }, truths);
    expect(r.map((x) => [x.passed, x.problem])).toEqual([[false, 'wrong_unit'], [false, 'out_of_tolerance'], [false, 'wrong_unit']]);
    expect(r[1].got).toBeCloseTo(30, 9);
    const off = runChecks(checks, { table: ohmTable(47.3), answers: ['52.1'] }, truths); // 10.1 % above 47.3
    expect([off[0].passed, off[0].problem, off[0].got]).toEqual([false, 'out_of_tolerance', 52.1]);
  });

  it('fails without an answer, without the columns, with one point', () => {
    const r = runChecks(checks, { table: { columns: [{ name: 'timeS', unit: 's' }], rows: [[1]] } }, truths);
    expect(r.map((x) => x.problem)).toEqual(['no_answer', 'no_column', 'no_answer']);
    const one = runChecks(checks, { table: { ...ohmTable(47.3), rows: [[0.01, 0.473]] }, answers: ['47 Ω'] }, truths);
    expect(one[1].problem).toBe('too_few_points');
  });

  it('a slope against a fixed number; the student is not shown a hidden true value', () => {
    const fixed = { kind: 'slope', x: 'currentA', y: 'voltageV', expected: 47, tolerancePct: 1 } as const;
    const [r] = runChecks([fixed], { table: ohmTable(47.3) }, []);
    expect(r.passed).toBe(true);
    expect(forStudent(fixed, r).expected).toBe(47);
    const [v] = runChecks([checks[0]], { table: ohmTable(1), answers: ['47 Ω'] }, truths);
    expect(forStudent(checks[0], v)).toMatchObject({ passed: true, expected: '' });
  });

  it('the schema names a bad field', () => {
    const r = CheckSpec.safeParse({ kind: 'value', question: 0, truth: { part: 'R1', prop: 'resistanceOhm' }, tolerancePct: 500 });
    expect(r.success ? null : r.error.issues[0].path).toEqual(['tolerancePct']);
    const both = CheckSpec.safeParse({ kind: 'slope', x: 'a', y: 'b', tolerancePct: 5 });
    expect(both.success ? null : both.error.issues[0].path).toEqual(['truth']);
  });
});
