/**
 * Senior chemistry X3.1 乙酸乙酯的制备与性质 (人教版 化学 选择性必修3 第三章 实验活动; 必修第二册 第七章第三节 实验7-6), and B2.6's
 * esterification: in T1, 3 mL ethanol, then 2 mL concentrated sulfuric acid added slowly while shaking, then 2 mL glacial
 * acetic acid, with broken porcelain (沸石), clamped at 45° and heated gently (小火) with the lamp; the delivery tube ends just
 * above the saturated sodium carbonate solution in T2 (导管口在液面上方). CH₃COOH + C₂H₅OH ⇌ CH₃COOC₂H₅ + H₂O (K = 4,
 * ../chem/esterification.ts): the ester distils with some ethanol and acid, floats on the soda solution as a colourless oily
 * layer with a fruity smell, and the acid carried over gives CO₂ bubbles. The properties (选择性必修3 第三章第四节): 1 mL of
 * ester on 5 mL of water (T3), of 5 % sulfuric acid (T4) and of 30 % sodium hydroxide solution (T5), put into the 75 °C water
 * bath B1: the layer goes fastest with the alkali (saponification, to completion), slower with the acid, and stays on water.
 * Mistakes (../engine/ester-step.ts): no porcelain (bumping), the tube's end dipped into T2 (suck-back when the heating
 * falters: link T1 to T2's `dip`), the full flame (ethanol and acid boil off: less ester), the acid added quickly or first.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;
/** Clamped at 45°, its mouth up and to the right; the lamp's outer flame at the tube's bottom third. */
const TILT = 315;
const hydrolysis = (solution: string) => ({ solution, solutionMl: 5, esterMl: 1, added: 'nothing', addedG: 0, cotton: false });

export const esterPreset: BenchPreset = {
  id: 'wet-ester',
  version: '1',
  subject: 'chemistry',
  titleKey: k('ester.title'),
  descriptionKey: k('ester.description'),
  setup: wetSetup(
    'Making ethyl acetate and its properties',
    [
      part('T1', 'test-tube', 0.2, 0.3, { solution: 'esterMixture', solutionMl: 7, chips: true, acidAdded: 'slowly', added: 'nothing', addedG: 0, cotton: false }, TILT),
      part('L1', 'alcohol-lamp', 0.16, 0.415, { lit: true, flame: 'small' }),
      part('T2', 'test-tube', 0.4, 0.34, { solution: 'sodaSaturated', solutionMl: 5, added: 'nothing', addedG: 0, cotton: false }, UP),
      part('T3', 'test-tube', 0.5, 0.34, hydrolysis('water'), UP),
      part('T4', 'test-tube', 0.55, 0.34, hydrolysis('h2so4'), UP),
      part('T5', 'test-tube', 0.6, 0.34, hydrolysis('naoh30'), UP),
      part('B1', 'beaker', 0.72, 0.4025, { waterMl: 200, startC: 75 }),
    ],
    [{ id: 'd1', from: { part: 'T1', terminal: 'stopper' }, to: { part: 'T2', terminal: 'mouth' } }],
  ),
  params: [
    { name: 'chips', part: 'T1', prop: 'chips', labelKey: k('ester.chips') },
    { name: 'acidAdded', part: 'T1', prop: 'acidAdded', labelKey: k('ester.acidAdded') },
    { name: 'mixtureMl', part: 'T1', prop: 'solutionMl', labelKey: k('ester.mixtureMl') },
    { name: 'flame', part: 'L1', prop: 'flame', labelKey: k('ester.flame') },
    { name: 'lampLit', part: 'L1', prop: 'lit', labelKey: k('ester.lampLit') },
    { name: 'bathC', part: 'B1', prop: 'startC', labelKey: k('ester.bathC') },
  ],
  measurements: [
    { name: 'mixtureC', part: 'T1', value: 'temperatureC', unit: '°C', labelKey: m('mixtureC'), digits: 3 },
    { name: 'esterInMixtureG', part: 'T1', value: 'esterG', unit: 'g', labelKey: m('esterInMixtureG'), digits: 3 },
    { name: 'distilledMl', part: 'T1', value: 'distilledMl', unit: 'mL', labelKey: m('distilledMl'), digits: 3 },
    { name: 'bumps', part: 'T1', value: 'bumps', unit: '', labelKey: m('bumps'), digits: 2 },
    { name: 'suckedBackMl', part: 'T1', value: 'suckedBackMl', unit: 'mL', labelKey: m('suckedBackMl'), digits: 3 },
    { name: 'esterLayerMl', part: 'T2', value: 'esterLayerMl', unit: 'mL', labelKey: m('esterLayerMl'), digits: 3 },
    { name: 'esterLayerMm', part: 'T2', value: 'esterLayerMm', unit: 'mm', labelKey: m('esterLayerMm'), digits: 2 },
    { name: 'esterCollectedG', part: 'T2', value: 'esterG', unit: 'g', labelKey: m('esterCollectedG'), digits: 3 },
    { name: 'co2InReceiverMl', part: 'T2', value: 'co2MadeMl', unit: 'mL', labelKey: m('co2InReceiverMl'), digits: 3 },
    { name: 'layerWaterMl', part: 'T3', value: 'esterLayerMl', unit: 'mL', labelKey: m('layerWaterMl'), digits: 3 },
    { name: 'layerAcidMl', part: 'T4', value: 'esterLayerMl', unit: 'mL', labelKey: m('layerAcidMl'), digits: 3 },
    { name: 'layerAlkaliMl', part: 'T5', value: 'esterLayerMl', unit: 'mL', labelKey: m('layerAlkaliMl'), digits: 3 },
    { name: 'bathTempC', part: 'B1', value: 'temperatureC', unit: '°C', labelKey: m('bathTempC'), digits: 3 },
  ],
  events: [
    { name: 'esterLayer', labelKey: k('event.esterLayer') },
    { name: 'fizzes', labelKey: k('event.fizzes') },
    { name: 'bumping', labelKey: k('event.bumping') },
    { name: 'suckBack', labelKey: k('event.esterSuckBack') },
    { name: 'layerGone', labelKey: k('event.layerGone') },
  ],
  recordDefaults: { params: [], measurements: ['mixtureC', 'distilledMl', 'bumps', 'suckedBackMl', 'esterLayerMl', 'esterLayerMm', 'esterCollectedG', 'co2InReceiverMl', 'layerWaterMl', 'layerAcidMl', 'layerAlkaliMl'] },
  fixedDtS: 0.05,
};
