/**
 * A solenoid (螺线管) on its stand: enamelled copper wire wound on a tube, with an optional soft-iron core (铁芯),
 * the ends at posts a and b. Lying on the table with its axis along the part's length. How it is wound
 * (`winding`) is drawn on it: with `right`, current entering at a runs across the visible top of each turn
 * towards the front (down the page), so by the right-hand rule (安培定则) the field inside points from a to b
 * and end b is the north pole; `left` is wound the other way.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

/** The winding's shape (metres): a tube 10 cm long, 3 cm across. */
export const SOLENOID_LENGTH_M = 0.1;
export const SOLENOID_RADIUS_M = 0.015;
/** Soft iron as a solenoid's core: relative permeability (initial μr of annealed soft iron is a few hundred to thousands; the rod's shape limits the field anyway, see fields.ts). */
export const CORE_RELATIVE_PERMEABILITY = 1000;
/** Enamelled copper wire 0.5 mm across: ρ = 1.7e-8 Ω·m (人教版 九年级 第十六章第3节 table), so 0.087 Ω per metre. */
export const SOLENOID_WIRE_OHM_PER_M = 1.7e-8 / (Math.PI * 0.00025 ** 2);

export const solenoid: PartDefinition = {
  kind: 'solenoid',
  bench: 'circuits',
  labelKey: k('part.solenoid'),
  idPrefix: 'N',
  widthM: 0.14,
  heightM: 0.05,
  props: [
    { kind: 'number', name: 'turns', labelKey: k('prop.turns'), unit: '', min: 50, max: 800, step: 50, default: 300 },
    { kind: 'boolean', name: 'ironCore', labelKey: k('prop.ironCore'), default: true },
    {
      kind: 'choice',
      name: 'winding',
      labelKey: k('prop.winding'),
      options: [
        { value: 'right', labelKey: k('winding.right') },
        { value: 'left', labelKey: k('winding.left') },
      ],
      default: 'right',
    },
  ],
  terminals: [
    { name: 'a', xM: -0.065, yM: 0.018, labelKey: k('terminal.a') },
    { name: 'b', xM: 0.065, yM: 0.018, labelKey: k('terminal.b') },
  ],
};

/** Resistance of the winding: N turns of 2πR each. */
export function solenoidResistanceOhm(turns: number): number {
  return turns * 2 * Math.PI * SOLENOID_RADIUS_M * SOLENOID_WIRE_OHM_PER_M;
}
