/**
 * Senior chemistry X3.1 乙酸乙酯的制备与性质, headless (人教版 选择性必修3 第三章 实验活动; 必修第二册 实验7-6). References: K = 4 for
 * CH₃COOH + C₂H₅OH ⇌ CH₃COOC₂H₅ + H₂O (Berthelot and Péan de Saint-Gilles 1862: 2/3 at 1 : 1); masses by the coefficients
 * (60.05 g acid gives at most 88.11 g ester); ethyl acetate's b.p. 77.1 °C and density 0.900 g/mL (CRC), floating on the soda
 * solution; acetic acid carried over gives CO₂ with the sodium carbonate; saponification goes to completion, acid hydrolysis
 * only towards the equilibrium and slowly, water alone hardly at all (人教版 选择性必修3 第三章第四节).
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import { defaultParams } from '../../core/params';
import type { WetBenchEngine } from '../bench-engine';
import { amountOf } from '../chem/contents';
import { equilibriumExtentMol } from '../chem/esterification';
import { molarMassOf } from '../chem/species';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { esterPreset } from './ester';

const DT = 0.05;
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

function start(change: (p: { id: string }) => Record<string, string | number | boolean> | null = () => null, dipped = false): BenchModel {
  const m = createWetModel(esterPreset);
  m.reset(defaultParams(presetMeta(esterPreset, wetParts).params));
  const parts = m.setup.parts.map((p) => {
    const props = change(p);
    return props ? { ...p, props: { ...p.props, ...props } } : p;
  });
  const links = dipped ? m.setup.links.map((l) => ({ ...l, to: { ...l.to, terminal: 'dip' } })) : m.setup.links;
  m.edit({ ...m.setup, parts, links });
  return m;
}

function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

const fired = (m: BenchModel) => (m.engine.state() as { fired: string[] }).fired;
const diagKeys = (m: BenchModel) => m.engine.diagnostics().map((d) => d.key);
const acidMol = (2 * 1.049) / molarMassOf('CH3COOH(l)');
const ethanolMol = (3 * 0.789) / molarMassOf('C2H5OH(l)');

describe('wet-ester: making ethyl acetate', { timeout: 300_000 }, () => {
  it('heated gently, the ester distils and floats on the soda solution as a layer, with CO₂ from the acid carried over', () => {
    const m = start();
    runFor(m, 420);
    const made = v(m, 'T1', 'esterG') + v(m, 'T2', 'esterG');
    // Never more than the equilibrium of what was put in would give without distilling... plus what distilling moved on:
    // at most all the acid as ester (88.11 g per 60.05 g), and more than nothing.
    expect(made).toBeLessThanOrEqual(acidMol * molarMassOf('CH3COOC2H5(l)') + 1e-9);
    expect(v(m, 'T2', 'esterLayerMl')).toBeGreaterThan(0.3);
    expect(v(m, 'T2', 'esterLayerMm')).toBeCloseTo((10 * v(m, 'T2', 'esterLayerMl')) / (Math.PI * 0.64), 9);
    expect(v(m, 'T2', 'co2MadeMl')).toBeGreaterThan(1);
    expect(fired(m)).toEqual(expect.arrayContaining(['esterLayer', 'fizzes']));
    expect(diagKeys(m)).toContain('wet.diag.smell.ethylAcetate');
    expect(diagKeys(m)).not.toContain('wet.diag.bumping');
  });

  it('in the heated tube the mixture approaches K = 4 from below: Q = n(E)·n(W)/(n(A)·n(B)) → 4, past 2/3 of the acid thanks to the excess ethanol', () => {
    const m = start();
    runFor(m, 170);
    const c = (m.engine as WetBenchEngine).contentsOf('T1')!;
    const a = amountOf(c, 'CH3COOH(l)') + amountOf(c, 'CH3COOH(aq)'), b = amountOf(c, 'C2H5OH(l)');
    const e = amountOf(c, 'CH3COOC2H5(l)') + amountOf(c, 'CH3COOC2H5(aq)'), w = amountOf(c, 'H2O(l)');
    // Still approaching from below as it warms (the rate at 90–96 °C relaxes it over tens of seconds), never past K.
    expect((e * w) / (a * b)).toBeGreaterThan(2.5);
    expect((e * w) / (a * b)).toBeLessThan(4 + 1e-6);
    // Nothing distilled yet: the extent is the closed form's for 0.0349 mol acid, 0.0514 mol ethanol and the acid's 2 % water.
    expect(v(m, 'T1', 'distilledMl')).toBe(0);
    expect(e / acidMol).toBeGreaterThan(2 / 3);
    expect(equilibriumExtentMol(acidMol, ethanolMol, 0, 0) / acidMol).toBeCloseTo(0.78, 2);
  });

  it('without concentrated sulfuric acid next to no ester is made', () => {
    const m = start((p) => (p.id === 'T1' ? { solution: 'esterMixtureNoAcid', solutionMl: 5 } : null));
    runFor(m, 420);
    expect(v(m, 'T2', 'esterG') + v(m, 'T1', 'esterG')).toBeLessThan(0.01);
    expect(v(m, 'T2', 'esterLayerMl')).toBe(0);
  });

  it('heated with the full flame the vapour comes faster than the delivery tube condenses: much escapes and less ester is collected', () => {
    const gentle = start(), strong = start((p) => (p.id === 'L1' ? { flame: 'full' } : null));
    runFor(strong, 240);
    expect(diagKeys(strong)).toContain('wet.diag.strongHeating');
    runFor(strong, 240);
    runFor(gentle, 480);
    // The strong flame has boiled its tube dry by now, much of the vapour lost; the gentle one loses none.
    expect(v(strong, 'T1', 'esterG')).toBeLessThan(0.2);
    expect(v(strong, 'T1', 'escapedMl')).toBeGreaterThan(1);
    expect(v(gentle, 'T1', 'escapedMl')).toBeLessThan(0.05);
    // Ester obtained (collected, or still in the tube to distil): less with the strong flame.
    const obtained = (m: BenchModel) => v(m, 'T2', 'esterG') + v(m, 'T1', 'esterG');
    expect(obtained(strong)).toBeLessThan(0.8 * obtained(gentle));
    expect(diagKeys(gentle)).not.toContain('wet.diag.strongHeating');
  });

  it('without broken porcelain it bumps, throwing the hot mixture into the receiver', () => {
    const m = start((p) => (p.id === 'T1' ? { chips: false } : null));
    const events = runFor(m, 300);
    expect(v(m, 'T1', 'bumps')).toBeGreaterThan(2);
    expect(events).toContain('bumping');
    expect(diagKeys(m)).toContain('wet.diag.bumping');
  });

  it('the tube dipped into the soda solution sucks it back when the lamp goes out', () => {
    const m = start(() => null, true);
    runFor(m, 300);
    expect(v(m, 'T1', 'suckedBackMl')).toBe(0);
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'L1' ? { ...p, props: { ...p.props, lit: false } } : p)) });
    const events = runFor(m, 30);
    expect(events).toContain('suckBack');
    expect(v(m, 'T1', 'suckedBackMl')).toBeGreaterThan(1);
    expect(diagKeys(m)).toContain('wet.diag.esterSuckBack');
    // Held above the surface (the preset's way) it does not.
    const ok = start();
    runFor(ok, 300);
    ok.edit({ ...ok.setup, parts: ok.setup.parts.map((p) => (p.id === 'L1' ? { ...p, props: { ...p.props, lit: false } } : p)) });
    runFor(ok, 30);
    expect(v(ok, 'T1', 'suckedBackMl')).toBe(0);
  });

  it('acid added quickly or first is warned of', () => {
    expect(diagKeys(start((p) => (p.id === 'T1' ? { acidAdded: 'quickly' } : null)))).toContain('wet.diag.acidQuickly');
    expect(diagKeys(start((p) => (p.id === 'T1' ? { acidAdded: 'first' } : null)))).toContain('wet.diag.acidFirst');
  });
});

describe('wet-ester: hydrolysis in the 75 °C bath', { timeout: 300_000 }, () => {
  it('dragged into the bath the layer goes fastest with NaOH, slower with acid, hardly with water', () => {
    const m = start();
    const bath = m.setup.parts.find((p) => p.id === 'B1')!;
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (['T3', 'T4', 'T5'].includes(p.id) ? { ...p, xM: bath.xM + (Number(p.id[1]) - 4) * 0.015 } : p)) });
    const layer0 = v(m, 'T3', 'esterLayerMl');
    expect(layer0).toBeCloseTo(1, 6);
    runFor(m, 1);
    // The poured-on layers are not news: the oily-layer event is the receiver's.
    expect(fired(m)).not.toContain('esterLayer');
    const events = runFor(m, 300);
    const [w, a, n] = ['T3', 'T4', 'T5'].map((id) => v(m, id, 'esterLayerMl'));
    expect(n).toBeLessThan(0.05);
    expect(a).toBeLessThan(w - 0.05);
    expect(w).toBeGreaterThan(0.4);
    expect(events).toContain('layerGone');
  });
});
