/**
 * Parts on tracks (an optical bench's rail): put down near the rail a holder snaps onto it at a whole grid
 * step along it and turns with it; riders move and turn with their rail; a rider alone cannot be turned; the
 * drag preview is where the part lands. And preset parameters bound to a part's place (a candle's distance
 * from the lens) set and read the part's position.
 */
import { describe, expect, it } from 'vitest';
import { BenchEditor } from './editor';
import { BenchModel } from './bench-model';
import { mountOf, ridersOf } from './mounting';
import { presetMeta, type BenchPreset } from './preset';
import { SETUP_VERSION, type Setup } from './setup';
import { ToyEngine, toyCatalog } from './toy-bench.test-fixture';

function railSetup(): Setup {
  return {
    version: SETUP_VERSION,
    bench: 'toy',
    parts: [
      { id: 'T1', kind: 'rail', xM: 0.6, yM: 0.3, rotDeg: 0, props: {} },
      { id: 'H1', kind: 'holder', xM: 0.5, yM: 0.3, rotDeg: 0, props: {} },
    ],
    links: [],
  };
}
const editor = () => new BenchEditor(toyCatalog, railSetup(), { role: 'student', gridM: 0.001, tableWidthM: 1.2, tableHeightM: 0.6 });

describe('tracks', () => {
  it('a holder put down within 3 cm of the rail sits on it, at a whole millimetre along it', () => {
    const e = editor();
    const r = e.addPart('holder', 0.7234, 0.321);
    expect(r.ok).toBe(true);
    const h = e.part('H2')!;
    expect(h.yM).toBeCloseTo(0.3, 12);
    expect(h.xM).toBeCloseTo(0.723, 12);
    expect(mountOf(e.setup, toyCatalog, h)).toEqual({ trackPart: 'T1', alongM: expect.closeTo(0.623, 9) });
    // Far from the rail it stays where it is put.
    e.addPart('holder', 0.2, 0.5);
    expect(e.part('H3')).toMatchObject({ xM: 0.2, yM: 0.5 });
    expect(mountOf(e.setup, toyCatalog, e.part('H3')!)).toBeNull();
  });

  it('dragging slides a rider along the rail; arrows across the rail do not take it off; far away it leaves', () => {
    const e = editor();
    const preview = e.movedPoses(['H1'], 0.1004, 0.012);
    e.moveBy(['H1'], 0.1004, 0.012);
    expect(e.part('H1')).toMatchObject({ xM: expect.closeTo(0.6, 12), yM: expect.closeTo(0.3, 12) });
    expect(preview.get('H1')).toEqual({ xM: e.part('H1')!.xM, yM: e.part('H1')!.yM, rotDeg: 0 });
    expect(e.moveBy(['H1'], 0, 0.001)).toEqual({ ok: true });
    expect(e.part('H1')!.yM).toBeCloseTo(0.3, 12);
    e.moveBy(['H1'], 0, 0.2);
    expect(e.part('H1')!.yM).toBeCloseTo(0.5, 12);
    expect(ridersOf(e.setup, toyCatalog, 'T1')).toEqual([]);
  });

  it('riders move and turn with their rail; a rider alone is not turned', () => {
    const e = editor();
    e.moveBy(['T1'], -0.05, 0.1);
    expect(e.part('T1')).toMatchObject({ xM: expect.closeTo(0.55, 12), yM: expect.closeTo(0.4, 12) });
    expect(e.part('H1')).toMatchObject({ xM: expect.closeTo(0.45, 12), yM: expect.closeTo(0.4, 12) });
    expect(e.rotate(['H1'], 5)).toEqual({ ok: false, refusal: { reason: 'mounted', partId: 'H1', detail: undefined } });
    e.rotate(['T1'], 30);
    const h = e.part('H1')!;
    expect(h.rotDeg).toBeCloseTo(30, 9);
    expect(h.xM).toBeCloseTo(0.55 - 0.1 * Math.cos(Math.PI / 6), 12);
    expect(h.yM).toBeCloseTo(0.4 - 0.1 * Math.sin(Math.PI / 6), 12);
    expect(mountOf(e.setup, toyCatalog, h)?.alongM).toBeCloseTo(0.4, 9);
    // A holder dropped by the turned rail sits on it turned the same way.
    // (1 cm off the rail, across it)
    e.addPart('holder', 0.55 + 0.2 * Math.cos(Math.PI / 6) - 0.01 * Math.sin(Math.PI / 6), 0.4 + 0.2 * Math.sin(Math.PI / 6) + 0.01 * Math.cos(Math.PI / 6));
    expect(e.part('H2')!.rotDeg).toBeCloseTo(30, 9);
    expect(mountOf(e.setup, toyCatalog, e.part('H2')!)?.alongM).toBeCloseTo(0.7, 9);
  });

  it('a student cannot move a rail that carries a locked part', () => {
    const s = railSetup();
    s.parts[1].locked = true;
    const e = new BenchEditor(toyCatalog, s, { role: 'student', gridM: 0.001 });
    expect(e.moveBy(['T1'], 0.1, 0)).toEqual({ ok: false, refusal: { reason: 'locked', partId: 'H1', detail: undefined } });
  });
});

describe('a parameter bound to a place', () => {
  const preset = (): BenchPreset => ({
    id: 'toy-rail',
    version: '1',
    subject: 'physics',
    titleKey: 'toy.title',
    descriptionKey: 'toy.description',
    setup: { ...railSetup(), parts: [...railSetup().parts, { id: 'H2', kind: 'holder', xM: 0.8, yM: 0.3, rotDeg: 0, props: {} }] },
    params: [{ name: 'distanceM', part: 'H1', distanceFrom: { part: 'H2', sign: -1 }, labelKey: 'toy.distance', min: 0.01, max: 0.5 }],
    measurements: [],
  });

  it('is a number in metres with the preset range, defaulting to where the part stands', () => {
    expect(presetMeta(preset(), toyCatalog).params).toEqual([expect.objectContaining({ name: 'distanceM', kind: 'number', unit: 'm', min: 0.01, max: 0.5, step: 0.001, default: 0.3 })]);
  });

  it('setting it moves the part; moving the part changes it', () => {
    const m = new BenchModel(preset(), new ToyEngine());
    m.reset({ distanceM: 0.25 });
    expect(m.setup.parts.find((p) => p.id === 'H1')).toMatchObject({ xM: expect.closeTo(0.55, 12), yM: expect.closeTo(0.3, 12) });
    const edited = structuredClone(m.setup);
    edited.parts[1].xM = 0.42;
    m.edit(edited);
    expect(m.paramsNow()).toEqual({ distanceM: 0.38 });
    expect(m.controlApplies('distanceM')).toBe(true);
    m.edit({ ...m.setup, parts: m.setup.parts.filter((p) => p.id !== 'H2') });
    expect(m.controlApplies('distanceM')).toBe(false);
  });
});
