/**
 * 练习使用多用电表 headless (人教版 高中物理 必修第三册 第十一章第5节 "练习使用多用电表", and 第十二章第2节's
 * closed-circuit Ohm's law): on Ω the meter's cell E drives I = E/(R_in + R) through the resistor, the pointer
 * stands at I/I_g with I_g = E/R_in filling the scale, so it is at the middle when R = R_in (the centre mark ×
 * the multiplier) and the scale reads R = R_c·(1/θ − 1). The diode against the Shockley law with the 1N4007
 * card (LTspice standard.dio). The DC ranges: a 20 kΩ/V voltmeter and a 0.1 V-burden ammeter in the circuit.
 */
import { describe, expect, it } from 'vitest';
import type { Setup, SetupPart } from '../../bench/setup';
import { DIODE_PRESETS, multimeterOhmmeter, ohmScaleReadingOhm, OHM_SCALE_CENTRE, voltmeterResistanceOhm } from '../engine';
import { NOMINAL_TEMPERATURE_K } from '../engine/diode-model';
import { multimeterPointer } from '../look/multimeter-dial';
import { createCircuitModel } from '../model';
import { wires } from './layout';
import { multimeterPreset } from './multimeter';

const E = 1.5;

function open(change: Record<string, Record<string, unknown>> = {}, links?: [string, string][]) {
  const m = createCircuitModel(multimeterPreset);
  m.reset(Object.fromEntries(m.meta.params.map((p) => [p.name, p.default])));
  const setup: Setup = {
    ...m.setup,
    parts: m.setup.parts.map((p): SetupPart => (change[p.id] ? ({ ...p, props: { ...p.props, ...change[p.id] } } as SetupPart) : p)),
    links: links ? wires(...links) : m.setup.links,
  };
  m.edit(setup);
  return m;
}
const LIVE: [string, string][] = [['B1.+', 'S1.a'], ['S1.b', 'R1.a'], ['R1.b', 'B1.-']];

describe('circuit-multimeter: the Ω ranges', () => {
  it('the pointer stands at E/(R_in + R) over E/R_in; at the middle for R = R_in; the scale × multiplier gives R back', () => {
    for (const [mode, multiplier, ohms] of [['ohm1', 1, 10], ['ohm10', 10, 150], ['ohm10', 10, 220], ['ohm100', 100, 680], ['ohm1k', 1000, 1000]] as const) {
      const m = open({ MM1: { mode, ohmZeroKnob: 0 }, RX1: { resistanceOhm: ohms } });
      const rIn = OHM_SCALE_CENTRE * multiplier;
      const current = E / (rIn + ohms);
      expect(m.measure().pointerFraction, `${ohms} Ω on ×${multiplier}`).toBeCloseTo(current / (E / rIn), 9);
      expect(m.measure().readingOhm / ohms, `${ohms} Ω on ×${multiplier}`).toBeCloseTo(1, 9);
    }
    // The centre mark is the internal resistance: 150 Ω on ×10 puts the pointer at half scale.
    expect(open({ MM1: { mode: 'ohm10', ohmZeroKnob: 0 }, RX1: { resistanceOhm: 150 } }).measure().pointerFraction).toBeCloseTo(0.5, 12);
    // Reversed and crowded: equal steps of R move the pointer less and less, leftwards.
    const at = (r: number) => OHM_SCALE_CENTRE / (OHM_SCALE_CENTRE + r);
    expect(at(0) - at(15)).toBeGreaterThan(at(15) - at(30));
    expect(ohmScaleReadingOhm(0, 10)).toBe(Infinity);
    expect(ohmScaleReadingOhm(0.0009, 10)).toBe(Infinity);
    expect(ohmScaleReadingOhm(0.5, 100)).toBeCloseTo(1500, 9);
  });

  it('zero adjustment: shorted probes reach 0 Ω only with the knob at zero; an un-zeroed meter reads high', () => {
    const short: [string, string][] = [['MM1.+', 'MM1.-']];
    const off = open({ MM1: { mode: 'ohm10' } }, short);
    expect(off.measure().pointerFraction).toBeCloseTo(1 / 1.03, 9);
    expect(off.measure().readingOhm).toBeCloseTo(150 * 0.03, 6);
    const zeroed = open({ MM1: { mode: 'ohm10', ohmZeroKnob: 0 } }, short);
    expect(zeroed.measure().pointerFraction).toBeCloseTo(1, 12);
    expect(zeroed.measure().readingOhm).toBeCloseTo(0, 9);
    // Not zeroed (knob 0.3: R_in = 154.5 Ω): 220 Ω reads 150·(154.5 + 220)/150 − 150 = 224.5 Ω.
    expect(open({ MM1: { mode: 'ohm10' } }).measure().readingOhm).toBeCloseTo(224.5, 6);
    expect(multimeterOhmmeter(10, 0.3).internalResistanceOhm).toBeCloseTo(154.5, 12);
  });

  it('the diode: small forward resistance with the black probe on its anode, ∞ the other way round', () => {
    const forward = open({ MM1: { mode: 'ohm10', ohmZeroKnob: 0 } }, [['MM1.-', 'D1.+'], ['D1.-', 'MM1.+']]);
    // Shockley with the 1N4007 card: E = I·R_in + N·Vt·ln(1 + I/IS) + I·RS, solved by bisection.
    const d = DIODE_PRESETS['1N4007'];
    const vt = (1.380649e-23 * NOMINAL_TEMPERATURE_K) / 1.602176634e-19;
    const gap = (i: number) => E - i * 150 - d.emissionCoefficient * vt * Math.log1p(i / d.saturationCurrentA) - i * (d.seriesResistanceOhm ?? 0);
    let lo = 0, hi = E / 150;
    for (let k = 0; k < 200; k++) [lo, hi] = gap((lo + hi) / 2) > 0 ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
    const i = (lo + hi) / 2;
    expect(forward.measure().pointerFraction).toBeCloseTo(i / (E / 150), 4);
    expect(forward.measure().readingOhm).toBeCloseTo(150 * (E / 150 / i - 1), 1);
    expect(forward.measure().readingOhm).toBeLessThan(150);
    const reverse = open({ MM1: { mode: 'ohm10', ohmZeroKnob: 0 } }, [['MM1.+', 'D1.+'], ['D1.-', 'MM1.-']]);
    expect(reverse.measure().pointerFraction).toBeLessThan(1e-6);
    expect(Number.isNaN(reverse.measure().readingOhm)).toBe(true); // the ∞ mark
  });

  it('warns when resistance is measured in a live circuit, and not when the switch is open', () => {
    const probes: [string, string][] = [...LIVE, ['MM1.+', 'R1.a'], ['MM1.-', 'R1.b']];
    const live = open({ MM1: { mode: 'ohm10', ohmZeroKnob: 0 }, S1: { closed: true } }, probes);
    expect(live.diagnostics().map((x) => x.key)).toContain('circuits.diag.ohmmeterLive');
    const dead = open({ MM1: { mode: 'ohm10', ohmZeroKnob: 0 }, S1: { closed: false } }, probes);
    expect(dead.diagnostics().map((x) => x.key)).not.toContain('circuits.diag.ohmmeterLive');
    // Switch open: R1 alone, 100 Ω.
    expect(dead.measure().readingOhm).toBeCloseTo(100, 6);
  });
});

describe('circuit-multimeter: the DC ranges', () => {
  it('DC V across R1 and DC mA in series read the closed-circuit values with the meter’s own resistance', () => {
    const e = 3, r = 1; // two cells of 1.5 V, 0.5 Ω
    const rv = voltmeterResistanceOhm(10);
    const parallel = (100 * rv) / (100 + rv);
    const v = open({ MM1: { mode: 'dcv10' }, S1: { closed: true } }, [...LIVE, ['MM1.+', 'R1.a'], ['MM1.-', 'R1.b']]);
    expect(v.engine.value('MM1', 'readingV')).toBeCloseTo((e * parallel) / (parallel + r), 9);
    expect(v.measure().pointerFraction).toBeCloseTo(v.engine.value('MM1', 'readingV') / 10, 12);
    const a = open({ MM1: { mode: 'dcma100' }, S1: { closed: true } }, [['B1.+', 'S1.a'], ['S1.b', 'MM1.+'], ['MM1.-', 'R1.a'], ['R1.b', 'B1.-']]);
    const rA = 0.1 / 0.1;
    expect(a.engine.value('MM1', 'readingMA')).toBeCloseTo((e / (100 + r + rA)) * 1000, 9);
    // Probes the wrong way round on DC V: the pointer is pinned below zero.
    const back = open({ MM1: { mode: 'dcv10' }, S1: { closed: true } }, [...LIVE, ['MM1.-', 'R1.a'], ['MM1.+', 'R1.b']]);
    expect(multimeterPointer('dcv10', back.measure().pointerFraction).status).toBe('reversed');
    expect(multimeterPointer('off', NaN).status).toBe('off');
  });
});
