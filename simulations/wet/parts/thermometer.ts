/**
 * A laboratory thermometer (实验室温度计, −20 … 110 °C, divided in 1 °C, 1 mm per degree), drawn upright with
 * its bulb at the bottom. The bulb takes the temperature of what it is in with a lag (a time constant of about
 * 8 s in stirred water, Liptak, Instrument Engineers' Handbook, liquid-in-glass thermometers), so a reading
 * taken at once is too low in hot water. Where the eye is: level with the top of the liquid column (视线与液柱
 * 上表面相平), above it (俯视: reads too high) or below (仰视: too low).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const EYE_POSITIONS = ['level', 'above', 'below'] as const;
/** The bulb's place below the centre, metres. */
export const BULB_Y_M = 0.12;

export const thermometer: PartDefinition = {
  kind: 'thermometer',
  bench: 'wet',
  labelKey: k('part.thermometer'),
  idPrefix: 'Th',
  widthM: 0.01,
  heightM: 0.26,
  props: [{ kind: 'choice', name: 'eye', labelKey: k('prop.eye'), options: EYE_POSITIONS.map((e) => ({ value: e, labelKey: k(`eye.${e}`) })), default: 'level' }],
  terminals: [],
  liveProps: ['eye'],
};
