/**
 * How acidic a vessel's liquid is, from what is dissolved in it: the titration lab's exact charge-balance
 * solver (simulations/titration/ph-solver.ts) over the acid–base systems of the dissolved species. Salts of a
 * strong acid and a strong base (NaCl, Na₂SO₄, KCl …) are spectators and leave out; an acid without its
 * cation (HCl) brings its anion's charge, a base (NaOH) its cation's, weak acids and bases their pKa ladders
 * (Harris, Quantitative Chemical Analysis, 9th ed., Appendix G, as the titration lab has them; Fe³⁺ is the
 * hexaaqua ion, pKa 2.19, and Al³⁺ 4.97: Baes and Mesmer, The Hydrolysis of Cations, 1976, log *β₁₁ at 25 °C). So the salts of
 * 盐类的水解 (人教版 选择性必修1 第三章第三节) come out as the exact solve gives them: NH₄Cl and Al₂(SO₄)₃ acidic, CH₃COONa, NaHCO₃ and
 * Na₂CO₃ basic, NaCl neutral.
 * Indicators: the titration lab's colours (litmus, phenolphthalein, methyl orange, universal indicator).
 */
import { COMPOUNDS, type AcidBaseSystem } from '../../titration/acids';
import { indicatorColor, type Rgb } from '../../titration/indicators';
import { solvePH, type DissolvedSystem } from '../../titration/ph-solver';
import { amountOf, liquidVolumeMl, present, type Contents } from './contents';

const compound = (id: string) => COMPOUNDS.find((c) => c.id === id)!.systems;
const ion = (name: string, z0: number, perMole = 1): AcidBaseSystem => ({ species: [name], z0, pKa: [], perMole });
const acetate = compound('acetic')[0];
const carbonate = compound('carbonic')[0];
const ammonium = compound('ammonia')[0];
const sulfate = compound('sulfuric')[0];

/** Acid–base systems per mole of each dissolved species that takes part. */
const SYSTEMS: Record<string, AcidBaseSystem[]> = {
  'HCl(aq)': compound('HCl'),
  'HBr(aq)': [ion('Br⁻', -1)],
  'HNO3(aq)': compound('HNO3'),
  'H2SO4(aq)': compound('sulfuric'),
  'NaOH(aq)': compound('NaOH'),
  'Ca(OH)2(aq)': [ion('Ca²⁺', 2)],
  'CH3COOH(aq)': [acetate],
  'CH3COONa(aq)': [ion('Na⁺', 1), acetate],
  '(CH3COO)2Ca(aq)': [ion('Ca²⁺', 2), { ...acetate, perMole: 2 }],
  'Na2CO3(aq)': compound('carbonate'),
  'Ca(HCO3)2(aq)': [ion('Ca²⁺', 2), { ...carbonate, perMole: 2 }],
  'NaHCO3(aq)': [ion('Na⁺', 1), carbonate],
  'NH4Cl(aq)': [ammonium, ion('Cl⁻', -1)],
  'Al2(SO4)3(aq)': [{ species: ['Al³⁺', 'AlOH²⁺'], z0: 3, pKa: [4.97], perMole: 2 }, { ...sulfate, perMole: 3 }],
  // SO₂ in water as sulfurous acid: Ka1 = 1.4 × 10⁻² (pKa 1.85), Ka2 = 6.3 × 10⁻⁸ (pKa 7.2) at 25 °C (CRC Handbook, Dissociation constants of
  // inorganic acids), the dissolved SO₂ counted as H₂SO₃ (the textbook's SO₂ + H₂O ⇌ H₂SO₃).
  'SO2(aq)': [{ species: ['H₂SO₃', 'HSO₃⁻', 'SO₃²⁻'], z0: 0, pKa: [1.85, 7.2], perMole: 1 }],
  'FeCl3(aq)': [{ species: ['Fe³⁺', 'FeOH²⁺'], z0: 3, pKa: [2.19], perMole: 1 }, ion('Cl⁻', -1, 3)],
};

/**
 * Magnesium hydroxide is slightly soluble: Ksp 5.61 × 10⁻¹² at 25 °C (CRC, solubility product constants), so s = (Ksp/4)^(1/3) =
 * 1.12 × 10⁻⁴ mol/L, and water over the solid reads pH 10.35: phenolphthalein pale red (人教版 必修第一册 第四章 实验活动3, magnesium in
 * hot water). Counted as dissolved Mg²⁺ (a strong base's cation) up to s; the common-ion effect of Mg²⁺ already in the solution is left out.
 */
export const MG_OH2_SOLUBILITY_MOL_L = Math.cbrt(5.61e-12 / 4);
const MG_HYDROXIDE: AcidBaseSystem = ion('Mg²⁺', 2);

/** The last pH solved for a vessel's contents, with the mix it was solved for (systems and concentrations). */
interface Solved {
  systems: AcidBaseSystem[];
  concs: number[];
  pH: number;
}
const solved = new WeakMap<Contents, Solved>();

function sameMix(last: Solved, mix: readonly DissolvedSystem[]): boolean {
  if (last.systems.length !== mix.length) return false;
  for (let i = 0; i < mix.length; i++) if (last.systems[i] !== mix[i].system || last.concs[i] !== mix[i].concMolL) return false;
  return true;
}

/**
 * pH of a vessel's liquid (7 for pure water; NaN when there is no liquid). The charge balance is solved again only
 * when what is dissolved changed since the last time this vessel's contents were asked (a flask standing still, or
 * drawn in every frame between two steps, costs a look at its amounts, not a solve); the answer is the same number.
 */
export function pHOf(c: Contents): number {
  const volumeMl = liquidVolumeMl(c);
  if (!(volumeMl > 0)) return NaN;
  const mix: DissolvedSystem[] = [];
  for (const id of present(c, 'aq')) {
    const systems = SYSTEMS[id];
    if (!systems) continue;
    const conc = (amountOf(c, id) / volumeMl) * 1000;
    for (const system of systems) mix.push({ system, concMolL: conc * system.perMole });
  }
  const mgHydroxide = amountOf(c, 'Mg(OH)2(s)');
  if (mgHydroxide > 0) mix.push({ system: MG_HYDROXIDE, concMolL: Math.min((mgHydroxide / volumeMl) * 1000, MG_OH2_SOLUBILITY_MOL_L) });
  const last = solved.get(c);
  if (last && sameMix(last, mix)) return last.pH;
  const pH = solvePH(mix);
  solved.set(c, { systems: mix.map((m) => m.system), concs: mix.map((m) => m.concMolL), pH });
  return pH;
}

/** The colour the indicators in the liquid give it (white-ish water when there are none). */
export function indicatorTint(c: Contents, pH: number): Rgb | null {
  const drops = Object.entries(c.indicators ?? {}).filter(([, n]) => n > 1e-6);
  if (!drops.length || !Number.isFinite(pH)) return null;
  // Several indicators: the strongest (most drops) shows.
  drops.sort((a, b) => b[1] - a[1]);
  return indicatorColor(drops[0][0], pH);
}

/** What a strip of test paper shows dipped in the liquid: the indicator's colour at the liquid's pH. */
export function testPaperColour(c: Contents, paper: 'litmus-blue' | 'litmus-red' | 'universal'): Rgb | null {
  const pH = pHOf(c);
  if (!Number.isFinite(pH)) return null;
  // Red litmus paper turns blue in bases and stays red otherwise; blue paper turns red in acids.
  if (paper === 'litmus-red') return indicatorColor('litmus', Math.max(pH, 5));
  if (paper === 'litmus-blue') return indicatorColor('litmus', Math.min(pH, 8));
  return indicatorColor('universal', pH);
}

/**
 * What a student reads off the pH paper's colour card: the pH to a whole number (school pH paper, 人教版
 * 九年级下册 第十单元 课题2: "粗略测定溶液的酸碱度", 0 … 14).
 */
export function pHPaperReading(c: Contents): number {
  const pH = pHOf(c);
  return Number.isFinite(pH) ? Math.min(14, Math.max(0, Math.round(pH))) : NaN;
}
