import { describe, expect, it } from 'vitest';
import { runSimulation, validateParams } from '../core';
import { BenchModel } from './bench-model';
import type { BenchPreset } from './preset';
import { ToyEngine, toySetup } from './toy-bench.test-fixture';

const preset = (): BenchPreset => ({
  id: 'toy-ohm',
  version: '1',
  subject: 'physics',
  titleKey: 'toy.title',
  descriptionKey: 'toy.description',
  setup: toySetup(),
  params: [
    { name: 'emfV', part: 'E1', prop: 'emfV' },
    { name: 'resistanceOhm', part: 'R1', prop: 'resistanceOhm', max: 100 },
  ],
  measurements: [
    { name: 'currentA', part: 'R1', value: 'currentA', unit: 'A', labelKey: 'toy.current' },
    { name: 'resistanceOhm', part: 'R1', value: 'resistanceOhm', unit: 'Ω', labelKey: 'toy.r' },
  ],
});

describe('bench model', () => {
  it("derives its parameters from the bound part properties: the property's unit and step, the preset's value and range", () => {
    const m = new BenchModel(preset(), new ToyEngine());
    expect(m.meta.params).toEqual([
      expect.objectContaining({ name: 'emfV', kind: 'number', unit: 'V', min: 0, max: 12, step: 0.1, default: 3 }),
      expect.objectContaining({ name: 'resistanceOhm', kind: 'number', unit: 'Ω', min: 1, max: 100, default: 10 }),
    ]);
    expect(validateParams(m.meta.params, { resistanceOhm: '500' }).ok).toBe(false);
  });

  it('applies parameters to the bound parts and measures through the engine (I = E / R)', () => {
    const m = new BenchModel(preset(), new ToyEngine());
    m.reset({ emfV: 6, resistanceOhm: 20 });
    expect(m.measure().currentA).toBeCloseTo(0.3, 12);
    expect(m.setup.parts.find((p) => p.id === 'R1')!.props.resistanceOhm).toBe(20);
    // Headless, like the CLI: two seconds at 0.3 A move 0.6 C.
    const run = runSimulation(m, { timeS: 2 });
    expect(run.timeS).toBeCloseTo(2, 9);
    expect((m.engine as ToyEngine).chargeC).toBeCloseTo(0.6, 9);
  });

  it('keeps the built setup across a reset, and reports bound properties edited on the table', () => {
    const m = new BenchModel(preset(), new ToyEngine());
    m.reset({ emfV: 3, resistanceOhm: 10 });
    const edited = structuredClone(m.setup);
    edited.parts[1].props.resistanceOhm = 30;
    edited.parts.push({ id: 'R2', kind: 'resistor', xM: 0.9, yM: 0.5, rotDeg: 90, props: { resistanceOhm: 5, pressed: false } });
    m.edit(edited);
    expect(m.paramsNow()).toEqual({ emfV: 3, resistanceOhm: 30 });
    m.reset(m.paramsNow());
    expect(m.setup.parts.map((p) => p.id)).toEqual(['E1', 'R1', 'R2']);
    expect(m.measure().currentA).toBeCloseTo(0.1, 12);
    m.resetToPreset();
    expect(m.setup.parts.map((p) => p.id)).toEqual(['E1', 'R1']);
  });

  it('saves and restores the setup with the engine state (the notebook hand-off), refusing a broken state by field', () => {
    const m = new BenchModel(preset(), new ToyEngine());
    m.reset({ emfV: 1.5, resistanceOhm: 5 });
    const unplugged = structuredClone(m.setup);
    unplugged.links.pop();
    m.edit(unplugged);
    m.step(1);
    const saved = JSON.parse(JSON.stringify(m.state()));
    const again = new BenchModel(preset(), new ToyEngine());
    again.reset({});
    again.restore(saved);
    expect(again.setup.links).toHaveLength(1);
    expect(again.timeS).toBe(1);
    expect(again.measure().currentA).toBe(0);
    expect(again.diagnostics()[0].key).toBe('toy.open');
    saved.setup.parts[0].props.emfV = 99;
    expect(() => again.restore(saved)).toThrow(/setup\.parts\[0\]\.props\.emfV/);
  });

  it('hides mystery values from a student, not from the teacher', () => {
    const p = preset();
    p.setup.parts[1].mystery = ['resistanceOhm'];
    p.setup.hiddenTools = ['probe'];
    const m = new BenchModel(p, new ToyEngine());
    m.reset({});
    expect(m.controlApplies('resistanceOhm')).toBe(false);
    expect(m.controlApplies('emfV')).toBe(true);
    expect(m.hides()).toEqual({ tools: ['probe'], measurements: ['resistanceOhm'] });
    m.audience = 'teacher';
    expect(m.controlApplies('resistanceOhm')).toBe(true);
    expect(m.hides()).toEqual({ tools: [], measurements: [] });
  });

  it('a control whose part was deleted no longer applies', () => {
    const m = new BenchModel(preset(), new ToyEngine());
    m.reset({});
    m.edit({ ...m.setup, parts: m.setup.parts.filter((x) => x.id !== 'R1'), links: [] });
    expect(m.controlApplies('resistanceOhm')).toBe(false);
    expect(m.paramsNow()).toEqual({ emfV: 3 });
  });
});

describe('bench model restore', () => {
  it('restores from a wrapped state (a reactive proxy, as the page holds a notebook cell), keeping no reference to it', () => {
    const m = new BenchModel(preset(), new ToyEngine());
    m.reset({ emfV: 6 });
    m.step(0.5);
    const saved = JSON.parse(JSON.stringify(m.state()));
    // A Proxy stands in for Svelte's $state proxy: structuredClone refuses it.
    const wrapped = new Proxy(saved, {});
    expect(() => structuredClone(wrapped)).toThrow();
    const again = new BenchModel(preset(), new ToyEngine());
    again.reset({});
    again.restore(wrapped);
    expect(again.timeS).toBe(0.5);
    expect((again.engine as ToyEngine).chargeC).toBeCloseTo(0.3, 12); // 6 V / 10 Ω × 0.5 s
    saved.setup.parts[0].props.emfV = 1;
    expect(again.setup.parts[0].props.emfV).toBe(6);
  });
});
