/**
 * Two liquids that do not mix, and a halogen shared between them (萃取: 人教版 化学 必修第一册 第四章 实验活动3, the halogens displaced and
 * taken up in CCl₄; 选择性必修3 第一章第二节 and 第三章 实验活动2, bromine water shaken with hexane). An organic solvent in a vessel that also
 * holds water stands as its own layer, below the water when it is denser (CCl₄ 1.594, 1-bromobutane 1.276 g/mL) and above when lighter
 * (hexane 0.655, 1-hexene 0.673; CRC). A halogen dissolved in the water is shared between the layers as the tube is shaken, at once (a
 * closed form, like ./iron-colours.ts: nothing moves between species, and a step does no work for it):
 *   c_org / c_aq = K_D  ⇒  share in the organic layer f = K_D·V_org / (K_D·V_org + V_aq),
 * K_D (CCl₄/water, 25 °C): Br₂ 27, I₂ 85 (Lange's Handbook of Chemistry, distribution ratios). Hexane's, bromobutane's and hexene's are
 * taken as CCl₄'s (an estimate of the right size: every non-polar solvent takes over 90 % of the halogen at these volumes). Left out: the
 * I₃⁻ that excess iodide holds back in the water, the solvent's own slight solubility in water (hexane 10 mg/L, CCl₄ 0.8 g/L).
 * Colours by Beer–Lambert as ./appearance.ts draws a solution: bromine in CCl₄ orange-red, iodine violet (紫红色).
 */
import type { Rgb } from '../../titration/indicators';
import { amountOf, liquidVolumeMl, type Contents } from './contents';
import { molarMassOf, species } from './species';

/** The organic liquids that stand as a layer on or under water, and whether below it. */
export const ORGANIC_SOLVENTS: Readonly<Record<string, { below: boolean }>> = {
  'CCl4(l)': { below: true },
  'C4H9Br(l)': { below: true },
  'C6H14(l)': { below: false },
  'C6H12(l)': { below: false },
};
const SOLVENT_IDS = Object.keys(ORGANIC_SOLVENTS);

/** Distribution ratios organic/water, by concentration (Lange's: Br₂ 27, I₂ 85 between CCl₄ and water at 25 °C). */
export const PARTITION: Readonly<Record<string, number>> = { 'Br2(aq)': 27, 'I2(aq)': 85 };
const HALOGENS = Object.keys(PARTITION);

/** Colour of each halogen in the organic layer through 2 cm at `molL` (Beer–Lambert per channel). */
const ORGANIC_COLOUR: Readonly<Record<string, { colour: Rgb; molL: number }>> = {
  'Br2(aq)': { colour: { r: 225, g: 95, b: 30 }, molL: 0.01 },
  'I2(aq)': { colour: { r: 160, g: 60, b: 170 }, molL: 0.005 },
};
const CLEAR: Rgb = { r: 248, g: 248, b: 246 };

export interface OrganicLayer {
  /** The organic liquid's volume, mL, and the water's (the rest of the liquid). */
  ml: number;
  aqueousMl: number;
  below: boolean;
  /** Share of each halogen in the organic layer, 0 … 1. */
  share: Record<string, number>;
}

/** The organic layer of a vessel holding water and an organic solvent (null: one liquid, or none). */
export function organicLayer(c: Contents): OrganicLayer | null {
  let ml = 0, below = false, heaviest = 0;
  for (const id of SOLVENT_IDS) {
    const n = amountOf(c, id);
    if (!(n > 0)) continue;
    const rho = species(id).densityGPerMl ?? 1;
    const v = (n * molarMassOf(id)) / rho;
    ml += v;
    if (v > heaviest) [heaviest, below] = [v, ORGANIC_SOLVENTS[id].below];
  }
  if (!(ml > 0) || !(amountOf(c, 'H2O(l)') > 0)) return null;
  const aqueousMl = Math.max(1e-9, liquidVolumeMl(c) - ml);
  const share: Record<string, number> = {};
  for (const h of HALOGENS) share[h] = (PARTITION[h] * ml) / (PARTITION[h] * ml + aqueousMl);
  return { ml, aqueousMl, below, share };
}

/** A halogen's concentration in the organic layer (`organic`) or the water, mol/L. */
export function layerMolL(c: Contents, layer: OrganicLayer, halogen: string, organic: boolean): number {
  const f = layer.share[halogen] ?? 0;
  const n = amountOf(c, halogen);
  return organic ? (n * f) / (layer.ml / 1000) : (n * (1 - f)) / (layer.aqueousMl / 1000);
}

/** The organic layer's colour: clear, or orange-red with bromine, violet with iodine. */
export function organicColour(c: Contents, layer: OrganicLayer): Rgb {
  let r = 1, g = 1, b = 1;
  for (const h of HALOGENS) {
    const e = layerMolL(c, layer, h, true) / ORGANIC_COLOUR[h].molL;
    if (!(e > 0)) continue;
    r *= (ORGANIC_COLOUR[h].colour.r / 255) ** e;
    g *= (ORGANIC_COLOUR[h].colour.g / 255) ** e;
    b *= (ORGANIC_COLOUR[h].colour.b / 255) ** e;
  }
  return { r: Math.round(CLEAR.r * r), g: Math.round(CLEAR.g * g), b: Math.round(CLEAR.b * b) };
}
