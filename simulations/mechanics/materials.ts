/**
 * The liquids and solids of the mechanics bench, with the densities the textbook's table gives (人教版 八年级
 * 上册 第六章第2节 "密度", 一些固体/液体的密度, kg/m³ at 0 °C and standard pressure) and, for liquids, what their
 * meniscus depends on (surface tension at 20 °C, CRC Handbook of Chemistry and Physics, 6-182; contact angle
 * with clean glass).
 */
import type { MeniscusLiquid } from '../bench/instruments/measuring-cylinder';

export interface Liquid extends MeniscusLiquid {
  id: string;
}

export const LIQUIDS: Record<string, Liquid> = {
  water: { id: 'water', densityKgM3: 1.0e3, surfaceTensionNpm: 0.0728, contactAngleDeg: 0 },
  brine: { id: 'brine', densityKgM3: 1.1e3, surfaceTensionNpm: 0.075, contactAngleDeg: 0 },
  oil: { id: 'oil', densityKgM3: 0.9e3, surfaceTensionNpm: 0.032, contactAngleDeg: 10 },
  alcohol: { id: 'alcohol', densityKgM3: 0.8e3, surfaceTensionNpm: 0.0223, contactAngleDeg: 0 },
};

export const LIQUID_IDS = Object.keys(LIQUIDS);

/** Solids (textbook table: 铝 2.7, 铁 7.9, 铜 8.9, 铅 11.3, 花岗岩 2.6–2.8, 玻璃 2.5, 石蜡 0.9 ×10³ kg/m³). */
export const SOLIDS: Record<string, number> = {
  aluminium: 2.7e3,
  iron: 7.9e3,
  copper: 8.9e3,
  lead: 11.3e3,
  granite: 2.6e3,
  glass: 2.5e3,
  paraffin: 0.9e3,
};

export const SOLID_IDS = Object.keys(SOLIDS);

export function liquidOf(id: unknown): Liquid {
  const l = LIQUIDS[String(id)];
  if (!l) throw new Error(`liquid: '${String(id)}' is not one of ${LIQUID_IDS.join(' | ')}`);
  return l;
}

export function solidDensityKgM3(id: unknown): number {
  const d = SOLIDS[String(id)];
  if (d === undefined) throw new Error(`material: '${String(id)}' is not one of ${SOLID_IDS.join(' | ')}`);
  return d;
}

const k = (s: string) => `mechanics.${s}`;
export const liquidOptions = LIQUID_IDS.map((value) => ({ value, labelKey: k(`liquid.${value}`) }));
export const solidOptions = SOLID_IDS.map((value) => ({ value, labelKey: k(`material.${value}`) }));
