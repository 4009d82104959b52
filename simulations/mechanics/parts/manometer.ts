/**
 * The U-tube manometer (U形管压强计) with coloured water and a millimetre scale between its limbs: the pressure
 * let in through the tube at the top of the left limb pushes that side down and the right up, Δh = Δp / (ρ g).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** Where the liquid stands in both limbs at zero pressure, metres from the centre (y down). */
export const MANOMETER_ZERO_Y_M = -0.02;
export const MANOMETER_LIMB_X_M = 0.03;

export const manometer: PartDefinition = {
  kind: 'manometer',
  bench: 'mechanics',
  labelKey: k('part.manometer'),
  idPrefix: 'U',
  widthM: 0.1,
  heightM: 0.28,
  props: [{ kind: 'choice', name: 'liquid', labelKey: k('prop.manometerLiquid'), options: [{ value: 'water', labelKey: k('liquid.water') }, { value: 'alcohol', labelKey: k('liquid.alcohol') }], default: 'water' }],
  terminals: [{ name: 'tube', xM: -MANOMETER_LIMB_X_M, yM: -0.14, labelKey: k('terminal.tube') }],
  rests: true,
};
