/**
 * The tray balance (托盘天平, 称量 200 g, 感量 0.2 g; 人教版 八年级上册 第六章第1节): two pans on an equal-arm
 * beam, the rider (游码) on the beam's scale, the balance nuts (平衡螺母) at the beam's ends, the pointer over
 * the scale plate (分度盘). What it does is bench/instruments/tray-balance.ts; `trimG` is how far this balance
 * is out of level as it comes out of the cupboard (left side heavier by that many grams), which the student
 * removes with the nuts before weighing.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** Where the pans' surfaces are, metres from the balance's centre (y down). */
export const PAN_X_M = 0.11;
export const PAN_Y_M = -0.062;
export const PAN_WIDTH_M = 0.09;

export const trayBalance: PartDefinition = {
  kind: 'tray-balance',
  bench: 'mechanics',
  labelKey: k('part.tray-balance'),
  idPrefix: 'TB',
  widthM: 0.34,
  heightM: 0.14,
  props: [
    { kind: 'number', name: 'riderG', labelKey: k('prop.riderG'), unit: 'g', min: 0, max: 5, step: 0.02, default: 0 },
    { kind: 'number', name: 'nutMm', labelKey: k('prop.nutMm'), unit: 'mm', min: -10, max: 10, step: 0.1, default: 0 },
    { kind: 'number', name: 'trimG', labelKey: k('prop.trimG'), unit: 'g', min: -3, max: 3, step: 0.1, default: 0.8 },
  ],
  terminals: [],
  liveProps: ['riderG', 'nutMm'],
  rests: true,
  surfaces: [
    { name: 'left', xM: -PAN_X_M, yM: PAN_Y_M, widthM: PAN_WIDTH_M },
    { name: 'right', xM: PAN_X_M, yM: PAN_Y_M, widthM: PAN_WIDTH_M },
  ],
};
