import { describe, expect, it } from 'vitest';
import { WIRE_RULE_MARKS } from './wire-rule';

describe('the resistance wire rule', () => {
  it('51 cm marks over 0.5 m, longer each 5 and 10 cm, numerals 0 … 50 cm', () => {
    const m = [...WIRE_RULE_MARKS.d.matchAll(/M(-?[\d.e-]+) (-?[\d.e-]+)V(-?[\d.e-]+)/g)].map((x) => [+x[1], +x[3]]);
    expect(m.length).toBe(51);
    expect(m[50][0]).toBe(0.5);
    expect(m.filter((x) => x[1] === 0.01).length).toBe(6);
    expect(m.filter((x) => x[1] === 0.007).length).toBe(5);
    expect(WIRE_RULE_MARKS.labels.map((l) => l.text).join(' ')).toBe('0 10 20 30 40 50');
  });
});
