/**
 * Junior chemistry 2, 二氧化碳的实验室制取与性质 (人教版 化学 九年级上册 第六单元 课题2, 实验活动2): marble
 * chips and dilute hydrochloric acid in a conical flask, the gas collected by upward displacement of air (CO₂ is
 * denser than air); a burning splint at the jar's mouth goes out when the jar is full; the gas bubbled into
 * limewater turns it milky. Powdered marble reacts too fast to collect; more acid or stronger acid, faster.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, tube, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const carbonDioxidePreset: BenchPreset = {
  id: 'wet-carbon-dioxide',
  version: '1',
  subject: 'chemistry',
  titleKey: k('carbonDioxide.title'),
  descriptionKey: k('carbonDioxide.description'),
  setup: wetSetup(
    'Carbon dioxide from marble and dilute hydrochloric acid',
    [
      part('F1', 'conical-flask', 0.16, 0.38, { marbleG: 10, hclMl: 50, hclPercent: 10 }),
      part('J1', 'gas-jar', 0.42, 0.39, { collection: 'upward' }),
      part('T2', 'test-tube', 0.66, 0.36, { limewaterMl: 10 }, 270),
      part('S1', 'splint', 0.45, 0.12, { flame: 'burning' }, 90),
    ],
    [tube('d1', 'F1', 'J1')],
  ),
  params: [
    { name: 'marbleG', part: 'F1', prop: 'marbleG' },
    { name: 'hclMl', part: 'F1', prop: 'hclMl' },
    { name: 'hclPercent', part: 'F1', prop: 'hclPercent' },
    { name: 'marbleGrain', part: 'F1', prop: 'marbleGrain' },
  ],
  measurements: [
    { name: 'co2MadeMl', part: 'F1', value: 'co2MadeMl', unit: 'mL', labelKey: m('co2MadeMl'), digits: 4 },
    { name: 'marbleLeftG', part: 'F1', value: 'marbleLeftG', unit: 'g', labelKey: m('marbleLeftG'), digits: 4 },
    { name: 'jarCo2Percent', part: 'J1', value: 'co2Percent', unit: '%', labelKey: m('jarCo2Percent'), digits: 4 },
    { name: 'splint', part: 'S1', value: 'burning', unit: '', labelKey: m('splint'), resolution: 1 },
    { name: 'limewaterCloudiness', part: 'T2', value: 'cloudiness', unit: '', labelKey: m('limewaterCloudiness'), digits: 3 },
  ],
  events: [
    { name: 'bubbles', labelKey: k('event.bubbles') },
    { name: 'steadyBubbles', labelKey: k('event.steadyBubbles') },
    { name: 'splintOut', labelKey: k('event.splintOut') },
    { name: 'limewaterMilky', labelKey: k('event.limewaterMilky') },
  ],
  recordDefaults: { params: ['marbleG'], measurements: ['co2MadeMl', 'jarCo2Percent'] },
  fixedDtS: 0.05,
};
