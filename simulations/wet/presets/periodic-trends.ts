/**
 * Senior chemistry B1.3, 同周期、同主族元素性质的递变 (人教版 化学 必修第一册 第四章 实验活动3).
 * The metals of period 3, Na > Mg > Al:
 *  - B1, 50 mL of water with phenolphthalein, the spatula Y1 above it with a piece of sodium the size of a mung bean (0.05 g): tipped
 *    in, it floats, melts into a ball, darts about hissing, and the water turns red (2Na + 2H₂O = 2NaOH + H₂↑), all of it in seconds.
 *    Mistakes: sodium picked up by hand, cut on wet paper, a piece too big (../engine/mistakes.ts).
 *  - T6 and T7, 3 mL of water with phenolphthalein and 0.02 g of magnesium ribbon each: in cold water (T6) hardly anything; T7
 *    dragged over the lamp's flame (L1) and boiled: slow bubbles of H₂, the water pale red (Mg + 2H₂O =△= Mg(OH)₂ + H₂↑).
 *  - T8 and T9, 3 mL of the same 5 % hydrochloric acid, with magnesium (0.02 g) and with aluminium of the same size (0.031 g):
 *    magnesium fizzes faster (Mg + 2HCl = MgCl₂ + H₂↑; 2Al + 6HCl = 2AlCl₃ + 3H₂↑).
 * The hydroxides:
 *  - T1 (2 mL of 0.1 mol/L MgCl₂) and T2 (2 mL of 0.1 mol/L AlCl₃), a dropper of 1 mol/L NaOH held over each: squeezed six drops at a
 *    time, both give a white precipitate; T2's is largest at 3 OH⁻ per Al (12 drops) and gone at 4 (16 drops: Al(OH)₃ + OH⁻ =
 *    [Al(OH)₄]⁻, amphoteric), T1's stays however much NaOH goes in: Mg(OH)₂ is the stronger base, metallic character Mg > Al.
 * The halogens of group 17:
 *  - T3 (2 mL of 0.1 mol/L NaBr) with chlorine water (R3), T4 (KI) with chlorine water (R4), T5 (KI) with bromine water (R5), all
 *    0.05 mol/L: T3 turns orange-yellow (Br₂), T4 and T5 brown (I₂): oxidising power Cl₂ > Br₂ > I₂, non-metallic character Cl > Br > I.
 *  - The carbon tetrachloride dropper (R6, 1 mL a squeeze) over each of them, as the textbook shows the halogen set free: the CCl₄ sinks
 *    under the water and takes up the halogen (../chem/extraction.ts, K_D Br₂ 27, I₂ 85): T3's lower layer orange-red, T4's and T5's
 *    violet, the water above nearly colourless.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** Each solution tube's liquid, mL; the magnesium and aluminium tubes' water or acid, mL. */
export const TRENDS_TUBE_ML = 2;
export const METAL_TUBE_ML = 3;
/** Magnesium ribbon in each tube, g; aluminium strip of the same volume (so the same surface: Mg 1.74, Al 2.70 g/mL, CRC), g. */
export const MAGNESIUM_G = 0.02;
export const ALUMINIUM_G = Math.round(((MAGNESIUM_G * 2.7) / 1.74) * 1000) / 1000;
/** The sodium's water in B1, mL, and the piece of sodium, g (绿豆大小). */
export const SODIUM_WATER_ML = 50;
export const SODIUM_G = 0.05;
const tubeOf = (solution: string, added = 'nothing', addedG = 0, solutionMl = TRENDS_TUBE_ML) => ({ solution, solutionMl, added, addedG, cotton: false });
const X = [0.05, 0.11, 0.17, 0.23, 0.29];
/** The carbon tetrachloride dropper on the shelf, and its squeeze: 20 drops, 1 mL. */
export const CCL4_SHELF = { xM: 0.45, yM: 0.08 };
export const CCL4_DROPS = 20;
/** Where a tube stands to be heated in L1's flame (its bottom third in the outer flame). */
export const OVER_FLAME = { xM: 0.62, yM: 0.25 };

export const periodicTrendsPreset: BenchPreset = {
  id: 'wet-periodic-trends',
  version: '3',
  subject: 'chemistry',
  titleKey: k('periodicTrends.title'),
  descriptionKey: k('periodicTrends.description'),
  setup: wetSetup('Trends across a period and down a group', [
    part('T1', 'test-tube', X[0], 0.34, tubeOf('mgcl2Tenth'), UP),
    part('T2', 'test-tube', X[1], 0.34, tubeOf('alcl3Tenth'), UP),
    part('T3', 'test-tube', X[2], 0.34, tubeOf('nabrTenth'), UP),
    part('T4', 'test-tube', X[3], 0.34, tubeOf('kiTenth'), UP),
    part('T5', 'test-tube', X[4], 0.34, tubeOf('kiTenth'), UP),
    // Each dropper held over its tube's mouth, ready to squeeze.
    part('R1', 'dropper', X[0], 0.17, { reagent: 'naohMolar', drops: 6 }),
    part('R2', 'dropper', X[1], 0.17, { reagent: 'naohMolar', drops: 6 }),
    part('R3', 'dropper', X[2], 0.17, { reagent: 'chlorineWater', drops: 5 }),
    part('R4', 'dropper', X[3], 0.17, { reagent: 'chlorineWater', drops: 5 }),
    part('R5', 'dropper', X[4], 0.17, { reagent: 'bromineWater', drops: 5 }),
    // Carbon tetrachloride on the shelf, to drag over T3, T4 or T5 once the halogen is free.
    part('R6', 'dropper', CCL4_SHELF.xM, CCL4_SHELF.yM, { reagent: 'ccl4', drops: CCL4_DROPS }),
    // Magnesium in cold water (T6) and for heating (T7); magnesium and aluminium in the same acid (T8, T9).
    part('T6', 'test-tube', 0.36, 0.34, tubeOf('waterPhenolphthalein', 'magnesium', MAGNESIUM_G, METAL_TUBE_ML), UP),
    part('T7', 'test-tube', 0.42, 0.34, tubeOf('waterPhenolphthalein', 'magnesium', MAGNESIUM_G, METAL_TUBE_ML), UP),
    part('T8', 'test-tube', 0.48, 0.34, tubeOf('hcl', 'magnesium', MAGNESIUM_G, METAL_TUBE_ML), UP),
    part('T9', 'test-tube', 0.54, 0.34, tubeOf('hcl', 'aluminium', ALUMINIUM_G, METAL_TUBE_ML), UP),
    part('L1', 'alcohol-lamp', OVER_FLAME.xM, 0.4, { lit: true }),
    // Water with phenolphthalein for the sodium; the spatula's bowl (5 cm right of its centre) above the beaker's mouth.
    part('B1', 'beaker', 0.735, 0.4025, { waterMl: SODIUM_WATER_ML, liquid: 'waterPhenolphthalein' }),
    part('Y1', 'spatula', 0.685, 0.3, { solid: 'sodium', grams: SODIUM_G }),
  ]),
  params: [
    { name: 'squeezeNaohMg', part: 'R1', prop: 'squeeze', labelKey: k('periodicTrends.squeezeNaohMg') },
    { name: 'squeezeNaohAl', part: 'R2', prop: 'squeeze', labelKey: k('periodicTrends.squeezeNaohAl') },
    { name: 'naohDrops', part: 'R2', prop: 'drops', labelKey: k('periodicTrends.naohDrops') },
    { name: 'squeezeChlorineKI', part: 'R4', prop: 'squeeze', labelKey: k('periodicTrends.squeezeChlorineKI') },
    { name: 'tipSodium', part: 'Y1', prop: 'tipped', labelKey: k('periodicTrends.tipSodium') },
    { name: 'sodiumG', part: 'Y1', prop: 'grams', labelKey: k('periodicTrends.sodiumG') },
    { name: 'sodiumHandling', part: 'Y1', prop: 'handling', labelKey: k('periodicTrends.sodiumHandling') },
  ],
  measurements: [
    { name: 'mgHydroxideT1', part: 'T1', value: 'magnesiumHydroxideMg', unit: 'mg', labelKey: m('trendsMgHydroxideT1'), digits: 3 },
    { name: 'alHydroxideT2', part: 'T2', value: 'aluminiumHydroxideMg', unit: 'mg', labelKey: m('trendsAlHydroxideT2'), digits: 3 },
    { name: 'aluminateT2', part: 'T2', value: 'aluminateMmolL', unit: 'mmol/L', labelKey: m('trendsAluminateT2'), digits: 3 },
    { name: 'bromineT3', part: 'T3', value: 'bromineMmolL', unit: 'mmol/L', labelKey: m('trendsBromineT3'), digits: 3 },
    { name: 'iodineT4', part: 'T4', value: 'iodineMmolL', unit: 'mmol/L', labelKey: m('trendsIodineT4'), digits: 3 },
    { name: 'iodineT5', part: 'T5', value: 'iodineMmolL', unit: 'mmol/L', labelKey: m('trendsIodineT5'), digits: 3 },
    { name: 'bromineCcl4T3', part: 'T3', value: 'organicBromineMmolL', unit: 'mmol/L', labelKey: m('trendsBromineCcl4T3'), digits: 3 },
    { name: 'iodineCcl4T4', part: 'T4', value: 'organicIodineMmolL', unit: 'mmol/L', labelKey: m('trendsIodineCcl4T4'), digits: 3 },
    { name: 'iodineCcl4T5', part: 'T5', value: 'organicIodineMmolL', unit: 'mmol/L', labelKey: m('trendsIodineCcl4T5'), digits: 3 },
    { name: 'h2SodiumB1', part: 'B1', value: 'h2MadeMl', unit: 'mL', labelKey: m('trendsH2SodiumB1'), digits: 3 },
    { name: 'pHB1', part: 'B1', value: 'pHMeter', unit: '', labelKey: m('trendsPHB1'), resolution: 0.01 },
    { name: 'h2ColdT6', part: 'T6', value: 'h2MadeMl', unit: 'mL', labelKey: m('trendsH2ColdT6'), digits: 3 },
    { name: 'pHT6', part: 'T6', value: 'pHMeter', unit: '', labelKey: m('trendsPHT6'), resolution: 0.01 },
    { name: 'h2HotT7', part: 'T7', value: 'h2MadeMl', unit: 'mL', labelKey: m('trendsH2HotT7'), digits: 3 },
    { name: 'pHT7', part: 'T7', value: 'pHMeter', unit: '', labelKey: m('trendsPHT7'), resolution: 0.01 },
    { name: 'tempT7', part: 'T7', value: 'temperatureC', unit: '°C', labelKey: m('trendsTempT7'), digits: 3 },
    { name: 'h2MgAcidT8', part: 'T8', value: 'h2MadeMl', unit: 'mL', labelKey: m('trendsH2MgAcidT8'), digits: 3 },
    { name: 'h2AlAcidT9', part: 'T9', value: 'h2MadeMl', unit: 'mL', labelKey: m('trendsH2AlAcidT9'), digits: 3 },
  ],
  events: [
    { name: 'iodineFreed', labelKey: k('event.iodineFreed') },
    { name: 'fizzes', labelKey: k('event.fizzes') },
  ],
  recordDefaults: {
    params: [],
    measurements: ['mgHydroxideT1', 'alHydroxideT2', 'aluminateT2', 'bromineT3', 'iodineT4', 'iodineT5', 'bromineCcl4T3', 'iodineCcl4T4', 'iodineCcl4T5', 'h2SodiumB1', 'pHB1', 'h2ColdT6', 'pHT6', 'h2HotT7', 'pHT7', 'tempT7', 'h2MgAcidT8', 'h2AlAcidT9'],
  },
  fixedDtS: 0.05,
};
