/**
 * A long board (长木板) laid flat, its top one of four surfaces: bare wood, cotton cloth, towel, glass. The
 * coefficients of kinetic friction of a wooden block on them are typical school values (measured in the
 * experiment itself, so a bench only needs their order: glass < wood < cotton < towel).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** μ_k of a wooden block on each surface (static ≈ 1.2 μ_k). */
export const BOARD_SURFACES: Record<string, number> = { glass: 0.2, wood: 0.3, cotton: 0.45, towel: 0.6 };

export const board: PartDefinition = {
  kind: 'board',
  bench: 'mechanics',
  labelKey: k('part.board'),
  idPrefix: 'BD',
  widthM: 0.6,
  heightM: 0.02,
  props: [{ kind: 'choice', name: 'surface', labelKey: k('prop.surface'), options: Object.keys(BOARD_SURFACES).map((value) => ({ value, labelKey: k(`surface.${value}`) })), default: 'wood' }],
  terminals: [],
  rests: true,
  surfaces: ['top'],
};
