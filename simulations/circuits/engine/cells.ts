/**
 * Cells and battery packs: n identical cells of EMF E and internal resistance r give, in series,
 * E_pack = n·E and r_pack = n·r; in parallel, E_pack = E and r_pack = r/n (identical cells share the
 * current equally). A new dry cell (1.5 V) has an internal resistance of a few tenths of an ohm to about an
 * ohm; school problems use values near 0.5–1 Ω (人教版 高中物理 必修第三册, 第十二章 "闭合电路的欧姆定律").
 */

export interface PackRating {
  emfV: number;
  internalResistanceOhm: number;
}

export const DRY_CELL: PackRating = { emfV: 1.5, internalResistanceOhm: 0.5 };

export function batteryPack(cell: PackRating, count: number, arrangement: 'series' | 'parallel' = 'series'): PackRating {
  if (!(Number.isInteger(count) && count >= 1)) throw new RangeError(`count: ${count} is not a whole number of cells ≥ 1`);
  return arrangement === 'series'
    ? { emfV: cell.emfV * count, internalResistanceOhm: cell.internalResistanceOhm * count }
    : { emfV: cell.emfV, internalResistanceOhm: cell.internalResistanceOhm / count };
}

/** Terminal voltage U = E − I·r of a source delivering current I (the closed-circuit Ohm's law). */
export function terminalVoltageV(pack: PackRating, currentA: number): number {
  return pack.emfV - currentA * pack.internalResistanceOhm;
}
