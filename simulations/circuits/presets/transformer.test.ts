/**
 * The transformer preset headless. Ideal core: U₂ = U₁·n₂/n₁ (人教版 高中物理 选择性必修第二册 第三章第3节 变压器,
 * U₁/U₂ = n₁/n₂ for an ideal transformer). Real core: the coupled-coil circuit's phasor closed form (below), with
 * L = A_L·N², M = k·A_L·N₁N₂ from the magnetic circuit (engine/transformer-core.ts), the windings' resistance, the
 * supply's 0.3 Ω and the two AC-volts meters' 40 kΩ: the bench steps it in time (BDF2, 40 sub-steps a cycle) and its
 * meters show the RMS of the last cycle.
 */
import { describe, expect, it } from 'vitest';
import type { Setup } from '../../bench/setup';
import { TransientSimulator, voltmeterResistanceOhm, AC_VOLTS_OHMS_PER_VOLT, type CircuitElement } from '../engine';
import { coreCoupling, DEMOUNTABLE_CORE, type CoreSpec } from '../engine/transformer-core';
import { createCircuitModel } from '../model';
import { STUDENT_SUPPLY } from '../parts/student-supply';
import { transformerPreset } from './transformer';
import { describeCircuit } from '../describe';
import type { ViewI18n } from '../../view';
import en from '../../../src/i18n/en/circuits.json';

type C = [number, number];
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const div = (a: C, b: C): C => {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
};
const abs = (a: C) => Math.hypot(a[0], a[1]);

/**
 * Steady-state RMS voltages of the preset's circuit, by phasors: E behind r feeds the primary (R₁ + jωL₁) with a
 * meter R_m across it; the secondary (R₂ + jωL₂) is closed by the other meter. Secondary loop: I₂ = −jωM·I₁/(R₂ + R_m
 * + jωL₂); primary: V₁ = Z_in·I₁, Z_in = R₁ + jωL₁ + (ωM)²/(R₂ + R_m + jωL₂); source: E = V₁ + r(V₁/R_m + I₁).
 */
function closedForm(n1: number, n2: number, yoke: boolean, supplyV: number, core: CoreSpec = DEMOUNTABLE_CORE) {
  const { inductancePerTurnSquaredH: al, couplingCoefficient: kc } = coreCoupling(yoke, core);
  const w = 2 * Math.PI * STUDENT_SUPPLY.frequencyHz;
  const rm = voltmeterResistanceOhm(10, AC_VOLTS_OHMS_PER_VOLT), r = STUDENT_SUPPLY.internalResistanceOhm;
  const l1 = al * n1 * n1, l2 = al * n2 * n2, m = kc * al * n1 * n2;
  const z2: C = [n2 * core.ohmPerTurn + rm, w * l2];
  const zin = add([n1 * core.ohmPerTurn, w * l1], div([(w * m) ** 2, 0], z2));
  const i1 = div([supplyV, 0], add(mul(zin, [1 + r / rm, 0]), [r, 0]));
  const i2 = div(mul([0, -w * m], i1), z2);
  return { u1: abs(mul(zin, i1)), u2: rm * abs(i2) };
}

/** The preset with its primary on posts p0–p{n1}, its secondary on s0–s{n2} (and the meters with them). */
function wiredFor(n1: number, n2: number, output: 'ac' | 'dc' = 'ac'): Setup {
  const s = transformerPreset.setup;
  const relink = (t: string) => t.replace(/^p400$/, `p${n1}`).replace(/^s200$/, `s${n2}`);
  const supply = (t: string) => (output === 'dc' ? ({ ac1: 'dc-', ac2: 'dc+' } as Record<string, string>)[t] ?? t : t);
  return {
    ...s,
    links: s.links.map((l) => ({
      ...l,
      from: { part: l.from.part, terminal: l.from.part === 'U1' ? supply(l.from.terminal) : relink(l.from.terminal) },
      to: { part: l.to.part, terminal: l.to.part === 'U1' ? supply(l.to.terminal) : relink(l.to.terminal) },
    })),
  };
}

function run(setup: Setup, params: Record<string, number | boolean>, seconds: number) {
  const m = createCircuitModel(transformerPreset);
  const p = { voltageV: 6, powerOn: false, yoke: true, ...params };
  m.reset(p);
  m.edit({ ...setup, parts: setup.parts.map((x) => (x.id === 'U1' ? { ...x, props: { ...x.props, on: p.powerOn, voltageV: p.voltageV } } : x.id === 'T1' ? { ...x, props: { ...x.props, yoke: p.yoke } } : x)) });
  for (let i = 0; i < Math.round(seconds / 0.01); i++) m.step(0.01);
  return m;
}

describe('circuit-transformer', () => {
  it('an ideal core (no leakage, no winding resistance, iron of huge permeability) gives U₂ = U₁·n₂/n₁ for every pair of posts', () => {
    const ideal: CoreSpec = { ...DEMOUNTABLE_CORE, relativePermeability: 1e7, jointGapsM: 0, leakagePermeanceH: 0, ohmPerTurn: 0 };
    for (const [n1, n2] of [[400, 200], [100, 800], [1400, 100], [200, 1400]]) {
      const { inductancePerTurnSquaredH, couplingCoefficient } = coreCoupling(true, ideal);
      expect(couplingCoefficient).toBe(1);
      const circuit: CircuitElement[] = [
        { kind: 'voltageSource', name: 'E', nodes: ['a', 'b'], voltageV: 0, waveform: { kind: 'sine', offset: 0, amplitude: 6 * Math.SQRT2, frequencyHz: 50, delayS: 0, dampingPerS: 0, phaseDeg: 0 } },
        { kind: 'transformer', name: 'T', nodes: ['a', 'b', 's', 't'], primaryTurns: n1, secondaryTurns: n2, inductancePerTurnSquaredH, couplingCoefficient: 0.999999 },
        { kind: 'resistor', name: 'R', nodes: ['s', 't'], resistanceOhm: 40_000 },
      ];
      const sim = new TransientSimulator(circuit, { start: 'operatingPoint' });
      let sq = 0;
      for (let i = 0; i < 400; i++) {
        const r = sim.step(0.0005);
        if (i >= 360) sq += r.solution.elements.R.voltageV ** 2;
      }
      expect(Math.sqrt(sq / 40) / (6 * n2 / n1)).toBeCloseTo(1, 3);
    }
  });

  it('the real closed core: U₁ and U₂ as the coupled coils’ phasor solution; U₁/U₂ a little above n₁/n₂', () => {
    for (const [n1, n2] of [[400, 200], [200, 400], [100, 800], [800, 1400], [1400, 400]]) {
      const m = run(wiredFor(n1, n2), { powerOn: true }, 1);
      const got = m.measure();
      const want = closedForm(n1, n2, true, 6);
      expect(got.primaryTurns).toBe(n1);
      expect(got.secondaryTurns).toBe(n2);
      expect(got.primaryVoltageV / want.u1, `U1 ${n1}:${n2}`).toBeCloseTo(1, 2);
      expect(got.secondaryVoltageV / want.u2, `U2 ${n1}:${n2}`).toBeCloseTo(1, 2);
      const ratio = (got.primaryVoltageV / got.secondaryVoltageV) / (n1 / n2);
      expect(ratio).toBeGreaterThan(1.005);
      expect(ratio).toBeLessThan(1.06);
    }
  });

  it('with the yoke off most of the primary’s flux leaks: U₂ falls to about a third of n₂/n₁·U₁, as the closed form says', () => {
    const open = run(wiredFor(400, 400), { powerOn: true, yoke: false }, 1).measure();
    const want = closedForm(400, 400, false, 6);
    expect(coreCoupling(false).couplingCoefficient).toBeLessThan(0.6);
    expect(open.secondaryVoltageV / want.u2).toBeCloseTo(1, 2);
    expect(open.primaryVoltageV / want.u1).toBeCloseTo(1, 2);
    expect(open.secondaryVoltageV).toBeLessThan(0.5 * open.primaryVoltageV);
    const closed = run(wiredFor(400, 400), { powerOn: true, yoke: true }, 1).measure();
    expect(closed.secondaryVoltageV).toBeGreaterThan(0.95 * closed.primaryVoltageV);
  });

  it('the DC output on the primary: the secondary shows a voltage only just after switching on, then none', () => {
    const m = run(wiredFor(400, 200, 'dc'), { powerOn: false }, 0.1);
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'U1' ? { ...p, props: { ...p.props, on: true } } : p)) });
    m.step(0.01);
    m.step(0.01);
    const flick = m.measure().secondaryVoltageV;
    for (let i = 0; i < 150; i++) m.step(0.01);
    const after = m.measure();
    // τ = L₁/R₁ ≈ 84 ms: the primary's current rises to U/R, the flux stops changing.
    expect(flick).toBeGreaterThan(0.5);
    expect(after.secondaryVoltageV).toBeLessThan(1e-3);
    // The AC range across the primary's DC: the RMS of a steady 6 V less the drop in r (U·R₁/(R₁ + r)).
    const r1 = 400 * DEMOUNTABLE_CORE.ohmPerTurn;
    expect(after.primaryVoltageV).toBeCloseTo((6 * r1) / (r1 + STUDENT_SUPPLY.internalResistanceOhm), 1);
  });

  it('switched off, or with a coil wired on one post only, nothing is read', () => {
    expect(run(wiredFor(400, 200), { powerOn: false }, 0.3).measure().secondaryVoltageV).toBe(0);
    const s = wiredFor(400, 200);
    const oneEnd = { ...s, links: s.links.filter((l) => !(l.to.part === 'T1' && l.to.terminal === 's0')) };
    const m = run(oneEnd, { powerOn: true }, 0.3).measure();
    expect(m.secondaryTurns).toBe(0);
    expect(m.secondaryVoltageV).toBeLessThan(1e-6);
  });

  it('is told in words: the supply on or off, the yoke, the turns in use', () => {
    const english: ViewI18n = {
      locale: 'en',
      t: (key, vars) => ((en as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (vars && n in vars ? String(vars[n]) : m)),
      number: (v, d = 4) => String(Number(v.toPrecision(d))),
    };
    const m = run(wiredFor(200, 800), { powerOn: true, yoke: false }, 0.1);
    const text = describeCircuit(m.setup, m, english, 'student');
    expect(text).toContain('lab supply (AC/DC) U1 (on, 6 V)');
    expect(text).toContain('demountable transformer T1 (yoke off, core open, primary 200 turns, secondary 800 turns)');
    expect(text).toContain('multimeter MM2 (AC 10 V)');
  });
});
