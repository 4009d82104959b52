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
});
