import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/rng';
import { THERMAL_VOLTAGE_V, DIODE_PRESETS, GMIN_S } from './diode-model';
import { solveDc } from './dc';
import type { CircuitElement, CircuitSolution } from './elements';
import { CircuitInputError } from './validate';

const R = (name: string, a: string, b: string, ohm: number): CircuitElement => ({ kind: 'resistor', name, nodes: [a, b], resistanceOhm: ohm });
const V = (name: string, p: string, n: string, volts: number, r?: number): CircuitElement => ({ kind: 'voltageSource', name, nodes: [p, n], voltageV: volts, internalResistanceOhm: r });
const codes = (s: CircuitSolution) => s.diagnostics.map((d) => d.code);

function allFinite(s: CircuitSolution): boolean {
  const nums = [...Object.values(s.nodes), ...Object.values(s.elements).flatMap((r) => Object.values(r).filter((v) => typeof v === 'number'))];
  return nums.every((v) => Number.isFinite(v));
}

describe('DC operating point against closed forms', () => {
  it('voltage divider: V_out = E·R2/(R1+R2) (Ohm’s law)', () => {
    const s = solveDc([V('E', 'a', '0', 12), R('R1', 'a', 'b', 1000), R('R2', 'b', '0', 2000)]);
    expect(s.ok).toBe(true);
    expect(s.nodes.b).toBeCloseTo((12 * 2000) / 3000, 12);
    expect(s.elements.R1.currentA).toBeCloseTo(12 / 3000, 15);
    // The source delivers power: its current runs from − to + inside it, so both are negative.
    expect(s.elements.E.currentA).toBeCloseTo(-12 / 3000, 15);
    expect(s.elements.E.powerW).toBeCloseTo(-(12 * 12) / 3000, 12);
    expect(s.iterations).toBe(1);
  });

  it('closed-circuit Ohm’s law: I = E/(R + r), terminal voltage U = E − I·r (人教版 必修三 12.2)', () => {
    for (const load of [1, 4.5, 20]) {
      const s = solveDc([V('cell', 'p', 'n', 1.5, 0.5), R('R', 'p', 'n', load)]);
      const i = 1.5 / (load + 0.5);
      expect(s.elements.R.currentA).toBeCloseTo(i, 14);
      expect(s.elements.cell.voltageV).toBeCloseTo(1.5 - i * 0.5, 14);
      // No ground: the − terminal of the cell is the reference.
      expect(s.references).toEqual(['n']);
      expect(s.nodes.n).toBe(0);
    }
  });

  it('Wheatstone bridge: no galvanometer current when R1/R2 = R3/R4, Thevenin current otherwise', () => {
    const bridge = (rx: number) =>
      solveDc([
        V('E', 'top', 'bot', 3),
        R('R1', 'top', 'l', 100),
        R('R2', 'l', 'bot', 200),
        R('R3', 'top', 'r', 150),
        R('Rx', 'r', 'bot', rx),
        { kind: 'ammeter', name: 'G', nodes: ['l', 'r'], resistanceOhm: 50 },
      ]);
    expect(bridge(300).elements.G.currentA).toBeCloseTo(0, 15);
    // Thevenin (any circuits text, e.g. Hayt, Engineering Circuit Analysis, ch. 5):
    // V_th = E·(R2/(R1+R2) − Rx/(R3+Rx)), R_th = R1‖R2 + R3‖Rx, I_G = V_th/(R_th + R_G).
    const rx = 250;
    const vth = 3 * (200 / 300 - rx / (150 + rx));
    const rth = (100 * 200) / 300 + (150 * rx) / (150 + rx);
    expect(bridge(rx).elements.G.currentA).toBeCloseTo(vth / (rth + 50), 14);
  });

  it('series and parallel: R = R1 + R2‖R3, and parallel ideal switches share the current equally', () => {
    const s = solveDc([
      V('E', 'a', '0', 10),
      R('R1', 'a', 'b', 4),
      { kind: 'switch', name: 'S1', nodes: ['b', 'c'], closed: true },
      { kind: 'switch', name: 'S2', nodes: ['b', 'c'], closed: true },
      { kind: 'ammeter', name: 'A', nodes: ['c', 'd'] },
      R('R2', 'd', '0', 12),
      R('R3', 'd', '0', 6),
    ]);
    const total = 10 / (4 + (12 * 6) / 18);
    expect(s.elements.A.currentA).toBeCloseTo(total, 14);
    expect(s.elements.S1.currentA).toBeCloseTo(total / 2, 14);
    expect(s.elements.S2.currentA).toBeCloseTo(total / 2, 14);
    expect(s.elements.R2.currentA).toBeCloseTo((total * 6) / 18, 14);
  });

  it('rheostat: divider at the slider, and as a variable resistor', () => {
    const s = solveDc([V('E', 'a', '0', 6), { kind: 'rheostat', name: 'Rp', nodes: ['a', '0', 's'], resistanceOhm: 50, sliderFraction: 0.3 }, { kind: 'voltmeter', name: 'V', nodes: ['s', '0'] }]);
    expect(s.elements.V.voltageV).toBeCloseTo(6 * 0.7, 13);
    expect(s.elements.Rp.currentA).toBeCloseTo(6 / 50, 13);
    // Slider at end a: that part is a plain connection.
    const t = solveDc([V('E', 'a', '0', 6), { kind: 'rheostat', name: 'Rp', nodes: ['a', 'x', 'a2'], resistanceOhm: 50, sliderFraction: 0 }, R('load', 'a2', '0', 10)]);
    expect(t.elements.load.currentA).toBeCloseTo(0.6, 13);
    expect(t.elements.Rp.currentA).toBeCloseTo(0.6, 13);
  });

  it('two-way switch picks its throw', () => {
    const circuit = (position: 'a' | 'b'): CircuitElement[] => [
      V('E', 'p', '0', 3),
      { kind: 'twoWaySwitch', name: 'S', nodes: ['p', 'x', 'y'], position },
      R('Ra', 'x', '0', 10),
      R('Rb', 'y', '0', 30),
    ];
    expect(solveDc(circuit('a')).elements.Ra.currentA).toBeCloseTo(0.3, 14);
    expect(solveDc(circuit('a')).elements.Rb.currentA).toBe(0);
    expect(solveDc(circuit('b')).elements.Rb.currentA).toBeCloseTo(0.1, 14);
  });

  it('diode: the solution satisfies Shockley’s equation and Kirchhoff’s voltage law', () => {
    const model = { saturationCurrentA: 1e-14, emissionCoefficient: 1 };
    const s = solveDc([V('E', 'a', '0', 5), R('R', 'a', 'k', 1000), { kind: 'diode', name: 'D', nodes: ['k', '0'], model }]);
    const vd = s.nodes.k;
    const i = s.elements.R.currentA;
    expect(i).toBeCloseTo(1e-14 * (Math.exp(vd / THERMAL_VOLTAGE_V) - 1) + GMIN_S * vd, 15);
    expect(5 - i * 1000 - vd).toBeCloseTo(0, 12);
    expect(vd).toBeGreaterThan(0.6);
    expect(vd).toBeLessThan(0.75);
    // Reversed, the diode blocks: |I| ≈ IS.
    const r = solveDc([V('E', 'a', '0', 5), R('R', 'a', 'k', 1000), { kind: 'diode', name: 'D', nodes: ['0', 'k'], model }]);
    expect(Math.abs(r.elements.D.currentA)).toBeLessThan(1e-11);
  });

  it('red LED preset drops 2.0 V at 20 mA (its datasheet typical value)', () => {
    const s = solveDc([{ kind: 'currentSource', name: 'I', nodes: ['0', 'a'], currentA: 0.02 }, { kind: 'diode', name: 'LED', nodes: ['a', '0'], model: DIODE_PRESETS.redLed }]);
    expect(s.elements.LED.voltageV).toBeCloseTo(2.0, 2);
    expect(s.elements.LED.currentA).toBeCloseTo(0.02, 12);
  });

  it('bulb: rated power at rated voltage, cold resistance ≈ R_hot·(293/2500)^1.2 at a trickle', () => {
    const bulb: CircuitElement = { kind: 'bulb', name: 'L', nodes: ['a', '0'], ratedVoltageV: 2.5, ratedPowerW: 0.75 };
    const hot = solveDc([V('E', 'a', '0', 2.5), bulb]);
    expect(hot.elements.L.currentA).toBeCloseTo(0.3, 9);
    expect(hot.elements.L.temperatureK).toBeCloseTo(2500, 5);
    expect(hot.elements.L.brightness).toBeCloseTo(1, 9);
    // 0.1 mV heats the filament by only ~0.01 K (at 1 mV it is already ~1 K: a 0.4 % rise).
    const cold = solveDc([V('E', 'a', '0', 1e-4), bulb]);
    const rCold = (2.5 * 2.5) / 0.75 * Math.pow(293.15 / 2500, 1.2);
    expect(cold.elements.L.resistanceOhm! / rCold).toBeCloseTo(1, 3);
    // Half the voltage: less than half the current would be a fixed resistor; the filament is cooler, so more.
    const half = solveDc([V('E', 'a', '0', 1.25), bulb]);
    expect(half.elements.L.currentA).toBeGreaterThan(0.15);
    expect(half.elements.L.resistanceOhm!).toBeLessThan(hot.elements.L.resistanceOhm!);
  });

  it('a bulb far above its rating burns out and opens the circuit', () => {
    const s = solveDc([V('E', 'a', '0', 12), { kind: 'bulb', name: 'L', nodes: ['a', '0'], ratedVoltageV: 2.5, ratedPowerW: 0.75 }]);
    expect(codes(s)).toContain('bulbBurntOut');
    expect(s.elements.L.burntOut).toBe(true);
    expect(s.elements.L.currentA).toBe(0);
  });

  it('fuse: carries its rated current, blows above it', () => {
    const fused = (load: number) => solveDc([V('E', 'a', '0', 6), { kind: 'fuse', name: 'F', nodes: ['a', 'b'], ratedCurrentA: 1 }, R('R', 'b', '0', load)]);
    const ok = fused(10);
    expect(ok.elements.F.blown).toBe(false);
    expect(ok.elements.R.currentA).toBeCloseTo(0.6, 14);
    const blown = fused(3);
    expect(blown.elements.F.blown).toBe(true);
    expect(blown.elements.R.currentA).toBe(0);
    expect(blown.diagnostics.find((d) => d.code === 'fuseBlown')?.parts).toEqual(['F']);
  });

  it('ohmmeter reads R = E/I − R_in; open leads read infinity (null); a diode conducts with the black lead on its anode', () => {
    const meter: CircuitElement = { kind: 'ohmmeter', name: 'M', nodes: ['red', 'black'], testVoltageV: 1.5, internalResistanceOhm: 150 };
    expect(solveDc([meter, R('Rx', 'red', 'black', 220)]).elements.M.measuredResistanceOhm).toBeCloseTo(220, 9);
    expect(solveDc([meter]).elements.M.measuredResistanceOhm).toBeNull();
    const d = DIODE_PRESETS['1N4148'];
    const forward = solveDc([meter, { kind: 'diode', name: 'D', nodes: ['black', 'red'], model: d }]).elements.M.measuredResistanceOhm!;
    const reverse = solveDc([meter, { kind: 'diode', name: 'D', nodes: ['red', 'black'], model: d }]).elements.M.measuredResistanceOhm;
    expect(forward).toBeLessThan(1000);
    expect(reverse === null || reverse === undefined || reverse > 1e6).toBe(true);
    expect(reverse).not.toBeUndefined();
  });

  it('wire: R = ρL/(πd²/4) with the textbook resistivity (nichrome 1.0e-6 Ω·m)', () => {
    const s = solveDc([V('E', 'a', '0', 1), { kind: 'wire', name: 'W', nodes: ['a', '0'], material: 'nichrome', lengthM: 1, diameterM: 0.5e-3 }]);
    const r = (1.0e-6 * 1) / ((Math.PI * 0.5e-3 * 0.5e-3) / 4);
    expect(s.elements.W.resistanceOhm).toBeCloseTo(r, 12);
    expect(s.elements.W.currentA).toBeCloseTo(1 / r, 12);
  });

  it('ideal transformer: U2 = U1·N2/N1, I1 = −I2·N2/N1 (power in = power out)', () => {
    const s = solveDc([V('E', 'p', '0', 12), { kind: 'transformer', name: 'T', nodes: ['p', '0', 's', 'g2'], primaryTurns: 400, secondaryTurns: 100, ideal: true }, R('load', 's', 'g2', 6)]);
    expect(s.elements.T.secondaryVoltageV).toBeCloseTo(3, 13);
    expect(s.elements.load.currentA).toBeCloseTo(0.5, 13);
    expect(s.elements.T.currentA).toBeCloseTo(0.125, 13);
    expect(s.elements.T.powerW).toBeCloseTo(0, 12);
  });

  it('relay driven by a thermistor: hot enough, the coil pulls in and the bell circuit closes', () => {
    const circuit = (temperatureK: number): CircuitElement[] => [
      V('E1', 'p', '0', 6),
      { kind: 'thermistor', name: 'Rt', nodes: ['p', 'c1'], resistanceAt25COhm: 1000, betaK: 3950, temperatureK },
      { kind: 'relay', name: 'K', nodes: ['c1', '0', 'com', 'no', 'nc'], coilResistanceOhm: 100, pullInCurrentA: 0.01, dropOutCurrentA: 0.005 },
      V('E2', 'com', '0', 3),
      R('bell', 'no', '0', 30),
    ];
    const cool = solveDc(circuit(298.15)); // 6 V / 1100 Ω = 5.5 mA < 10 mA
    expect(cool.elements.K.energised).toBe(false);
    expect(cool.elements.bell.currentA).toBe(0);
    const hot = solveDc(circuit(350)); // R_t ≈ 1000·e^{3950(1/350 − 1/298.15)} ≈ 141 Ω: 25 mA
    expect(hot.elements.K.energised).toBe(true);
    expect(hot.elements.bell.currentA).toBeCloseTo(0.1, 13);
  });
});

describe('DC diagnostics in words a student understands', () => {
  it('a cell shorted by a wire: warning naming both, current E/r', () => {
    const s = solveDc([V('cell', 'p', 'n', 1.5, 0.5), { kind: 'switch', name: 'S', nodes: ['p', 'n'], closed: true }, R('L', 'p', 'n', 10)]);
    expect(s.ok).toBe(true);
    const d = s.diagnostics.find((x) => x.code === 'shortCircuit')!;
    expect(d.severity).toBe('warning');
    expect(d.parts).toEqual(['cell', 'S']);
    expect(s.elements.S.currentA).toBeCloseTo(3, 13);
    expect(s.elements.L.currentA).toBe(0);
  });

  it('an ammeter straight across a cell is a short circuit through the ammeter', () => {
    const s = solveDc([V('cell', 'p', 'n', 1.5, 0.5), { kind: 'ammeter', name: 'A1', nodes: ['p', 'n'] }]);
    expect(s.diagnostics[0]).toMatchObject({ code: 'shortCircuit', parts: ['cell', 'A1'] });
    expect(s.elements.A1.currentA).toBeCloseTo(3, 13);
  });

  it('an ideal supply shorted: an error, zeros, no NaN', () => {
    const s = solveDc([V('supply', 'p', '0', 5), { kind: 'switch', name: 'S1', nodes: ['p', 'x'], closed: true }, { kind: 'switch', name: 'S2', nodes: ['x', '0'], closed: true }]);
    expect(s.ok).toBe(false);
    expect(s.diagnostics[0]).toMatchObject({ code: 'shortCircuit', severity: 'error', parts: ['supply', 'S1', 'S2'] });
    expect(allFinite(s)).toBe(true);
    expect(s.elements.supply.currentA).toBe(0);
  });

  it('an open switch: no current anywhere, the circuit is open at S1', () => {
    const s = solveDc([V('cell', 'p', 'n', 3, 0.5), { kind: 'switch', name: 'S1', nodes: ['p', 'a'], closed: false }, { kind: 'bulb', name: 'L1', nodes: ['a', 'n'], ratedVoltageV: 2.5, ratedPowerW: 0.75 }]);
    expect(s.ok).toBe(true);
    expect(s.elements.L1.currentA).toBe(0);
    expect(s.diagnostics).toEqual([expect.objectContaining({ code: 'openCircuit', severity: 'info', parts: ['cell', 'S1'] })]);
  });

  it('a voltmeter in series reads the EMF and no current flows', () => {
    const s = solveDc([V('cell', 'p', 'n', 3, 0.5), { kind: 'voltmeter', name: 'V1', nodes: ['p', 'a'] }, R('R', 'a', 'n', 10)]);
    expect(s.elements.V1.voltageV).toBeCloseTo(3, 14);
    expect(s.elements.R.currentA).toBe(0);
    expect(s.diagnostics.find((d) => d.code === 'openCircuit')?.parts).toEqual(['cell', 'V1']);
  });

  it('two ideal supplies in parallel form a source loop (error)', () => {
    const s = solveDc([V('A', 'p', '0', 5), V('B', 'p', '0', 6)]);
    expect(s.ok).toBe(false);
    expect(s.diagnostics.find((d) => d.code === 'sourceLoop')?.parts.sort()).toEqual(['A', 'B']);
  });

  it('a current source with no return path is refused, not NaN', () => {
    const s = solveDc([{ kind: 'currentSource', name: 'I1', nodes: ['0', 'a'], currentA: 1e-3 }, R('R', 'b', '0', 10)]);
    expect(s.ok).toBe(false);
    expect(codes(s)).toContain('currentSourceOpen');
    expect(allFinite(s)).toBe(true);
  });

  it('with a ground, a separate piece of circuit is reported as floating; without one it just gets its own reference', () => {
    const grounded = solveDc([V('E', 'a', '0', 1), R('R', 'a', '0', 1), V('E2', 'x', 'y', 2), R('R2', 'x', 'y', 1)]);
    expect(grounded.diagnostics.find((d) => d.code === 'floatingNodes')?.nodes?.sort()).toEqual(['x', 'y']);
    expect(grounded.elements.R2.currentA).toBeCloseTo(2, 14);
    const bench = solveDc([V('E', 'a', 'b', 1), R('R', 'a', 'b', 1), V('E2', 'x', 'y', 2), R('R2', 'x', 'y', 1)]);
    expect(codes(bench)).not.toContain('floatingNodes');
    expect(bench.references).toEqual(['b', 'y']);
  });

  it('refuses bad input naming the element, the field and the allowed values', () => {
    expect(() => solveDc([R('R1', 'a', 'b', -5)])).toThrowError(CircuitInputError);
    expect(() => solveDc([R('R1', 'a', 'b', -5)])).toThrowError(/R1: resistanceOhm .*allowed: ≥ 0 Ω/);
    expect(() => solveDc([R('R1', 'a', 'b', NaN)])).toThrowError(/R1: resistanceOhm/);
    expect(() => solveDc([R('R1', 'a', 'b', 1), R('R1', 'b', 'c', 1)])).toThrowError(/R1: name is used twice/);
    expect(() => solveDc([{ kind: 'wire', name: 'W', nodes: ['a', 'b'], material: 'gold', lengthM: 1, diameterM: 1e-3 }])).toThrowError(/material .*copper/);
    expect(() => solveDc(Array.from({ length: 10_001 }, (_, i) => R(`R${i}`, 'a', 'b', 1)))).toThrowError(/elements has 10001; allowed: at most 10000 elements/);
  });

  it('never produces NaN, whatever students wire up (random circuits)', () => {
    const rng = new SeededRandom(7);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rng.next() * xs.length)];
    for (let trial = 0; trial < 200; trial++) {
      const nodes = ['a', 'b', 'c', 'd', 'e'].slice(0, 2 + Math.floor(rng.next() * 4));
      const elements: CircuitElement[] = [];
      const count = 1 + Math.floor(rng.next() * 7);
      for (let i = 0; i < count; i++) {
        const a = pick(nodes);
        const b = pick(nodes);
        const name = `P${i}`;
        const kind = pick(['r', 'cell', 'supply', 'switch', 'ammeter', 'voltmeter', 'diode', 'bulb', 'fuse', 'cap', 'coil', 'isrc']);
        const el: CircuitElement =
          kind === 'r' ? R(name, a, b, pick([0, 1, 10, 1e6]))
          : kind === 'cell' ? V(name, a, b, 1.5, 0.5)
          : kind === 'supply' ? V(name, a, b, pick([0, 5]))
          : kind === 'switch' ? { kind: 'switch', name, nodes: [a, b], closed: rng.next() < 0.5 }
          : kind === 'ammeter' ? { kind: 'ammeter', name, nodes: [a, b] }
          : kind === 'voltmeter' ? { kind: 'voltmeter', name, nodes: [a, b] }
          : kind === 'diode' ? { kind: 'diode', name, nodes: [a, b], model: DIODE_PRESETS.redLed }
          : kind === 'bulb' ? { kind: 'bulb', name, nodes: [a, b], ratedVoltageV: 2.5, ratedPowerW: 0.75 }
          : kind === 'fuse' ? { kind: 'fuse', name, nodes: [a, b], ratedCurrentA: 0.5 }
          : kind === 'cap' ? { kind: 'capacitor', name, nodes: [a, b], capacitanceF: 1e-6 }
          : kind === 'coil' ? { kind: 'inductor', name, nodes: [a, b], inductanceH: 0.1 }
          : { kind: 'currentSource', name, nodes: [a, b], currentA: 0.01 };
        elements.push(el);
      }
      const s = solveDc(elements);
      expect(allFinite(s), JSON.stringify(elements)).toBe(true);
      if (!s.ok) expect(s.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });
});
