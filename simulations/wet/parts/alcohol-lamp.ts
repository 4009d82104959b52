/**
 * An alcohol lamp (酒精灯): lit with a match, put out with its cap (never blown out). Its outer flame
 * (外焰, the hottest part) reaches about 5 cm above the wick; a vessel is heated when the part to be heated is
 * in it: a test tube's bottom, or a tripod's gauze with a beaker on it.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

/** The outer flame's place above the lamp's centre, metres (the lamp is 7 cm tall; the flame 5 cm). */
export const FLAME_TIP_Y_M = -0.075;

export const alcoholLamp: PartDefinition = {
  kind: 'alcohol-lamp',
  bench: 'wet',
  labelKey: k('part.alcohol-lamp'),
  idPrefix: 'L',
  widthM: 0.07,
  heightM: 0.07,
  props: [
    { kind: 'boolean', name: 'lit', labelKey: k('prop.lit'), default: true },
    // 小火: the wick turned down, for heating gently (the ester's 小火均匀加热); full: the usual flame.
    { kind: 'choice', name: 'flame', labelKey: k('prop.lampFlame'), options: [{ value: 'full', labelKey: k('lampFlame.full') }, { value: 'small', labelKey: k('lampFlame.small') }], default: 'full' },
  ],
  terminals: [],
  liveProps: ['lit', 'flame'],
};
