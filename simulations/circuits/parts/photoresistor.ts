/**
 * A photoresistor (光敏电阻, CdS, like the GL5528): its resistance falls as the light on it grows (engine/sensors.ts:
 * about 10 kΩ at 10 lux, 0.4 kΩ at 1000 lux, a megohm in the dark). How much light falls on it is set by the
 * student (a lamp nearer, a hand over it).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const PHOTORESISTOR = { resistanceAt10LuxOhm: 10_000, gamma: 0.7, darkResistanceOhm: 1e6 } as const;

export const photoresistor: PartDefinition = {
  kind: 'photoresistor',
  bench: 'circuits',
  labelKey: k('part.photoresistor'),
  idPrefix: 'RG',
  widthM: 0.05,
  heightM: 0.04,
  props: [{ kind: 'number', name: 'illuminanceLux', labelKey: k('prop.illuminanceLux'), unit: 'lx', min: 0, max: 2000, step: 10, default: 500 }],
  terminals: [
    { name: 'a', xM: -0.025, yM: 0.015, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.025, yM: 0.015, labelKey: k('terminal.b') },
  ],
  liveProps: ['illuminanceLux'],
};
