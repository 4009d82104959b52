/**
 * Senior chemistry B2.1, 用化学沉淀法去除粗盐中的杂质离子 (人教版 化学 必修第二册 第五章 实验活动4). B1 holds the crude salt water:
 * 5.0 g of crude salt (our choice: 94 % NaCl, 2 % each of CaCl₂, MgCl₂ and Na₂SO₄ by mass) in 20 mL of water, its sand already
 * filtered off (the junior experiment, wet-coarse-salt). In the textbook's order, each dropper dragged over B1 and squeezed:
 *   R1 barium chloride (1 mol/L, 20 drops = 1 mmol against 0.70 mmol of sulfate): white BaSO₄; a few more drops into the clear
 *      liquid over the settled precipitate stay clear once the sulfate is gone (the textbook's check);
 *   R2 sodium hydroxide (10 %, 20 drops = 2.77 mmol against 2.10 for the 1.05 mmol of Mg²⁺): white Mg(OH)₂;
 *   R3 saturated sodium carbonate (20 drops = 1.97 mmol against 0.90 of Ca²⁺ and the 0.30 of Ba²⁺ left over): CaCO₃ and BaCO₃;
 * then B1 held over the funnel F1 (the precipitates stay on the paper), the filtrate running into B2; R4 hydrochloric acid (5 %) into
 * B2 drop by drop until no more gas comes: the first drops take the OH⁻ and turn CO₃²⁻ into HCO₃⁻ without a bubble, then HCO₃⁻ gives CO₂,
 * as much as the excess carbonate (1 mol per mol), and the pH paper reads 7 or less; B2 poured into the dish D1 over the lamp L1, lit, put out when
 * much solid has appeared. The salt weighs more than the crude salt's 4.70 g of NaCl: every reagent brought Na⁺ or Cl⁻ with it.
 * Mistakes with consequences (../crude-salt-ions.ts): sodium carbonate before barium chloride leaves Ba²⁺ in the salt, acid before
 * filtering dissolves Mg(OH)₂, CaCO₃ and BaCO₃ again, too few drops of a reagent leave its ion; the bench names each.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

/** Over B1's mouth (its rim at y 0.355 m): a dropper's tip 2 cm above it. */
export const CRUDE_DROPPER_OVER_B1 = { xM: 0.3, yM: 0.275 };

export const crudeSaltIonsPreset: BenchPreset = {
  id: 'wet-crude-salt-ions',
  version: '2',
  subject: 'chemistry',
  titleKey: k('crudeSaltIons.title'),
  descriptionKey: k('crudeSaltIons.description'),
  setup: wetSetup('Removing the crude salt’s impurity ions by precipitation', [
    part('B1', 'beaker', 0.3, 0.4025, { liquid: 'crudeBrine', waterMl: 20 }),
    // The barium chloride dropper held over B1, ready to squeeze; the others in a row beside it.
    part('R1', 'dropper', CRUDE_DROPPER_OVER_B1.xM, CRUDE_DROPPER_OVER_B1.yM, { reagent: 'bacl2Molar', drops: 20 }),
    part('R2', 'dropper', 0.05, 0.2, { reagent: 'naohTen', drops: 20 }),
    part('R3', 'dropper', 0.1, 0.2, { reagent: 'na2co3Saturated', drops: 20 }),
    part('R4', 'dropper', 0.15, 0.2, { reagent: 'hcl', drops: 10 }),
    // The funnel with its paper, an empty beaker under its stem for the filtrate.
    part('F1', 'funnel', 0.5, 0.27, { paper: 'intact', pour: 'rod' }),
    part('B2', 'beaker', 0.5, 0.4025, { waterMl: 0 }),
    // The evaporating dish on the (unlit) lamp.
    part('L1', 'alcohol-lamp', 0.7, 0.415, { lit: false }),
    part('D1', 'evaporating-dish', 0.7, 0.32),
  ]),
  params: [
    { name: 'squeezeBarium', part: 'R1', prop: 'squeeze', labelKey: k('crudeSaltIons.squeezeBarium') },
    { name: 'bariumDrops', part: 'R1', prop: 'drops', labelKey: k('crudeSaltIons.bariumDrops') },
    { name: 'hydroxideDrops', part: 'R2', prop: 'drops', labelKey: k('crudeSaltIons.hydroxideDrops') },
    { name: 'carbonateDrops', part: 'R3', prop: 'drops', labelKey: k('crudeSaltIons.carbonateDrops') },
    { name: 'acidDrops', part: 'R4', prop: 'drops', labelKey: k('crudeSaltIons.acidDrops') },
    { name: 'paper', part: 'F1', prop: 'paper' },
    { name: 'lampLit', part: 'L1', prop: 'lit' },
  ],
  measurements: [
    { name: 'sulfateB1', part: 'B1', value: 'sulfateLeftMg', unit: 'mg', labelKey: m('crudeSulfateB1'), digits: 3 },
    { name: 'magnesiumB1', part: 'B1', value: 'magnesiumLeftMg', unit: 'mg', labelKey: m('crudeMagnesiumB1'), digits: 3 },
    { name: 'calciumB1', part: 'B1', value: 'calciumLeftMg', unit: 'mg', labelKey: m('crudeCalciumB1'), digits: 3 },
    { name: 'bariumB1', part: 'B1', value: 'bariumLeftMg', unit: 'mg', labelKey: m('crudeBariumB1'), digits: 3 },
    { name: 'baso4B1', part: 'B1', value: 'baso4Mg', unit: 'mg', labelKey: m('crudeBaso4B1'), digits: 3 },
    { name: 'mgoh2B1', part: 'B1', value: 'mgoh2Mg', unit: 'mg', labelKey: m('crudeMgoh2B1'), digits: 3 },
    { name: 'caco3B1', part: 'B1', value: 'caco3Mg', unit: 'mg', labelKey: m('crudeCaco3B1'), digits: 3 },
    { name: 'baco3B1', part: 'B1', value: 'baco3Mg', unit: 'mg', labelKey: m('crudeBaco3B1'), digits: 3 },
    { name: 'baso4F1', part: 'F1', value: 'baso4Mg', unit: 'mg', labelKey: m('crudeBaso4F1'), digits: 3 },
    { name: 'mgoh2F1', part: 'F1', value: 'mgoh2Mg', unit: 'mg', labelKey: m('crudeMgoh2F1'), digits: 3 },
    { name: 'caco3F1', part: 'F1', value: 'caco3Mg', unit: 'mg', labelKey: m('crudeCaco3F1'), digits: 3 },
    { name: 'baco3F1', part: 'F1', value: 'baco3Mg', unit: 'mg', labelKey: m('crudeBaco3F1'), digits: 3 },
    { name: 'filtrateMl', part: 'B2', value: 'liquidMl', unit: 'mL', labelKey: m('crudeFiltrateMl'), digits: 3 },
    { name: 'paperB2', part: 'B2', value: 'pH', unit: '', labelKey: m('crudePaperB2'), resolution: 1 },
    { name: 'meterB2', part: 'B2', value: 'pHMeter', unit: '', labelKey: m('crudeMeterB2'), resolution: 0.01 },
    { name: 'carbonateB2', part: 'B2', value: 'carbonateLeftMg', unit: 'mg', labelKey: m('crudeCarbonateB2'), digits: 3 },
    { name: 'bicarbonateB2', part: 'B2', value: 'bicarbonateLeftMg', unit: 'mg', labelKey: m('crudeBicarbonateB2'), digits: 3 },
    { name: 'co2B2', part: 'B2', value: 'co2MadeMl', unit: 'mL', labelKey: m('crudeCo2B2'), digits: 3 },
    { name: 'productG', part: 'D1', value: 'productG', unit: 'g', labelKey: m('productG'), resolution: 0.1 },
    { name: 'naclG', part: 'D1', value: 'naclG', unit: 'g', labelKey: m('crudeNaclG'), digits: 4 },
    { name: 'purityPct', part: 'D1', value: 'purityPct', unit: '%', labelKey: m('crudePurityPct'), digits: 4 },
    { name: 'bariumD1', part: 'D1', value: 'bariumLeftMg', unit: 'mg', labelKey: m('crudeBariumD1'), digits: 3 },
    { name: 'crystallisedPct', part: 'D1', value: 'crystallisedPct', unit: '%', labelKey: m('crystallisedPct'), digits: 3 },
    { name: 'spatteredG', part: 'D1', value: 'spatteredG', unit: 'g', labelKey: m('spatteredG'), digits: 3 },
  ],
  events: [
    { name: 'whitePrecipitate', labelKey: k('event.whitePrecipitate') },
    { name: 'filtered', labelKey: k('event.filtered') },
    { name: 'muchSolid', labelKey: k('event.muchSolid') },
    { name: 'spattering', labelKey: k('event.spattering') },
  ],
  recordDefaults: { params: ['bariumDrops'], measurements: ['sulfateB1', 'baso4F1', 'mgoh2F1', 'caco3F1', 'baco3F1', 'paperB2', 'co2B2', 'productG', 'purityPct', 'bariumD1'] },
  fixedDtS: 0.05,
};
