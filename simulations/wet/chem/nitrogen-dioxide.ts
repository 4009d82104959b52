/**
 * 2NO₂ ⇌ N₂O₄ in a sealed tube (人教版 化学 选择性必修1 第二章第三节 实验2-2, 温度对化学平衡的影响: the tube in hot water
 * turns a deeper red-brown, in ice water paler; ΔH < 0 for the dimerisation). Written as N₂O₄ ⇌ 2NO₂, ΔH° > 0:
 *  - ΔH° = 2·33.18 − 9.16 = 57.20 kJ/mol and ΔG° = 2·51.31 − 97.89 = 4.73 kJ/mol at 298.15 K (NBS tables, Wagman et
 *    al. 1982, in the CRC Handbook), so K°(298.15 K) = exp(−ΔG°/RT) = 0.148 (partial pressures in bar);
 *  - K°(T) by van 't Hoff with ΔH° taken as constant: ln K°(T) = ln K°(298.15) − ΔH°/R · (1/T − 1/298.15).
 * The tube is sealed, so the volume is fixed: with c₀ the concentration as N₂O₄ if none were split and y = [NO₂],
 * K_c = K° · p°/(RT) = y² / (c₀ − y/2), whose positive root is y = (−K_c/2 + √(K_c²/4 + 4K_c·c₀)) / 2.
 * The equilibrium is reached at once (it takes far less than a second); the heat of the shift is left out (a few
 * tenths of a joule in a school tube).
 */
import { amountOf, changeAmount, type Contents } from './contents';
import { GAS_CONSTANT } from './species';

export const NO2 = 'NO2(g)';
export const N2O4 = 'N2O4(g)';
/** ΔH° of N₂O₄ ⇌ 2NO₂, J/mol. */
export const DISSOCIATION_DH_J = 57200;
/** K° of N₂O₄ ⇌ 2NO₂ at 298.15 K (bar). */
export const DISSOCIATION_K298 = Math.exp(-4730 / (GAS_CONSTANT * 298.15));
const STANDARD_BAR_PA = 1e5;

/** K°(T) of N₂O₄ ⇌ 2NO₂ (bar). */
export function dissociationK(temperatureK: number): number {
  return DISSOCIATION_K298 * Math.exp((-DISSOCIATION_DH_J / GAS_CONSTANT) * (1 / temperatureK - 1 / 298.15));
}

/** [NO₂] at equilibrium, mol/L, in a fixed volume holding c₀ mol/L counted as N₂O₄. */
export function equilibriumNo2MolL(c0MolL: number, temperatureK: number): number {
  if (!(c0MolL > 0)) return 0;
  const kc = (dissociationK(temperatureK) * STANDARD_BAR_PA) / (GAS_CONSTANT * temperatureK) / 1000;
  // The positive root, written so that it keeps its digits when K_c is small against c₀ or large.
  return (2 * kc * c0MolL) / (kc / 2 + Math.sqrt((kc * kc) / 4 + 4 * kc * c0MolL));
}

/** Set a sealed vessel's NO₂ and N₂O₄ to their equilibrium at its temperature in `gasMl` mL of gas space. */
export function equilibrateNitrogenDioxide(c: Contents, gasMl: number): void {
  const total = amountOf(c, N2O4) + amountOf(c, NO2) / 2;
  if (!(total > 0) || !(gasMl > 0)) return;
  const no2 = equilibriumNo2MolL(total / (gasMl / 1000), c.temperatureK) * (gasMl / 1000);
  changeAmount(c, NO2, no2 - amountOf(c, NO2));
  changeAmount(c, N2O4, total - no2 / 2 - amountOf(c, N2O4));
}
