/**
 * Currents in the wires against Ohm's law and Kirchhoff's current law (人教版 九年级 第十五章第5节 串、并联电路中
 * 电流的规律; 第十七章第2节 欧姆定律): in series every wire carries I = U/(R1 + R2 + r); in parallel the branch
 * wires carry U'/R1 and U'/R2 and the wires to the junction their sum; conventional current leaves the
 * supply's + post; an open switch leaves every wire of the loop without current.
 */
import { describe, expect, it } from 'vitest';
import { CircuitBenchEngine } from './bench-engine';
import { circuitSetup, part, wires } from './presets/layout';

function engineFor(setup: ReturnType<typeof circuitSetup>) {
  const e = new CircuitBenchEngine();
  e.reset(setup, 1);
  return e;
}

describe('current in each wire', () => {
  const r = 0.1; // the supply's internal resistance (parts/dc-supply.ts default)

  it('series: every wire carries U/(R1 + R2 + r), out of the supply + post, back into its − post', () => {
    const setup = circuitSetup('series', [
      part('U1', 'dc-supply', 0.1, 0.1, { voltageV: 6 }),
      part('S1', 'switch', 0.3, 0.1, { closed: true }),
      part('R1', 'resistor', 0.5, 0.1, { resistanceOhm: 10 }),
      part('R2', 'resistor', 0.5, 0.3, { resistanceOhm: 20 }),
    ], wires(['U1.+', 'S1.a'], ['S1.b', 'R1.a'], ['R1.b', 'R2.a'], ['U1.-', 'R2.b']));
    const amps = engineFor(setup).wireCurrentsA();
    const I = 6 / (10 + 20 + r);
    expect(amps.get('w1')).toBeCloseTo(I, 9);
    expect(amps.get('w2')).toBeCloseTo(I, 9);
    expect(amps.get('w3')).toBeCloseTo(I, 9);
    // w4 is drawn from U1.− to R2.b: the current comes back along it, against its direction
    expect(amps.get('w4')).toBeCloseTo(-I, 9);
  });

  it('parallel: U/R in each branch, their sum in the wires to the junction (KCL)', () => {
    const setup = circuitSetup('parallel', [
      part('U1', 'dc-supply', 0.1, 0.1, { voltageV: 6 }),
      part('R1', 'resistor', 0.5, 0.1, { resistanceOhm: 10 }),
      part('R2', 'resistor', 0.5, 0.3, { resistanceOhm: 30 }),
    ], wires(['U1.+', 'R1.a'], ['R1.a', 'R2.a'], ['R1.b', 'R2.b'], ['R2.b', 'U1.-']));
    const amps = engineFor(setup).wireCurrentsA();
    const rp = (10 * 30) / 40;
    const I = 6 / (rp + r), U = I * rp;
    expect(amps.get('w1')).toBeCloseTo(I, 9); // supply to the first junction: all of it
    expect(amps.get('w2')).toBeCloseTo(U / 30, 9); // on to R2 only its share
    expect(amps.get('w3')).toBeCloseTo(U / 10, 9); // R1's current joins R2's at R2.b
    expect(amps.get('w4')).toBeCloseTo(I, 9); // and all of it goes back
    expect(U / 10 + U / 30).toBeCloseTo(I, 12);
  });

  it('an open switch: no current in any wire; two leads between the same posts share none twice', () => {
    const setup = circuitSetup('open', [
      part('U1', 'dc-supply', 0.1, 0.1, { voltageV: 6 }),
      part('S1', 'switch', 0.3, 0.1, { closed: false }),
      part('R1', 'resistor', 0.5, 0.1, { resistanceOhm: 10 }),
    ], wires(['U1.+', 'S1.a'], ['S1.b', 'R1.a'], ['R1.b', 'U1.-'], ['R1.b', 'U1.-']));
    const open = engineFor(setup).wireCurrentsA();
    for (const id of ['w1', 'w2', 'w3', 'w4']) expect(Math.abs(open.get(id)!)).toBeLessThan(1e-9);
    const closed = engineFor({ ...setup, parts: setup.parts.map((p) => (p.id === 'S1' ? { ...p, props: { ...p.props, closed: true } } : p)) }).wireCurrentsA();
    const I = 6 / (10 + r);
    expect(closed.get('w1')).toBeCloseTo(I, 9);
    // the doubled lead: one carries it all, the loop-closing one none (the total is what matters)
    expect(closed.get('w3')! + closed.get('w4')!).toBeCloseTo(I, 9); // R1.b → U1.−, along both leads' direction
    expect(Math.min(Math.abs(closed.get('w3')!), Math.abs(closed.get('w4')!))).toBe(0);
  });

  it('a rheostat: the current enters at an end and leaves by the slider', () => {
    const setup = circuitSetup('rheostat', [
      part('U1', 'dc-supply', 0.1, 0.1, { voltageV: 3 }),
      part('RP1', 'rheostat', 0.4, 0.1, { resistanceOhm: 20, sliderFraction: 0.25 }),
    ], wires(['U1.+', 'RP1.a'], ['RP1.c', 'U1.-']));
    const amps = engineFor(setup).wireCurrentsA();
    // only a → slider is in the loop: 0.25 × 20 Ω = 5 Ω
    const I = 3 / (5 + r);
    expect(amps.get('w1')).toBeCloseTo(I, 9);
    expect(amps.get('w2')).toBeCloseTo(I, 9);
  });
});
