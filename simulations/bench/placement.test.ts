/**
 * Parts that rest, stack and hang (benches drawn from the side): what falls lands on the highest surface under
 * its centre or the floor, what hangs hangs straight below its hook, and what rests on or hangs from a part
 * moves with it; the editor keeps every setup arranged, and held parts hover until put down.
 */
import { describe, expect, it } from 'vitest';
import { gravityParamSpecs } from '../core/gravity';
import { BenchEditor } from './editor';
import { BenchModel } from './bench-model';
import type { BenchEngine } from './engine';
import type { BenchPreset } from './preset';
import { PartCatalog, type PartDefinition } from './part';
import { arrange, carriedBy, footprint, hangingFrom, supports } from './placement';
import { SETUP_VERSION, parseSetup, type Setup, type SetupPart } from './setup';

const k = (s: string) => `toy.${s}`;
const balance: PartDefinition = { kind: 'pan', bench: 'side', labelKey: k('pan'), idPrefix: 'P', widthM: 0.2, heightM: 0.1, props: [], terminals: [], rests: true, surfaces: [{ name: 'left', xM: -0.05, yM: -0.05, widthM: 0.08 }] };
const block: PartDefinition = { kind: 'block', bench: 'side', labelKey: k('block'), idPrefix: 'B', widthM: 0.06, heightM: 0.04, props: [], terminals: [], rests: true, surfaces: ['top'] };
const stand: PartDefinition = { kind: 'stand', bench: 'side', labelKey: k('stand'), idPrefix: 'S', widthM: 0.1, heightM: 0.05, props: [], terminals: [{ name: 'hook', xM: 0.03, yM: 0.025, labelKey: k('hook'), hang: 'hook' }] };
const weight: PartDefinition = {
  kind: 'weight', bench: 'side', labelKey: k('weight'), idPrefix: 'W', widthM: 0.02, heightM: 0.04, props: [], rests: true, surfaces: ['top'],
  terminals: [
    { name: 'ring', xM: 0, yM: -0.02, labelKey: k('ring'), hang: 'ring' },
    { name: 'hook', xM: 0, yM: 0.02, labelKey: k('hook'), hang: 'hook' },
  ],
};
const catalog = new PartCatalog('side', [balance, block, stand, weight], gravityParamSpecs());
const FLOOR = 0.7;
const part = (id: string, kind: string, xM: number, yM: number, rotDeg = 0): SetupPart => ({ id, kind, xM, yM, rotDeg, props: {} });
const setup = (parts: SetupPart[], links: Setup['links'] = []): Setup => ({ version: SETUP_VERSION, bench: 'side', parts, links });
const at = (s: Setup, id: string) => s.parts.find((p) => p.id === id)!;
const bottom = (s: Setup, id: string) => footprint(at(s, id), catalog.get(at(s, id).kind)).bottom;

describe('placement', () => {
  it('drops a resting part onto the floor, a pan under its centre, and a part on top of another', () => {
    const s = arrange(setup([part('P1', 'pan', 0.5, 0.3), part('B1', 'block', 0.45, 0.1), part('B2', 'block', 0.46, 0.05), part('B3', 'block', 0.9, 0.2)]), catalog, FLOOR);
    expect(bottom(s, 'P1')).toBeCloseTo(FLOOR, 12);
    // The pan's surface is 0.05 m above its centre, its centre 0.05 m above the floor.
    expect(bottom(s, 'B1')).toBeCloseTo(FLOOR - 0.1, 12);
    expect(bottom(s, 'B2')).toBeCloseTo(FLOOR - 0.14, 12);
    expect(bottom(s, 'B3')).toBeCloseTo(FLOOR, 12);
    expect(supports(s, catalog, FLOOR).get('B1')).toEqual({ part: 'P1', surface: 'left' });
    expect(supports(s, catalog, FLOOR).get('B2')).toEqual({ part: 'B1', surface: 'top' });
    expect(supports(s, catalog, FLOOR).get('B3')).toBe('floor');
    expect(arrange(s, catalog, FLOOR)).toBe(s); // idempotent: nothing left to move
    // A block turned on its end is taller: its footprint turns with it.
    const upright = arrange(setup([part('B1', 'block', 0.2, 0.1, 90)]), catalog, FLOOR);
    expect(at(upright, 'B1').yM).toBeCloseTo(FLOOR - 0.03, 12);
  });

  it('hangs a ring linked to a hook on that hook, and chains hang in turn', () => {
    const s = arrange(
      setup([part('S1', 'stand', 0.3, 0.1), part('W1', 'weight', 0.5, 0.5), part('W2', 'weight', 0.1, 0.05)], [
        { id: 'w1', from: { part: 'S1', terminal: 'hook' }, to: { part: 'W1', terminal: 'ring' } },
        { id: 'w2', from: { part: 'W2', terminal: 'ring' }, to: { part: 'W1', terminal: 'hook' } },
      ]),
      catalog,
      FLOOR,
    );
    expect(hangingFrom(s, catalog).get('W1')).toEqual({ part: 'S1', terminal: 'hook' });
    // The stand's hook is at (0.33, 0.125); W1's ring 0.02 above its centre, W2 on W1's hook 0.04 lower.
    expect([at(s, 'W1').xM, at(s, 'W1').yM]).toEqual([0.33, 0.145]);
    expect([at(s, 'W2').xM, at(s, 'W2').yM]).toEqual([0.33, 0.185]);
  });

  it('moves what rests on or hangs from a part with it (editor), and what loses its support falls', () => {
    const ed = new BenchEditor(catalog, setup([part('P1', 'pan', 0.5, 0.65), part('B1', 'block', 0.45, 0.1), part('B2', 'block', 0.45, 0.05), part('S1', 'stand', 0.2, 0.1), part('W1', 'weight', 0.23, 0.3)]), { tableHeightM: FLOOR });
    ed.replace(ed.setup); // arranged on the way in
    expect(carriedBy(ed.setup, catalog, ['P1'], FLOOR)).toEqual(new Set(['B1', 'B2']));
    const b2 = at(ed.setup, 'B2');
    expect(ed.moveBy(['P1'], 0.3, 0).ok).toBe(true);
    expect(at(ed.setup, 'B2').xM).toBeCloseTo(b2.xM + 0.3, 9);
    expect(at(ed.setup, 'B2').yM).toBeCloseTo(b2.yM, 9);
    expect(ed.remove(['B1']).ok).toBe(true);
    expect(bottom(ed.setup, 'B2')).toBeCloseTo(FLOOR - 0.1, 9); // onto the pan
    // Hang W1 on the stand, move the stand: W1 follows; unhook it: it falls to the floor.
    const linked = ed.link({ part: 'S1', terminal: 'hook' }, { part: 'W1', terminal: 'ring' });
    expect(linked.ok).toBe(true);
    expect(ed.moveBy(['S1'], 0, -0.05).ok).toBe(true);
    expect(at(ed.setup, 'W1').xM).toBeCloseTo(0.23, 9);
    expect(at(ed.setup, 'W1').yM).toBeCloseTo(0.1 - 0.05 + 0.025 + 0.02, 9);
    expect(ed.unlink(linked.ok ? linked.linkId : '').ok).toBe(true);
    expect(bottom(ed.setup, 'W1')).toBeCloseTo(FLOOR, 9);
    // Undo brings it back up on its hook.
    ed.undo();
    expect(bottom(ed.setup, 'W1')).toBeLessThan(FLOOR - 0.1);
  });

  it('lets a held part hover while it is moved and drops it when it is put down', () => {
    const ed = new BenchEditor(catalog, setup([part('P1', 'pan', 0.5, 0.65), part('B1', 'block', 0.2, 0.68)]), { tableHeightM: FLOOR });
    ed.hold(['B1']);
    expect(ed.moveBy(['B1'], 0, -0.2).ok).toBe(true);
    expect(at(ed.setup, 'B1').yM).toBeCloseTo(0.48, 9);
    expect(ed.moveBy(['B1'], 0.25, 0).ok).toBe(true);
    expect(ed.release().ok).toBe(true);
    expect(bottom(ed.setup, 'B1')).toBeCloseTo(FLOOR - 0.1, 9);
    expect(supports(ed.setup, catalog, FLOOR).get('B1')).toEqual({ part: 'P1', surface: 'left' });
  });

  it('changes several parts at once as one step, or none of them', () => {
    const ed = new BenchEditor(toyPourCatalog, setup([]), { tableHeightM: FLOOR });
    ed.replace({ ...setup([{ id: 'V1', kind: 'vessel', xM: 0.1, yM: 0.6, rotDeg: 0, props: { ml: 80 } }, { id: 'V2', kind: 'vessel', xM: 0.4, yM: 0.6, rotDeg: 0, props: { ml: 0 } }]), bench: 'pour' });
    expect(ed.setProps([{ partId: 'V1', prop: 'ml', value: 30 }, { partId: 'V2', prop: 'ml', value: 50 }], 'bench.action.setProps').ok).toBe(true);
    expect(ed.setup.parts.map((p) => p.props.ml)).toEqual([30, 50]);
    const r = ed.setProps([{ partId: 'V1', prop: 'ml', value: 0 }, { partId: 'V2', prop: 'ml', value: 500 }]);
    expect(r.ok).toBe(false);
    expect(ed.setup.parts.map((p) => p.props.ml)).toEqual([30, 50]);
    ed.undo();
    expect(ed.setup.parts.map((p) => p.props.ml)).toEqual([80, 0]);
  });
});

const toyPourCatalog = new PartCatalog('pour', [{ kind: 'vessel', bench: 'pour', labelKey: k('vessel'), idPrefix: 'V', widthM: 0.05, heightM: 0.1, terminals: [], props: [{ kind: 'number', name: 'ml', labelKey: k('ml'), unit: 'mL', min: 0, max: 100, step: 1, default: 0 }] }]);

describe('bench settings', () => {
  it('are checked against the bench, named by their field, and filled with defaults', () => {
    const ok = parseSetup({ ...setup([]), settings: { gravity: 'textbook' } }, catalog);
    expect(ok.ok && ok.setup.settings).toEqual({ gravity: 'textbook', customGravityMps2: 9.81 });
    const filled = parseSetup(setup([]), catalog);
    expect(filled.ok && filled.setup.settings?.gravity).toBe('earth');
    const bad = parseSetup({ ...setup([]), settings: { gravity: 'jupiter', wind: 3 } }, catalog);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual(['settings.gravity', 'settings.wind']);
  });
});

describe('a preset parameter bound to a setting', () => {
  it('takes the setting spec, writes the setting on reset and reads it back', () => {
    let seen: Setup | null = null;
    const engine: BenchEngine = { catalog, configure: (x) => (seen = x), reset: (x) => (seen = x), step: () => [], value: () => NaN, diagnostics: () => [], state: () => null, restore: () => {} };
    const preset: BenchPreset = {
      id: 'side-g', version: '1', subject: 'physics', titleKey: k('t'), descriptionKey: k('d'),
      setup: { ...setup([part('B1', 'block', 0.2, 0.68)]), settings: { gravity: 'textbook', customGravityMps2: 9.81 } },
      params: [{ name: 'gravity', setting: 'gravity' }, { name: 'customGravityMps2', setting: 'customGravityMps2' }],
      measurements: [],
    };
    const m = new BenchModel(preset, engine);
    const g = m.meta.params[0];
    expect(g.kind === 'choice' && g.default).toBe('textbook');
    expect(m.meta.params[1].showIf).toEqual({ param: 'gravity', equals: ['custom'] });
    m.reset({ gravity: 'estimate', customGravityMps2: 9.81 });
    expect(seen!.settings?.gravity).toBe('estimate');
    expect(m.paramsNow()).toEqual({ gravity: 'estimate', customGravityMps2: 9.81 });
    expect(m.controlApplies('gravity')).toBe(true);
  });
});
