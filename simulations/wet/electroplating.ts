/**
 * Electroplating copper onto an iron key (人教版 化学 选择性必修1 第四章第二节, 实验活动4 简单的电镀实验): the key on the
 * supply's negative terminal, a copper strip on its positive, both in copper sulfate solution.
 *  - Faraday's law (人教版 选择性必修1 第四章第二节; Atkins, Physical Chemistry, "Electrolysis"): at the cathode
 *    Cu²⁺ + 2e⁻ = Cu, I·t/(2F) mol of copper, m = I·t·M(Cu)/(2F); at a copper anode Cu − 2e⁻ = Cu²⁺ the same amount goes
 *    into the solution, so the solution's Cu²⁺ stays as it was. An iron anode (the key on the wrong terminal) gives
 *    Fe − 2e⁻ = Fe²⁺ instead: the key dissolves, the copper strip is plated and the blue of the solution fades.
 *  - The supply is a student supply set to a current and read on its ammeter; it drives that current through any
 *    liquid that conducts (an electrolyte), none through water or ethanol.
 *  - Pretreatment (实验活动4: 砂纸打磨 → 热的碳酸钠溶液除油 → 稀酸除锈): copper grows only where the iron is clean; on the
 *    oily share of the surface it deposits loose and falls off when the key is lifted out (镀层不均匀、不牢固).
 *    Degreasing is saponification of the oil by the alkali: first order in the oil left, τ = 15 s in 5 % Na₂CO₃ at
 *    70 °C, slower in the cold by Arrhenius with Ea = 50 kJ/mol (about 20 times at 20 °C: why the textbook heats the
 *    solution). Both figures are estimates of the right size (saponification of fats, Ea 40–60 kJ/mol).
 */
import { concentrationMolL, type Contents } from './chem/contents';
import { FARADAY } from './chem/kinetics';
import { GAS_CONSTANT } from './chem/species';

/** A dissolved species at or above this concentration makes the liquid an electrolyte, mol/L. */
const ELECTROLYTE_MOL_L = 1e-3;
const ALKALIS = ['Na2CO3(aq)', 'NaOH(aq)'];
const DEGREASE_TAU_S = 15;
const DEGREASE_REF_K = 343.15;
const DEGREASE_EA_J_PER_MOL = 50_000;

/** Whether a liquid conducts: some dissolved acid, base or salt in it. */
export function conducts(c: Contents): boolean {
  return Object.keys(c.amounts).some((id) => id.endsWith('(aq)') && concentrationMolL(c, id) >= ELECTROLYTE_MOL_L);
}

/** The current the supply drives, A: as set while on, through a liquid that conducts. */
export function supplyCurrentA(setA: number, on: boolean, liquid: Contents): number {
  return on && setA > 0 && conducts(liquid) ? setA : 0;
}

/** Metal moved by a charge: z electrons per atom, mol (Faraday: n = Q/(zF)). */
export const faradayMol = (chargeC: number, z = 2) => chargeC / (z * FARADAY);

/** The degreasing time constant in a liquid at `temperatureK`, s (Infinity without an alkali). */
export function degreaseTauS(liquid: Contents): number {
  if (!ALKALIS.some((id) => concentrationMolL(liquid, id) > 0.05)) return Infinity;
  const t = liquid.temperatureK;
  return DEGREASE_TAU_S * Math.exp((DEGREASE_EA_J_PER_MOL / GAS_CONSTANT) * (1 / t - 1 / DEGREASE_REF_K));
}

/** The share of oil left on a piece after `dtS` in a liquid. */
export function greaseAfter(greaseLeft: number, liquid: Contents, dtS: number): number {
  const tau = degreaseTauS(liquid);
  return Number.isFinite(tau) ? greaseLeft * Math.exp(-dtS / tau) : greaseLeft;
}
