/**
 * Micrometer readings as 人教版 必修第三册 第十一章第3节 teaches them: sleeve (with the half-millimetre marks)
 * plus thimble divisions × 0.01 mm, estimated to 0.001 mm; a zero error adds to every reading.
 */
import { describe, expect, it } from 'vitest';
import { MICROMETER_0_25, screwReading } from './micrometer';

describe('screw scale', () => {
  it('reads 6.5 mm + 20.3 divisions = 6.703 mm (the textbook example form)', () => {
    const r = screwReading(6.703e-3, MICROMETER_0_25);
    expect(r.sleeveM).toBeCloseTo(6.5e-3, 12);
    expect(r.halfMark).toBe(true);
    expect(r.thimble).toBeCloseTo(20.3, 9);
    expect(r.readM).toBeCloseTo(6.703e-3, 12);
    expect(r.leastCountM).toBeCloseTo(1e-5, 15);
  });

  it('a whole millimetre shows no half mark; readings round to the estimated tenth of a division', () => {
    const r = screwReading(2.01234e-3, MICROMETER_0_25);
    expect(r.halfMark).toBe(false);
    expect(r.sleeveM).toBeCloseTo(2e-3, 12);
    expect(r.readM).toBeCloseTo(2.012e-3, 12);
  });

  it('a zero error adds to the reading; the scale stops at its range', () => {
    expect(screwReading(1e-3, { ...MICROMETER_0_25, zeroErrorM: 0.02e-3 }).readM).toBeCloseTo(1.02e-3, 12);
    expect(screwReading(30e-3, MICROMETER_0_25).readM).toBeCloseTo(25e-3, 12);
    expect(screwReading(-1e-3, MICROMETER_0_25).readM).toBe(0);
  });
});
