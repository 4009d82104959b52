/**
 * A tray balance as the chemistry lab uses it (托盘天平, 称准到 0.1 g: 人教版 化学 九年级下册 第九单元 实验活动5):
 * a sheet of paper on each pan, the rider set to the mass wanted (or weights on the right pan and the rider for
 * the rest), the solid spooned onto the left pan (左物右码) until the pointer swings about the middle line.
 * `saltG` is how much salt is on the left pan; the student does not see it, only the pointer. `sandPercent`: the
 * salt is coarse salt (粗盐) with that much sand in it by mass (粗盐中难溶性杂质的去除).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const balance: PartDefinition = {
  kind: 'balance',
  bench: 'wet',
  labelKey: k('part.balance'),
  idPrefix: 'W',
  widthM: 0.24,
  heightM: 0.1,
  props: [
    { kind: 'number', name: 'saltG', labelKey: k('prop.saltG'), unit: 'g', min: 0, max: 20, step: 0.05, default: 0 },
    { kind: 'number', name: 'riderG', labelKey: k('prop.riderG'), unit: 'g', min: 0, max: 5, step: 0.1, default: 0 },
    { kind: 'number', name: 'weightsG', labelKey: k('prop.weightsG'), unit: 'g', min: 0, max: 100, step: 5, default: 0 },
    { kind: 'number', name: 'sandPercent', labelKey: k('prop.sandPercent'), unit: '%', min: 0, max: 50, step: 1, default: 0 },
  ],
  terminals: [],
  liveProps: ['saltG', 'riderG'],
};
