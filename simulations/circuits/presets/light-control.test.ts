/**
 * The light-controlled lamp headless, against the photoresistor's law and the relay's currents (engine/sensors.ts:
 * R = R10·(E/10 lx)^(−γ) ∥ R_dark; the relay pulls in at 8 mA and drops out at 4 mA through its 100 Ω coil on 6 V):
 * dimming, the lamp comes on where R_LDR = 6 V/4 mA − 100 Ω − r; brightening, it goes off where
 * R_LDR = 6 V/8 mA − 100 Ω − r. Between the two the lamp keeps what it was doing (the relay's hysteresis).
 */
import { describe, expect, it } from 'vitest';
import type { Setup } from '../../bench/setup';
import { createCircuitModel } from '../model';
import { PHOTORESISTOR } from '../parts/photoresistor';
import { RELAY } from '../parts/relay';
import { lightControlPreset } from './light-control';
import { circuitParts } from '../parts';

const lit = (s: Setup, lux: number): Setup => ({ ...s, parts: s.parts.map((p) => (p.id === 'RG1' ? { ...p, props: { ...p.props, illuminanceLux: lux } } : p)) });
/** The illuminance at which the photoresistor has resistance R (its dark resistance in parallel). */
const luxFor = (r: number) => 10 * Math.pow(PHOTORESISTOR.resistanceAt10LuxOhm / (1 / (1 / r - 1 / PHOTORESISTOR.darkResistanceOhm)), 1 / PHOTORESISTOR.gamma);

describe('circuit-light-control', () => {
  it('the lamp comes on at dusk and goes off in daylight, at the illuminances the relay’s currents give', () => {
    const m = createCircuitModel(lightControlPreset);
    m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
    expect(m.measure().relayEnergised).toBe(1);
    expect(m.measure().lampBrightness).toBe(0);
    const supplyR = 0.1;
    const onBelow = luxFor(6 / RELAY.dropOutCurrentA - RELAY.coilResistanceOhm - supplyR);
    const offAbove = luxFor(6 / RELAY.pullInCurrentA - RELAY.coilResistanceOhm - supplyR);
    expect(onBelow).toBeGreaterThan(150);
    expect(offAbove).toBeLessThan(520);
    let cameOn = NaN, wentOff = NaN;
    for (let lux = 1000; lux >= 0; lux -= 5) {
      m.edit(lit(m.setup, lux));
      m.step(0.05);
      if (Number.isNaN(cameOn) && m.measure().lampBrightness > 0.2) cameOn = lux;
    }
    for (let lux = 0; lux <= 1000; lux += 5) {
      m.edit(lit(m.setup, lux));
      m.step(0.05);
      if (Number.isNaN(wentOff) && m.measure().lampBrightness < 0.01) wentOff = lux;
    }
    expect(cameOn).toBeLessThanOrEqual(onBelow);
    expect(cameOn).toBeGreaterThan(onBelow - 5);
    expect(wentOff).toBeGreaterThanOrEqual(offAbove);
    expect(wentOff).toBeLessThan(offAbove + 5);
  });

  it('a filament bulb switched by the relay’s contact lights when the contact closes (it used to leave Newton without a solution)', () => {
    // The preset's working circuit with a 2.5 V 0.3 A bulb in place of the LED and its resistor.
    const base = lightControlPreset.setup;
    const setup: Setup = {
      ...base,
      parts: [...base.parts.filter((p) => p.id !== 'D1' && p.id !== 'R1'), { id: 'L1', kind: 'bulb', xM: 0.82, yM: 0.3, rotDeg: 0, props: circuitParts.defaultProps('bulb') }],
      links: [...base.links.filter((l) => ![l.from.part, l.to.part].some((x) => x === 'D1' || x === 'R1')), { id: 'wL1', from: { part: 'K1', terminal: 'nc' }, to: { part: 'L1', terminal: 'a' } }, { id: 'wL2', from: { part: 'L1', terminal: 'b' }, to: { part: 'B1', terminal: '-' } }],
    };
    const m = createCircuitModel({ ...lightControlPreset, setup, measurements: [] });
    m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
    m.edit(setup);
    m.step(0.05);
    expect(m.engine.value('K1', 'energised')).toBe(1);
    expect(m.engine.value('L1', 'currentA')).toBe(0);
    m.edit(lit(m.setup, 50));
    for (let k = 0; k < 50; k++) m.step(0.01);
    expect(m.diagnostics().map((d) => d.key)).not.toContain('circuits.diag.noConvergence');
    expect(m.engine.value('K1', 'energised')).toBe(0);
    // Steady state: the pack's 3 V behind its 1 Ω across the filament, whose hot resistance follows R ∝ T^1.2 with
    // V² ∝ T^5.2 (engine/bulb-model.ts): check the operating point satisfies I·(r + R(I)) = E with R = V/I.
    const i = m.engine.value('L1', 'currentA'), v = m.engine.value('L1', 'voltageV');
    expect(i).toBeGreaterThan(0.25);
    expect(v + i * 1).toBeCloseTo(3, 6);
    const rated = circuitParts.defaultProps('bulb') as { ratedVoltageV: number; ratedPowerW: number };
    // Steady filament: P ∝ T⁴ and V² ∝ T^5.2, so P/P_rated = (V/V_rated)^(8/5.2), up to the room-temperature term.
    expect((v * i) / rated.ratedPowerW / Math.pow(v / rated.ratedVoltageV, 8 / 5.2)).toBeCloseTo(1, 2);
  });

  it('in daylight the lamp’s circuit is told as switched off at the relay’s contact, not as an open circuit; at dusk nothing is said', () => {
    const m = createCircuitModel(lightControlPreset);
    m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
    m.step(0.05);
    const day = m.diagnostics();
    expect(day).toEqual([expect.objectContaining({ key: 'circuits.diag.openAtContact', parts: ['B1', 'K1'], severity: 'info' })]);
    m.edit(lit(m.setup, 50));
    for (let k = 0; k < 10; k++) m.step(0.05);
    expect(m.diagnostics()).toEqual([]);
    // A switch opened in the same circuit is an open circuit again (a student's, not the relay's).
    const open: Setup = { ...m.setup, links: m.setup.links.filter((l) => !(l.from.part === 'R1' && l.from.terminal === 'b')) };
    m.edit(open);
    m.step(0.05);
    expect(m.diagnostics().map((d) => d.key)).toContain('circuits.diag.openCircuit');
  });
});
