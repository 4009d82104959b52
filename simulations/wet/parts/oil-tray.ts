/**
 * A shallow tray of water (浅盘, 40 cm × 30 cm inside, water about 2 cm deep) for the oil film (../oil-film.ts), drawn
 * from the side on the bench and from above in its panel. Talc (爽身粉) is sprinkled on the water first: none, a thin
 * even layer (right), or a thick one. A drop of oleic acid solution from a dropper whose tip is over it spreads into a
 * film; the glass plate with its 1 cm grid laid over the tray (`plate`) is where the outline is traced, at that moment,
 * and its squares counted (../engine/film-step.ts).
 */
import type { PartDefinition } from '../../bench/part';
import { TALC_LAYERS } from '../oil-film';

const k = (s: string) => `wet.${s}`;

/** The tray's inside, m: width (across the bench) and depth (seen only from above). */
export const TRAY_W_M = 0.4;
export const TRAY_D_M = 0.3;
/** The water's surface below the tray's centre on the bench, m (the tray is drawn 3 cm high). */
export const TRAY_WATER_Y_M = -0.005;

export const oilTray: PartDefinition = {
  kind: 'oil-tray',
  bench: 'wet',
  labelKey: k('part.oil-tray'),
  idPrefix: 'O',
  widthM: TRAY_W_M,
  heightM: 0.03,
  props: [
    { kind: 'choice', name: 'talc', labelKey: k('prop.talc'), options: TALC_LAYERS.map((v) => ({ value: v, labelKey: k(`talc.${v}`) })), default: 'thin' },
    { kind: 'boolean', name: 'plate', labelKey: k('prop.plate'), default: false },
  ],
  terminals: [],
  liveProps: ['talc', 'plate'],
};
