/**
 * Junior chemistry 3, 燃烧条件的探究 (人教版 化学 九年级上册 第七单元 课题1 实验7-1, 实验活动3): a beaker of hot
 * water (80 °C) with a thin copper plate on its mouth; on the plate a piece of white phosphorus and one of red,
 * in the water a piece of white phosphorus. The white phosphorus on the plate burns (air, and the plate is hotter
 * than its 40 °C); the red does not (240 °C not reached); the white under water does not (no oxygen), until
 * oxygen is blown onto it through the tube. The model decides each (../combustion.ts); the white smoke (P₂O₅,
 * written P₄O₁₀ as a molecule) is warned about.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const combustionPreset: BenchPreset = {
  id: 'wet-combustion',
  version: '1',
  subject: 'chemistry',
  titleKey: k('combustion.title'),
  descriptionKey: k('combustion.description'),
  setup: wetSetup('The conditions for burning', [
    part('B1', 'beaker', 0.3, 0.4025, { waterMl: 200, startC: 80 }),
    part('Cu1', 'copper-plate', 0.3, 0.3535),
    part('PH1', 'phosphorus', 0.27, 0.348, { variety: 'white', massG: 0.2 }),
    part('PH2', 'phosphorus', 0.33, 0.348, { variety: 'red', massG: 0.2 }),
    part('PH3', 'phosphorus', 0.3, 0.445, { variety: 'white', massG: 0.2 }),
    part('G1', 'gas-tube', 0.55, 0.33, { gas: 'oxygen', flowing: false }),
  ]),
  params: [
    { name: 'waterC', part: 'B1', prop: 'startC', labelKey: k('combustion.waterC') },
    { name: 'tubeGas', part: 'G1', prop: 'gas' },
    { name: 'flowing', part: 'G1', prop: 'flowing' },
  ],
  measurements: [
    { name: 'plateC', part: 'Cu1', value: 'temperatureC', unit: '°C', labelKey: m('plateC'), digits: 3 },
    { name: 'whiteOnPlate', part: 'PH1', value: 'burning', unit: '', labelKey: m('whiteOnPlate'), resolution: 1 },
    { name: 'redOnPlate', part: 'PH2', value: 'burning', unit: '', labelKey: m('redOnPlate'), resolution: 1 },
    { name: 'whiteInWater', part: 'PH3', value: 'burning', unit: '', labelKey: m('whiteInWater'), resolution: 1 },
    { name: 'whiteBurnedG', part: 'PH1', value: 'burnedG', unit: 'g', labelKey: m('whiteBurnedG'), digits: 4 },
    { name: 'whiteSmokeG', part: 'PH1', value: 'smokeG', unit: 'g', labelKey: m('whiteSmokeG'), digits: 4 },
    { name: 'waterNowC', part: 'B1', value: 'temperatureC', unit: '°C', labelKey: m('waterC'), digits: 3 },
  ],
  events: [
    { name: 'ignitesOnPlate', labelKey: k('event.ignitesOnPlate') },
    { name: 'ignitesUnderWater', labelKey: k('event.ignitesUnderWater') },
    { name: 'ignitesInAir', labelKey: k('event.ignitesInAir') },
    { name: 'goesOut', labelKey: k('event.goesOut') },
  ],
  recordDefaults: { params: ['waterC'], measurements: ['plateC', 'whiteOnPlate', 'redOnPlate', 'whiteInWater', 'whiteBurnedG', 'whiteSmokeG'] },
  fixedDtS: 0.05,
};
