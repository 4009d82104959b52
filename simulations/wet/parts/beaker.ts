/**
 * A beaker (烧杯, 250 mL) of water: how much and how warm at the start. On a tripod with a gauze over a lit
 * lamp it warms and boils (or, for a cell, dilute sulfuric acid or ethanol instead of water); without the gauze the flame on the glass cracks it (烧杯加热要垫陶土网). `mixIn`: the
 * salt weighed on the bench's balance and the water measured in its cylinder are poured in and stirred.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const BEAKER_ML = 250;
/**
 * What it is filled with (`waterMl` of it): water, dilute (5 %) sulfuric acid for a cell, ethanol (a non-electrolyte),
 * copper sulfate solution (10 %, a plating bath), sodium carbonate solution (5 %, for degreasing, used hot) or sodium
 * sulfate solution (5 %, for a fuel cell), or crude salt water (5 g of crude salt in each 20 mL: ../crude-salt-ions.ts).
 */
export const BEAKER_LIQUIDS = ['water', 'h2so4', 'ethanol', 'cuso4', 'na2co3', 'na2so4', 'crudeBrine', 'waterPhenolphthalein'] as const;

export const beaker: PartDefinition = {
  kind: 'beaker',
  bench: 'wet',
  labelKey: k('part.beaker'),
  idPrefix: 'B',
  widthM: 0.075,
  heightM: 0.095,
  props: [
    { kind: 'number', name: 'waterMl', labelKey: k('prop.waterMl'), unit: 'mL', min: 0, max: 240, step: 5, default: 100 },
    { kind: 'number', name: 'startC', labelKey: k('prop.startC'), unit: '°C', min: 0, max: 99, step: 1, default: 20 },
    { kind: 'boolean', name: 'mixIn', labelKey: k('prop.mixIn'), default: false },
    { kind: 'choice', name: 'liquid', labelKey: k('prop.liquid'), options: BEAKER_LIQUIDS.map((l) => ({ value: l, labelKey: k(`liquid.${l}`) })), default: 'water' },
  ],
  liveProps: ['mixIn'],
  terminals: [{ name: 'dip', xM: 0, yM: 0.03, labelKey: k('terminal.dip') }],
};
