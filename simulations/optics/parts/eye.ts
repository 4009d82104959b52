/**
 * An eye (观察者的眼睛): what it sees, looking along the part's −x axis (back towards the light, on a rail), is shown up close under the table.
 * It sees a virtual image where one is (behind a mirror, through a lens): the way a student finds one.
 */
import type { PartDefinition } from '../../bench/part';
import { OPTICAL_HOLDER } from './choices';

const k = (s: string) => `optics.${s}`;

export const eye: PartDefinition = {
  kind: 'eye',
  bench: 'optics',
  labelKey: k('part.eye'),
  idPrefix: 'EY',
  widthM: 0.03,
  heightM: 0.02,
  props: [],
  terminals: [],
  mountsOn: OPTICAL_HOLDER,
};
