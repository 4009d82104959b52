/**
 * Senior chemistry X1.2, 强酸与强碱的中和滴定 (人教版 化学 选择性必修1 第三章 实验活动2): 20.00 mL of hydrochloric
 * acid of unknown concentration pipetted into a conical flask with two drops of phenolphthalein, a burette of
 * 0.1000 mol/L sodium hydroxide over it. Note the first reading, open the tap (fast, then slow, then drop by drop
 * near the end), stop when the colourless solution turns pink, take the final reading; c(HCl) =
 * c(NaOH)·V(NaOH)/V(HCl). The sample's concentration is a mystery: the teacher sees it in the flask's inspector,
 * a student finds it. The pH meter's readings give the titration curve; reading the burette from above or below
 * gives the errors the textbook asks about.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

/** The unknown sample: 0.1150 mol/L (the standard needs 23.00 mL for 20.00 mL of it). */
export const TITRATION_SAMPLE_MOL_L = 0.115;

export const titrationPreset: BenchPreset = {
  id: 'wet-titration',
  version: '1',
  subject: 'chemistry',
  titleKey: k('titration.title'),
  descriptionKey: k('titration.description'),
  setup: wetSetup(
    'Titrating hydrochloric acid with sodium hydroxide',
    [
      part('D1', 'burette', 0.4, 0.165, { naohMolL: 0.1, startMl: 0.3, tap: 'closed', eye: 'level' }),
      { ...part('F1', 'conical-flask', 0.4, 0.38, { sampleMl: 20, sampleMolL: TITRATION_SAMPLE_MOL_L, indicator: 'phenolphthalein' }), mystery: ['sampleMolL'] },
    ],
    [],
    { hiddenMeasurements: ['buretteLevelMl'] },
  ),
  params: [
    { name: 'tap', part: 'D1', prop: 'tap' },
    { name: 'eye', part: 'D1', prop: 'eye' },
    { name: 'naohMolL', part: 'D1', prop: 'naohMolL' },
    { name: 'startMl', part: 'D1', prop: 'startMl' },
    { name: 'sampleMl', part: 'F1', prop: 'sampleMl' },
    { name: 'sampleMolL', part: 'F1', prop: 'sampleMolL' },
    { name: 'indicator', part: 'F1', prop: 'indicator' },
  ],
  measurements: [
    { name: 'buretteReadingMl', part: 'D1', value: 'readingMl', unit: 'mL', labelKey: m('buretteReadingMl'), resolution: 0.01 },
    { name: 'flaskPH', part: 'F1', value: 'pHMeter', unit: '', labelKey: m('flaskPH'), resolution: 0.01 },
    { name: 'buretteLevelMl', part: 'D1', value: 'levelMl', unit: 'mL', labelKey: m('buretteLevelMl'), digits: 5 },
  ],
  events: [
    { name: 'endPoint', labelKey: k('event.endPoint') },
    { name: 'buretteEmpty', labelKey: k('event.buretteEmpty') },
    { name: 'spilled', labelKey: k('event.spilled') },
  ],
  recordDefaults: { params: ['naohMolL', 'sampleMl', 'indicator', 'eye'], measurements: ['buretteReadingMl', 'flaskPH'] },
  fixedDtS: 0.05,
};
