/**
 * Senior chemistry B2.2, 不同价态含硫物质的转化 (人教版 化学 必修第二册 第五章 实验活动5; the sulfate test as 第五章第一节 实验5-4 has it).
 * Four tubes in the rack, 2 mL each, and droppers over them or on the shelf. Drag a dropper over a tube's mouth and squeeze it.
 *  - −2 and +4 → 0: T1 holds 0.1 mol/L Na₂S; the Na₂SO₃ dropper R1 over it (20 drops, 0.1 mmol: one sulfite to two sulfides) changes
 *    nothing to see; then dilute H₂SO₄ (R2): pale-yellow sulfur, 2S²⁻ + SO₃²⁻ + 6H⁺ = 3S↓ + 3H₂O. Acid with sulfide left over (the
 *    sulfite forgotten or too little) gives off H₂S (rotten eggs, poisonous: warned); sulfite left over, SO₂.
 *  - +4 → +6: T2 holds acidified KMnO₄ (0.01 mol/L in 0.5 mol/L H₂SO₄); the Na₂SO₃ dropper R3 over it: the purple fades
 *    (5SO₃²⁻ + 2MnO₄⁻ + 6H⁺ = 5SO₄²⁻ + 2Mn²⁺ + 3H₂O; 10 drops take the 0.02 mmol of permanganate).
 *  - +4 → +6 and the sulfate test: T3 holds 0.1 mol/L Na₂SO₃; 3 % H₂O₂ (R4 over it) oxidises it to sulfate; BaCl₂ (R5) gives white BaSO₄
 *    that dilute HCl (R6) leaves. T4 (Na₂SO₃ without H₂O₂): BaCl₂ gives white BaSO₃, which HCl dissolves with SO₂ given off (explained).
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** Each tube's solution, mL. */
export const SULFUR_TUBE_ML = 2;
const tubeOf = (solution: string) => ({ solution, solutionMl: SULFUR_TUBE_ML, added: 'nothing', addedG: 0, cotton: false });
/** A dropper held with its tip 2 cm above a tube's mouth (the tube stands at y 0.34 m, its mouth 9 cm higher). */
const OVER_TUBE_Y = 0.17;

export const sulfurPreset: BenchPreset = {
  id: 'wet-sulfur',
  version: '1',
  subject: 'chemistry',
  titleKey: k('sulfur.title'),
  descriptionKey: k('sulfur.description'),
  setup: wetSetup('Converting sulfur between oxidation states', [
    part('T1', 'test-tube', 0.1, 0.34, tubeOf('na2sTenth'), UP),
    part('T2', 'test-tube', 0.24, 0.34, tubeOf('kmno4Acidified'), UP),
    part('T3', 'test-tube', 0.38, 0.34, tubeOf('na2so3Tenth'), UP),
    part('T4', 'test-tube', 0.52, 0.34, tubeOf('na2so3Tenth'), UP),
    // Droppers held over T1, T2 and T3, ready to squeeze; the others on the shelf.
    part('R1', 'dropper', 0.1, OVER_TUBE_Y, { reagent: 'na2so3', drops: 20 }),
    part('R3', 'dropper', 0.24, OVER_TUBE_Y, { reagent: 'na2so3', drops: 10 }),
    part('R4', 'dropper', 0.38, OVER_TUBE_Y, { reagent: 'h2o2', drops: 6 }),
    part('R2', 'dropper', 0.64, 0.1, { reagent: 'h2so4Dilute', drops: 5 }),
    part('R5', 'dropper', 0.69, 0.1, { reagent: 'bacl2', drops: 10 }),
    part('R6', 'dropper', 0.74, 0.1, { reagent: 'hcl', drops: 10 }),
  ]),
  params: [
    { name: 'squeezeSulfite', part: 'R3', prop: 'squeeze', labelKey: k('sulfur.squeezeSulfite') },
    { name: 'sulfiteDrops', part: 'R1', prop: 'drops', labelKey: k('sulfur.sulfiteDrops') },
    { name: 'acidDrops', part: 'R2', prop: 'drops', labelKey: k('sulfur.acidDrops') },
    { name: 'peroxideDrops', part: 'R4', prop: 'drops', labelKey: k('sulfur.peroxideDrops') },
  ],
  measurements: [
    { name: 'sulfurT1', part: 'T1', value: 'sulfurMg', unit: 'mg', labelKey: m('sulfurT1'), digits: 3 },
    { name: 'h2sT1', part: 'T1', value: 'h2sMadeMl', unit: 'mL', labelKey: m('h2sT1'), digits: 3 },
    { name: 'permanganateT2', part: 'T2', value: 'permanganateMmolL', unit: 'mmol/L', labelKey: m('permanganateT2'), digits: 3 },
    { name: 'bariumSulfateT3', part: 'T3', value: 'bariumSulfateMg', unit: 'mg', labelKey: m('bariumSulfateT3'), digits: 3 },
    { name: 'bariumSulfiteT4', part: 'T4', value: 'bariumSulfiteMg', unit: 'mg', labelKey: m('bariumSulfiteT4'), digits: 3 },
    { name: 'so2T4', part: 'T4', value: 'so2MadeMl', unit: 'mL', labelKey: m('so2T4'), digits: 3 },
  ],
  events: [
    { name: 'purpleFades', labelKey: k('event.purpleFades') },
    { name: 'sulfurForms', labelKey: k('event.sulfurForms') },
    { name: 'fizzes', labelKey: k('event.fizzes') },
  ],
  recordDefaults: { params: [], measurements: ['sulfurT1', 'h2sT1', 'permanganateT2', 'bariumSulfateT3', 'bariumSulfiteT4', 'so2T4'] },
  fixedDtS: 0.05,
};
