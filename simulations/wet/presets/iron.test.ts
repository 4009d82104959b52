/**
 * Senior chemistry B1.2, 铁及其化合物的性质, headless, done as a student does it on the bench: droppers moved over the
 * tubes and squeezed, the spatula tipped. Sources: 人教版 化学 必修第一册 第三章第一节 (实验3-3 Fe(OH)₂: 白色絮状沉淀
 * 迅速变成灰绿色，过一段时间后有红褐色沉淀; 实验3-4 Fe³⁺ 遇 KSCN 溶液变红; Fe²⁺ 与氯水) and 实验活动2 (铁粉还原 Fe³⁺);
 * stoichiometry 2Fe³⁺ + Fe = 3Fe²⁺, 2Fe²⁺ + Cl₂ = 2Fe³⁺ + 2Cl⁻, Fe²⁺ + 2OH⁻ = Fe(OH)₂; the complex's formation
 * constant K = 140 L/mol (Frank and Oswalt, J. Am. Chem. Soc. 69 (1947) 1321).
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { appearanceOf } from '../chem/appearance';
import { amountOf } from '../chem/contents';
import { COMPLEX_COLOUR, COMPLEX_COLOUR_MOL_L, COMPLEX_VISIBLE_MOL_L, THIOCYANATE_K } from '../chem/iron-colours';
import { describeWet } from '../describe';
import type { ViewI18n } from '../../view';
import en from '../../../src/i18n/en/wet.json';
import { DROP_ML } from '../dropping';
import { contentsOf, dropInto, edit, partOf, runFor, start as startPreset } from './bench-hands';
import { ironPreset } from './iron';

const start = () => startPreset(ironPreset);
const english: ViewI18n = {
  locale: 'en',
  t: (key, vars) => ((en as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (m, n: string) => (vars && n in vars ? String(vars[n]) : m)),
  number: (x, d = 4) => String(Number(x.toPrecision(d))),
};
const told = (m: BenchModel) => describeWet(m.setup, m, english, 'student');
const bloodRed = (part: string) => en['wet.describe.bloodRed'].replace('{part}', part);
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const tube = partOf;
const contents = contentsOf;

describe('iron and its compounds (B1.2) on the wet bench', () => {
  it('iron(III) chloride with two drops of thiocyanate turns blood red, as the equilibrium K·[Fe³⁺][SCN⁻] says', () => {
    const m = start();
    expect(v(m, 'T1', 'ironIIIMmolL')).toBeCloseTo(100, 6);
    expect(v(m, 'T1', 'redComplexMmolL')).toBe(0);
    dropInto(m, 'R1', 'T1');
    // 2 drops of 0.1 mol/L KSCN (0.01 mmol) into 2 mL of 0.1 mol/L FeCl₃ (0.2 mmol), 2.1 mL in all.
    const vol = 2 + 2 * DROP_ML;
    const fe = 0.2 / vol, scn = (2 * DROP_ML * 0.1) / vol;
    const x = v(m, 'T1', 'redComplexMmolL') / 1000;
    expect(x / ((fe - x) * (scn - x))).toBeCloseTo(THIOCYANATE_K, 1);
    expect(x * 1000).toBeGreaterThan(0.9 * scn * 1000);
    const red = appearanceOf(contents(m, 'T1')).liquid!;
    expect(red.r).toBeGreaterThan(2 * red.g);
    expect(red.r).toBeGreaterThan(2 * red.b);
  });

  it('iron powder takes the red away: 2Fe³⁺ + Fe = 3Fe²⁺, the liquid pale green', () => {
    const m = start();
    dropInto(m, 'R1', 'T2');
    const redBefore = v(m, 'T2', 'redComplexMmolL');
    expect(redBefore).toBeGreaterThan(1);
    const t = tube(m, 'T2');
    // The spatula's bowl (5 cm right of its centre) 2 cm above the tube's mouth, tipped.
    edit(m, 'Y1', { tipped: true }, { xM: t.xM - 0.05, yM: t.yM - 0.11 });
    // Shaken with 0.2 g of powder (18 times what the Fe³⁺ needs), it is gone in well under a minute.
    runFor(m, 40);
    const iron3 = v(m, 'T2', 'ironIIIMmolL'), iron2 = v(m, 'T2', 'ironIIMmolL');
    expect(iron3).toBeLessThan(0.5);
    expect(v(m, 'T2', 'redComplexMmolL')).toBeLessThan(redBefore / 20);
    // 0.2 mmol of Fe³⁺ gives 0.3 mmol of Fe²⁺ (3/2), whatever iron was left over.
    expect(amountOf(contents(m, 'T2'), 'FeCl2(aq)') * 1000).toBeCloseTo(0.3, 3);
    expect(iron2).toBeGreaterThan(100);
    const green = appearanceOf(contents(m, 'T2')).liquid!;
    expect(told(m)).not.toContain(bloodRed('T2'));
    expect(green.g).toBeGreaterThan(green.r);
    expect(green.g).toBeGreaterThan(green.b);
  });

  it('the words say blood red while the drawn liquid is visibly red, not for the last traces the iron leaves', () => {
    // Where the complex takes a tenth of the green through the tube: 10 % = 1 − (g/255)^(c/c₀) by Beer–Lambert.
    expect(1 - (COMPLEX_COLOUR.g / 255) ** (COMPLEX_VISIBLE_MOL_L / COMPLEX_COLOUR_MOL_L)).toBeCloseTo(0.1, 12);
    expect(COMPLEX_VISIBLE_MOL_L * 1000).toBeCloseTo(0.065, 3);
    const m = start();
    dropInto(m, 'R1', 'T2');
    expect(told(m)).toContain(bloodRed('T2'));
    const t = tube(m, 'T2');
    edit(m, 'Y1', { tipped: true }, { xM: t.xM - 0.05, yM: t.yM - 0.11 });
    let s = 0;
    for (; v(m, 'T2', 'redComplexMmolL') > COMPLEX_VISIBLE_MOL_L * 1000 && s < 60; s++) runFor(m, 1);
    // Reached within half a minute of tipping; a hundredth of the visible amount is still in the liquid then.
    expect(s).toBeLessThan(30);
    expect(v(m, 'T2', 'redComplexMmolL')).toBeGreaterThan(COMPLEX_VISIBLE_MOL_L * 10);
    expect(told(m)).not.toContain(bloodRed('T2'));
  });

  it('iron(II) with thiocyanate stays pale; chlorine water turns it red, two Fe³⁺ for each Cl₂', () => {
    const m = start();
    dropInto(m, 'R1', 'T3');
    expect(v(m, 'T3', 'redComplexMmolL')).toBe(0);
    const events = runFor(m, 1);
    expect(events).not.toContain('turnsRed');
    dropInto(m, 'R2', 'T3');
    // 5 drops of 0.05 mol/L Cl₂: 0.0125 mmol of Cl₂ → 0.025 mmol of FeCl₃.
    expect(amountOf(contents(m, 'T3'), 'FeCl3(aq)') * 1000).toBeCloseTo(0.025, 6);
    expect(v(m, 'T3', 'redComplexMmolL')).toBeGreaterThan(0.1);
  });

  it('acid and hydrogen peroxide do the same: 2Fe²⁺ + H₂O₂ + 2H⁺ = 2Fe³⁺ + 2H₂O', () => {
    const m = start();
    dropInto(m, 'R1', 'T3');
    dropInto(m, 'R3', 'T3');
    dropInto(m, 'R4', 'T3');
    expect(amountOf(contents(m, 'T3'), 'FeCl3(aq)')).toBeGreaterThan(0);
    expect(v(m, 'T3', 'redComplexMmolL')).toBeGreaterThan(0.1);
  });

  it('iron(II) sulfate and sodium hydroxide: white Fe(OH)₂, grey-green, then red-brown in the open tube', () => {
    const m = start();
    dropInto(m, 'R5', 'T4');
    // 0.2 mmol of FeSO₄ with 1 mL of 5 % NaOH (1.3 mmol, in excess): 0.2 mmol of Fe(OH)₂ and Fe(OH)₃ between them.
    const c = contents(m, 'T4');
    expect((amountOf(c, 'Fe(OH)2(s)') + amountOf(c, 'Fe(OH)3(s)')) * 1000).toBeCloseTo(0.2, 6);
    const early = v(m, 'T4', 'hydroxideOxidisedPct');
    runFor(m, 60);
    const late = v(m, 'T4', 'hydroxideOxidisedPct');
    runFor(m, 240);
    expect(early).toBeLessThan(late);
    expect(late).toBeGreaterThan(50);
    expect(v(m, 'T4', 'hydroxideOxidisedPct')).toBeGreaterThan(95);
    const brown = appearanceOf(contents(m, 'T4')).cloudColour!;
    expect(brown.r).toBeGreaterThan(brown.g + 50);
  });

  it('an oil layer and the dropper’s tip under the surface keep it white for minutes', () => {
    const open = start(), kept = start();
    dropInto(open, 'R5', 'T4');
    dropInto(kept, 'R6', 'T4');
    dropInto(kept, 'R5', 'T4', { under: true });
    runFor(open, 60);
    runFor(kept, 60);
    expect(v(kept, 'T4', 'hydroxideOxidisedPct')).toBeLessThan(v(open, 'T4', 'hydroxideOxidisedPct') / 10);
    const white = appearanceOf(contents(kept, 'T4')).cloudColour!;
    expect(Math.min(white.r, white.g, white.b)).toBeGreaterThan(180);
    // Dropped from above through the oil, the drops break the layer and stir air in: greyer than the careful way.
    const careless = start();
    dropInto(careless, 'R6', 'T4');
    dropInto(careless, 'R5', 'T4');
    runFor(careless, 60);
    expect(v(careless, 'T4', 'hydroxideOxidisedPct')).toBeGreaterThan(v(kept, 'T4', 'hydroxideOxidisedPct'));
  });

  it('the thiocyanate dropper starts over T1: squeezed where it stands, T1 turns red and the bench says so', () => {
    const m = start();
    edit(m, 'R1', { squeeze: true });
    expect(runFor(m, 1)).toEqual(['turnsRed']);
    expect(v(m, 'R1', 'left')).toBe(0);
    expect(v(m, 'T1', 'redComplexMmolL')).toBeGreaterThan(1);
  });

  it('let go, a dropper is full again; squeezed again it drips again', () => {
    const m = start();
    edit(m, 'R1', { squeeze: true });
    runFor(m, 1);
    expect(v(m, 'R1', 'left')).toBe(0);
    edit(m, 'R1', { squeeze: false });
    expect(v(m, 'R1', 'left')).toBeCloseTo(2 * DROP_ML, 12);
    edit(m, 'R1', { squeeze: true });
    runFor(m, 1);
    // Four drops in all: 0.02 mmol of thiocyanate in 2.2 mL.
    expect(amountOf(contents(m, 'T1'), 'KSCN(aq)')).toBeCloseTo(0.02e-3, 9);
  });

  it('a dropper squeezed over nothing spills onto the table', () => {
    const m = start();
    edit(m, 'R2', { squeeze: true });
    const events = runFor(m, 2);
    expect(v(m, 'R2', 'spilled')).toBeCloseTo(5 * DROP_ML, 9);
    expect(events).toEqual([]);
  });
});
