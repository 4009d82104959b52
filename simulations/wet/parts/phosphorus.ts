/**
 * A piece of phosphorus (磷, about the size of a soybean), white (白磷, kept under water: it catches fire in air
 * at about 40 °C) or red (红磷, about 240 °C). It takes the temperature of where it lies: on a copper plate
 * (./copper-plate.ts), in a beaker's water, or in the room's air, and burns when the model says the three
 * conditions hold (./combustion.ts): a fuel, oxygen around it, and its ignition temperature reached.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const PHOSPHORUS_VARIETIES = ['white', 'red'] as const;
export type PhosphorusVariety = (typeof PHOSPHORUS_VARIETIES)[number];

export const phosphorus: PartDefinition = {
  kind: 'phosphorus',
  bench: 'wet',
  labelKey: k('part.phosphorus'),
  idPrefix: 'PH',
  widthM: 0.008,
  heightM: 0.006,
  props: [
    { kind: 'choice', name: 'variety', labelKey: k('prop.variety'), options: PHOSPHORUS_VARIETIES.map((v) => ({ value: v, labelKey: k(`variety.${v}`) })), default: 'white' },
    { kind: 'number', name: 'massG', labelKey: k('prop.massG'), unit: 'g', min: 0.05, max: 1, step: 0.05, default: 0.2 },
  ],
  terminals: [],
};
