/**
 * A current sensor (电流传感器) as the textbook's capacitor experiment uses it: in series, a digital reading
 * in mA, positive for current in at + and negative the other way; the lab frame's live graph draws its i–t
 * curve (the area under it is the charge). Its shunt: 0.5 Ω.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const CURRENT_SENSOR_OHM = 0.5;

export const currentSensor: PartDefinition = {
  kind: 'current-sensor',
  bench: 'circuits',
  labelKey: k('part.current-sensor'),
  idPrefix: 'I',
  widthM: 0.08,
  heightM: 0.05,
  props: [],
  terminals: [
    { name: '-', xM: -0.03, yM: 0.02, labelKey: k('terminal.minus'), polarity: '-' },
    { name: '+', xM: 0.03, yM: 0.02, labelKey: k('terminal.plus'), polarity: '+' },
  ],
};
