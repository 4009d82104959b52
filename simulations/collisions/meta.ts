import type { SimulationMeta } from '../core/meta';

const k = (s: string) => `physics.collisions.${s}`;

const perBody = (name: string, unit: string) => ({ name, unit, labelKey: k(`m.${name}`) });

export const collisionsMeta: SimulationMeta = {
  id: 'collisions',
  version: '1',
  subject: 'physics',
  titleKey: k('title'),
  descriptionKey: k('description'),
  params: [
    {
      kind: 'choice',
      name: 'mode',
      labelKey: k('param.mode'),
      options: [
        { value: 'track', labelKey: k('mode.track') },
        { value: 'table', labelKey: k('mode.table') },
      ],
      default: 'track',
    },
    { kind: 'number', name: 'mass1Kg', labelKey: k('param.mass1Kg'), unit: 'kg', min: 0.1, max: 10, step: 0.1, default: 1 },
    { kind: 'number', name: 'mass2Kg', labelKey: k('param.mass2Kg'), unit: 'kg', min: 0.1, max: 10, step: 0.1, default: 2 },
    { kind: 'number', name: 'velocity1Mps', labelKey: k('param.velocity1Mps'), unit: 'm/s', min: -5, max: 5, step: 0.1, default: 1 },
    { kind: 'number', name: 'velocity2Mps', labelKey: k('param.velocity2Mps'), unit: 'm/s', min: -5, max: 5, step: 0.1, default: 0 },
    { kind: 'number', name: 'restitution', labelKey: k('param.restitution'), unit: '', min: 0, max: 1, step: 0.01, default: 1 },
    { kind: 'number', name: 'discCount', labelKey: k('param.discCount'), unit: '', min: 2, max: 300, step: 1, default: 40, showIf: { param: 'mode', equals: ['table'] } },
    { kind: 'number', name: 'discSpeedMps', labelKey: k('param.discSpeedMps'), unit: 'm/s', min: 0, max: 5, step: 0.1, default: 1, showIf: { param: 'mode', equals: ['table'] } },
  ],
  measurements: [
    perBody('velocity1Mps', 'm/s'),
    perBody('velocity2Mps', 'm/s'),
    perBody('momentum1KgMps', 'kg·m/s'),
    perBody('momentum2KgMps', 'kg·m/s'),
    perBody('kineticEnergy1J', 'J'),
    perBody('kineticEnergy2J', 'J'),
    perBody('totalMomentumKgMps', 'kg·m/s'),
    perBody('totalMomentumYKgMps', 'kg·m/s'),
    perBody('totalKineticEnergyJ', 'J'),
    perBody('momentum1BeforeKgMps', 'kg·m/s'),
    perBody('momentum2BeforeKgMps', 'kg·m/s'),
    perBody('totalMomentumBeforeKgMps', 'kg·m/s'),
    perBody('kineticEnergy1BeforeJ', 'J'),
    perBody('kineticEnergy2BeforeJ', 'J'),
    perBody('totalKineticEnergyBeforeJ', 'J'),
    perBody('momentum1AfterKgMps', 'kg·m/s'),
    perBody('momentum2AfterKgMps', 'kg·m/s'),
    perBody('totalMomentumAfterKgMps', 'kg·m/s'),
    perBody('kineticEnergy1AfterJ', 'J'),
    perBody('kineticEnergy2AfterJ', 'J'),
    perBody('totalKineticEnergyAfterJ', 'J'),
    perBody('collisionCount', ''),
  ],
  events: [{ name: 'collided', labelKey: k('e.collided') }],
  recordDefaults: {
    params: ['mass1Kg', 'mass2Kg', 'velocity1Mps', 'velocity2Mps', 'restitution'],
    measurements: ['momentum1AfterKgMps', 'momentum2AfterKgMps', 'totalMomentumBeforeKgMps', 'totalMomentumAfterKgMps', 'totalKineticEnergyBeforeJ', 'totalKineticEnergyAfterJ'],
  },
  fixedDtS: 0.002,
  /** The table's contacts cost about linearly in the discs: 100 keep real time at 6× slower CPU (test/bench/slow-labs.ts). */
  lighter: { param: 'discCount', value: 100 },
};
