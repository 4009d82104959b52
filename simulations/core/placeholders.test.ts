import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './placeholders';

describe('fillPlaceholders', () => {
  it('puts each value in its {name}, repeated names too, and leaves an unknown one visible', () => {
    expect(fillPlaceholders('{a} of {b}, {a} again; {c}', { a: 'T2', b: 0 })).toBe('T2 of 0, T2 again; {c}');
    expect(fillPlaceholders('no values {x}')).toBe('no values {x}');
  });
});
