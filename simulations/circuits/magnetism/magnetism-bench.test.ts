/**
 * The circuits bench's magnetism against closed forms.
 * Sources: the field on the axis of a finite solenoid, B = μ0·n·I·(cos θ1 − cos θ2)/2, at its centre
 * μ0·n·I·(L/2)/√((L/2)² + R²), → μ0·n·I for a long one (人教版 选择性必修二 第一章; Purcell, Electricity and
 * Magnetism, §6.5); an iron core multiplies it by 1 + χ_eff, χ_eff = (μr − 1)/(1 + N_d(μr − 1)) (fields.ts);
 * the motional EMF ε = B·L·v (人教版 选择性必修二 第二章第2节) and ε = ∫(v × B)·dl; the ballistic
 * galvanometer's throw ω·q·exp(−ζ/√(1−ζ²)·atan(√(1−ζ²)/ζ)) for a charge q sent through it (Purcell §7.10,
 * from the damped oscillator's impulse response); the right-hand rule for a solenoid (安培定则, 九年级 第二十章第2节).
 */
import { describe, expect, it } from 'vitest';
import type { BenchPreset } from '../../bench/preset';
import type { Setup, SetupPart } from '../../bench/setup';
import { validateParams } from '../../core';
import type { CircuitBenchEngine } from '../bench-engine';
import { coilFluxLinkage, coreMultiplier, MU0, barMagnetField, type FieldSource } from '../engine';
import { cross, dot } from '../engine/magnetism/fields';
import { createCircuitModel } from '../model';
import { GALVANOMETER } from '../parts/galvanometer';
import { COIL_LENGTH_M, COIL_RADIUS_M } from '../parts/coil';
import { CORE_RELATIVE_PERMEABILITY, SOLENOID_LENGTH_M, SOLENOID_RADIUS_M, SOLENOID_WIRE_OHM_PER_M } from '../parts/solenoid';
import { coilMagnetPreset } from '../presets/coil-magnet';
import { U_MAGNET } from '../parts/u-magnet';
import { inductionPreset } from '../presets/induction';
import { solenoidFieldPreset } from '../presets/solenoid-field';
import { bearingDeg, toPartFrame, toWorld } from './frame';
import { stepPointer } from './galvanometer-pointer';
import { COIL_POINTS, COIL_SLICES } from './bench-magnetism';
import { barMagnetSource, uMagnetSources } from './sources';
import { sweptFluxWb } from './swept-flux';

function open(preset: BenchPreset, params: Record<string, unknown> = {}, setup?: Setup) {
  const m = createCircuitModel(setup ? { ...preset, setup } : preset);
  const v = validateParams(m.meta.params, params);
  if (!v.ok) throw new Error(v.errors[0].message);
  m.reset(v.values);
  return { model: m, engine: m.engine as CircuitBenchEngine };
}
const withPart = (setup: Setup, id: string, change: Partial<SetupPart>): Setup => ({ ...setup, parts: setup.parts.map((p) => (p.id === id ? { ...p, ...change, props: { ...p.props, ...(change.props ?? {}) } } : p)) });
const angleBetween = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

describe('the bench frame', () => {
  it('turns parts about the vertical and back; bearings clockwise from north (up the page)', () => {
    const pose = { xM: 0.3, yM: 0.2, rotDeg: 37 };
    const p = toWorld(pose, { x: 0.01, y: -0.02, z: 0.003 });
    const back = toPartFrame(pose, p);
    expect(back.x).toBeCloseTo(0.01, 12);
    expect(back.y).toBeCloseTo(0.02, 12); // the part frame's y is up the page, as the world's
    expect(bearingDeg({ x: 0, y: 1, z: 0 })).toBeCloseTo(0, 12);
    expect(bearingDeg({ x: 1, y: 0, z: 0 })).toBeCloseTo(90, 12);
    expect(bearingDeg({ x: -1, y: 0, z: 0 })).toBeCloseTo(270, 12);
  });
});

describe('4.2.9 the solenoid on the bench', () => {
  const n = 300 / SOLENOID_LENGTH_M;
  const centre = { x: 0.62, y: 0.3 };

  it('B at the centre is μ0·n·I·(L/2)/√((L/2)² + R²) with the current the ammeter reads (air core), and → μ0 n I', () => {
    const { model, engine } = open(solenoidFieldPreset, { switchClosed: true, ironCore: false });
    const i = model.measure().currentA;
    expect(i).toBeGreaterThan(0.5);
    const b = engine.magnetism.fieldAt(centre.x, centre.y);
    const half = SOLENOID_LENGTH_M / 2;
    const finite = MU0 * n * i * (half / Math.hypot(half, SOLENOID_RADIUS_M));
    // Right winding, current in at a (left): the field inside points to b (east, +x).
    expect(b.x / finite).toBeCloseTo(1, 6);
    // The tube is only 6.7 radii long: 4.2 % below the long-solenoid μ0 n I.
    expect(b.x / (MU0 * n * i)).toBeCloseTo(0.958, 3);
  });

  it('the iron core multiplies the field by 1 + χ_eff (Osborn’s demagnetising factor), not by μr', () => {
    const air = open(solenoidFieldPreset, { switchClosed: true, ironCore: false });
    const iron = open(solenoidFieldPreset, { switchClosed: true, ironCore: true });
    // Same DC current either way (the core changes the inductance, not the resistance).
    expect(iron.model.measure().currentA).toBeCloseTo(air.model.measure().currentA, 9);
    const ratio = (iron.engine.magnetism.fieldAt(centre.x, centre.y).x) / (air.engine.magnetism.fieldAt(centre.x, centre.y).x);
    const muEff = coreMultiplier({ coreRelativePermeability: CORE_RELATIVE_PERMEABILITY, lengthM: SOLENOID_LENGTH_M, radiusM: SOLENOID_RADIUS_M });
    expect(ratio).toBeCloseTo(muEff, 6);
    expect(muEff).toBeGreaterThan(5);
    expect(muEff).toBeLessThan(CORE_RELATIVE_PERMEABILITY / 10);
  });

  it('switch open: every needle points north; closed: they swing, overshoot and settle along the field (b is the N pole)', () => {
    const { model } = open(solenoidFieldPreset);
    for (const c of ['bearing1Deg', 'bearing2Deg', 'bearing3Deg', 'bearing4Deg']) expect(angleBetween(model.measure()[c], 0)).toBeLessThan(1e-9);
    model.edit(withPart(model.setup, 'S1', { props: { closed: true } }));
    let most = 0;
    for (let k = 0; k < 300; k++) {
      model.step(0.01);
      most = Math.max(most, model.measure().bearing2Deg <= 180 ? model.measure().bearing2Deg : 0);
    }
    const m = model.measure();
    // Settled along the field where each needle is (the coil's plus the Earth's 29 µT to the north).
    const engine = model.engine as CircuitBenchEngine;
    for (const [c, id] of [['bearing1Deg', 'C1'], ['bearing2Deg', 'C2'], ['bearing3Deg', 'C3'], ['bearing4Deg', 'C4']] as const) {
      const at = model.setup.parts.find((p) => p.id === id)!;
      expect(angleBetween(m[c], bearingDeg(engine.magnetism.fieldAt(at.xM, at.yM))), c).toBeLessThan(0.1);
    }
    // Beyond each end on the axis the field runs a → b (east); beside the middle it runs back (west); the
    // Earth's field leans them a degree or two towards north.
    expect(angleBetween(m.bearing1Deg, 90)).toBeLessThan(4);
    expect(angleBetween(m.bearing2Deg, 90)).toBeLessThan(4);
    expect(angleBetween(m.bearing3Deg, 270)).toBeLessThan(4);
    expect(angleBetween(m.bearing4Deg, 270)).toBeLessThan(4);
    expect(most).toBeGreaterThan(95); // a needle swinging from north past east before it settles
  });

  it('reversing the current (wires swapped at the supply) or the winding turns every needle round', () => {
    const settle = (model: ReturnType<typeof open>['model']) => {
      for (let k = 0; k < 400; k++) model.step(0.01);
      return model.measure();
    };
    const a = open(solenoidFieldPreset, { switchClosed: true });
    const before = settle(a.model);
    const swapped = { ...a.model.setup, links: a.model.setup.links.map((l) => (l.from.part === 'U1' ? { ...l, from: { part: 'U1', terminal: l.from.terminal === '+' ? '-' : '+' } } : l.to.part === 'U1' ? { ...l, to: { part: 'U1', terminal: l.to.terminal === '+' ? '-' : '+' } } : l)) };
    a.model.edit(swapped);
    const after = settle(a.model);
    const b = open(solenoidFieldPreset, { switchClosed: true, winding: 'left' });
    const left = settle(b.model);
    for (const c of ['bearing1Deg', 'bearing2Deg', 'bearing3Deg', 'bearing4Deg']) {
      // Round but for the Earth's field, which leans both ways towards north.
      expect(angleBetween(after[c], before[c] + 180), c).toBeLessThan(8);
      expect(angleBetween(left[c], before[c] + 180), c).toBeLessThan(8);
      expect(angleBetween(after[c], before[c] + 180), c).toBeGreaterThan(0.5);
    }
  });
});

describe('4.2.10 a rod moving through the U magnet', () => {
  const pole = { x: 0.4 + U_MAGNET.poleXM, y: 0.3 };
  const rodAt = (preset: BenchPreset, xM: number) => withPart(preset.setup, 'AB1', { xM, yM: pole.y });

  it('the swept flux of a rod crossing a uniform field is B·L·v exactly', () => {
    const sources: FieldSource[] = [{ kind: 'uniform', fieldT: { x: 0, y: 0, z: -0.2 } }];
    const rod = (x: number) => ({ a: { x, y: -0.05, z: 0 }, b: { x, y: 0.05, z: 0 } });
    const dt = 0.01, v = 0.3;
    const emf = sweptFluxWb(sources, rod(0), rod(v * dt)) / dt;
    expect(emf).toBeCloseTo(0.2 * 0.1 * v, 14);
  });

  it('in the magnet’s gap it equals ∫(v × B)·dl along the rod (the velocity form, summed over 4000 pieces)', () => {
    const sources = uMagnetSources({ northPole: 'up', remanenceT: 0.5 });
    const x0 = U_MAGNET.poleXM - 0.005, dx = 1e-5;
    const rod = (x: number) => ({ a: { x, y: -0.05, z: 0 }, b: { x, y: 0.05, z: 0 } });
    const swept = sweptFluxWb(sources, rod(x0), rod(x0 + dx));
    let direct = 0;
    const pieces = 4000;
    for (let i = 0; i < pieces; i++) {
      const y = -0.05 + ((i + 0.5) * 0.1) / pieces;
      const b = sources.reduce((s, src) => {
        const f = src.kind === 'magnet' ? barMagnetField(src.magnet, { x: x0 + dx / 2, y, z: 0 }) : { x: 0, y: 0, z: 0 };
        return { x: s.x + f.x, y: s.y + f.y, z: s.z + f.z };
      }, { x: 0, y: 0, z: 0 });
      direct += dot(cross({ x: dx, y: 0, z: 0 }, b), { x: 0, y: 0.1 / pieces, z: 0 });
    }
    expect(swept / direct).toBeCloseTo(1, 4);
  });

  it('no current while the rod is still, moves along its length, or moves up and down along the field lines', () => {
    const start = rodAt(inductionPreset, pole.x);
    const { model, engine } = open(inductionPreset, {}, start);
    model.step(0.01);
    expect(engine.value('AB1', 'emfV')).toBe(0);
    model.edit(withPart(model.setup, 'AB1', { yM: pole.y + 0.01 })); // along the rod (it lies along the page's y)
    model.step(0.01);
    expect(Math.abs(engine.value('AB1', 'emfV'))).toBeLessThan(1e-15);
    model.edit(withPart(model.setup, 'AB1', { props: { level: 'up' } }));
    model.step(0.01);
    expect(Math.abs(engine.value('AB1', 'emfV'))).toBeLessThan(1e-15);
    for (let k = 0; k < 200; k++) model.step(0.01);
    expect(Math.abs(model.measure().galvanometerUA)).toBeLessThan(1e-9);
  });

  it('across the field the pointer is thrown by ω·q·e^(−ζ/√(1−ζ²)·atan(√(1−ζ²)/ζ)) and swings back; the other way, or the magnet over, the other side', () => {
    const throwFor = (dx: number, params: Record<string, unknown> = {}) => {
      const { model, engine } = open(inductionPreset, params, rodAt(inductionPreset, pole.x - 0.005));
      model.edit(withPart(model.setup, 'AB1', { xM: pole.x - 0.005 + dx }));
      const dt = 0.001;
      model.step(dt);
      const q = (engine.value('AB1', 'emfV') * dt) / (GALVANOMETER.resistanceOhm + 0.05);
      let max = 0, min = 0;
      for (let k = 0; k < 300; k++) {
        model.step(0.01);
        max = Math.max(max, model.measure().galvanometerUA);
        min = Math.min(min, model.measure().galvanometerUA);
      }
      return { q, max, min, end: model.measure().galvanometerUA };
    };
    const z = GALVANOMETER.dampingRatio, w = (2 * Math.PI) / GALVANOMETER.periodS;
    const gain = w * Math.exp((-z / Math.sqrt(1 - z * z)) * Math.atan(Math.sqrt(1 - z * z) / z));
    const right = throwFor(0.01);
    expect(Math.abs(right.q)).toBeGreaterThan(0);
    const peak = Math.abs(right.q) * gain * 1e6;
    expect(Math.max(right.max, -right.min) / peak).toBeCloseTo(1, 2);
    // A visible throw: several of the 1 µA divisions.
    expect(peak).toBeGreaterThan(2);
    expect(Math.abs(right.end)).toBeLessThan(0.05 * peak);
    const left = throwFor(-0.01);
    const flipped = throwFor(0.01, { northPole: 'down' });
    const sign = (r: typeof right) => Math.sign(Math.abs(r.max) > Math.abs(r.min) ? r.max : r.min);
    expect(sign(left)).toBe(-sign(right));
    expect(sign(flipped)).toBe(-sign(right));
    const open_ = throwFor(0.01, { switchClosed: false });
    expect(Math.max(open_.max, -open_.min)).toBeLessThan(1e-9);
  });

  it('moving the magnet past a still rod does what moving the rod the other way does (relative motion)', () => {
    const a = open(inductionPreset, {}, rodAt(inductionPreset, pole.x - 0.005));
    a.model.edit(withPart(a.model.setup, 'AB1', { xM: pole.x + 0.005 }));
    a.model.step(0.01);
    const b = open(inductionPreset, {}, rodAt(inductionPreset, pole.x - 0.005));
    b.model.edit(withPart(b.model.setup, 'M1', { xM: 0.4 - 0.01 }));
    b.model.step(0.01);
    expect(b.engine.value('AB1', 'emfV') / a.engine.value('AB1', 'emfV')).toBeCloseTo(1, 9);
  });

  it('follows a drag as it goes: the flux is counted once, during the drag, not again when it lands', () => {
    const { model, engine } = open(inductionPreset, {}, rodAt(inductionPreset, pole.x - 0.02));
    const mid = withPart(model.setup, 'AB1', { xM: pole.x });
    model.follow(mid);
    model.step(0.01);
    const during = engine.value('AB1', 'emfV');
    expect(Math.abs(during)).toBeGreaterThan(1e-4);
    model.follow(null);
    model.edit(mid);
    model.step(0.01);
    expect(engine.value('AB1', 'emfV')).toBe(0);
  });

  it('the pointer model: a steady current is read as itself; the step is exact whatever its length', () => {
    let s = { positionA: 0, rateAps: 0 };
    for (let k = 0; k < 2000; k++) s = stepPointer(s, 10e-6, 0.01, GALVANOMETER);
    expect(s.positionA).toBeCloseTo(10e-6, 12);
    let a = { positionA: 0, rateAps: 0 };
    for (let k = 0; k < 100; k++) a = stepPointer(a, 10e-6, 0.001, GALVANOMETER);
    const b = stepPointer({ positionA: 0, rateAps: 0 }, 10e-6, 0.1, GALVANOMETER);
    expect(a.positionA).toBeCloseTo(b.positionA, 15);
  });
});

describe('X2.1 a bar magnet into a coil', () => {
  const coilX = 0.42, y = 0.28;
  const magnetAt = (setup: Setup, xM: number, rotDeg = 180) => withPart(setup, 'M1', { xM, yM: y, rotDeg });

  it('the coil’s flux linkage with the bench’s quadrature is within 0.5 % of a fine rule, in and out of the coil', () => {
    const sources = [barMagnetSource({ remanenceT: 0.3 })];
    for (const d of [0, 0.03, 0.06, 0.1]) {
      const coil = { center: { x: -d, y: 0, z: 0 }, axis: { x: 1, y: 0, z: 0 }, turns: 50, radiusM: COIL_RADIUS_M, lengthM: COIL_LENGTH_M };
      const fine = coilFluxLinkage(sources, coil, 12, 96);
      expect(Math.abs(coilFluxLinkage(sources, coil, COIL_SLICES, COIL_POINTS) - fine), `magnet ${d} m from the coil's centre`).toBeLessThan(0.005 * Math.abs(fine));
    }
  });

  it('pushing the magnet in and leaving it there sends round the charge ΔΛ/R (Faraday), whatever the speed', () => {
    for (const stepM of [0.002, 0.01]) {
      const { model, engine } = open(coilMagnetPreset, {}, magnetAt(coilMagnetPreset.setup, 0.8));
      const start = engine.value('L1', 'linkageWb');
      let charge = 0;
      for (let x = 0.8; x > coilX + 1e-9; x -= stepM) {
        model.edit(magnetAt(model.setup, Math.round((x - stepM) * 1e6) / 1e6));
        model.step(0.01);
        charge += engine.value('G1', 'currentA') * 0.01;
      }
      for (let k = 0; k < 100; k++) {
        model.step(0.01);
        charge += engine.value('G1', 'currentA') * 0.01;
      }
      const change = engine.value('L1', 'linkageWb') - start;
      const resistance = GALVANOMETER.resistanceOhm + 50 * 2 * Math.PI * COIL_RADIUS_M * SOLENOID_WIRE_OHM_PER_M;
      // Current into the galvanometer's + comes out of the coil's a: minus the current a → b inside the coil.
      expect(-charge / (-change / resistance), `steps of ${stepM} m`).toBeCloseTo(1, 2);
      expect(Math.abs(change)).toBeGreaterThan(1e-3);
    }
  });

  it('Lenz: the induced current’s field opposes the change (N end pushed in: the near end of the coil becomes N; pulled out: S)', () => {
    const { model, engine } = open(coilMagnetPreset, {}, magnetAt(coilMagnetPreset.setup, 0.6));
    const coilFieldX = () => {
      // The coil's own field at its centre from the current a → b inside it (the galvanometer's current reversed), right winding: +x for a → b.
      return -engine.value('G1', 'currentA');
    };
    model.edit(magnetAt(model.setup, 0.55));
    model.step(0.01);
    // The magnet lies to the right with its N end towards the coil (turned 180°): its field at the coil points left (−x), growing.
    const pushing = coilFieldX();
    expect(engine.magnetism.fieldAt(coilX, y).x).toBeLessThan(0);
    expect(pushing).toBeGreaterThan(0); // opposes the growing leftward flux: the coil's right end (b) is a north pole facing the N end
    for (let k = 0; k < 100; k++) model.step(0.01);
    model.edit(magnetAt(model.setup, 0.6));
    model.step(0.01);
    expect(coilFieldX()).toBeLessThan(0); // pulled out: the coil now attracts it
    // The S end towards the coil: everything the other way.
    const s = open(coilMagnetPreset, {}, magnetAt(coilMagnetPreset.setup, 0.6, 0));
    s.model.edit(magnetAt(s.model.setup, 0.55, 0));
    s.model.step(0.01);
    expect(-s.engine.value('G1', 'currentA')).toBeLessThan(0);
    // The same size, by the magnet's symmetry.
    expect(s.engine.value('G1', 'currentA') / -pushing).toBeCloseTo(-1, 6);
  });
});
