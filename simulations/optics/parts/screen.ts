/**
 * A white screen (光屏) in a holder, facing −x of the part: it shows what light falls on it. Up close
 * (the screen panel under the table) it shows the image: sharp where the rays meet, a blur elsewhere.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const screen: PartDefinition = {
  kind: 'screen',
  bench: 'optics',
  labelKey: k('part.screen'),
  idPrefix: 'S',
  widthM: 0.006,
  heightM: 0.12,
  props: [
    { kind: 'number', name: 'widthM', labelKey: k('prop.screenWidthM'), unit: 'm', min: 0.05, max: 0.3, step: 0.001, default: 0.12 },
  ],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
