/**
 * Junior chemistry 7, 常见酸、碱的化学性质 (人教版 化学 九年级下册 第十单元 实验活动6): a rack of test tubes with
 * 5 % hydrochloric acid or sodium hydroxide solution: litmus in the acid turns red and phenolphthalein in the
 * alkali pink; zinc gives hydrogen in the acid (copper none: it stands after hydrogen); rust dissolves to a yellow
 * solution; marble gives carbon dioxide. Change what each tube holds and what goes into it in its inspector.
 * Neutralisation (中和反应): a burette of sodium hydroxide solution from the bin, its tip over a tube of acid with
 * phenolphthalein, turns the tube pink once the acid is used up.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;
const UP = 270;

export const acidsBasesPreset: BenchPreset = {
  id: 'wet-acids-bases',
  version: '1',
  subject: 'chemistry',
  titleKey: k('acidsBases.title'),
  descriptionKey: k('acidsBases.description'),
  setup: wetSetup('Properties of acids and bases', [
    part('T1', 'test-tube', 0.16, 0.35, { solution: 'hcl', solutionMl: 3, added: 'litmus' }, UP),
    part('T2', 'test-tube', 0.28, 0.35, { solution: 'naoh', solutionMl: 3, added: 'phenolphthalein' }, UP),
    part('T3', 'test-tube', 0.4, 0.35, { solution: 'hcl', solutionMl: 5, added: 'zinc', addedG: 0.5 }, UP),
    part('T4', 'test-tube', 0.52, 0.35, { solution: 'hcl', solutionMl: 5, added: 'rust', addedG: 0.2 }, UP),
    part('T5', 'test-tube', 0.64, 0.35, { solution: 'hcl', solutionMl: 5, added: 'marble', addedG: 0.5 }, UP),
  ]),
  params: [
    { name: 'zincG', part: 'T3', prop: 'addedG', labelKey: k('acidsBases.zincG') },
    { name: 'tube1', part: 'T1', prop: 'solution', labelKey: k('acidsBases.tube1') },
    { name: 'tube2', part: 'T2', prop: 'solution', labelKey: k('acidsBases.tube2') },
    { name: 'tube3Added', part: 'T3', prop: 'added', labelKey: k('acidsBases.tube3Added') },
  ],
  measurements: [
    { name: 'pH1', part: 'T1', value: 'pH', unit: '', labelKey: m('pH1'), resolution: 1 },
    { name: 'pH2', part: 'T2', value: 'pH', unit: '', labelKey: m('pH2'), resolution: 1 },
    { name: 'h2Ml3', part: 'T3', value: 'h2MadeMl', unit: 'mL', labelKey: m('h2Ml3'), digits: 4 },
    { name: 'pH4', part: 'T4', value: 'pH', unit: '', labelKey: m('pH4'), resolution: 1 },
    { name: 'co2Ml5', part: 'T5', value: 'co2MadeMl', unit: 'mL', labelKey: m('co2Ml5'), digits: 4 },
  ],
  events: [{ name: 'endPoint', labelKey: k('event.neutralised') }],
  recordDefaults: { params: [], measurements: ['pH1', 'pH2', 'h2Ml3', 'co2Ml5'] },
  fixedDtS: 0.05,
};
