/**
 * A water electrolysis apparatus (水电解器, Hofmann's): two graduated arms (50 mL, divided in 1 mL) full of water
 * with a little sodium sulfate dissolved to let it conduct (或氢氧化钠), an electrode at the bottom of each, a low-
 * voltage supply driving a set current. The arm on the negative electrode (负极, left) collects hydrogen, the one on
 * the positive (正极, right) oxygen (正氧负氢, 人教版 化学 九年级上册 第四单元 课题3 实验4-6). Without the salt pure water
 * hardly conducts and almost nothing happens.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const ARM_ML = 50;

export const hofmann: PartDefinition = {
  kind: 'hofmann',
  bench: 'wet',
  labelKey: k('part.hofmann'),
  idPrefix: 'E',
  widthM: 0.16,
  heightM: 0.3,
  props: [
    { kind: 'number', name: 'currentA', labelKey: k('prop.currentA'), unit: 'A', min: 0.05, max: 1, step: 0.05, default: 0.5 },
    { kind: 'boolean', name: 'electrolyte', labelKey: k('prop.electrolyte'), default: true },
    { kind: 'boolean', name: 'on', labelKey: k('prop.on'), default: true },
  ],
  terminals: [],
  liveProps: ['on'],
};
