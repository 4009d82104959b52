/**
 * The demountable transformer (可拆变压器) of school labs: a laminated U core with a coil on each limb and a
 * removable yoke (横条) across the top. Each coil has posts at 0, 100, 200, 400, 800 and 1400 turns: the turns
 * in use are the difference between the two posts wired (0 and 400: 400 turns; 200 and 800: 600). The left coil
 * is wired as the primary (posts p0 … p1400), the right one as the secondary (s0 … s1400). The magnetic circuit,
 * with the yoke on or off, is ../engine/transformer-core.ts.
 */
import type { PartDefinition } from '../../bench/part';
import type { SetupPart } from '../../bench/setup';

const k = (s: string) => `circuits.${s}`;

/** The turns each coil's posts are at. */
export const TRANSFORMER_TAPS = [0, 100, 200, 400, 800, 1400] as const;
export type TransformerCoil = 'p' | 's';

const TAP_SPACING_M = 0.02;
const tapX = (coil: TransformerCoil, i: number) => (coil === 'p' ? -0.155 : 0.055) + i * TAP_SPACING_M;
export const TRANSFORMER_TAP_Y_M = 0.07;

export const demountableTransformer: PartDefinition = {
  kind: 'demountable-transformer',
  bench: 'circuits',
  labelKey: k('part.demountable-transformer'),
  idPrefix: 'T',
  widthM: 0.34,
  heightM: 0.17,
  props: [{ kind: 'boolean', name: 'yoke', labelKey: k('prop.yoke'), default: true }],
  terminals: (['p', 's'] as const).flatMap((coil) =>
    TRANSFORMER_TAPS.map((turns, i) => ({ name: `${coil}${turns}`, xM: tapX(coil, i), yM: TRANSFORMER_TAP_Y_M, labelKey: k(`terminal.${coil === 'p' ? 'primary' : 'secondary'}Tap${turns}`) })),
  ),
  liveProps: ['yoke'],
};

/** Where a coil's post stands on the part (for its drawing). */
export function tapPlace(coil: TransformerCoil, turns: number): { xM: number; yM: number } {
  return { xM: tapX(coil, TRANSFORMER_TAPS.indexOf(turns as (typeof TRANSFORMER_TAPS)[number])), yM: TRANSFORMER_TAP_Y_M };
}

/**
 * The winding a coil puts in the circuit: between the lowest and the highest of its wired posts (null with fewer
 * than two wired). A third post wired between them is a tap a real coil would also feed; it is left out here
 * (model.md, limits).
 */
export function windingInUse(part: SetupPart, coil: TransformerCoil, wired: ReadonlySet<string>): { from: string; to: string; turns: number } | null {
  const taps = TRANSFORMER_TAPS.filter((t) => wired.has(`${part.id}.${coil}${t}`));
  if (taps.length < 2) return null;
  const lo = taps[0], hi = taps[taps.length - 1];
  return { from: `${coil}${lo}`, to: `${coil}${hi}`, turns: hi - lo };
}
