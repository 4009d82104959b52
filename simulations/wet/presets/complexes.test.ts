/**
 * Senior chemistry X2.1, 简单配合物的形成, headless, done as a student does it on the bench (人教版 化学 选择性必修2
 * 第三章第四节 实验3-3 and 实验活动): ammonia squeezed into copper sulfate six drops at a time, then ethanol; thiocyanate into
 * iron(III) chloride; silver nitrate, then ammonia, into sodium chloride. Checked against the stoichiometry of the
 * textbook's equations: Cu²⁺ + 2NH₃·H₂O = Cu(OH)₂↓ + 2NH₄⁺, Cu(OH)₂ + 4NH₃ = [Cu(NH₃)₄]²⁺ + 2OH⁻ (with NH₄⁺ + OH⁻ = NH₃·H₂O:
 * 4 NH₃ per Cu over all), Ag⁺ + Cl⁻ = AgCl↓, AgCl + 2NH₃ = [Ag(NH₃)₂]⁺ + Cl⁻; molar masses from IUPAC weights.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { appearanceOf } from '../chem/appearance';
import { amountOf } from '../chem/contents';
import { molarMassOf } from '../chem/species';
import { DROP_ML } from '../dropping';
import { complexesPreset } from './complexes';
import { contentsOf, dropInto, edit, runFor, start } from './bench-hands';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
/** Copper in T1: 2 mL of 0.1 mol/L, mol. */
const CU = 2e-4;
/** Ammonia in one drop of 1 mol/L, mol. */
const NH3_PER_DROP = DROP_ML * 1e-3;

/** Cu(OH)₂ left after n mol of ammonia by the two equations taken in turn: up at 2 NH₃ per Cu, then down 2 NH₃ per Cu more. */
function hydroxideAfter(n: number): number {
  if (n <= 2 * CU) return n / 2;
  return Math.max(0, CU - (n - 2 * CU) / 2);
}

describe('forming simple complexes (X2.1) on the wet bench', () => {
  it('ammonia into copper sulfate: the pale blue precipitate grows to 2 NH₃ per Cu and is gone at 4, the solution deep blue', () => {
    const m = start(complexesPreset);
    const seen: { nh3: number; hydroxide: number; ammine: number }[] = [];
    let drops = 0;
    for (let i = 0; i < 4; i++) {
      dropInto(m, 'R1', 'T1');
      drops += 6;
      const c = contentsOf(m, 'T1');
      seen.push({ nh3: drops * NH3_PER_DROP, hydroxide: amountOf(c, 'Cu(OH)2(s)'), ammine: amountOf(c, 'Cu(NH3)4SO4(aq)') });
    }
    for (const s of seen) {
      expect(s.hydroxide).toBeCloseTo(hydroxideAfter(s.nh3), 9);
      // Copper is conserved: what is not in the precipitate is in the complex or still copper sulfate.
      expect(s.ammine).toBeCloseTo(s.nh3 <= 2 * CU ? 0 : CU - hydroxideAfter(s.nh3), 9);
    }
    // After 6 drops (0.3 mmol NH₃): a pale blue cloud; after 18 (0.9 mmol, past 4 × 0.2): clear and deep blue.
    const first = seen[0], third = seen[2];
    expect(first.hydroxide * molarMassOf('Cu(OH)2(s)') * 1000).toBeCloseTo(0.15 * 97.56, 1);
    expect(third.hydroxide).toBe(0);
    const c = contentsOf(m, 'T1');
    const look = appearanceOf(c);
    expect(look.cloudiness).toBe(0);
    // Deep blue: blue well over red, and darker than the copper sulfate it came from (the same copper in more liquid).
    expect(look.liquid!.b).toBeGreaterThan(look.liquid!.r + 80);
    const fresh = appearanceOf(contentsOf(start(complexesPreset), 'T1')).liquid!;
    expect(look.liquid!.r + look.liquid!.g).toBeLessThan(fresh.r + fresh.g - 100);
    expect(v(m, 'T1', 'tetraammineMmolL')).toBeCloseTo((CU / ((2 + 24 * DROP_ML) / 1000)) * 1000, 0);
  });

  it('ethanol (a third of the liquid or more) brings out the dark blue crystals [Cu(NH₃)₄]SO₄·H₂O, a little does not', () => {
    const m = start(complexesPreset);
    for (let i = 0; i < 3; i++) dropInto(m, 'R1', 'T1');
    // Four drops of ethanol: 0.2 mL in 2.9 mL, far under a third: nothing comes out.
    edit(m, 'R2', { drops: 4 });
    dropInto(m, 'R2', 'T1');
    runFor(m, 30);
    expect(v(m, 'T1', 'ammineCrystalsMg')).toBe(0);
    // Forty more (2 mL of 95 % ethanol): crystals, all the copper's within a minute: 0.2 mmol × M([Cu(NH₃)₄]SO₄·H₂O).
    edit(m, 'R2', { drops: 40 });
    dropInto(m, 'R2', 'T1');
    runFor(m, 60);
    const expected = CU * molarMassOf('Cu(NH3)4SO4·H2O(s)') * 1000;
    expect(molarMassOf('Cu(NH3)4SO4·H2O(s)')).toBeCloseTo(245.75, 1);
    expect(v(m, 'T1', 'ammineCrystalsMg')).toBeGreaterThan(0.95 * expected);
    expect(v(m, 'T1', 'ammineCrystalsMg')).toBeLessThanOrEqual(expected + 1e-9);
    const crystals = appearanceOf(contentsOf(m, 'T1')).solids[0];
    expect(crystals.id).toBe('Cu(NH3)4SO4·H2O(s)');
  });

  it('thiocyanate turns the iron(III) chloride blood red', () => {
    const m = start(complexesPreset);
    dropInto(m, 'R3', 'T2');
    expect(v(m, 'T2', 'redComplexMmolL')).toBeGreaterThan(1);
  });

  it('silver nitrate into sodium chloride: white AgCl by Ag⁺ + Cl⁻; ammonia dissolves it, 2 NH₃ per Ag', () => {
    const m = start(complexesPreset);
    dropInto(m, 'R4', 'T3');
    // 10 drops of 0.1 mol/L AgNO₃: 0.05 mmol of AgCl (143.32 g/mol), the chloride in excess.
    expect(v(m, 'T3', 'silverChlorideMg')).toBeCloseTo(0.05 * 143.32, 1);
    expect(appearanceOf(contentsOf(m, 'T3')).cloudiness).toBeGreaterThan(0.15);
    // One drop of ammonia (0.05 mmol) dissolves half of it; the rest of the dropper (0.5 mmol in all) all of it.
    edit(m, 'R5', { drops: 1 });
    dropInto(m, 'R5', 'T3');
    expect(v(m, 'T3', 'silverChlorideMg')).toBeCloseTo(0.025 * 143.32, 1);
    edit(m, 'R5', { drops: 10 });
    dropInto(m, 'R5', 'T3');
    expect(v(m, 'T3', 'silverChlorideMg')).toBe(0);
    expect(amountOf(contentsOf(m, 'T3'), 'Ag(NH3)2Cl(aq)')).toBeCloseTo(5e-5, 12);
    expect(appearanceOf(contentsOf(m, 'T3')).cloudiness).toBe(0);
  });
});
