/**
 * Senior chemistry X3.3, 糖类的性质 (人教版 化学 选择性必修3 第四章第一节 糖类, 实验4-1, 4-2 and 实验活动3; the silver mirror as 第三章第三节
 * 实验3-7 makes it). Six tubes in the rack, 2 mL each: 10 % NaOH (T1), 5 % CuSO₄ (T2), 2 % AgNO₃ (T3), 10 % sucrose (T4), 1 % starch
 * (T5, T6); droppers of 5 % CuSO₄, 10 % glucose, 10 % NaOH, 2 % ammonia, Tollens' reagent, 20 % sulfuric acid and iodine water;
 * water baths at 70 °C (B1) and 90 °C (B2) and an alcohol lamp. Drag a dropper over a tube's mouth and squeeze it; drag a tube into a bath,
 * or up over the lamp's flame to heat it.
 *  - T1 + 5 drops of CuSO₄: blue Cu(OH)₂ in excess alkali; + glucose, held in the flame: brick-red Cu₂O.
 *  - T2 + a few drops of NaOH: Cu(OH)₂ with CuSO₄ left over and no alkali; + glucose, heated: it only goes black (CuO). Explained.
 *  - T3 + ammonia drop by drop until the precipitate just dissolves (13 drops), + glucose, in the 70 °C bath, not shaken: a silver
 *    mirror; heated in the flame: black silver. Ammonia well past that point is warned of.
 *  - T4 + Tollens' reagent: no mirror (sucrose does not reduce it). + acid, in the 90 °C bath for a few minutes, then NaOH to alkaline,
 *    then Tollens' reagent: a mirror. Forgetting the NaOH: the acid destroys the reagent, no mirror. Explained.
 *  - T5 + iodine water: blue. T6 + acid in the 90 °C bath: the starch hydrolyses, the iodine test fades; neutralised, it reduces Tollens'.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
const tubeOf = (solution: string) => ({ solution, solutionMl: 2, added: 'nothing', addedG: 0, cotton: false });

export const sugarsPreset: BenchPreset = {
  id: 'wet-sugars',
  version: '1',
  subject: 'chemistry',
  titleKey: k('sugars.title'),
  descriptionKey: k('sugars.description'),
  setup: wetSetup('Properties of sugars', [
    part('T1', 'test-tube', 0.06, 0.34, tubeOf('naohTen'), UP),
    part('T2', 'test-tube', 0.13, 0.34, tubeOf('cuso4'), UP),
    part('T3', 'test-tube', 0.2, 0.34, tubeOf('agno3Two'), UP),
    part('T4', 'test-tube', 0.27, 0.34, tubeOf('sucrose'), UP),
    part('T5', 'test-tube', 0.34, 0.34, tubeOf('starch'), UP),
    part('T6', 'test-tube', 0.41, 0.34, tubeOf('starch'), UP),
    part('B1', 'beaker', 0.52, 0.4025, { waterMl: 200, startC: 70 }),
    part('B2', 'beaker', 0.62, 0.4025, { waterMl: 200, startC: 90 }),
    part('L1', 'alcohol-lamp', 0.72, 0.4, { lit: true }),
    // The droppers on the shelf: drag one over a tube's mouth and squeeze it.
    part('R1', 'dropper', 0.38, 0.1, { reagent: 'cuso4Five', drops: 5 }),
    part('R2', 'dropper', 0.42, 0.1, { reagent: 'glucose', drops: 20 }),
    part('R3', 'dropper', 0.46, 0.1, { reagent: 'naohTen', drops: 4 }),
    part('R4', 'dropper', 0.5, 0.1, { reagent: 'ammoniaTwo', drops: 13 }),
    part('R5', 'dropper', 0.54, 0.1, { reagent: 'tollens', drops: 20 }),
    part('R6', 'dropper', 0.58, 0.1, { reagent: 'h2so4Dilute', drops: 5 }),
    part('R7', 'dropper', 0.62, 0.1, { reagent: 'iodine', drops: 2 }),
  ]),
  params: [
    { name: 'squeezeCopperSulfate', part: 'R1', prop: 'squeeze', labelKey: k('sugars.squeezeCopperSulfate') },
    { name: 'glucoseDrops', part: 'R2', prop: 'drops', labelKey: k('sugars.glucoseDrops') },
    { name: 'naohDrops', part: 'R3', prop: 'drops', labelKey: k('sugars.naohDrops') },
    { name: 'ammoniaDrops', part: 'R4', prop: 'drops', labelKey: k('sugars.ammoniaDrops') },
    { name: 'bathC', part: 'B1', prop: 'startC', labelKey: k('sugars.bathC') },
  ],
  measurements: [
    { name: 'cuprousOxideT1', part: 'T1', value: 'cuprousOxideMg', unit: 'mg', labelKey: m('cuprousOxideT1'), digits: 3 },
    { name: 'copperOxideT2', part: 'T2', value: 'copperOxideMg', unit: 'mg', labelKey: m('copperOxideT2'), digits: 3 },
    { name: 'mirrorT3', part: 'T3', value: 'silverMirrorMg', unit: 'mg', labelKey: m('mirrorT3'), digits: 3 },
    { name: 'blackSilverT3', part: 'T3', value: 'silverPowderMg', unit: 'mg', labelKey: m('blackSilverT3'), digits: 3 },
    { name: 'sucroseT4', part: 'T4', value: 'sucroseMmolL', unit: 'mmol/L', labelKey: m('sucroseT4'), digits: 3 },
    { name: 'mirrorT4', part: 'T4', value: 'silverMirrorMg', unit: 'mg', labelKey: m('mirrorT4'), digits: 3 },
    { name: 'pHT4', part: 'T4', value: 'pH', unit: '', labelKey: m('pHT4'), digits: 2 },
    { name: 'blueT5', part: 'T5', value: 'starchBlueMmolL', unit: 'mmol/L', labelKey: m('blueT5'), digits: 3 },
    { name: 'starchT6', part: 'T6', value: 'starchGPerL', unit: 'g/L', labelKey: m('starchT6'), digits: 3 },
    { name: 'blueT6', part: 'T6', value: 'starchBlueMmolL', unit: 'mmol/L', labelKey: m('blueT6'), digits: 3 },
  ],
  events: [
    { name: 'brickRed', labelKey: k('event.brickRed') },
    { name: 'silverMirror', labelKey: k('event.silverMirror') },
  ],
  recordDefaults: { params: [], measurements: ['cuprousOxideT1', 'copperOxideT2', 'mirrorT3', 'blackSilverT3', 'sucroseT4', 'mirrorT4', 'blueT5', 'starchT6', 'blueT6'] },
  fixedDtS: 0.05,
};
