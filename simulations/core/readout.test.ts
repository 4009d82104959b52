import { describe, expect, it } from 'vitest';
import { formatReadout } from './readout';

describe('formatReadout (issue #14, item 17)', () => {
  it('shows pH to the meter resolution 0.01: 1 M HCl reads 0.00, not −0.000000000000199', () => {
    // −log10(1 + 1e-14 + …) for 1 M HCl: the solver returns −1.99e-13, which is rounding noise.
    expect(formatReadout(-1.99e-13, { resolution: 0.01 }, 'en')).toBe('0.00');
    expect(formatReadout(-1.99e-13, { resolution: 0.01 }, 'zh-CN')).toBe('0.00');
    expect(formatReadout(7.0962, { resolution: 0.01 }, 'en')).toBe('7.10');
    expect(formatReadout(-0.004, { resolution: 0.01 }, 'en')).toBe('0.00'); // never −0.00
    expect(formatReadout(24.995, { resolution: 0.01 }, 'en')).toBe('25.00');
  });
  it('resolution with significant digits: noise is zero, large values keep `digits`', () => {
    expect(formatReadout(1e-33, { resolution: 1e-5, digits: 4 }, 'en')).toBe('0');
    expect(formatReadout(45.1234567, { resolution: 1e-5, digits: 4 }, 'en')).toBe('45.12');
    expect(formatReadout(0.0000512, { resolution: 1e-5, digits: 4 }, 'en')).toBe('0.00005');
    expect(formatReadout(12345.678, { resolution: 0.001, digits: 5 }, 'en')).toBe('12,346');
  });
  it('significant digits switch to m × 10ⁿ for very small and very large values', () => {
    expect(formatReadout(-1.99e-13, {}, 'en')).toBe('-1.99 × 10⁻¹³');
    expect(formatReadout(7.4131e-12, { digits: 3 }, 'en')).toBe('7.41 × 10⁻¹²');
    expect(formatReadout(6.02214076e23, { digits: 4 }, 'zh-CN')).toBe('6.022 × 10²³');
    expect(formatReadout(0.00012346, {}, 'en')).toBe('0.0001235');
    expect(formatReadout(0.000012346, {}, 'en')).toBe('1.235 × 10⁻⁵');
    expect(formatReadout(123456, {}, 'en')).toBe('123,500');
    expect(formatReadout(0, {}, 'en')).toBe('0');
  });
  it('shows — for values not measured yet', () => {
    expect(formatReadout(NaN, { resolution: 0.001 }, 'en')).toBe('—');
    expect(formatReadout(Infinity, {}, 'en')).toBe('—');
  });
});
