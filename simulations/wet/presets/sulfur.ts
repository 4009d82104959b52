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
 *  - +6 → +4 (必修第二册 第五章第一节 实验5-3): T5, 0.2 g of copper wire in 3 mL of 98 % H₂SO₄, stoppered, its delivery tube dipping into
 *    magenta (品红, T6) with NaOH-soaked cotton at T6's mouth. Light the lamp under T5: above 120 °C the copper gives off SO₂
 *    (Cu + 2H₂SO₄(浓) =△= CuSO₄ + SO₂↑ + 2H₂O), the magenta fades, the cotton takes up what comes out. Without the cotton the SO₂ gets
 *    into the room (warned). T7, copper in dilute (5 %) H₂SO₄, heated in the flame: nothing happens (explained).
 *  - SO₂'s bleaching undone (实验5-2): T6, bleached by the SO₂, dragged into L2's flame: above 60 °C the colourless compound gives the SO₂
 *    back and the red returns; T10, magenta bleached by chlorine water (R7), heated the same: it stays colourless.
 *  - SO₂ and water (实验5-1): T11, a test tube of SO₂ (27 mL of its 30, the rest air), stoppered and held mouth down over a beaker of water
 *    (B1, the trough). Lowered until its mouth is under the water and the stopper taken out: the SO₂ dissolves (1 volume of water takes
 *    about 40) and the water rises in the tube to 90 % of it. The stopper put back under water, the tube lifted out and turned mouth up:
 *    pH paper reads 2 (H₂SO₃ ⇌ H⁺ + HSO₃⁻, pH 1.74); 2 mL of magenta (R8) is bleached, and heated in L2's flame (a few minutes for
 *    the tube's 27 mL to pass 60 °C) it turns red again.
 *    Lifted out of the water with the stopper still out, the water falls out of the tube (the bench says to stopper it under water first).
 *  - The SO₂ solution and magenta (实验5-2, as the textbook does it): T11, upright again, held with its mouth 2 cm over the fresh tube T12
 *    (in the rack's left end) and tipped to 13° above the horizontal (rotation 193°): what is over its lip (about 2 mL) pours into T12
 *    (../engine/pouring.ts, any liquid from any open tube). R8's 2 drops of magenta over T12: pink for a moment, bleached at once by the
 *    SO₂; T12 in L2's flame: past 60 °C the red returns. Tipped with nothing under its mouth the solution goes on the bench (warned); a
 *    tube heated with its stopper in is an error (加热时试管口不能塞紧).
 *  - 0 → −2 (必修第二册 第五章第一节): T8, iron and sulfur powders (7 : 4, 0.88 g), and T9, copper and sulfur (4 : 1, 0.80 g), each dragged
 *    into the flame of L2 (lit it first): above 200 °C the mixture glows on by its own heat and turns black, Fe + S =△= FeS (0.877 g) and
 *    2Cu + S =△= Cu₂S (0.794 g): the metals only to +2 and +1, where chlorine takes them to FeCl₃ and CuCl₂.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, tube, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** The metal–sulfur mixtures, g, and where a tube is held in L2's outer flame. */
export const IRON_SULFUR_G = 0.88;
export const COPPER_SULFUR_G = 0.8;
export const SULFIDE_OVER_FLAME = { xM: 0.5, yM: 0.25 };
/** Each tube's solution, mL. */
export const SULFUR_TUBE_ML = 2;
const tubeOf = (solution: string) => ({ solution, solutionMl: SULFUR_TUBE_ML, added: 'nothing', addedG: 0, cotton: false });
/** A dropper held with its tip 2 cm above a tube's mouth (the tube stands at y 0.34 m, its mouth 9 cm higher). */
const OVER_TUBE_Y = 0.17;
const SHELF_Y = 0.08;
/** The tube of SO₂ (T11): mL of SO₂ in it (the rest of its 30 mL air, as a collection by upward displacement leaves), where it is held over
 * the trough B1 (mouth down, its mouth 4.5 cm above the water), and where its mouth is 2 cm under the water. */
export const SO2_TUBE_ML = 27;
export const TROUGH_WATER_ML = 200;
/** Magenta dropped into T11's solution (R8), drops: 2 mL of the 0.01 % solution in the tube's 27 mL, 21 µmol/L, a plain pink (the words
 * call a tube magenta from 10 µmol/L: ../describe.ts). */
export const MAGENTA_DROPS = 40;
/** 实验5-2: the fresh tube T12 and the 2 drops of magenta (R9) for it; T11 held with its mouth 2 cm over T12's and tipped to 13° above the
 * horizontal (rotation 193°, mouth to the left) pours what is over its lip: from 26.9 mL, about 2.2 mL (../engine/pouring.ts). */
export const FRESH_TUBE = { xM: 0.025, yM: 0.34 };
export const MAGENTA_DROPS_52 = 2;
export const POUR_ROT_DEG = 193;
export const SO2_TUBE_POURING = { xM: FRESH_TUBE.xM + 0.09 * Math.cos((13 * Math.PI) / 180), yM: FRESH_TUBE.yM - 0.09 - 0.02 + 0.09 * Math.sin((13 * Math.PI) / 180) };
export const SO2_TUBE_HELD = { xM: 0.605, yM: 0.22 };
export const SO2_TUBE_IN_WATER = { xM: 0.605, yM: 0.33 };
/** Turned mouth up and held here, T11's mouth is 2 cm under the tip of the magenta dropper R8 on the shelf. */
export const SO2_TUBE_UPRIGHT = { xM: 0.605, yM: 0.25 };
/** Concentrated (T5) and dilute (T7) sulfuric acid, mL, and the copper wire in each, g. */
export const ACID_ML = 3;
export const COPPER_G = 0.2;

export const sulfurPreset: BenchPreset = {
  id: 'wet-sulfur',
  version: '5',
  subject: 'chemistry',
  titleKey: k('sulfur.title'),
  descriptionKey: k('sulfur.description'),
  setup: wetSetup(
    'Converting sulfur between oxidation states',
    [
      part('B1', 'beaker', SO2_TUBE_HELD.xM, 0.4025, { waterMl: TROUGH_WATER_ML }),
      part('T1', 'test-tube', 0.08, 0.34, tubeOf('na2sTenth'), UP),
      part('T2', 'test-tube', 0.2, 0.34, tubeOf('kmno4Acidified'), UP),
      part('T3', 'test-tube', 0.32, 0.34, tubeOf('na2so3Tenth'), UP),
      part('T4', 'test-tube', 0.44, 0.34, tubeOf('na2so3Tenth'), UP),
      // Droppers held over T1, T2 and T3, ready to squeeze; the others on the shelf.
      part('R1', 'dropper', 0.08, OVER_TUBE_Y, { reagent: 'na2so3', drops: 20 }),
      part('R3', 'dropper', 0.2, OVER_TUBE_Y, { reagent: 'na2so3', drops: 10 }),
      part('R4', 'dropper', 0.32, OVER_TUBE_Y, { reagent: 'h2o2', drops: 6 }),
      part('R2', 'dropper', 0.5, SHELF_Y, { reagent: 'h2so4Dilute', drops: 5 }),
      part('R5', 'dropper', 0.54, SHELF_Y, { reagent: 'bacl2', drops: 10 }),
      part('R6', 'dropper', 0.58, SHELF_Y, { reagent: 'hcl', drops: 10 }),
      // +6 → +4: copper wire in concentrated sulfuric acid held over the (unlit) lamp, its gas led into magenta with NaOH-soaked cotton at
      // that tube's mouth; beside it copper in dilute sulfuric acid, to heat and compare.
      part('T7', 'test-tube', 0.553, 0.34, { ...tubeOf('h2so4'), solutionMl: ACID_ML, added: 'copper', addedG: COPPER_G }, UP),
      part('T5', 'test-tube', 0.68, 0.25, { ...tubeOf('h2so4Conc'), solutionMl: ACID_ML, added: 'copper', addedG: COPPER_G }, UP),
      part('L1', 'alcohol-lamp', 0.68, 0.4, { lit: false }),
      part('T6', 'test-tube', 0.76, 0.34, { ...tubeOf('magenta'), solutionMl: 3, naohCotton: true }, UP),
      // Sulfur with metals: dry powder mixtures in the rack and a second lamp (unlit) to hold them in.
      part('T8', 'test-tube', 0.14, 0.34, { ...tubeOf('none'), solutionMl: 0, added: 'ironSulfur', addedG: IRON_SULFUR_G }, UP),
      part('T9', 'test-tube', 0.26, 0.34, { ...tubeOf('none'), solutionMl: 0, added: 'copperSulfur', addedG: COPPER_SULFUR_G }, UP),
      part('L2', 'alcohol-lamp', SULFIDE_OVER_FLAME.xM, 0.4, { lit: false }),
      // Magenta with chlorine water over it, to compare with the SO₂-bleached T6 when both are heated.
      part('T10', 'test-tube', 0.38, 0.34, { ...tubeOf('magenta'), solutionMl: 3 }, UP),
      part('R7', 'dropper', 0.38, OVER_TUBE_Y, { reagent: 'chlorineWater', drops: 5 }),
      // SO₂ and water (实验5-1): the stoppered tube of SO₂ held mouth down over a beaker of water (B1, first in the list so that it is
      // drawn under its neighbours), and magenta to drop into the solution.
      part('T11', 'test-tube', SO2_TUBE_HELD.xM, SO2_TUBE_HELD.yM, { ...tubeOf('none'), solutionMl: 0, so2Ml: SO2_TUBE_ML, stopper: true }, 90),
      part('R8', 'dropper', SO2_TUBE_UPRIGHT.xM, SHELF_Y, { reagent: 'magenta', drops: MAGENTA_DROPS }),
      // 实验5-2: a fresh tube for 2 mL of T11's solution, and 2 drops of magenta for it.
      part('T12', 'test-tube', FRESH_TUBE.xM, FRESH_TUBE.yM, { ...tubeOf('none'), solutionMl: 0 }, UP),
      part('R9', 'dropper', FRESH_TUBE.xM, SHELF_Y, { reagent: 'magenta', drops: MAGENTA_DROPS_52 }),
    ],
    [tube('d1', 'T5', 'T6')],
  ),
  params: [
    { name: 'squeezeSulfite', part: 'R3', prop: 'squeeze', labelKey: k('sulfur.squeezeSulfite') },
    { name: 'sulfiteDrops', part: 'R1', prop: 'drops', labelKey: k('sulfur.sulfiteDrops') },
    { name: 'acidDrops', part: 'R2', prop: 'drops', labelKey: k('sulfur.acidDrops') },
    { name: 'peroxideDrops', part: 'R4', prop: 'drops', labelKey: k('sulfur.peroxideDrops') },
    { name: 'lampLit', part: 'L1', prop: 'lit', labelKey: k('sulfur.lampLit') },
    { name: 'lamp2Lit', part: 'L2', prop: 'lit', labelKey: k('sulfur.lamp2Lit') },
    { name: 'naohCotton', part: 'T6', prop: 'naohCotton', labelKey: k('sulfur.naohCotton') },
    { name: 'so2Ml', part: 'T11', prop: 'so2Ml', labelKey: k('sulfur.so2Ml') },
    { name: 'stopperT11', part: 'T11', prop: 'stopper', labelKey: k('sulfur.stopperT11') },
  ],
  measurements: [
    { name: 'sulfurT1', part: 'T1', value: 'sulfurMg', unit: 'mg', labelKey: m('sulfurT1'), digits: 3 },
    { name: 'h2sT1', part: 'T1', value: 'h2sMadeMl', unit: 'mL', labelKey: m('h2sT1'), digits: 3 },
    { name: 'permanganateT2', part: 'T2', value: 'permanganateMmolL', unit: 'mmol/L', labelKey: m('permanganateT2'), digits: 3 },
    { name: 'bariumSulfateT3', part: 'T3', value: 'bariumSulfateMg', unit: 'mg', labelKey: m('bariumSulfateT3'), digits: 3 },
    { name: 'bariumSulfiteT4', part: 'T4', value: 'bariumSulfiteMg', unit: 'mg', labelKey: m('bariumSulfiteT4'), digits: 3 },
    { name: 'so2T4', part: 'T4', value: 'so2MadeMl', unit: 'mL', labelKey: m('so2T4'), digits: 3 },
    { name: 'tempT5', part: 'T5', value: 'temperatureC', unit: '°C', labelKey: m('sulfurTempT5'), digits: 3 },
    { name: 'copperT5', part: 'T5', value: 'copperG', unit: 'g', labelKey: m('sulfurCopperT5'), digits: 3 },
    { name: 'so2T5', part: 'T5', value: 'so2MadeMl', unit: 'mL', labelKey: m('sulfurSo2T5'), digits: 3 },
    { name: 'so2EscapedT5', part: 'T5', value: 'so2EscapedMl', unit: 'mL', labelKey: m('sulfurSo2EscapedT5'), digits: 3 },
    { name: 'magentaT6', part: 'T6', value: 'magentaUmolL', unit: 'µmol/L', labelKey: m('sulfurMagentaT6'), digits: 3 },
    { name: 'copperT7', part: 'T7', value: 'copperG', unit: 'g', labelKey: m('sulfurCopperT7'), digits: 3 },
    { name: 'ironSulfideT8', part: 'T8', value: 'ironSulfideMg', unit: 'mg', labelKey: m('sulfurIronSulfideT8'), digits: 3 },
    { name: 'tempT8', part: 'T8', value: 'temperatureC', unit: '°C', labelKey: m('sulfurTempT8'), digits: 3 },
    { name: 'copperSulfideT9', part: 'T9', value: 'copperSulfideMg', unit: 'mg', labelKey: m('sulfurCopperSulfideT9'), digits: 3 },
    { name: 'tempT6', part: 'T6', value: 'temperatureC', unit: '°C', labelKey: m('sulfurTempT6'), digits: 3 },
    { name: 'magentaT10', part: 'T10', value: 'magentaUmolL', unit: 'µmol/L', labelKey: m('sulfurMagentaT10'), digits: 3 },
    { name: 'tempT10', part: 'T10', value: 'temperatureC', unit: '°C', labelKey: m('sulfurTempT10'), digits: 3 },
    { name: 'waterLevelT11', part: 'T11', value: 'waterLevelPct', unit: '%', labelKey: m('sulfurWaterLevelT11'), digits: 3 },
    { name: 'waterT11', part: 'T11', value: 'waterInTubeMl', unit: 'mL', labelKey: m('sulfurWaterT11'), digits: 3 },
    { name: 'so2DissolvedT11', part: 'T11', value: 'so2DissolvedMmol', unit: 'mmol', labelKey: m('sulfurSo2DissolvedT11'), digits: 3 },
    { name: 'pHT11', part: 'T11', value: 'pH', unit: '', labelKey: m('sulfurPhPaperT11'), resolution: 1 },
    { name: 'pHMeterT11', part: 'T11', value: 'pHMeter', unit: '', labelKey: m('sulfurPhMeterT11'), digits: 3 },
    { name: 'magentaT11', part: 'T11', value: 'magentaUmolL', unit: 'µmol/L', labelKey: m('sulfurMagentaT11'), digits: 3 },
    { name: 'fellOutT11', part: 'T11', value: 'fellOutMl', unit: 'mL', labelKey: m('sulfurFellOutT11'), digits: 3 },
    { name: 'pouredT11', part: 'T11', value: 'pouredMl', unit: 'mL', labelKey: m('sulfurPouredT11'), digits: 3 },
    { name: 'solutionT12', part: 'T12', value: 'waterInTubeMl', unit: 'mL', labelKey: m('sulfurSolutionT12'), digits: 3 },
    { name: 'magentaT12', part: 'T12', value: 'magentaUmolL', unit: 'µmol/L', labelKey: m('sulfurMagentaT12'), digits: 3 },
    { name: 'tempT12', part: 'T12', value: 'temperatureC', unit: '°C', labelKey: m('sulfurTempT12'), digits: 3 },
  ],
  events: [
    { name: 'purpleFades', labelKey: k('event.purpleFades') },
    { name: 'sulfurForms', labelKey: k('event.sulfurForms') },
    { name: 'fizzes', labelKey: k('event.fizzes') },
    { name: 'magentaFades', labelKey: k('event.magentaFades') },
    { name: 'waterRises', labelKey: k('event.waterRises') },
    { name: 'waterFallsOut', labelKey: k('event.waterFallsOut') },
    { name: 'pours', labelKey: k('event.pours') },
  ],
  recordDefaults: { params: [], measurements: ['sulfurT1', 'h2sT1', 'permanganateT2', 'bariumSulfateT3', 'bariumSulfiteT4', 'so2T4', 'tempT5', 'copperT5', 'so2T5', 'so2EscapedT5', 'magentaT6', 'copperT7', 'ironSulfideT8', 'copperSulfideT9', 'magentaT10', 'waterLevelT11', 'pHT11', 'magentaT11', 'fellOutT11', 'pouredT11', 'solutionT12', 'magentaT12', 'tempT12'] },
  fixedDtS: 0.05,
};
