/**
 * The overflow can (溢水杯, 100 g of glass) with its spout, and the small bucket (小桶, 40 g) that catches what runs
 * out of it and hangs by its handle from a gauge's hook (阿基米德原理). Filled to the spout it holds 300 mL; the
 * spout's tip is 6.5 cm right of the can's centre. Bookkeeping of what runs over: overflow-can.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { liquidOptions } from '../materials';

const k = (s: string) => `mechanics.${s}`;

export const CAN_INNER_RADIUS_M = 0.035;
export const CAN_BOTTOM_Y_M = 0.054;
export const CAN_GLASS_G = 100;
/** What the can holds up to its spout, mL. */
export const CAN_CAPACITY_ML = 300;
/** The spout's mouth inside the can (the highest the liquid stands), metres from the can's centre. */
export const CAN_SPOUT_Y_M = CAN_BOTTOM_Y_M - (CAN_CAPACITY_ML * 1e-6) / (Math.PI * CAN_INNER_RADIUS_M ** 2);
/** Where the liquid leaves the spout, metres from the can's centre. */
export const CAN_SPOUT_TIP = { xM: 0.065, yM: CAN_SPOUT_Y_M + 0.012 };

export const BUCKET_INNER_RADIUS_M = 0.024;
export const BUCKET_HEIGHT_M = 0.056;
/** The bucket's inside bottom, metres below its centre. */
export const BUCKET_BOTTOM_Y_M = 0.025;
export const BUCKET_MASS_G = 40;
/** What the bucket holds to its rim, mL. */
export const BUCKET_CAPACITY_ML = Math.floor((BUCKET_BOTTOM_Y_M + BUCKET_HEIGHT_M / 2) * Math.PI * BUCKET_INNER_RADIUS_M ** 2 * 1e6);

export const overflowCan: PartDefinition = {
  kind: 'overflow-can',
  bench: 'mechanics',
  labelKey: k('part.overflow-can'),
  idPrefix: 'C',
  widthM: 0.078,
  heightM: 0.12,
  props: [
    { kind: 'choice', name: 'liquid', labelKey: k('prop.liquid'), options: liquidOptions, default: 'water' },
    { kind: 'number', name: 'liquidMl', labelKey: k('prop.canLiquidMl'), unit: 'mL', min: 0, max: CAN_CAPACITY_ML, step: 1, default: CAN_CAPACITY_ML },
  ],
  terminals: [],
  rests: true,
  surfaces: [{ name: 'inside', xM: 0, yM: CAN_BOTTOM_Y_M, widthM: 0.066 }],
};

export const bucket: PartDefinition = {
  kind: 'bucket',
  bench: 'mechanics',
  labelKey: k('part.bucket'),
  idPrefix: 'BK',
  widthM: 2 * BUCKET_INNER_RADIUS_M + 0.004,
  heightM: BUCKET_HEIGHT_M,
  props: [],
  terminals: [{ name: 'ring', xM: 0, yM: -BUCKET_HEIGHT_M / 2 - 0.014, labelKey: k('terminal.handle'), hang: 'ring' }],
  rests: true,
};
