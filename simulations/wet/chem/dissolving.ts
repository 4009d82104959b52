/**
 * Solids dissolving in water and crystallising out of it. A solid dissolves at the Noyes–Whitney rate
 *   dn/dt = k_m · A · (c_sat − c)
 * (A: the grains' surface, c in mol/m³, k_m the mass-transfer coefficient: larger when stirred) until the
 * solution is saturated; a solution holding more than the solubility (water boiled off, cooled) gives crystals
 * back at the same law, on the crystals present or, when there are none, as fine new crystals at once.
 *
 * Solubilities in g per 100 g of water: 人教版 化学 九年级下册 第九单元 课题2 表9-1 (NaCl, Ca(OH)₂ rounded as
 * printed there; KMnO₄, Na₂CO₃ and NaOH from the CRC Handbook, "Aqueous solubility of inorganic compounds at
 * various temperatures"). The heat of solution follows from the two species' enthalpies of formation.
 */
import { amountOf, changeAmount, surfaceM2, waterMassG, type Contents } from './contents';
import { molarMassOf, species, ZERO_CELSIUS_K } from './species';

export interface Dissolution {
  solid: string;
  dissolved: string;
  /** (°C, g per 100 g water), ascending in temperature; linear between points, flat beyond the ends. */
  solubility: [number, number][];
}

/** Mass-transfer coefficient, m/s: a grain sitting in still water, and in water stirred with a glass rod. */
export const MASS_TRANSFER_STILL_MPS = 1e-5;
export const MASS_TRANSFER_STIRRED_MPS = 1e-4;

export const DISSOLUTIONS: readonly Dissolution[] = [
  { solid: 'NaCl(s)', dissolved: 'NaCl(aq)', solubility: [[0, 35.7], [10, 35.8], [20, 36.0], [30, 36.3], [40, 36.6], [50, 37.0], [60, 37.3], [70, 37.8], [80, 38.4], [90, 39.0], [100, 39.8]] },
  { solid: 'Ca(OH)2(s)', dissolved: 'Ca(OH)2(aq)', solubility: [[0, 0.18], [20, 0.16], [40, 0.14], [60, 0.11], [80, 0.09], [100, 0.07]] },
  { solid: 'NaOH(s)', dissolved: 'NaOH(aq)', solubility: [[0, 42], [20, 109], [40, 129], [60, 174], [100, 347]] },
  { solid: 'Na2CO3(s)', dissolved: 'Na2CO3(aq)', solubility: [[0, 7.0], [10, 12.5], [20, 21.5], [30, 39.7], [40, 49], [100, 45.5]] },
  { solid: 'KMnO4(s)', dissolved: 'KMnO4(aq)', solubility: [[0, 2.83], [20, 6.38], [40, 12.6], [60, 22.1]] },
];

const BY_SOLID = new Map(DISSOLUTIONS.map((d) => [d.solid, d]));
const BY_DISSOLVED = new Map(DISSOLUTIONS.map((d) => [d.dissolved, d]));

export function dissolutionOf(solidOrDissolved: string): Dissolution | undefined {
  return BY_SOLID.get(solidOrDissolved) ?? BY_DISSOLVED.get(solidOrDissolved);
}

/** Solubility at a temperature, g per 100 g of water (linear between the table's points). */
export function solubilityGPer100g(d: Dissolution, temperatureC: number): number {
  const t = d.solubility;
  if (temperatureC <= t[0][0]) return t[0][1];
  for (let i = 1; i < t.length; i++) {
    if (temperatureC <= t[i][0]) return t[i - 1][1] + ((t[i][1] - t[i - 1][1]) * (temperatureC - t[i - 1][0])) / (t[i][0] - t[i - 1][0]);
  }
  return t[t.length - 1][1];
}

/** Heat of solution, kJ/mol (positive: the water cools). */
export function solutionEnthalpyKJ(d: Dissolution): number {
  return (species(d.dissolved).dfHkJPerMol ?? 0) - (species(d.solid).dfHkJPerMol ?? 0);
}

/** Most of the dissolved species the water can hold now, mol. */
export function saturationMol(c: Contents, d: Dissolution): number {
  const water = waterMassG(c);
  return ((solubilityGPer100g(d, c.temperatureK - ZERO_CELSIUS_K) * water) / 100) / molarMassOf(d.dissolved);
}

/**
 * Dissolve or crystallise for dtS seconds (exact for a fixed surface: the gap to saturation closes
 * exponentially). Returns the heat given out to the contents, J (negative when dissolving cools).
 */
export function dissolveStep(c: Contents, dtS: number, stirred: boolean): number {
  if (waterMassG(c) <= 0) return 0;
  let heatJ = 0;
  for (const d of DISSOLUTIONS) {
    const solid = amountOf(c, d.solid);
    const dissolved = amountOf(c, d.dissolved);
    if (solid <= 0 && dissolved <= 0) continue;
    const sat = saturationMol(c, d);
    let delta = 0;
    if (dissolved > sat && solid <= 0) {
      delta = sat - dissolved; // no crystals to grow on: fine crystals come out at once
    } else if (solid > 0 && dissolved !== sat) {
      // Gap g = sat − n closes as dg/dt = −(k A / V) g: g(t) = g0 e^{−kAt/V}.
      const volumeM3 = (waterMassG(c) / 0.998) * 1e-6;
      const k = stirred ? MASS_TRANSFER_STIRRED_MPS : MASS_TRANSFER_STILL_MPS;
      const rate = (k * surfaceM2(c, d.solid)) / volumeM3;
      const gap = sat - dissolved;
      delta = gap * (1 - Math.exp(-rate * dtS));
      if (delta > solid) delta = solid;
    }
    if (delta === 0) continue;
    changeAmount(c, d.solid, -delta, delta < 0 ? 1e-5 : undefined);
    changeAmount(c, d.dissolved, delta);
    heatJ -= delta * solutionEnthalpyKJ(d) * 1000;
  }
  return heatJ;
}
