/**
 * Senior chemistry B1.1, 配制一定物质的量浓度的溶液 (人教版 化学 必修第一册 第二章 实验活动1): make 100 mL of
 * 1.00 mol/L sodium chloride solution. m = n·M = 0.100 L × 1.00 mol/L × 58.5 g/mol = 5.85 g, 5.9 g on the tray
 * balance (5 g of weights, the rider at 0.9 g, salt spooned onto the left pan until the pointer swings about the
 * middle); dissolve it in the beaker's 40 mL of water, pour into the 100 mL volumetric flask down the glass rod,
 * rinse beaker and rod 2–3 times into it, make up to the mark with the eye level with it. The concentration made is
 * the model's c = n/V; skipping the rinses, pouring before the salt has dissolved, or looking down or up at the
 * mark shift it the way the textbook's error analysis says (../molar-solution.ts).
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const molarSolutionPreset: BenchPreset = {
  id: 'wet-molar-solution',
  version: '1',
  subject: 'chemistry',
  titleKey: k('molarSolution.title'),
  descriptionKey: k('molarSolution.description'),
  setup: wetSetup(
    'A 1.00 mol/L sodium chloride solution',
    [
      part('W1', 'balance', 0.16, 0.39, { weightsG: 5, riderG: 0.9, saltG: 0 }),
      part('B1', 'beaker', 0.42, 0.4025, { waterMl: 40, mixIn: false }),
      part('V1', 'volumetric-flask', 0.62, 0.36, { sizeMl: '100', transferred: false, rinses: 0, madeUp: false, eye: 'level' }),
    ],
    [],
    { hiddenMeasurements: ['pointerDivisions'] },
  ),
  params: [
    { name: 'saltG', part: 'W1', prop: 'saltG' },
    { name: 'riderG', part: 'W1', prop: 'riderG' },
    { name: 'weightsG', part: 'W1', prop: 'weightsG' },
    { name: 'dissolveWaterMl', part: 'B1', prop: 'waterMl' },
    { name: 'mixIn', part: 'B1', prop: 'mixIn' },
    { name: 'sizeMl', part: 'V1', prop: 'sizeMl' },
    { name: 'transferred', part: 'V1', prop: 'transferred' },
    { name: 'rinses', part: 'V1', prop: 'rinses' },
    { name: 'madeUp', part: 'V1', prop: 'madeUp' },
    { name: 'eye', part: 'V1', prop: 'eye' },
  ],
  measurements: [
    { name: 'balanceReadingG', part: 'W1', value: 'readingG', unit: 'g', labelKey: m('balanceReadingG'), resolution: 0.1 },
    { name: 'balanced', part: 'W1', value: 'balanced', unit: '', labelKey: m('balanced'), resolution: 1 },
    { name: 'pointerDivisions', part: 'W1', value: 'pointerDivisions', unit: '', labelKey: m('pointerDivisions'), digits: 3 },
    { name: 'undissolvedG', part: 'B1', value: 'undissolvedG', unit: 'g', labelKey: m('undissolvedG'), digits: 3 },
    { name: 'flaskLiquidMl', part: 'V1', value: 'liquidMl', unit: 'mL', labelKey: m('flaskLiquidMl'), digits: 4 },
    { name: 'flaskSaltG', part: 'V1', value: 'saltG', unit: 'g', labelKey: m('flaskSaltG'), digits: 4 },
    { name: 'concentrationMolL', part: 'V1', value: 'concentrationMolL', unit: 'mol/L', labelKey: m('concentrationMolL'), digits: 4 },
  ],
  events: [
    { name: 'saltDissolved', labelKey: k('event.saltDissolved') },
    { name: 'transferred', labelKey: k('event.transferred') },
    { name: 'madeUp', labelKey: k('event.madeUp') },
  ],
  recordDefaults: { params: ['rinses', 'eye'], measurements: ['balanceReadingG', 'balanced', 'flaskLiquidMl', 'flaskSaltG', 'concentrationMolL'] },
  fixedDtS: 0.05,
};
