import { describe, expect, it } from 'vitest';
import { addMolarSolution } from '../reagents';
import { pHOf } from './acidity';
import { emptyContents } from './contents';

describe('pH of a vessel (solved again only when what is dissolved changed)', () => {
  it('follows the contents it is asked about, edit after edit, as a fresh solve does', () => {
    // 20 mL of 0.1 mol/L HCl: pH = −log 0.1 = 1.00 (a strong acid, fully dissociated; Harris, Quantitative
    // Chemical Analysis, 9th ed., §8-1).
    const c = emptyContents(293.15);
    addMolarSolution(c, 'HCl(aq)', 20, 0.1);
    expect(pHOf(c)).toBeCloseTo(1.0, 2);
    expect(pHOf(c)).toBe(pHOf(c));
    // 10 mL of 0.1 mol/L NaOH in: 1 mmol of H⁺ left in 30 mL, pH = −log(1/30) = 1.48 (the same vessel, asked again).
    addMolarSolution(c, 'NaOH(aq)', 10, 0.1);
    expect(pHOf(c)).toBeCloseTo(-Math.log10(1 / 30), 2);
    // 10 mL more of it and 10 mL of 0.05 mol/L: 0.5 mmol of OH⁻ in excess in 50 mL, pOH = −log(0.5/50) = 2.00, pH 12.00 (Kw 1.0e-14).
    addMolarSolution(c, 'NaOH(aq)', 10, 0.1);
    addMolarSolution(c, 'NaOH(aq)', 10, 0.05);
    expect(pHOf(c)).toBeCloseTo(14 + Math.log10(0.5 / 50), 2);
    // The same mix in another vessel gives the same number.
    const d = emptyContents(293.15);
    for (const [s, ml, m] of [['HCl(aq)', 20, 0.1], ['NaOH(aq)', 10, 0.1], ['NaOH(aq)', 10, 0.1], ['NaOH(aq)', 10, 0.05]] as const) addMolarSolution(d, s, ml, m);
    expect(pHOf(d)).toBe(pHOf(c));
  });
});
