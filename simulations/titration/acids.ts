/**
 * The built-in table of acids and bases, described as acid–base *systems* so one charge-balance solver
 * handles every mix. A compound as added to the flask is electrically neutral; in solution it gives one or
 * more systems (e.g. Na2CO3 → 2 Na⁺ + the carbonate system). A system is the ladder of species from its
 * most protonated form (charge `z0`) down, one proton per step, with one pKa per step (25 °C).
 * Strong steps (HCl → Cl⁻, the first step of H2SO4) are taken as complete and not listed as pKa.
 */

export interface AcidBaseSystem {
  /** Species names, most protonated first; length = pKa.length + 1. */
  species: string[];
  /** Charge of the most protonated species (species[0]). */
  z0: number;
  /** pKa of each deprotonation step at 25 °C, ascending. */
  pKa: number[];
  /** Moles of this system per mole of compound (Na2CO3 gives 2 Na⁺). */
  perMole: number;
}

export type CompoundKind = 'strong-acid' | 'strong-base' | 'weak-acid' | 'weak-base' | 'polyprotic-acid' | 'salt-base' | 'custom';

export interface Compound {
  id: string;
  /** Formula shown to students (not translated). */
  formula: string;
  /** i18n key of the name. */
  nameKey: string;
  kind: CompoundKind;
  /** True if it consumes H⁺ (a base) when titrated; used to suggest titrants, not by the solver. */
  isBase: boolean;
  systems: AcidBaseSystem[];
  /** Where the pKa values come from. */
  source: string;
}

const HARRIS = 'Harris, Quantitative Chemical Analysis, 9th ed., Appendix G (25 °C, ionic strength 0)';
const STRONG = 'fully dissociated in dilute water (Harris, Quantitative Chemical Analysis, 9th ed., ch. 8)';

const ion = (name: string, z0: number, perMole = 1): AcidBaseSystem => ({ species: [name], z0, pKa: [], perMole });

export const COMPOUNDS: readonly Compound[] = [
  { id: 'HCl', formula: 'HCl', nameKey: 'chemistry.titration.compound.HCl', kind: 'strong-acid', isBase: false, systems: [ion('Cl⁻', -1)], source: STRONG },
  { id: 'HNO3', formula: 'HNO₃', nameKey: 'chemistry.titration.compound.HNO3', kind: 'strong-acid', isBase: false, systems: [ion('NO₃⁻', -1)], source: STRONG },
  { id: 'NaOH', formula: 'NaOH', nameKey: 'chemistry.titration.compound.NaOH', kind: 'strong-base', isBase: true, systems: [ion('Na⁺', 1)], source: STRONG },
  { id: 'KOH', formula: 'KOH', nameKey: 'chemistry.titration.compound.KOH', kind: 'strong-base', isBase: true, systems: [ion('K⁺', 1)], source: STRONG },
  {
    id: 'acetic', formula: 'CH₃COOH', nameKey: 'chemistry.titration.compound.acetic', kind: 'weak-acid', isBase: false,
    systems: [{ species: ['CH₃COOH', 'CH₃COO⁻'], z0: 0, pKa: [4.756], perMole: 1 }], source: HARRIS,
  },
  {
    id: 'formic', formula: 'HCOOH', nameKey: 'chemistry.titration.compound.formic', kind: 'weak-acid', isBase: false,
    systems: [{ species: ['HCOOH', 'HCOO⁻'], z0: 0, pKa: [3.745], perMole: 1 }], source: HARRIS,
  },
  {
    id: 'HF', formula: 'HF', nameKey: 'chemistry.titration.compound.HF', kind: 'weak-acid', isBase: false,
    systems: [{ species: ['HF', 'F⁻'], z0: 0, pKa: [3.17], perMole: 1 }], source: HARRIS,
  },
  {
    id: 'benzoic', formula: 'C₆H₅COOH', nameKey: 'chemistry.titration.compound.benzoic', kind: 'weak-acid', isBase: false,
    systems: [{ species: ['C₆H₅COOH', 'C₆H₅COO⁻'], z0: 0, pKa: [4.202], perMole: 1 }], source: HARRIS,
  },
  {
    id: 'ammonia', formula: 'NH₃', nameKey: 'chemistry.titration.compound.ammonia', kind: 'weak-base', isBase: true,
    systems: [{ species: ['NH₄⁺', 'NH₃'], z0: 1, pKa: [9.245], perMole: 1 }], source: `${HARRIS} (pKa of NH₄⁺; pKb = 4.755)`,
  },
  {
    id: 'methylamine', formula: 'CH₃NH₂', nameKey: 'chemistry.titration.compound.methylamine', kind: 'weak-base', isBase: true,
    systems: [{ species: ['CH₃NH₃⁺', 'CH₃NH₂'], z0: 1, pKa: [10.645], perMole: 1 }], source: `${HARRIS} (pKa of CH₃NH₃⁺; pKb = 3.355)`,
  },
  {
    id: 'phosphoric', formula: 'H₃PO₄', nameKey: 'chemistry.titration.compound.phosphoric', kind: 'polyprotic-acid', isBase: false,
    systems: [{ species: ['H₃PO₄', 'H₂PO₄⁻', 'HPO₄²⁻', 'PO₄³⁻'], z0: 0, pKa: [2.148, 7.198, 12.375], perMole: 1 }], source: HARRIS,
  },
  {
    id: 'carbonic', formula: 'H₂CO₃', nameKey: 'chemistry.titration.compound.carbonic', kind: 'polyprotic-acid', isBase: false,
    systems: [{ species: ['H₂CO₃', 'HCO₃⁻', 'CO₃²⁻'], z0: 0, pKa: [6.351, 10.329], perMole: 1 }], source: `${HARRIS} (H₂CO₃* = CO₂(aq) + H₂CO₃)`,
  },
  {
    id: 'oxalic', formula: 'H₂C₂O₄', nameKey: 'chemistry.titration.compound.oxalic', kind: 'polyprotic-acid', isBase: false,
    systems: [{ species: ['H₂C₂O₄', 'HC₂O₄⁻', 'C₂O₄²⁻'], z0: 0, pKa: [1.25, 4.266], perMole: 1 }], source: HARRIS,
  },
  {
    id: 'citric', formula: 'C₆H₈O₇', nameKey: 'chemistry.titration.compound.citric', kind: 'polyprotic-acid', isBase: false,
    systems: [{ species: ['H₃Cit', 'H₂Cit⁻', 'HCit²⁻', 'Cit³⁻'], z0: 0, pKa: [3.128, 4.761, 6.396], perMole: 1 }], source: HARRIS,
  },
  {
    id: 'sulfuric', formula: 'H₂SO₄', nameKey: 'chemistry.titration.compound.sulfuric', kind: 'polyprotic-acid', isBase: false,
    // First step strong: H2SO4 → H⁺ + HSO4⁻, so the system starts at HSO4⁻ (charge −1) with pKa2 only.
    systems: [{ species: ['HSO₄⁻', 'SO₄²⁻'], z0: -1, pKa: [1.987], perMole: 1 }], source: `${HARRIS} (first step strong, pKa2 = 1.987)`,
  },
  {
    id: 'carbonate', formula: 'Na₂CO₃', nameKey: 'chemistry.titration.compound.carbonate', kind: 'salt-base', isBase: true,
    systems: [ion('Na⁺', 1, 2), { species: ['H₂CO₃', 'HCO₃⁻', 'CO₃²⁻'], z0: 0, pKa: [6.351, 10.329], perMole: 1 }], source: HARRIS,
  },
];

export const COMPOUND_IDS = COMPOUNDS.map((c) => c.id);

export function findCompound(id: string): Compound {
  const c = COMPOUNDS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown compound '${id}'; allowed: ${COMPOUND_IDS.join(' | ')}`);
  return c;
}

/**
 * The student's own acid (neutral HₙA) or base (neutral B taking up to n protons), from 1–3 pKa values
 * (pKa of the acid forms, in any order: they are sorted, since pKa1 < pKa2 < pKa3 for real polyprotics).
 */
export function customCompound(kind: 'acid' | 'base', pKas: number[]): Compound {
  if (pKas.length < 1 || pKas.length > 3) throw new Error(`custom compound: number of pKa values must be 1 … 3, got ${pKas.length}`);
  for (const p of pKas) if (!Number.isFinite(p) || p < -2 || p > 16) throw new Error(`custom compound: pKa must be -2 … 16, got ${p}`);
  const pKa = [...pKas].sort((a, b) => a - b);
  const n = pKa.length;
  const z0 = kind === 'acid' ? 0 : n;
  const species = Array.from({ length: n + 1 }, (_, j) => {
    const h = n - j;
    const hPart = h === 0 ? '' : h === 1 ? 'H' : `H${subscript(h)}`;
    return (kind === 'acid' ? `${hPart}A` : `B${hPart}`) + chargeSuperscript(z0 - j);
  });
  return {
    id: 'custom', formula: kind === 'acid' ? species[0] : species[n], nameKey: `chemistry.titration.compound.custom-${kind}`, kind: 'custom', isBase: kind === 'base',
    systems: [{ species, z0, pKa, perMole: 1 }], source: 'student-supplied pKa values',
  };
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUB[Number(d)]);
}
function chargeSuperscript(z: number): string {
  if (z === 0) return '';
  const mag = Math.abs(z) === 1 ? '' : String(Math.abs(z)).replace(/\d/g, (d) => SUP[Number(d)]);
  return mag + (z > 0 ? '⁺' : '⁻');
}
