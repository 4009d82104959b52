/**
 * 观察电容器的充、放电现象 headless, against the RC circuit's closed forms (人教版 必修第三册 第十章第4节;
 * any circuits text): charging through R_s = R + r + R_sensor with the voltmeter R_V across C, the capacitor
 * sees E·R_V/(R_s + R_V) behind R_s ∥ R_V, so V_C = V∞(1 − e^(−t/τ)), τ = C·(R_s ∥ R_V), and the sensor reads
 * (E − V_C)/R_s; discharging through R + R_sensor, the sensor reads the other way and the area under the
 * i–t curve is the charge the capacitor held, Q = C·U (less the voltmeter's share).
 */
import { describe, expect, it } from 'vitest';
import type { Setup } from '../../bench/setup';
import { voltmeterResistanceOhm } from '../engine';
import { createCircuitModel } from '../model';
import { CURRENT_SENSOR_OHM } from '../parts/current-sensor';
import { capacitorPreset } from './capacitor';

const flip = (s: Setup, position: 'a' | 'b'): Setup => ({ ...s, parts: s.parts.map((p) => (p.id === 'S1' ? { ...p, props: { ...p.props, position } } : p)) });

describe('circuit-capacitor', () => {
  it('charges along V∞(1 − e^(−t/τ)) and discharges the other way; the area under the discharge curve is C·U', () => {
    const m = createCircuitModel(capacitorPreset);
    m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
    expect(m.measure().currentMA).toBe(0);
    expect(m.measure().voltageV).toBe(0);
    const e = 8, c = 1000e-6, rSupply = 0.1, rv = voltmeterResistanceOhm(15);
    const rs = 1000 + rSupply + CURRENT_SENSOR_OHM;
    const vInf = (e * rv) / (rs + rv), tau = c * ((rs * rv) / (rs + rv));
    m.edit(flip(m.setup, 'a'));
    const dt = 0.01;
    for (let k = 1; k <= 800; k++) {
      m.step(dt);
      const t = k * dt;
      if (k % 50 === 0) {
        const vc = vInf * (1 - Math.exp(-t / tau));
        expect(m.measure().currentMA, `charging at ${t} s`).toBeCloseTo(((e - vc) / rs) * 1000, 3);
        expect(m.measure().voltageV / vc, `charging at ${t} s`).toBeCloseTo(1, 3);
      }
    }
    const v0 = m.measure().voltageV;
    expect(v0 / vInf).toBeCloseTo(1, 3);
    // Discharge: the current through the sensor runs back (negative); its area is the charge that left.
    m.edit(flip(m.setup, 'b'));
    let area = 0;
    const rd = 1000 + CURRENT_SENSOR_OHM;
    for (let k = 1; k <= 1500; k++) {
      m.step(dt);
      if (k === 1) expect(m.measure().currentMA).toBeLessThan(0);
      area += (m.measure().currentMA / 1000) * dt;
    }
    // The sensor carries the share R_V/(R_V + R + R_sensor) of the charge; the voltmeter the rest.
    expect(-area / ((c * v0 * rv) / (rv + rd))).toBeCloseTo(1, 2);
    expect(Math.abs(m.measure().voltageV)).toBeLessThan(1e-3 * v0);
  });
});
