/**
 * The circuits bench against closed forms. Sources: closed-circuit Ohm's law I = E / (R + r) and series /
 * parallel resistance (人教版 高中物理 必修第三册 第十二章; 九年级 第十七章); meter resistances as the engine
 * models them (engine/meters.ts: ammeter burden 0.1 V at full scale, voltmeter 20 kΩ/V).
 */
import { describe, expect, it } from 'vitest';
import { runSimulation, validateParams } from '../core';
import { BenchEditor } from '../bench/editor';
import { pointerFor, AMMETER_SCALES } from '../bench/instruments/analog-meter';
import { presetMeta } from '../bench/preset';
import { parseSetup } from '../bench/setup';
import type { ViewI18n } from '../view';
import { describeCircuit } from './describe';
import { ammeterResistanceOhm, voltmeterResistanceOhm } from './engine';
import { createCircuitModel } from './model';
import type { CircuitBenchEngine } from './bench-engine';
import { circuitParts } from './parts';
import { circuitPresets } from './presets';
import { ammeterPreset } from './presets/ammeter';
import { ohmsLawPreset } from './presets/ohms-law';
import { seriesParallelPreset } from './presets/series-parallel';
import en from '../../src/i18n/en/circuits.json';

const parallel = (a: number, b: number) => (a * b) / (a + b);
const english: ViewI18n = {
  locale: 'en',
  t: (key, vars) => ((en as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (vars && n in vars ? String(vars[n]) : m)),
  number: (v, d = 4) => String(Number(v.toPrecision(d))),
};

describe('circuit presets', () => {
  it.each(circuitPresets.map((p) => [p.id, p] as const))('%s: a valid setup, a meta, finite readings headless', (_id, preset) => {
    expect(parseSetup(preset.setup, circuitParts)).toMatchObject({ ok: true });
    const meta = presetMeta(preset, circuitParts);
    const m = createCircuitModel(preset);
    const v = validateParams(meta.params, {});
    if (!v.ok) throw new Error(v.errors[0].message);
    m.reset(v.values);
    const run = runSimulation(m, { timeS: 0.5 });
    for (const spec of meta.measurements) expect(Number.isFinite(run.measurements[spec.name]), spec.name).toBe(true);
    expect(m.diagnostics().filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("Ohm's law preset: the meters read the closed-form series current and resistor voltage", () => {
    const m = createCircuitModel(ohmsLawPreset);
    m.reset({ supplyVoltageV: 3, resistanceOhm: 10, sliderFraction: 0.5, switchClosed: true });
    // Supply 3 V with 0.1 Ω; rheostat a–c: 0.5 × 20 Ω; R = 10 Ω with the 3 V voltmeter (60 kΩ) across it; the
    // 0.6 A ammeter (0.1 V / 0.6 A) carries both.
    const rV = voltmeterResistanceOhm(3), rA = ammeterResistanceOhm(0.6);
    const iA = 3 / (0.1 + 10 + parallel(10, rV) + rA);
    const { currentA, voltageV } = m.measure();
    expect(currentA).toBeCloseTo(iA, 9);
    expect(voltageV).toBeCloseTo(iA * parallel(10, rV), 9);
    // I ∝ U for a fixed R: halving the rheostat's share raises both in the same ratio U/I ≈ R.
    expect(voltageV / currentA).toBeCloseTo(parallel(10, rV), 6);
  });

  it('the ammeter reads the current through the bulb in series, on either range post; reversed posts pin the pointer', () => {
    const m = createCircuitModel(ammeterPreset);
    m.reset({ cellCount: 2, switchClosed: true });
    const r = m.measure();
    expect(r.currentA).toBeGreaterThan(0.2);
    expect(r.currentA).toBeLessThan(0.6);
    expect(r.currentA).toBeCloseTo(r.bulbCurrentA, 9);

    const e = new BenchEditor(circuitParts, m.setup);
    const w = m.setup.links.find((l) => l.to.part === 'A1' && l.to.terminal === '0.6')!;
    e.unlink(w.id);
    e.link({ part: 'L1', terminal: 'b' }, { part: 'A1', terminal: '3' });
    m.edit(e.setup);
    expect(m.engine.value('A1', 'range')).toBe(3);
    // The 3 A range has a fifth of the resistance: the current barely changes.
    expect(m.measure().currentA).toBeCloseTo(r.currentA, 2);

    // Swap the posts: current enters at −.
    const swapped = structuredClone(m.setup);
    for (const l of swapped.links) for (const end of [l.from, l.to]) if (end.part === 'A1') end.terminal = end.terminal === '-' ? '3' : '-';
    m.edit(swapped);
    expect(m.measure().currentA).toBeLessThan(0);
    expect(pointerFor(m.measure().currentA, AMMETER_SCALES['3']).status).toBe('reversed');
  });

  it('series: one current, voltages add up to the battery terminal voltage; parallel: currents add up', () => {
    const m = createCircuitModel(seriesParallelPreset);
    m.reset({ cellCount: 3, switchClosed: true });
    const s = m.measure();
    const iL1 = m.engine.value('L1', 'currentA'), iL2 = m.engine.value('L2', 'currentA');
    expect(iL1).toBeCloseTo(iL2, 3); // the voltmeters draw a few tens of µA each
    // Round the loop: U(terminal) = U1 + U2 + the ammeter's own small drop I·R_A.
    const terminal = m.engine.value('B1', 'voltageV');
    expect(s.voltage1V + s.voltage2V + s.currentA * ammeterResistanceOhm(0.6)).toBeCloseTo(terminal, 3);

    // Rewire L2 beside L1 (parallel), ammeter in the main line.
    const p = structuredClone(m.setup);
    p.links = p.links.filter((l) => !['V1', 'V2'].includes(l.to.part));
    const link = (id: string, a: string, b: string) => {
      const [ap, at] = a.split('.'), [bp, bt] = b.split('.');
      return { id, from: { part: ap, terminal: at }, to: { part: bp, terminal: bt } };
    };
    p.links = [link('w1', 'B1.+', 'S1.a'), link('w2', 'S1.b', 'L1.a'), link('w3', 'S1.b', 'L2.a'), link('w4', 'L1.b', 'A1.3'), link('w5', 'L2.b', 'A1.3'), link('w6', 'A1.-', 'B1.-')];
    m.edit(p);
    const total = m.measure().currentA;
    expect(total).toBeCloseTo(m.engine.value('L1', 'currentA') + m.engine.value('L2', 'currentA'), 9);
    expect(m.engine.value('L1', 'voltageV')).toBeCloseTo(m.engine.value('L2', 'voltageV'), 9);
  });

  it('a fuse over its rating blows, stays blown after an edit and through save/restore, and a reset mends it', () => {
    const m = createCircuitModel(ohmsLawPreset);
    m.reset({ supplyVoltageV: 6, resistanceOhm: 5, sliderFraction: 0, switchClosed: true });
    const e = new BenchEditor(circuitParts, m.setup, { role: 'teacher' });
    const add = e.addPart('fuse', 0.3, 0.3, { ratedCurrentA: 0.5 });
    if (!add.ok) throw new Error('no fuse');
    const w = e.setup.links.find((l) => l.from.part === 'A1' && l.from.terminal === '-')!;
    e.unlink(w.id);
    e.link({ part: 'A1', terminal: '-' }, { part: 'F1', terminal: 'a' });
    e.link({ part: 'F1', terminal: 'b' }, { part: 'U1', terminal: '-' });
    m.edit(e.setup);
    runSimulation(m, { timeS: 0.2 });
    expect(m.engine.value('F1', 'blown')).toBe(1);
    expect(m.measure().currentA).toBeCloseTo(0, 6);
    expect(m.diagnostics().map((d) => d.key)).toContain('circuits.diag.fuseBlown');
    m.edit({ ...m.setup, title: 'still blown' });
    expect(m.engine.value('F1', 'blown')).toBe(1);
    const saved = JSON.parse(JSON.stringify(m.state()));
    const again = createCircuitModel(ohmsLawPreset);
    again.reset({});
    again.restore(saved);
    expect(again.engine.value('F1', 'blown')).toBe(1);
    again.reset({ supplyVoltageV: 1 });
    expect(again.engine.value('F1', 'blown')).toBe(0);
  });

  it('a cell shorted by a wire is reported with its name; an open switch reads zero', () => {
    const m = createCircuitModel(ammeterPreset);
    m.reset({ switchClosed: false });
    expect(m.measure().currentA).toBeCloseTo(0, 9);
    const shorted = structuredClone(m.setup);
    shorted.links.push({ id: 'w9', from: { part: 'B1', terminal: '+' }, to: { part: 'B1', terminal: '-' } });
    m.edit(shorted);
    expect(m.diagnostics().find((d) => d.key === 'circuits.diag.shortCircuit')?.parts).toContain('B1');
  });

  it('describes the setup in words: parts, states, series and parallel, meter ranges', () => {
    const m = createCircuitModel(ammeterPreset);
    m.reset({ switchClosed: true });
    const text = describeCircuit(m.setup, m, english, 'student');
    expect(text).toContain('switch S1 (closed)');
    expect(text).toContain('bulb L1 (lit)');
    expect(text).toContain('ammeter A1 (on its 0.6 A posts)');
    expect(text).toContain('switch S1 in series with bulb L1');
    expect(text).toContain('bulb L1 in series with ammeter A1');
    const sp = createCircuitModel(seriesParallelPreset);
    sp.reset({});
    expect(describeCircuit(sp.setup, sp, english, 'student')).toContain('bulb L1 in parallel with voltmeter V1');
  });

  it('the CLI contract: --set resistanceOhm=10 runs headless like any experiment', async () => {
    const { main } = await import('../cli');
    let out = '';
    const code = await main(['circuit-ohms-law', '--set', 'resistanceOhm=10', '--set', 'sliderFraction=0.5', '--time', '0.1'], { out: (s) => (out += s), err: (s) => (out += s) });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.params.resistanceOhm).toBe(10);
    expect(json.measurements.currentA).toBeGreaterThan(0.1);
    const bad = await main(['circuit-ohms-law', '--set', 'resistanceOhm=500', '--time', '0.1'], { out: () => {}, err: (s) => (out = s) });
    expect(bad).toBe(2);
    expect(out).toContain('resistanceOhm');
    expect(out).toContain('1 … 100 Ω');
  });
});

describe('circuit description for a student', () => {
  it('does not tell a mystery value; the teacher hears it', () => {
    const m = createCircuitModel(ohmsLawPreset);
    m.reset({ resistanceOhm: 22 });
    const secret = structuredClone(m.setup);
    secret.parts.find((p) => p.id === 'R1')!.mystery = ['resistanceOhm'];
    m.edit(secret);
    expect(describeCircuit(m.setup, m, english, 'teacher')).toContain('resistor R1 (22 Ω)');
    const told = describeCircuit(m.setup, m, english, 'student');
    expect(told).toContain('resistor R1');
    expect(told).not.toContain('22');
  });
});

describe('the engine’s revision (what the view redraws)', () => {
  it('stays the same while a settled circuit runs, changes on an edit and, with the tremble on, every step', () => {
    const m = createCircuitModel(seriesParallelPreset);
    m.reset({});
    for (let i = 0; i < 100; i++) m.step(0.01);
    const engine = m.engine as CircuitBenchEngine;
    const settledAt = engine.revision();
    for (let i = 0; i < 20; i++) m.step(0.01);
    expect(engine.revision()).toBe(settledAt);
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.kind === 'voltmeter' || p.kind === 'ammeter' ? { ...p, props: { ...p.props, noise: true } } : p)) });
    expect(engine.revision()).toBeGreaterThan(settledAt);
    for (let i = 0; i < 100; i++) m.step(0.01);
    const meter = m.setup.parts.find((p) => p.kind === 'ammeter')!;
    const seen = new Set<number>();
    for (let i = 0; i < 5; i++) {
      const before = engine.revision();
      seen.add(engine.value(meter.id, 'readingA'));
      m.step(0.01);
      expect(engine.revision()).toBeGreaterThan(before);
    }
    expect(seen.size).toBeGreaterThan(1);
  });
});
