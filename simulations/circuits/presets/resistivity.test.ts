/**
 * 导体电阻率的测量 headless (人教版 必修第三册 第十一章第3节): R = ρL/S, S = πd²/4; with the voltmeter across
 * the wire and the ammeter outside, U/I is R in parallel with the voltmeter, R·R_V/(R + R_V). The micrometer
 * closed on the wire reads its diameter to 0.001 mm (bench/instruments/micrometer.ts).
 */
import { describe, expect, it } from 'vitest';
import { MICROMETER_0_25, screwReading } from '../../bench/instruments/micrometer';
import { findMaterial, voltmeterResistanceOhm } from '../engine';
import { createCircuitModel } from '../model';
import { resistivityPreset } from './resistivity';

describe('circuit-resistivity', () => {
  it('ρ = (U/I)·πd²/(4L) from the meters, the micrometer and the rule gives nichrome’s 1.0e-6 Ω·m back, within the voltmeter’s share', () => {
    const m = createCircuitModel(resistivityPreset);
    const defaults = Object.fromEntries(m.meta.params.map((p) => [p.name, p.default]));
    const rv = voltmeterResistanceOhm(3);
    for (const [lengthM, slider] of [[0.5, 0.6], [0.3, 0.8], [0.4, 0.4]] as const) {
      m.reset({ ...defaults, wireLengthM: lengthM, sliderFraction: slider });
      const { voltageV, currentA } = m.measure();
      expect(currentA).toBeLessThan(0.6);
      expect(voltageV).toBeLessThan(3);
      const d = screwReading(m.engine.value('RX1', 'micrometerM'), MICROMETER_0_25).readM;
      expect(d).toBeCloseTo(0.4e-3, 9);
      const rho = ((voltageV / currentA) * Math.PI * d * d) / (4 * lengthM);
      const r = (1e-6 * lengthM) / ((Math.PI * d * d) / 4);
      expect(rho / 1e-6, `L = ${lengthM} m`).toBeCloseTo(rv / (r + rv), 9);
      expect(Math.abs(rho / findMaterial('nichrome')!.resistivityOhmM - 1)).toBeLessThan(1e-3);
    }
  });

  it('keeps the wire’s material and diameter from a student', () => {
    const m = createCircuitModel(resistivityPreset);
    m.audience = 'student';
    expect(m.secretParams().sort()).toEqual(['diameterMm', 'material']);
  });
});
