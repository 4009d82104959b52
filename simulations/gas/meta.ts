import type { SimulationMeta } from '../core/meta';

const K = 'chemistry.gas';
export const HOLD_MODES = ['temperature', 'volume', 'pressure'] as const;
export type HoldMode = (typeof HOLD_MODES)[number];

export const gasMeta: SimulationMeta = {
  id: 'gas',
  version: '1.0.0',
  subject: 'chemistry',
  titleKey: `${K}.title`,
  descriptionKey: `${K}.description`,
  params: [
    { kind: 'number', name: 'particleCount', labelKey: `${K}.param.particleCount`, unit: '', min: 10, max: 1000, step: 1, default: 500 },
    { kind: 'number', name: 'widthNm', labelKey: `${K}.param.widthNm`, unit: 'nm', min: 20, max: 200, step: 1, default: 100 },
    { kind: 'number', name: 'temperatureK', labelKey: `${K}.param.temperatureK`, unit: 'K', min: 50, max: 1000, step: 1, default: 300 },
    { kind: 'choice', name: 'hold', labelKey: `${K}.param.hold`, options: HOLD_MODES.map((h) => ({ value: h, labelKey: `${K}.hold.${h}` })), default: 'temperature' },
    {
      kind: 'choice',
      name: 'initialSpeeds',
      labelKey: `${K}.param.initialSpeeds`,
      options: [
        { value: 'maxwell-boltzmann', labelKey: `${K}.initialSpeeds.maxwell-boltzmann` },
        { value: 'equal', labelKey: `${K}.initialSpeeds.equal` },
      ],
      default: 'maxwell-boltzmann',
    },
  ],
  measurements: [
    { name: 'particleCount', unit: '', labelKey: `${K}.measure.particleCount`, digits: 4 },
    { name: 'widthNm', unit: 'nm', labelKey: `${K}.measure.widthNm`, digits: 4 },
    { name: 'areaNm2', unit: 'nm²', labelKey: `${K}.measure.areaNm2`, digits: 4 },
    { name: 'temperatureK', unit: 'K', labelKey: `${K}.measure.temperatureK`, digits: 4 },
    { name: 'pressureNPerM', unit: 'N/m', labelKey: `${K}.measure.pressureNPerM`, digits: 3 },
    { name: 'pressureAvgNPerM', unit: 'N/m', labelKey: `${K}.measure.pressureAvgNPerM`, digits: 4 },
    { name: 'temperatureAvgK', unit: 'K', labelKey: `${K}.measure.temperatureAvgK`, digits: 4 },
    { name: 'idealPressureNPerM', unit: 'N/m', labelKey: `${K}.measure.idealPressureNPerM`, digits: 4 },
    { name: 'pvOverNkT', unit: '', labelKey: `${K}.measure.pvOverNkT`, digits: 4 },
    { name: 'meanSpeedMS', unit: 'm/s', labelKey: `${K}.measure.meanSpeedMS`, digits: 4 },
    { name: 'rmsSpeedMS', unit: 'm/s', labelKey: `${K}.measure.rmsSpeedMS`, digits: 4 },
    { name: 'mbMeanSpeedMS', unit: 'm/s', labelKey: `${K}.measure.mbMeanSpeedMS`, digits: 4 },
    { name: 'collisionsTotal', unit: '', labelKey: `${K}.measure.collisionsTotal`, digits: 6 },
  ],
  events: [],
  /** 0.1 ps: a particle at the mean speed moves 0.03 nm, a fifth of its radius. */
  recordDefaults: { params: ['particleCount', 'widthNm', 'temperatureK'], measurements: ['areaNm2', 'temperatureAvgK', 'pressureAvgNPerM', 'idealPressureNPerM', 'pvOverNkT', 'meanSpeedMS'] },
  timeScale: 1e-10,
  fixedDtS: 1e-13,
  /** A step costs about linearly in the particles: 300 keep real time at 6× slower CPU (test/bench/slow-labs.ts). */
  lighter: { param: 'particleCount', value: 300 },
};
