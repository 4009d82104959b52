/**
 * A spatula (药匙) with a little iron powder, a piece of sodium (绿豆大小, cut and dried by the teacher) or sodium
 * carbonate powder, drawn lying with its bowl at the right. Tipped over a vessel's mouth
 * it drops its powder in (all at once); tipped over nothing, onto the table. Put level again, it takes another
 * spoonful from the bottle.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const SPATULA_SOLIDS = ['ironPowder', 'sodium', 'soda'] as const;
/**
 * How the sodium was taken and cut (人教版 必修第一册 第二章第一节: 用镊子取出，用滤纸吸干表面的煤油，在玻璃片上用小刀切绿豆大小): with tweezers
 * on dry filter paper, as the textbook says; picked up by hand (the skin's moisture makes NaOH on it: a burn); cut on wet paper (part
 * of it reacts there, ../dropping.ts SODIUM_WET_PAPER_SHARE).
 */
export const SODIUM_HANDLING = ['tweezers', 'fingers', 'wetPaper'] as const;
/** The bowl's place right of the spatula's centre, metres (drawn 12 cm long). */
export const SPATULA_BOWL_X_M = 0.05;

export const spatula: PartDefinition = {
  kind: 'spatula',
  bench: 'wet',
  labelKey: k('part.spatula'),
  idPrefix: 'Y',
  widthM: 0.12,
  heightM: 0.012,
  props: [
    { kind: 'choice', name: 'solid', labelKey: k('prop.solid'), options: SPATULA_SOLIDS.map((r) => ({ value: r, labelKey: k(`solid.${r}`) })), default: 'ironPowder' },
    { kind: 'number', name: 'grams', labelKey: k('prop.grams'), unit: 'g', min: 0.05, max: 2, step: 0.05, default: 0.2 },
    { kind: 'boolean', name: 'tipped', labelKey: k('prop.tipped'), default: false },
    { kind: 'choice', name: 'handling', labelKey: k('prop.handling'), options: SODIUM_HANDLING.map((h) => ({ value: h, labelKey: k(`handling.${h}`) })), default: 'tweezers' },
  ],
  terminals: [],
  liveProps: ['tipped'],
};
