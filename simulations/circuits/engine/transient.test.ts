import { describe, expect, it } from 'vitest';
import { solveDc } from './dc';
import type { CircuitElement } from './elements';
import { TransientSimulator } from './transient';

const rc = (closed = true): CircuitElement[] => [
  { kind: 'voltageSource', name: 'E', nodes: ['p', '0'], voltageV: 10 },
  { kind: 'switch', name: 'S', nodes: ['p', 'a'], closed },
  { kind: 'resistor', name: 'R', nodes: ['a', 'b'], resistanceOhm: 1000 },
  { kind: 'capacitor', name: 'C', nodes: ['b', '0'], capacitanceF: 1e-6 },
];

describe('transient runs against closed forms', () => {
  it('RC charging follows V(1 − e^{−t/RC}) within 0.1 % (trapezoidal, gear2) and 1 % (backward Euler)', () => {
    // Any circuits text, e.g. 人教版 选择性必修二 or Hayt, Engineering Circuit Analysis, ch. 8. τ = 1 ms.
    for (const [method, tol] of [
      ['trapezoidal', 1e-3],
      ['gear2', 1e-3],
      ['backwardEuler', 1e-2],
    ] as const) {
      const sim = new TransientSimulator(rc(), { method });
      let worst = 0;
      for (let k = 0; k < 500; k++) {
        const { timeS, solution } = sim.step(1e-5);
        worst = Math.max(worst, Math.abs(solution.nodes.b - 10 * (1 - Math.exp(-timeS / 1e-3))));
      }
      expect(worst / 10, method).toBeLessThan(tol);
      expect(sim.timeS).toBeCloseTo(5e-3, 12);
    }
  });

  it('RC discharge from a charged capacitor: V0·e^{−t/RC}', () => {
    const sim = new TransientSimulator([
      { kind: 'capacitor', name: 'C', nodes: ['a', '0'], capacitanceF: 100e-6, initialVoltageV: 6 },
      { kind: 'resistor', name: 'R', nodes: ['a', '0'], resistanceOhm: 10_000 },
    ], { method: 'trapezoidal' });
    for (let k = 0; k < 200; k++) sim.step(0.01);
    expect(sim.solution().nodes.a).toBeCloseTo(6 * Math.exp(-2 / 1), 3);
    // The current flows out of the capacitor into the resistor.
    expect(sim.solution().elements.R.currentA).toBeCloseTo((6 * Math.exp(-2)) / 10_000, 7);
  });

  it('RL current rise: I = (E/R)(1 − e^{−Rt/L})', () => {
    const sim = new TransientSimulator([
      { kind: 'voltageSource', name: 'E', nodes: ['a', '0'], voltageV: 1 },
      { kind: 'resistor', name: 'R', nodes: ['a', 'b'], resistanceOhm: 10 },
      { kind: 'inductor', name: 'L', nodes: ['b', '0'], inductanceH: 0.01 },
    ], { method: 'trapezoidal' });
    let worst = 0;
    for (let k = 0; k < 400; k++) {
      const { timeS, solution } = sim.step(1e-5);
      worst = Math.max(worst, Math.abs(solution.elements.L.currentA - 0.1 * (1 - Math.exp(-timeS / 1e-3))));
    }
    expect(worst / 0.1).toBeLessThan(1e-3);
  });

  it('LC circuit oscillates with period 2π√(LC) and keeps its amplitude (trapezoidal)', () => {
    const L = 0.1;
    const C = 10e-6;
    const period = 2 * Math.PI * Math.sqrt(L * C); // ≈ 6.28 ms
    const sim = new TransientSimulator([
      { kind: 'capacitor', name: 'C', nodes: ['a', '0'], capacitanceF: C, initialVoltageV: 5 },
      { kind: 'inductor', name: 'L', nodes: ['a', '0'], inductanceH: L },
    ], { method: 'trapezoidal' });
    const dt = period / 1000;
    let prev = 5;
    const upCrossings: number[] = [];
    let maxV = 0;
    for (let k = 0; k < 5200; k++) {
      const { timeS, solution } = sim.step(dt);
      const v = solution.nodes.a;
      if (prev < 0 && v >= 0) upCrossings.push(timeS - (dt * v) / (v - prev));
      if (k > 4000) maxV = Math.max(maxV, v);
      prev = v;
    }
    const measured = (upCrossings[upCrossings.length - 1] - upCrossings[0]) / (upCrossings.length - 1);
    expect(measured / period).toBeCloseTo(1, 4);
    expect(maxV).toBeCloseTo(5, 2);
  });

  it('gear2 settles without ringing when the step is far longer than the time constant', () => {
    // τ = 10 µs, step 1 ms: the bench's frame-rate step on a fast circuit.
    const sim = new TransientSimulator([
      { kind: 'voltageSource', name: 'E', nodes: ['p', '0'], voltageV: 5 },
      { kind: 'resistor', name: 'R', nodes: ['p', 'b'], resistanceOhm: 10 },
      { kind: 'capacitor', name: 'C', nodes: ['b', '0'], capacitanceF: 1e-6 },
    ]);
    const v: number[] = [];
    for (let k = 0; k < 10; k++) v.push(sim.step(1e-3).solution.nodes.b);
    // First step backward Euler: 5·(1 − 1/(1 + Δt/τ)) = 4.95 V; then BDF2 overshoots by under 1 % once
    // and the error dies out within a few steps.
    expect(v[0]).toBeCloseTo(5 * (100 / 101), 12);
    for (const x of v) expect(Math.abs(x - 5)).toBeLessThan(0.05);
    for (const x of v.slice(3)) expect(Math.abs(x - 5)).toBeLessThan(1e-3);
    for (const x of v.slice(6)) expect(Math.abs(x - 5)).toBeLessThan(1e-6);
    // The trapezoidal rule, by contrast, alternates about the answer for many steps.
    const trap = new TransientSimulator(sim.circuit, { method: 'trapezoidal' });
    trap.step(1e-3);
    for (let k = 0; k < 5; k++) trap.step(1e-3);
    const alternating = [trap.step(1e-3).solution.nodes.b, trap.step(1e-3).solution.nodes.b];
    expect(Math.sign(alternating[0] - 5)).not.toBe(Math.sign(alternating[1] - 5));
    expect(Math.abs(alternating[0] - 5)).toBeGreaterThan(1e-2);
  });

  it('starting from the operating point, a steady circuit stays put', () => {
    const sim = new TransientSimulator(rc(), { start: 'operatingPoint', method: 'trapezoidal' });
    for (let k = 0; k < 10; k++) sim.step(1e-4);
    expect(sim.solution().nodes.b).toBeCloseTo(10, 12);
    expect(sim.solution().elements.C.currentA).toBeCloseTo(0, 12);
  });

  it('state() is JSON and restore() continues exactly like an uninterrupted run', () => {
    const circuit: CircuitElement[] = [
      ...rc(),
      { kind: 'inductor', name: 'L', nodes: ['b', 'c'], inductanceH: 0.5, seriesResistanceOhm: 20 },
      { kind: 'bulb', name: 'lamp', nodes: ['c', '0'], ratedVoltageV: 6, ratedPowerW: 3 },
      { kind: 'diode', name: 'D', nodes: ['b', '0'], model: { saturationCurrentA: 1e-14, emissionCoefficient: 1 } },
    ];
    const a = new TransientSimulator(circuit);
    for (let k = 0; k < 30; k++) a.step(1e-4);
    const saved = JSON.parse(JSON.stringify(a.state()));
    const b = new TransientSimulator(circuit);
    b.restore(saved);
    for (let k = 0; k < 30; k++) {
      const x = a.step(1e-4).solution;
      const y = b.step(1e-4).solution;
      expect(y.nodes).toEqual(x.nodes);
      expect(y.elements.lamp.temperatureK).toBe(x.elements.lamp.temperatureK);
    }
    expect(() => b.restore({ ...saved, version: 2 })).toThrowError(/version/);
    expect(() => b.restore({ ...saved, elements: { lamp: { temperatureK: -4 } } })).toThrowError(/state\.elements\.lamp\.temperatureK: -4/);
    expect(() => b.restore({ ...saved, stored: { 'C/main': { q: NaN, qPrev: 0, rate: 0 } } })).toThrowError(/state\.stored\.C\/main/);
  });

  it('flipping a switch keeps the capacitor’s charge (setElements keeps state by name)', () => {
    const sim = new TransientSimulator(rc(true));
    for (let k = 0; k < 100; k++) sim.step(1e-4); // 10 τ: charged
    const charged = sim.solution().nodes.b;
    expect(charged).toBeCloseTo(10, 3);
    sim.setElements(rc(false));
    for (let k = 0; k < 100; k++) sim.step(1e-4);
    expect(sim.solution().nodes.b).toBeCloseTo(charged, 9);
    expect(sim.solution().elements.R.currentA).toBeCloseTo(0, 12);
  });

  it('a bulb switched on draws an inrush current (cold filament) that settles to the DC value', () => {
    const circuit: CircuitElement[] = [
      { kind: 'voltageSource', name: 'E', nodes: ['p', '0'], voltageV: 2.5, internalResistanceOhm: 0.2 },
      { kind: 'bulb', name: 'L', nodes: ['p', '0'], ratedVoltageV: 2.5, ratedPowerW: 0.75, thermalTimeS: 0.05 },
    ];
    const sim = new TransientSimulator(circuit);
    const first = sim.step(1e-4).solution.elements.L.currentA;
    for (let k = 0; k < 100; k++) sim.step(0.01); // 1 s = 20 τ
    const settled = sim.solution().elements.L.currentA;
    expect(first / settled).toBeGreaterThan(5);
    expect(settled).toBeCloseTo(solveDc(circuit).elements.L.currentA, 6);
  });

  it('a fuse blows once its melting integral is used up, with an event at that time', () => {
    const sim = new TransientSimulator([
      { kind: 'voltageSource', name: 'E', nodes: ['p', '0'], voltageV: 6 },
      { kind: 'fuse', name: 'F', nodes: ['p', 'a'], ratedCurrentA: 1, meltingIntegralA2s: 0.03 },
      { kind: 'resistor', name: 'R', nodes: ['a', '0'], resistanceOhm: 3 },
    ]);
    // I = 2 A: (I² − 1) = 3 A² per second, so 0.03 A²s lasts 10 ms.
    let blownAt = -1;
    for (let k = 0; k < 20; k++) {
      const r = sim.step(1e-3);
      if (r.events.some((e) => e.code === 'fuseBlown')) blownAt = r.timeS;
    }
    expect(blownAt).toBeCloseTo(0.011, 9);
    expect(sim.solution().elements.R.currentA).toBe(0);
  });

  it('a coil with an induced EMF drives I = emf/R through the circuit in steady state', () => {
    const sim = new TransientSimulator([
      { kind: 'inductor', name: 'coil', nodes: ['a', 'b'], inductanceH: 0.01, seriesResistanceOhm: 5, inducedEmfV: 0.02 },
      { kind: 'ammeter', name: 'G', nodes: ['b', 'a'], resistanceOhm: 15 },
    ]);
    for (let k = 0; k < 100; k++) sim.step(1e-4); // τ = L/R = 0.5 ms
    expect(sim.solution().elements.G.currentA).toBeCloseTo(0.001, 9);
  });

  it('transformer (coupled windings, k → 1): U2/U1 ≈ N2/N1 on AC with a light load', () => {
    const sim = new TransientSimulator([
      { kind: 'voltageSource', name: 'AC', nodes: ['p', '0'], voltageV: 0, waveform: { kind: 'sine', offset: 0, amplitude: 10, frequencyHz: 50, delayS: 0, dampingPerS: 0, phaseDeg: 0 } },
      { kind: 'transformer', name: 'T', nodes: ['p', '0', 's', 'g'], primaryTurns: 800, secondaryTurns: 200, couplingCoefficient: 0.999, inductancePerTurnSquaredH: 1e-5 },
      { kind: 'resistor', name: 'load', nodes: ['s', 'g'], resistanceOhm: 10_000 },
    ], { method: 'trapezoidal' });
    let peak1 = 0;
    let peak2 = 0;
    for (let k = 0; k < 4000; k++) {
      const s = sim.step(1e-5).solution;
      if (k > 2000) {
        peak1 = Math.max(peak1, s.elements.T.voltageV);
        peak2 = Math.max(peak2, s.elements.T.secondaryVoltageV!);
      }
    }
    expect(peak1).toBeCloseTo(10, 3);
    expect(peak2 / peak1).toBeCloseTo(0.25, 2);
  });

  it('a short circuit of an ideal supply is reported every step, and time still advances', () => {
    const sim = new TransientSimulator([
      { kind: 'voltageSource', name: 'E', nodes: ['p', '0'], voltageV: 5 },
      { kind: 'switch', name: 'S', nodes: ['p', '0'], closed: true },
    ]);
    const r = sim.step(0.01);
    expect(r.solution.ok).toBe(false);
    expect(r.solution.diagnostics[0].code).toBe('shortCircuit');
    expect(r.timeS).toBeCloseTo(0.01, 12);
  });

  it('setDrive changes a source smoothly: no restart, the same result as a waveform', () => {
    // A 50 Hz sine set step by step through setDrive matches the same sine given as a SIN waveform.
    const base: CircuitElement[] = [
      { kind: 'voltageSource', name: 'E', nodes: ['p', '0'], voltageV: 0 },
      { kind: 'resistor', name: 'R', nodes: ['p', 'b'], resistanceOhm: 100 },
      { kind: 'capacitor', name: 'C', nodes: ['b', '0'], capacitanceF: 100e-6 },
    ];
    const driven = new TransientSimulator(base, { method: 'trapezoidal' });
    const wave = new TransientSimulator(
      [{ ...base[0], waveform: { kind: 'sine', offset: 0, amplitude: 5, frequencyHz: 50, delayS: 0, dampingPerS: 0, phaseDeg: 0 } } as CircuitElement, base[1], base[2]],
      { method: 'trapezoidal' },
    );
    for (let k = 1; k <= 200; k++) {
      driven.setDrive('E', 5 * Math.sin(2 * Math.PI * 50 * k * 1e-4));
      const a = driven.step(1e-4).solution.nodes.b;
      const b = wave.step(1e-4).solution.nodes.b;
      expect(a).toBeCloseTo(b, 12);
    }
    expect(() => driven.setDrive('R', 1)).toThrowError(/voltage source, current source or inductor/);
    expect(() => driven.setDrive('E', NaN)).toThrowError(/not a finite number/);
  });
});
