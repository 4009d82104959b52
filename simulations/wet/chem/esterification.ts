/**
 * Ethyl acetate (人教版 化学 必修第二册 第七章第三节 实验7-6; 选择性必修3 第三章第四节 and its 实验活动 乙酸乙酯的制备与性质):
 *
 *   CH₃COOH + C₂H₅OH ⇌ CH₃COOC₂H₅ + H₂O   (acid-catalysed, reversible)
 *   CH₃COOC₂H₅ + NaOH → CH₃COONa + C₂H₅OH  (saponification: to completion)
 *
 * Worked out here, not as rows of the reaction table, because it is an equilibrium approached from both sides (as
 * ./iron-colours.ts and ./nitrogen-dioxide.ts are) and its ester distils out of the tube as it forms.
 *
 * - Equilibrium: K = [E][W]/([A][B]) = 4, nearly independent of temperature (ΔH ≈ −2 kJ/mol): Berthelot and Péan de
 *   Saint-Gilles (Ann. Chim. Phys. 1862), 2/3 mol of ester from 1 mol each of acid and ethanol; the figure every
 *   physical chemistry text quotes. An excess of ethanol (or taking ester or water away) moves it to the right.
 * - Rate (mol/L/s): r = k_f(T)·c_cat·(c_A c_B − c_E c_W / K). Acid catalysis: c_cat is the sulfuric acid's concentration
 *   (counting its first proton); without it only acetic acid's own few H⁺ (ε = 10⁻⁴ of its concentration, an estimate),
 *   so practically nothing happens in a lesson. k_f is not tuned: by microscopic reversibility it is K·k_H/[H₂O], from
 *   the acid-catalysed hydrolysis measured in dilute water (pseudo-first order k_H·[H⁺], [H₂O] = 55.5 mol/L), about
 *   k_H = 1.1×10⁻⁴ L/(mol·s) at 25 °C with Ea ≈ 68 kJ/mol (figures of the size physical-chemistry practicals measure;
 *   applying them in a mixture that is a third concentrated sulfuric acid is an extrapolation).
 * - Saponification: r = k_OH(T)·[E][OH⁻], k_OH = 0.11 L/(mol·s) at 25 °C (the conductometric practical's figure),
 *   Ea ≈ 47 kJ/mol.
 * - Ester in water: it is barely soluble (8.0 g per 100 g of water at 20 °C, CRC) and lighter (0.900 g/mL, CRC), so
 *   it floats as an oily layer; in saturated Na₂CO₃ solution it is salted out (taken as 1 g per 100 mL, an estimate;
 *   人教版: 饱和碳酸钠溶液 降低乙酸乙酯的溶解度). Only what is dissolved reacts with water, acid or alkali; the layer
 *   dissolves towards saturation with a time constant of 40 s (shaken now and then in the bath; an estimate).
 *   With little water (the reaction tube) the ester, ethanol and acid are one liquid and no layer forms.
 * - Distillation (Raoult's law, an ideal-solution approximation: the real mixture has azeotropes): the liquid boils
 *   where Σ xᵢ·p*ᵢ(T) equals the room's pressure (sulfuric acid counted, not volatile); the vapour is yᵢ = xᵢ p*ᵢ/p.
 *   Antoine constants (mmHg, °C; Dortmund Data Bank): ethyl acetate 7.10179, 1244.95, 217.881 (b.p. 77.1 °C);
 *   ethanol 8.20417, 1642.89, 230.300 (78.3 °C); acetic acid 7.38782, 1533.313, 222.309 (118 °C); water as ./heat.ts.
 *   Enthalpies of vaporisation at the boiling point (CRC): 31.94, 38.56, 23.70, 40.65 kJ/mol.
 */
import { amountOf, changeAmount, liquidVolumeMl, type Contents } from './contents';
import { GAS_CONSTANT, STANDARD_PRESSURE_PA, ZERO_CELSIUS_K } from './species';
import { waterVapourPressurePa } from './heat';

export const ESTER = 'CH3COOC2H5(l)';
export const ESTER_DISSOLVED = 'CH3COOC2H5(aq)';
export const ETHANOL = 'C2H5OH(l)';
export const ACETIC = ['CH3COOH(l)', 'CH3COOH(aq)'] as const;
export const WATER = 'H2O(l)';
export const SULFURIC = ['H2SO4(l)', 'H2SO4(aq)'] as const;
export const SODIUM_HYDROXIDE = 'NaOH(aq)';

/** K = [E][W]/([A][B]) (Berthelot and Péan de Saint-Gilles 1862). */
export const ESTERIFICATION_K = 4;
const K_H_25 = 1.1e-4;
const EA_ACID_J = 68e3;
const K_OH_25 = 0.11;
const EA_OH_J = 47e3;
/** Acetic acid's own H⁺ as a catalyst, per mol/L of acid (estimate). */
const SELF_CATALYSIS = 1e-4;
const WATER_MOL_L = 55.5;
/** Ester's solubility, mol/L of the aqueous liquid: 8.0 g/100 g water (CRC); in saturated soda solution, 1 g/100 mL (estimate). */
const ESTER_M = 88.106;
export const ESTER_SOLUBILITY_WATER_MOL_L = 80 / ESTER_M;
export const ESTER_SOLUBILITY_SODA_MOL_L = 10 / ESTER_M;
const DISSOLVE_TAU_S = 40;

const arrhenius = (k25: number, eaJ: number, tK: number) => k25 * Math.exp((-eaJ / GAS_CONSTANT) * (1 / tK - 1 / 298.15));
/** Acid-catalysed hydrolysis, L/(mol·s) per mol/L of H⁺ (pseudo-first order in dilute water). */
export const acidHydrolysisK = (tK: number) => arrhenius(K_H_25, EA_ACID_J, tK);
/** Esterification's forward constant, L²/(mol²·s) per mol/L of catalyst: K·k_H/[H₂O]. */
export const esterificationK = (tK: number) => (ESTERIFICATION_K * acidHydrolysisK(tK)) / WATER_MOL_L;
/** Saponification, L/(mol·s). */
export const saponificationK = (tK: number) => arrhenius(K_OH_25, EA_OH_J, tK);

/**
 * The extent x (mol of ester made; negative: hydrolysed) at equilibrium from acid a, ethanol b, ester e and water w
 * (mol): the root of K(a − x)(b − x) = (e + x)(w + x) between −min(e, w) and min(a, b). The volume cancels.
 */
export function equilibriumExtentMol(a: number, b: number, e: number, w: number, k = ESTERIFICATION_K): number {
  for (const [name, x] of Object.entries({ acid: a, ethanol: b, ester: e, water: w })) {
    if (!(x >= 0)) throw new Error(`equilibriumExtentMol: ${name} must be a number of mol ≥ 0, got ${x}`);
  }
  if (!(k > 0)) throw new Error(`equilibriumExtentMol: K must be > 0, got ${k}`);
  // (K − 1)x² − (K(a + b) + e + w)x + (Kab − ew) = 0
  const qa = k - 1, qb = -(k * (a + b) + e + w), qc = k * a * b - e * w;
  if (Math.abs(qa) < 1e-12) return -qc / qb;
  const disc = Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc));
  const roots = [(-qb - disc) / (2 * qa), (-qb + disc) / (2 * qa)];
  const lo = -Math.min(e, w) - 1e-15, hi = Math.min(a, b) + 1e-15;
  return roots.find((x) => x >= lo && x <= hi) ?? 0;
}

const acidOf = (c: Contents) => amountOf(c, ACETIC[0]) + amountOf(c, ACETIC[1]);
const sulfuricOf = (c: Contents) => amountOf(c, SULFURIC[0]) + amountOf(c, SULFURIC[1]);
export const esterOf = (c: Contents) => amountOf(c, ESTER) + amountOf(c, ESTER_DISSOLVED);

/** Water makes most of the liquid: the ester is a separate layer on it (else all is one liquid). */
export function aqueous(c: Contents): boolean {
  const v = liquidVolumeMl(c);
  return v > 0 && (amountOf(c, WATER) * 18.015) / 0.998 > 0.5 * v;
}

/** The ester floating as a layer, mL (0 when it is mixed into ethanol and acid). */
export function esterLayerMl(c: Contents): number {
  return aqueous(c) ? (amountOf(c, ESTER) * ESTER_M) / 0.9 : 0;
}

/** The test tube's bore (16 mm inside): a layer of V mL stands V / 2.01 cm thick. */
export const TUBE_BORE_CM2 = Math.PI * 0.8 * 0.8;
export const layerThicknessMm = (ml: number) => (10 * ml) / TUBE_BORE_CM2;

function takeAcid(c: Contents, mol: number): void {
  const fromAq = Math.min(mol, amountOf(c, ACETIC[1]));
  changeAmount(c, ACETIC[1], -fromAq);
  changeAmount(c, ACETIC[0], -(mol - fromAq));
}

/**
 * The ester chemistry of a liquid for dtS seconds: the catalysed equilibrium (forwards in the reaction tube, backwards
 * in acid), saponification, and the layer dissolving. `saltedOut`: the liquid is saturated soda solution.
 * Returns the ester made (mol; negative: hydrolysed or saponified).
 */
export function esterStep(c: Contents, dtS: number, saltedOut = false): number {
  const vMl = liquidVolumeMl(c);
  if (!(vMl > 0)) return 0;
  const L = vMl / 1000;
  const t = c.temperatureK;
  const inWater = aqueous(c);
  const before = esterOf(c);
  // The layer dissolves towards saturation (only in an aqueous liquid; else it is all mixed in).
  if (inWater) {
    const sat = (saltedOut ? ESTER_SOLUBILITY_SODA_MOL_L : ESTER_SOLUBILITY_WATER_MOL_L) * L;
    const dissolved = amountOf(c, ESTER_DISSOLVED);
    const move = (sat - dissolved) * (1 - Math.exp(-dtS / DISSOLVE_TAU_S));
    const d = move > 0 ? Math.min(move, amountOf(c, ESTER)) : Math.max(move, -dissolved);
    changeAmount(c, ESTER, -d);
    changeAmount(c, ESTER_DISSOLVED, d);
  } else if (amountOf(c, ESTER_DISSOLVED) > 0) {
    changeAmount(c, ESTER, amountOf(c, ESTER_DISSOLVED));
    changeAmount(c, ESTER_DISSOLVED, -amountOf(c, ESTER_DISSOLVED));
  }
  // What reacts: in an aqueous liquid the dissolved ester, else all of it.
  const reactive = inWater ? ESTER_DISSOLVED : ESTER;
  const a = acidOf(c), b = amountOf(c, ETHANOL), e = amountOf(c, reactive), w = amountOf(c, WATER);
  const cat = sulfuricOf(c) / L + SELF_CATALYSIS * (a / L);
  if (cat > 0 && (a > 0 || e > 0)) {
    const rate = esterificationK(t) * cat * ((a / L) * (b / L) - ((e / L) * (w / L)) / ESTERIFICATION_K) * L;
    const eq = equilibriumExtentMol(a, b, e, w);
    // Exactly to equilibrium at most (the step never overshoots it).
    const x = rate >= 0 ? Math.min(rate * dtS, Math.max(0, eq)) : Math.max(rate * dtS, Math.min(0, eq));
    if (x !== 0) {
      takeAcid(c, x > 0 ? x : 0);
      if (x < 0) changeAmount(c, ACETIC[1], -x);
      changeAmount(c, ETHANOL, -x);
      changeAmount(c, reactive, x);
      changeAmount(c, WATER, x);
    }
  }
  const oh = amountOf(c, SODIUM_HYDROXIDE), eNow = amountOf(c, reactive);
  if (oh > 0 && eNow > 0) {
    // Second order; integrated exactly for equal amounts' limit by capping at the smaller.
    const x = Math.min(oh, eNow, saponificationK(t) * (oh / L) * (eNow / L) * L * dtS);
    changeAmount(c, SODIUM_HYDROXIDE, -x);
    changeAmount(c, reactive, -x);
    changeAmount(c, 'CH3COONa(aq)', x);
    changeAmount(c, ETHANOL, x);
  }
  return esterOf(c) - before;
}

// ---- Distillation ------------------------------------------------------------------------------------------------

const MMHG_PA = STANDARD_PRESSURE_PA / 760;
const antoine = (a: number, b: number, cc: number) => (tK: number) => 10 ** (a - b / (cc + tK - ZERO_CELSIUS_K)) * MMHG_PA;

interface Volatile {
  ids: readonly string[];
  /** The species its condensed vapour becomes in the receiver. */
  condensesAs: string;
  pressurePa: (tK: number) => number;
  vapourJPerMol: number;
}

export const VOLATILES: readonly Volatile[] = [
  { ids: [ESTER, ESTER_DISSOLVED], condensesAs: ESTER, pressurePa: antoine(7.10179, 1244.95, 217.881), vapourJPerMol: 31940 },
  { ids: [ETHANOL], condensesAs: ETHANOL, pressurePa: antoine(8.20417, 1642.89, 230.3), vapourJPerMol: 38560 },
  { ids: ACETIC, condensesAs: 'CH3COOH(aq)', pressurePa: antoine(7.38782, 1533.313, 222.309), vapourJPerMol: 23700 },
  { ids: [WATER], condensesAs: WATER, pressurePa: waterVapourPressurePa, vapourJPerMol: 40650 },
];

/** Mole fractions of the volatile components in the liquid (everything in it counted, sulfuric acid and salts too). */
function fractions(c: Contents): number[] {
  let total = 0;
  for (const [id, mol] of Object.entries(c.amounts)) if (!id.endsWith('(g)') && !id.endsWith('(s)')) total += mol;
  return VOLATILES.map((v) => (total > 0 ? v.ids.reduce((s, id) => s + amountOf(c, id), 0) / total : 0));
}

/** Where the liquid boils, K (Raoult): Σ xᵢ p*ᵢ(T) = p; Infinity when nothing volatile is in it. */
export function bubblePointK(c: Contents, pressurePa: number): number {
  const x = fractions(c);
  const p = (t: number) => VOLATILES.reduce((s, v, i) => s + x[i] * v.pressurePa(t), 0);
  if (p(ZERO_CELSIUS_K + 250) < pressurePa) return Infinity;
  let lo = ZERO_CELSIUS_K, hi = ZERO_CELSIUS_K + 250;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (p(mid) < pressurePa) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Vapour over the boiling liquid, mole fractions by VOLATILES (yᵢ = xᵢ p*ᵢ / p). */
export function vapourFractions(c: Contents, tK: number): number[] {
  const x = fractions(c);
  const p = VOLATILES.map((v, i) => x[i] * v.pressurePa(tK));
  const sum = p.reduce((s, q) => s + q, 0);
  return p.map((q) => (sum > 0 ? q / sum : 0));
}

/**
 * Boil off what heat above the bubble point `excessJ` can vaporise: the vapour's amounts leave the liquid, by species
 * the receiver gets (mol). The caller sets the liquid to its bubble point.
 */
export function boilOff(c: Contents, tK: number, excessJ: number): Record<string, number> {
  const y = vapourFractions(c, tK);
  const lPerMol = VOLATILES.reduce((s, v, i) => s + y[i] * v.vapourJPerMol, 0);
  const out: Record<string, number> = {};
  if (!(excessJ > 0) || !(lPerMol > 0)) return out;
  const n = excessJ / lPerMol;
  VOLATILES.forEach((v, i) => {
    let want = n * y[i];
    for (const id of v.ids) {
      const take = Math.min(want, amountOf(c, id));
      if (take <= 0) continue;
      changeAmount(c, id, -take);
      out[v.condensesAs] = (out[v.condensesAs] ?? 0) + take;
      want -= take;
    }
  });
  return out;
}
