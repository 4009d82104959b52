/**
 * Senior chemistry X3.3, 糖类的性质, headless, done as a student does it on the bench (人教版 化学 选择性必修3 第四章第一节 实验4-1, 4-2,
 * 实验活动3; 第三章第三节 实验3-7). Amounts checked against the textbook's equations:
 *   CH₂OH(CHOH)₄CHO + 2Cu(OH)₂ + NaOH →△ CH₂OH(CHOH)₄COONa + Cu₂O↓ + 3H₂O   (1 mol glucose → 1 mol Cu₂O),
 *   CH₂OH(CHOH)₄CHO + 2Ag(NH₃)₂OH →水浴 CH₂OH(CHOH)₄COONH₄ + 2Ag↓ + 3NH₃ + H₂O   (1 mol glucose → 2 mol Ag),
 *   AgNO₃ + NH₃·H₂O = AgOH↓ + NH₄NO₃, AgOH + 2NH₃·H₂O = Ag(NH₃)₂OH + 2H₂O   (3 NH₃ per Ag to just dissolve),
 *   C₁₂H₂₂O₁₁ + H₂O → C₆H₁₂O₆ (glucose) + C₆H₁₂O₆ (fructose);
 * molar masses from IUPAC atomic weights (Cu₂O 143.09, Ag 107.87, glucose 180.16 g/mol), solution densities from the CRC Handbook.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { appearanceOf } from '../chem/appearance';
import { amountOf } from '../chem/contents';
import { molarMassOf } from '../chem/species';
import { DROP_ML } from '../dropping';
import { solutionDensityGPerMl } from '../reagents';
import { sugarsPreset } from './sugars';
import { contentsOf, dropInto, edit, partOf, runFor, start } from './bench-hands';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const diagnostics = (m: BenchModel) => m.diagnostics().map((d) => d.key);
/** mol of solute in `ml` mL of a w mass-fraction solution. */
const solute = (id: string, ml: number, w: number) => (ml * solutionDensityGPerMl(id, w) * w) / molarMassOf(id);
/** Over the lamp's flame (its tip 7.5 cm above the lamp's centre, in the tube's bottom third), in bath B1 or B2, back in the rack. */
const overFlame = (m: BenchModel, tube: string) => edit(m, tube, {}, { xM: 0.72, yM: 0.25 });
const intoBath = (m: BenchModel, tube: string, bath: 'B1' | 'B2') => edit(m, tube, {}, { xM: partOf(m, bath).xM, yM: 0.34 });

describe('properties of sugars (X3.3) on the wet bench', () => {
  it('glucose with freshly made Cu(OH)₂ in excess NaOH, boiled: brick-red Cu₂O, 1 mol per mol of glucose', () => {
    const m = start(sugarsPreset);
    dropInto(m, 'R1', 'T1');
    // 5 drops of 5 % CuSO₄ into 2 mL of 10 % NaOH: all the copper as blue Cu(OH)₂, alkali left over.
    const cu = solute('CuSO4(aq)', 5 * DROP_ML, 0.05);
    expect(amountOf(contentsOf(m, 'T1'), 'Cu(OH)2(s)')).toBeCloseTo(cu, 10);
    expect(amountOf(contentsOf(m, 'T1'), 'NaOH(aq)')).toBeGreaterThan(10 * cu);
    expect(appearanceOf(contentsOf(m, 'T1')).cloudColour!.b).toBeGreaterThan(appearanceOf(contentsOf(m, 'T1')).cloudColour!.r);
    // One drop of 10 % glucose: the glucose is what runs out, so Cu₂O = glucose, mol for mol.
    edit(m, 'R2', { drops: 1 });
    dropInto(m, 'R2', 'T1');
    runFor(m, 20);
    expect(v(m, 'T1', 'cuprousOxideMg')).toBeLessThan(0.05); // cold: nothing yet
    overFlame(m, 'T1');
    runFor(m, 150);
    const glucose = solute('C6H12O6(aq)', DROP_ML, 0.1);
    expect(molarMassOf('Cu2O(s)')).toBeCloseTo(143.09, 2);
    expect(v(m, 'T1', 'cuprousOxideMg')).toBeCloseTo(glucose * 143.09 * 1000, 1);
    const look = appearanceOf(contentsOf(m, 'T1'));
    const red = look.solids.find((s) => s.id === 'Cu2O(s)')!;
    expect(red.colour.r).toBeGreaterThan(red.colour.g + 80);
    expect(m.engine.value('T1', 'temperatureC')).toBeGreaterThan(95);
  });

  it('more glucose than copper: Cu₂O is half the copper, all the Cu(OH)₂ gone', () => {
    const m = start(sugarsPreset);
    dropInto(m, 'R1', 'T1');
    dropInto(m, 'R2', 'T1'); // 20 drops, 1 mL of 10 % glucose: far more than 2 per Cu
    overFlame(m, 'T1');
    runFor(m, 150);
    const cu = solute('CuSO4(aq)', 5 * DROP_ML, 0.05);
    expect(v(m, 'T1', 'cuprousOxideMg')).toBeCloseTo((cu / 2) * 143.09 * 1000, 1);
    expect(amountOf(contentsOf(m, 'T1'), 'Cu(OH)2(s)')).toBeLessThan(1e-3 * cu);
  });

  it('Cu(OH)₂ made with too little NaOH goes black on heating with glucose, never brick red, and says why', () => {
    const m = start(sugarsPreset);
    // 4 drops of 10 % NaOH (0.55 mmol) into 2 mL of 5 % CuSO₄ (0.66 mmol): copper sulfate left over, no alkali.
    dropInto(m, 'R3', 'T2');
    expect(amountOf(contentsOf(m, 'T2'), 'NaOH(aq)')).toBe(0);
    expect(amountOf(contentsOf(m, 'T2'), 'CuSO4(aq)')).toBeGreaterThan(0);
    dropInto(m, 'R2', 'T2');
    overFlame(m, 'T2');
    runFor(m, 150);
    expect(v(m, 'T2', 'cuprousOxideMg')).toBe(0);
    // All the hydroxide (half the NaOH's amount) as CuO (79.55 g/mol).
    expect(v(m, 'T2', 'copperOxideMg')).toBeCloseTo((solute('NaOH(aq)', 4 * DROP_ML, 0.1) / 2) * molarMassOf('CuO(s)') * 1000, 1);
    expect(diagnostics(m)).toContain('wet.diag.copperTestNoAlkali');
  });

  it('Tollens’ reagent: ammonia into AgNO₃ precipitates, then just dissolves it at 3 NH₃ per Ag; well past that is warned of', () => {
    const m = start(sugarsPreset);
    const ag = solute('AgNO3(aq)', 2, 0.02);
    const nh3PerDrop = solute('NH3(aq)', DROP_ML, 0.02);
    edit(m, 'R4', { drops: 3 });
    dropInto(m, 'R4', 'T3');
    expect(amountOf(contentsOf(m, 'T3'), 'AgOH(s)')).toBeCloseTo(3 * nh3PerDrop, 10);
    expect(appearanceOf(contentsOf(m, 'T3')).cloudiness).toBeGreaterThan(0.15);
    // Just dissolved: the least whole number of drops with 3 NH₃ per Ag.
    const justDrops = Math.ceil((3 * ag) / nh3PerDrop);
    expect(justDrops).toBe(13);
    edit(m, 'R4', { drops: justDrops - 3 });
    dropInto(m, 'R4', 'T3');
    expect(amountOf(contentsOf(m, 'T3'), 'AgOH(s)')).toBe(0);
    expect(amountOf(contentsOf(m, 'T3'), 'Ag(NH3)2OH(aq)')).toBeCloseTo(ag, 10);
    expect(diagnostics(m)).not.toContain('wet.diag.excessAmmonia');
    edit(m, 'R4', { drops: 10 });
    dropInto(m, 'R4', 'T3');
    expect(diagnostics(m)).toContain('wet.diag.excessAmmonia');
  });

  it('glucose and Tollens’ reagent in the 70 °C bath: a silver mirror, 2 mol Ag per mol of glucose; over the flame, black silver', () => {
    const m = start(sugarsPreset);
    edit(m, 'R4', { drops: 13 });
    dropInto(m, 'R4', 'T3');
    edit(m, 'R2', { drops: 1 });
    dropInto(m, 'R2', 'T3');
    intoBath(m, 'T3', 'B1');
    runFor(m, 240);
    const glucose = solute('C6H12O6(aq)', DROP_ML, 0.1);
    expect(molarMassOf('Ag:mirror(s)')).toBeCloseTo(107.87, 2);
    expect(v(m, 'T3', 'silverMirrorMg')).toBeCloseTo(2 * glucose * 107.87 * 1000, 1);
    expect(v(m, 'T3', 'silverPowderMg')).toBe(0);
    // A mirror on the glass, metallic grey, not a solid at the bottom.
    const mirror = appearanceOf(contentsOf(m, 'T3'));
    expect(Math.abs(mirror.coating!.colour.r - mirror.coating!.colour.b)).toBeLessThan(20);
    expect(mirror.solids.find((s) => s.id === 'Ag:mirror(s)')).toBeUndefined();
    expect(m.engine.value('T3', 'temperatureC')).toBeLessThan(80);

    const n = start(sugarsPreset);
    edit(n, 'R4', { drops: 13 });
    dropInto(n, 'R4', 'T3');
    dropInto(n, 'R2', 'T3');
    overFlame(n, 'T3');
    runFor(n, 150);
    expect(v(n, 'T3', 'silverPowderMg')).toBeGreaterThan(0.9 * solute('AgNO3(aq)', 2, 0.02) * 107.87 * 1000 * 0.5);
    expect(diagnostics(n)).toContain('wet.diag.silverBlack');
  });

  it('sucrose gives no mirror; hydrolysed by acid in the 90 °C bath and neutralised it does; not neutralised, the acid destroys the reagent', () => {
    // Sucrose alone with Tollens’ reagent: nothing.
    const a = start(sugarsPreset);
    dropInto(a, 'R5', 'T4');
    intoBath(a, 'T4', 'B1');
    runFor(a, 180);
    expect(v(a, 'T4', 'silverMirrorMg')).toBe(0);

    const hydrolyse = () => {
      const m = start(sugarsPreset);
      dropInto(m, 'R6', 'T4');
      intoBath(m, 'T4', 'B2');
      runFor(m, 300);
      edit(m, 'T4', {}, { xM: 0.27, yM: 0.34 }); // back in the rack
      return m;
    };
    const sucrose = solute('C12H22O11(aq)', 2, 0.1);
    // Forgot the NaOH: the reagent is gone into the acid, no mirror, and the bench says why.
    const b = hydrolyse();
    expect(v(b, 'T4', 'sucroseMmolL')).toBeLessThan(0.05 * (sucrose / 2.25e-3) * 1000);
    expect(amountOf(contentsOf(b, 'T4'), 'C6H12O6(aq)') + amountOf(contentsOf(b, 'T4'), 'C6H12O6:fructose(aq)')).toBeGreaterThan(1.9 * sucrose);
    dropInto(b, 'R5', 'T4');
    intoBath(b, 'T4', 'B1');
    runFor(b, 120);
    expect(v(b, 'T4', 'silverMirrorMg')).toBe(0);
    expect(diagnostics(b)).toContain('wet.diag.tollensInAcid');
    // Neutralised to alkaline with 10 % NaOH first (the 5 drops of 20 % acid take 9 drops; 12 leave it alkaline): a mirror.
    const c = hydrolyse();
    edit(c, 'R3', { drops: 12 });
    dropInto(c, 'R3', 'T4');
    expect(v(c, 'T4', 'pH')).toBeGreaterThan(7);
    dropInto(c, 'R5', 'T4');
    intoBath(c, 'T4', 'B1');
    runFor(c, 180);
    // 20 drops of 0.08 mol/L reagent: 0.08 mmol of silver, all of it (the sugar is in excess).
    expect(v(c, 'T4', 'silverMirrorMg')).toBeCloseTo(20 * DROP_ML * 0.08 * 107.87, 1);
  });

  it('starch and iodine turn blue; starch hydrolysed by acid in the hot bath no longer does, and its glucose reduces Tollens’ reagent once neutralised', () => {
    const m = start(sugarsPreset);
    dropInto(m, 'R7', 'T5');
    expect(v(m, 'T5', 'starchBlueMmolL')).toBeGreaterThan(0);
    const blue = appearanceOf(contentsOf(m, 'T5')).liquid!;
    expect(blue.b).toBeGreaterThan(blue.r + 60);
    // Iodine water alone is yellow-brown, not blue.
    dropInto(m, 'R7', 'T1');
    const brown = appearanceOf(contentsOf(m, 'T1')).liquid!;
    expect(brown.r).toBeGreaterThan(brown.b);

    // 2 mL of 1 % starch (20 mg) with 5 drops of acid, 90 °C bath: after a minute still blue, after six minutes not.
    dropInto(m, 'R6', 'T6');
    intoBath(m, 'T6', 'B2');
    runFor(m, 60);
    const early = v(m, 'T6', 'starchGPerL');
    expect(early).toBeGreaterThan(0.5); // of 8.9 g/L at the start: partly hydrolysed
    runFor(m, 300);
    edit(m, 'T6', {}, { xM: 0.41, yM: 0.34 });
    dropInto(m, 'R7', 'T6');
    expect(v(m, 'T6', 'starchBlueMmolL')).toBe(0);
    // The glucose from 20 mg of starch: 20/162.14 mmol units → the same of glucose.
    expect(amountOf(contentsOf(m, 'T6'), 'C6H12O6(aq)')).toBeCloseTo(solute('C6H10O5:starch(aq)', 2, 0.01), 6);
    edit(m, 'R3', { drops: 12 });
    dropInto(m, 'R3', 'T6');
    dropInto(m, 'R5', 'T6');
    intoBath(m, 'T6', 'B1');
    runFor(m, 180);
    expect(v(m, 'T6', 'silverMirrorMg')).toBeGreaterThan(1);
  });
});
