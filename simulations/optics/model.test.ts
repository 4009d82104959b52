/**
 * The optics bench's presets headless, against closed forms:
 * - law of reflection: the angle of reflection equals the angle of incidence; folding the card takes the ray
 *   off it; light sent back along the reflected ray returns along the incident one (人教版 八年级上册 第四章第2节);
 * - plane mirror: the image is as far behind the reflecting face as the object is in front (第四章第3节);
 *   the candle put there covers the image from any side (no parallax);
 * - convex lens: 1/u + 1/v = 1/f and m = −v/u (第五章第3节), with the thick lens's principal planes and a
 *   school lens's spherical aberration as documented in model.md; real and inverted outside f, virtual,
 *   upright and larger inside f (seen through the lens, not on the screen);
 * - pin method: pins on the traced ray give n = sin θ₁/sin θ₂ (选择性必修第一册 第四章第1节);
 * - double slit: Δx = Lλ/d (第四章第4节) out of the pattern on the measuring head.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulation, validateParams } from '../core';
import { presetMeta } from '../bench/preset';
import { parseSetup, type Setup } from '../bench/setup';
import type { ViewI18n } from '../view';
import type { OpticsBenchEngine } from './bench-engine';
import { describeOptics } from './describe';
import { thinLensImage } from './engine/paraxial';
import { createOpticsModel } from './model';
import { opticsParts } from './parts';
import { opticsPresets } from './presets';
import { convexLensPreset } from './presets/convex-lens';
import { doubleSlitPreset } from './presets/double-slit';
import { planeMirrorPreset } from './presets/plane-mirror';
import { reflectionPreset } from './presets/reflection';
import { refractionGlassPreset } from './presets/refraction-glass';
import { lensShapeOf } from './scene-of-setup';
import en from '../../src/i18n/en/optics.json';
import zh from '../../src/i18n/zh-CN/optics.json';

const english: ViewI18n = {
  locale: 'en',
  t: (key, vars) => ((en as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (vars && n in vars ? String(vars[n]) : m)),
  number: (v, d = 4) => String(Number(v.toPrecision(d))),
};

function model(preset = convexLensPreset, params: Record<string, number | string | boolean> = {}) {
  const m = createOpticsModel(preset);
  const v = validateParams(m.meta.params, params);
  if (!v.ok) throw new Error(v.errors[0].message);
  m.reset(v.values);
  return m;
}
const engineOf = (m: ReturnType<typeof model>) => m.engine as OpticsBenchEngine;

describe('optics presets', () => {
  it.each(opticsPresets.map((p) => [p.id, p] as const))('%s: a valid setup, a meta, finite readings headless, words in both languages', (_id, preset) => {
    expect(parseSetup(preset.setup, opticsParts)).toMatchObject({ ok: true });
    const meta = presetMeta(preset, opticsParts);
    const m = model(preset);
    const run = runSimulation(m, { timeS: 0.1 });
    for (const spec of meta.measurements) expect(Number.isFinite(run.measurements[spec.name]), spec.name).toBe(true);
    const keys = [meta.titleKey, meta.descriptionKey, ...meta.params.map((p) => p.labelKey), ...meta.measurements.map((x) => x.labelKey)];
    for (const key of keys) expect([key in en, key in zh]).toEqual([true, true]);
    expect(describeOptics(m.setup, m, english, 'student')).not.toMatch(/optics\.\w/);
  });

  it('every part has its name and property labels in both languages', () => {
    for (const d of opticsParts.definitions) {
      for (const key of [d.labelKey, ...d.props.map((p) => p.labelKey), ...d.props.flatMap((p) => (p.kind === 'choice' ? p.options.map((o) => o.labelKey) : []))]) {
        expect([key, key in en, key in zh]).toEqual([key, true, true]);
      }
    }
  });
});

describe('law of reflection (4.2.6)', () => {
  it.each([10, 25, 30, 45, 60, 75])('laser %i° left of the normal: the reflected ray is read at the same angle on the right', (a) => {
    const m = model(reflectionPreset, { laserAngleDeg: -a });
    const r = m.measure();
    expect(r.incidenceDeg).toBe(a);
    expect(r.reflectionDeg).toBe(a);
    expect(r.trueReflectionDeg).toBeCloseTo(a, 9);
    expect(engineOf(m).disc('D1')!.reflectedDeg).toBeCloseTo(a, 9);
  });

  it('folded back, the card shows no reflected ray; sent back along the reflected ray, light returns along the incident one', () => {
    expect(model(reflectionPreset, { laserAngleDeg: -40, folded: true }).measure()).toMatchObject({ reflectedOnCard: 0, reflectionDeg: NaN });
    const back = engineOf(model(reflectionPreset, { laserAngleDeg: 40 })).disc('D1')!;
    expect(back.reflectedDeg).toBeCloseTo(-40, 9);
  });
});

describe('plane mirror (4.2.7)', () => {
  it.each([0.06, 0.1, 0.15, 0.2])('candle A %f m in front: its image is as far behind the reflecting face', (u) => {
    const m = model(planeMirrorPreset, { objectDistanceM: u, plateThicknessM: 0.002 });
    // Distances from the plate's middle; the front face is 1 mm nearer the candle.
    expect(m.measure().imageDistanceM).toBeCloseTo(u - 0.002, 6);
  });

  it('candle B put at the image covers it seen from any side (no parallax); anywhere else it does not', () => {
    const m = model(planeMirrorPreset, { objectDistanceM: 0.12, candleBDistanceM: 0.118 });
    const setup = m.setup;
    const c1 = setup.parts.find((p) => p.id === 'C1')!;
    // Candle B exactly where the image is (same line across the plate as A).
    const edited: Setup = { ...setup, parts: setup.parts.map((p) => (p.id === 'C2' ? { ...p, yM: c1.yM } : p)) };
    m.edit(edited);
    expect(m.measure().mismatchMm).toBeLessThan(0.01);
    // Seen from two places (the student moves their head), B and the image stay together; the glass B is
    // seen through shifts it by a small fraction of a millimetre (the reason for a thin plate).
    const gap = () => {
      const seen = engineOf(m).eyeView('E1');
      const image = seen.filter((o) => o.partId === 'C1' && o.reflections === 1).sort((a, b) => b.intensity - a.intensity)[0];
      const b = seen.find((o) => o.partId === 'C2' && o.reflections === 0)!;
      expect(image.upright).toBe(1);
      // The image is the candle's own size: the same angular scale as candle B in its place (to the few per
      // cent by which the plate B is seen through changes B's).
      expect(Math.abs(image.angularScalePerM / b.angularScalePerM - 1)).toBeLessThan(0.05);
      return image.angleRad - b.angleRad;
    };
    const look = (x: number, y: number, rot: number) => m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'E1' ? { ...p, xM: x, yM: y, rotDeg: rot } : p)) });
    const from = [
      [0.05, 0.3, 160],
      [0.08, 0.08, 200],
    ] as const;
    const together = from.map(([x, y, r]) => (look(x, y, r), gap()));
    for (const g of together) expect(Math.abs(g)).toBeLessThan(1e-3);
    // Moved 1 cm back, B and the image part as the eye moves (parallax).
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'C2' ? { ...p, xM: p.xM + 0.01 } : p)) });
    expect(m.measure().mismatchMm).toBeGreaterThan(9.9);
    const apart = from.map(([x, y, r]) => (look(x, y, r), gap()));
    expect(Math.abs(apart[0] - apart[1])).toBeGreaterThan(10 * Math.abs(together[0] - together[1]));
    expect(Math.abs(apart[0] - apart[1])).toBeGreaterThan(0.01);
  });

  it('a screen where the image is shows no image of the candle (the image is virtual)', () => {
    const m = model(planeMirrorPreset, { objectDistanceM: 0.12 });
    const screen = { id: 'S1', kind: 'screen', xM: 0.3 + 0.118, yM: 0.22, rotDeg: 180, props: { widthM: 0.12 } };
    m.edit({ ...m.setup, parts: [...m.setup.parts.filter((p) => p.id !== 'C2'), screen] });
    expect(m.engine.value('S1', 'blurMm')).toBeNaN();
    expect(engineOf(m).screenPicture('S1')!.spots).toEqual([]);
  });
});

describe('convex lens (4.2.8)', () => {
  const f = 0.1;
  const shape = lensShapeOf(convexLensPreset.setup.parts.find((p) => p.id === 'L1')!);
  const planes = Math.abs(shape.h1FromCentreM) + Math.abs(shape.h2FromCentreM);
  it.each([
    [0.4, 'beyond 2f: real, inverted, smaller'],
    [0.2, 'at 2f: real, inverted, the same size'],
    [0.15, 'between f and 2f: real, inverted, larger'],
    [0.06, 'inside f: virtual, upright, larger'],
  ])('u = %f m (%s): the image the thin-lens equation gives, within the documented deviations', (u) => {
    const m = model(convexLensPreset, { focalLengthM: f, objectDistanceM: u });
    const r = m.measure();
    const thin = thinLensImage(u, f);
    expect(r.imageKind).toBe(u > f ? 1 : -1);
    expect(Math.sign(r.magnification)).toBe(Math.sign(thin.magnification));
    // Spherical aberration of the 4 cm school lens at most 6 % of v (model.md), principal planes as dv/du.
    const tolerance = 0.06 * Math.abs(thin.vM) + ((thin.vM / u) ** 2 + 1) * planes;
    expect(Math.abs(r.imageDistanceM - thin.vM)).toBeLessThan(tolerance);
    expect(Math.abs(r.magnification - thin.magnification)).toBeLessThan(0.1 * Math.abs(thin.magnification) + 0.02);
  });

  it('stopped down to 1 cm, the lens gives the Gaussian image of its principal planes to 1 %', () => {
    for (const u of [0.4, 0.3, 0.15]) {
      const m = model(convexLensPreset, { focalLengthM: f, objectDistanceM: u });
      m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'L1' ? { ...p, props: { ...p.props, diameterM: 0.01 } } : p)) });
      const small = lensShapeOf(m.setup.parts.find((p) => p.id === 'L1')!);
      const g = thinLensImage(u + small.h1FromCentreM, f);
      expect(Math.abs(m.measure().imageDistanceM - small.h2FromCentreM - g.vM)).toBeLessThan(0.01 * g.vM);
    }
  });

  it('the screen is sharpest where the image is, and shows it inverted and smaller there; blurred elsewhere', () => {
    const m = model(convexLensPreset, { focalLengthM: f, objectDistanceM: 0.3 });
    const v = m.measure().imageDistanceM;
    let best = { at: 0, blur: Infinity };
    for (let s = v - 0.02; s <= v + 0.02; s += 0.001) {
      m.reset({ ...m.paramsNow(), screenDistanceM: Math.round(s * 1000) / 1000 });
      const blur = m.measure().blurMm;
      if (blur < best.blur) best = { at: s, blur };
    }
    expect(Math.abs(best.at - v)).toBeLessThanOrEqual(0.0025);
    expect(best.blur).toBeLessThan(1);
    m.reset({ ...m.paramsNow(), screenDistanceM: Math.round(best.at * 1000) / 1000 });
    const pic = engineOf(m).screenPicture('S1')!;
    const tip = pic.spots.filter((s) => s.objectUpM > 0.01);
    expect(tip.every((s) => s.upM < 0)).toBe(true);
    const span = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    expect(span(pic.spots.map((s) => s.upM)) / span(pic.spots.map((s) => s.objectUpM))).toBeCloseTo(Math.abs(m.measure().magnification), 1);
    m.reset({ ...m.paramsNow(), screenDistanceM: 0.25 });
    expect(m.measure().blurMm).toBeGreaterThan(5);
  });

  it('inside f the screen catches no image; the eye behind the lens sees the candle upright and larger', () => {
    const m = model(convexLensPreset, { focalLengthM: f, objectDistanceM: 0.06 });
    expect(m.diagnostics().map((d) => d.key)).toContain('optics.diag.virtualImage');
    // Take the screen away: the eye at the end of the rail looks through the lens.
    m.edit({ ...m.setup, parts: m.setup.parts.filter((p) => p.id !== 'S1') });
    const seen = engineOf(m).eyeView('E1').find((o) => o.partId === 'C1')!;
    expect(seen.upright).toBe(1);
    const direct = 1 / (0.98 - 0.5 + 0.06); // the candle seen from the eye without the lens: 1/distance
    expect(seen.angularScalePerM).toBeGreaterThan(direct);
    // Where the eye sees it is where the model says the virtual image is (both through the lens's middle),
    // and that is the Gaussian image of the thick lens.
    const lensX = m.setup.parts.find((p) => p.id === 'L1')!.xM;
    expect(seen.imageX - lensX).toBeCloseTo(m.measure().imageDistanceM, 3);
    const g = thinLensImage(0.06 + shape.h1FromCentreM, f);
    expect(Math.abs(m.measure().imageDistanceM - shape.h2FromCentreM - g.vM)).toBeLessThan(0.01 * Math.abs(g.vM));
  });

  it('runs headless from the command line: focal length and object distance in, image distance, magnification and kind out', () => {
    const root = resolve(import.meta.dirname, '../..');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'simulations/cli.ts', 'optics-convex-lens', '--set', 'focalLengthM=0.1', '--set', 'objectDistanceM=0.3', '--time', '0.01', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    const json = JSON.parse(out);
    expect(json.params.objectDistanceM).toBe(0.3);
    expect(json.measurements.imageDistanceM).toBeGreaterThan(0.14);
    expect(json.measurements.imageDistanceM).toBeLessThan(0.152);
    expect(json.measurements.imageKind).toBe(1);
    expect(json.measurements.magnification).toBeLessThan(0);
  });
});

describe('pin method (测量玻璃的折射率)', () => {
  it.each([1.5163, 1.6, 1.45])('n = %f: pins placed on the ray that leaves the block give n back to the protractor\'s 0.5°', (n) => {
    const m = model(refractionGlassPreset, { refractiveIndex: n });
    const pm = engineOf(m).pinMethod('G1')!;
    const [p1, p2] = m.setup.parts.filter((p) => p.kind === 'pin');
    const theta1 = Math.atan2(p2.yM - p1.yM, p2.xM - p1.xM);
    expect(Math.sin(theta1) / Math.sin((pm.trueRefractionDeg * Math.PI) / 180)).toBeCloseTo(n, 9);
    // Put P3 and P4 on the emergent line, as a student does when they hide the images.
    const offsets = pm.offsetM;
    const setup = m.setup;
    // The light leaves parallel to P1P2: moving a pin across by Δy moves it off that line by Δy·cos θ₁.
    const moved: Setup = {
      ...setup,
      parts: setup.parts.map((p) => {
        const off = offsets.get(p.id);
        return off === undefined ? p : { ...p, yM: p.yM - off / Math.cos(theta1) };
      }),
    };
    m.edit(moved);
    const r = m.measure();
    expect(Math.abs(r.p3OffsetMm)).toBeLessThan(1e-6);
    expect(Math.abs(r.p4OffsetMm)).toBeLessThan(1e-6);
    expect(r.incidenceDeg).toBe(40);
    expect(Math.abs(r.refractionDeg - pm.trueRefractionDeg)).toBeLessThanOrEqual(0.25);
    expect(Math.abs(r.indexFromPins - n)).toBeLessThan(0.02);
  });
});

describe('double slit (用双缝干涉测量光的波长)', () => {
  it.each([
    ['red', 650e-9, 0.2, 0.7],
    ['green', 532e-9, 0.25, 0.6],
    ['blue', 470e-9, 0.2, 0.5],
  ] as const)('%s filter (λ = %f m), d = %f mm, L = %f m: the fringe spacing on the measuring head is Lλ/d to 2 %', (filter, lambda, d, L) => {
    const m = model(doubleSlitPreset, { filter, slitSpacingMm: d, slitToScreenM: L });
    const r = m.measure();
    expect(r.wavelengthNm).toBeCloseTo(lambda * 1e9, 6);
    // The finite slit width's envelope shifts the not-quite-dark fringes of partly coherent light a little
    // (model.md): within 2 % here; the coherent pattern gives Lλ/d exactly (engine/wave.test.ts).
    expect(Math.abs((r.fringeSpacingMm * 1e-3) / ((L * lambda) / (d * 1e-3)) - 1)).toBeLessThan(0.02);
  });

  it('the handwheel is read as a micrometer; the cross-hair is bright on a fringe, dark half a fringe on', () => {
    const m = model(doubleSlitPreset, { handwheelMm: 7.6 });
    expect(m.measure().readingMm).toBeCloseTo(7.6, 9);
    expect(m.measure().intensityAtCrossHair).toBeGreaterThan(0.8);
    const dx = m.measure().fringeSpacingMm;
    m.reset({ ...m.paramsNow(), handwheelMm: Math.round((7.6 + dx / 2) * 1000) / 1000 });
    expect(m.measure().intensityAtCrossHair).toBeLessThan(0.2);
  });

  it('without the single slit the fringes wash out and the bench says why', () => {
    const m = model(doubleSlitPreset);
    m.edit({ ...m.setup, parts: m.setup.parts.filter((p) => p.id !== 'SS1') });
    expect(m.diagnostics().map((d) => d.key)).toContain('optics.diag.noSingleSlit');
    // Bright fringe and dark fringe nearly alike: visibility |sinc(π w d/(λD))| ≈ 7 % for the 3 mm filament.
    const onFringe = m.measure().intensityAtCrossHair;
    m.reset({ ...m.paramsNow(), handwheelMm: 7.6 + 1.14 });
    expect(Math.abs(m.measure().intensityAtCrossHair / onFringe - 1)).toBeLessThan(0.1);
  });
});
