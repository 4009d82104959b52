import { describe, expect, it } from 'vitest';
import { defaultRange, setupSourceOfLink } from './assigned-setup';

const origin = 'https://lab.school.cn';
describe('where an assigned setup comes from', () => {
  it('a share link, a notebook cell link, or nothing', () => {
    expect(setupSourceOfLink('https://lab.school.cn/labs/circuit-resistance-vi#setup=abc_-1', origin)).toEqual({ kind: 'share', experimentId: 'circuit-resistance-vi', encoded: 'abc_-1' });
    expect(setupSourceOfLink('/labs/circuit-ohms-law?project=p1&cell=c9', origin)).toEqual({ kind: 'notebook', experimentId: 'circuit-ohms-law', projectId: 'p1', cellId: 'c9' });
    expect(setupSourceOfLink('/labs/pendulum', origin).kind).toBe('none');
    expect(setupSourceOfLink('/projects/x#setup=abc', origin).kind).toBe('none');
    expect(setupSourceOfLink('http://[bad', origin).kind).toBe('none');
  });
  it('a first range is half to one and a half times the value, inside the property range, on its step', () => {
    const m = { part: 'R1', kind: 'resistor', prop: 'resistanceOhm', labelKey: 'circuits.prop.resistanceOhm', unit: 'Ω', value: 10.3, min: 0.1, max: 1000, step: 0.1 };
    expect(defaultRange(m)).toEqual({ part: 'R1', prop: 'resistanceOhm', min: 5.2, max: 15.5 }); // 5.15 → 5.2 (half-up at 0.1), 15.45 → 15.5
    expect(defaultRange({ ...m, value: 900 })).toEqual({ part: 'R1', prop: 'resistanceOhm', min: 450, max: 1000 });
  });
});
