/**
 * Senior chemistry B2.6, 乙醇、乙酸的主要性质 (人教版 化学 必修第二册 第七章第三节 实验7-4, 实验活动9), the parts the bench can
 * do: a piece of sodium (绿豆大小) into anhydrous ethanol (T1) gives hydrogen slowly, into water (T2) fast (2C₂H₅OH + 2Na
 * = 2C₂H₅ONa + H₂↑, far gentler than 2Na + 2H₂O = 2NaOH + H₂↑: ethanol's O–H hydrogen is less active than water's);
 * 5 % acetic acid turns litmus red (T3) and fizzes with sodium carbonate (T4: 2CH₃COOH + Na₂CO₃ = 2CH₃COONa + H₂O +
 * CO₂↑; acetic acid is stronger than carbonic acid); the copper wire's coil (W1) heated in the lamp's outer flame turns
 * black and, plunged hot into the ethanol of T5, red and bright again, with acetaldehyde's smell (实验7-5: 2Cu + O₂ = 2CuO,
 * CuO + CH₃CH₂OH = Cu + CH₃CHO + H₂O; ../copper-wire.ts). Ethyl acetate is the senior X3.1 preset (X3.1).
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
const tubeOf = (solution: string, added = 'nothing', solutionMl = 3) => ({ solution, solutionMl, added, addedG: 0, cotton: false });

export const ethanolAceticPreset: BenchPreset = {
  id: 'wet-ethanol-acetic',
  version: '2',
  subject: 'chemistry',
  titleKey: k('ethanolAcetic.title'),
  descriptionKey: k('ethanolAcetic.description'),
  setup: wetSetup('Main properties of ethanol and acetic acid', [
    part('T1', 'test-tube', 0.12, 0.34, tubeOf('ethanol'), UP),
    part('T2', 'test-tube', 0.24, 0.34, tubeOf('water'), UP),
    part('T3', 'test-tube', 0.36, 0.34, tubeOf('aceticAcid', 'litmus'), UP),
    part('T4', 'test-tube', 0.48, 0.34, tubeOf('aceticAcid'), UP),
    // The spatula with sodium held with its bowl 2 cm above T1's mouth (its bowl is 5 cm right of its centre).
    part('Y1', 'spatula', 0.07, 0.23, { solid: 'sodium', grams: 0.05 }),
    part('Y2', 'spatula', 0.66, 0.12, { solid: 'sodium', grams: 0.05 }),
    part('Y3', 'spatula', 0.66, 0.2, { solid: 'soda', grams: 0.2 }),
    // 实验7-5: 3–5 mL of ethanol, a copper wire coiled at its end, the lamp to heat it in.
    part('T5', 'test-tube', 0.58, 0.34, tubeOf('ethanol', 'nothing', 5), UP),
    part('L1', 'alcohol-lamp', 0.72, 0.415, { lit: true }),
    part('W1', 'copper-wire', 0.77, 0.2),
  ]),
  params: [
    { name: 'tipSodium', part: 'Y1', prop: 'tipped', labelKey: k('ethanolAcetic.tipSodium') },
    { name: 'sodiumG', part: 'Y1', prop: 'grams', labelKey: k('ethanolAcetic.sodiumG') },
  ],
  measurements: [
    { name: 'h2FromEthanolMl', part: 'T1', value: 'h2MadeMl', unit: 'mL', labelKey: m('h2FromEthanolMl'), digits: 3 },
    { name: 'h2FromWaterMl', part: 'T2', value: 'h2MadeMl', unit: 'mL', labelKey: m('h2FromWaterMl'), digits: 3 },
    { name: 'aceticPH', part: 'T3', value: 'pH', unit: '', labelKey: m('aceticPH'), resolution: 1 },
    { name: 'co2FromSodaMl', part: 'T4', value: 'co2MadeMl', unit: 'mL', labelKey: m('co2FromSodaMl'), digits: 3 },
    { name: 'wireBlackPct', part: 'W1', value: 'blackPct', unit: '%', labelKey: m('wireBlackPct'), digits: 3 },
    { name: 'cuoMg', part: 'W1', value: 'cuoMg', unit: 'mg', labelKey: m('cuoMg'), digits: 3 },
    { name: 'wireCopperG', part: 'W1', value: 'copperG', unit: 'g', labelKey: m('wireCopperG'), digits: 4 },
    { name: 'wireDips', part: 'W1', value: 'dips', unit: '', labelKey: m('wireDips'), digits: 2 },
    { name: 'aldehydeMg', part: 'W1', value: 'aldehydeMg', unit: 'mg', labelKey: m('aldehydeMg'), digits: 3 },
  ],
  events: [
    { name: 'fizzes', labelKey: k('event.fizzes') },
    { name: 'wireBlack', labelKey: k('event.wireBlack') },
    { name: 'wireBright', labelKey: k('event.wireBright') },
    { name: 'aldehydeSmell', labelKey: k('event.aldehydeSmell') },
  ],
  recordDefaults: { params: [], measurements: ['h2FromEthanolMl', 'h2FromWaterMl', 'aceticPH', 'co2FromSodaMl', 'wireBlackPct', 'cuoMg', 'wireCopperG', 'wireDips', 'aldehydeMg'] },
  fixedDtS: 0.05,
};
