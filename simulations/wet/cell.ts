/**
 * A simple cell (人教版 化学 必修第二册 第六章第一节, 实验6-3; 实验活动6): two metal strips dipped in one beaker's liquid
 * and joined outside it, by a wire or through the meter. What drives the current and what holds it back:
 *  - EMF: zinc gives up electrons (Zn − 2e⁻ = Zn²⁺) and hydrogen ions take them at the other strip (2H⁺ + 2e⁻ = H₂↑):
 *    E = E°(H⁺/H₂) − E°(Zn²⁺/Zn) = 0 − (−0.762) = 0.76 V (standard electrode potentials, CRC Handbook,
 *    "Electrochemical series"; 人教版 选择性必修1 第四章 gives Zn²⁺/Zn −0.76 V). Copper does not react with the acid and
 *    only hands the electrons on; two strips of the same metal, or a liquid without ions, give none. The figure is the
 *    cell's first moment: hydrogen clinging to the copper soon lowers it (polarisation), which this model leaves out.
 *  - Internal resistance: the liquid between the strips, R = d / (κ·A), with 5 % sulfuric acid κ = 20.9 S/m (CRC
 *    Handbook, "Electrical conductivity of aqueous solutions", 5 % H₂SO₄ at 20 °C), the strips 3 cm apart and dipped
 *    2 cm deep over their 1 cm width: 7.2 Ω; water (κ ≈ 5e-4 S/m with the air's CO₂) and ethanol (κ ≈ 1e-7 S/m) next to
 *    nothing.
 *  - Outside: a wire (0 Ω) or the demonstration meter (5 Ω).
 * So through the meter about 0.76 / 12.2 Ω ≈ 62 mA flows, zinc into copper outside the cell: the pointer swings, and
 * hydrogen comes off the copper at I/(2F) (the reaction table's `zinc-copper-cell`); zinc also reacts with the acid on
 * its own surface (`zinc-h2so4`), bubbles on the zinc whether or not the circuit is closed.
 */
import { concentrationMolL, liquidVolumeMl, type Contents } from './chem/contents';

/** Standard electrode potentials, V: what each metal strip's own half-reaction offers. */
const ELECTRODE_V: Record<string, number> = { zinc: -0.762, copper: 0.342 };
/** The hydrogen electrode: hydrogen ions take electrons at the strip that does not dissolve. */
const HYDROGEN_V = 0;
/** Conductivity of 5 % sulfuric acid at 20 °C, S/m (CRC), scaled by concentration for other strengths. */
const ACID_KAPPA_S_PER_M = 20.9;
const ACID_REF_MOL_L = 0.53;
/** Water with the air's CO₂ dissolved, S/m. */
const WATER_KAPPA_S_PER_M = 5e-4;
/** Strips 3 cm apart, each dipped 2 cm over 1 cm of width. */
export const STRIP_GAP_M = 0.03;
export const DIPPED_AREA_M2 = 2e-4;

export interface CellDrive {
  emfV: number;
  /** The strip that dissolves (the negative electrode), or null when nothing drives a current. */
  negative: 'a' | 'b' | null;
}

/** What drives a current between strips of metals `a` and `b` in a liquid (an acid or not). */
export function cellDrive(a: string, b: string, acid: boolean): CellDrive {
  const none: CellDrive = { emfV: 0, negative: null };
  if (!acid || a === b) return none;
  // The strip that dissolves is the more active; hydrogen is given off at the other.
  const negative = ELECTRODE_V[a] < ELECTRODE_V[b] ? 'a' : 'b';
  const active = negative === 'a' ? a : b;
  return ELECTRODE_V[active] < HYDROGEN_V ? { emfV: HYDROGEN_V - ELECTRODE_V[active], negative } : none;
}

/** Conductivity of a beaker's liquid, S/m. */
export function conductivitySPerM(c: Contents): number {
  if (!(liquidVolumeMl(c) > 0)) return 0;
  const acid = concentrationMolL(c, 'H2SO4(aq)');
  if (acid > 0) return (ACID_KAPPA_S_PER_M * acid) / ACID_REF_MOL_L;
  return (c.amounts['H2O(l)'] ?? 0) > 0 ? WATER_KAPPA_S_PER_M : 0;
}

/** The liquid's resistance between the strips, Ω (Infinity without a conducting liquid). */
export function internalResistanceOhm(c: Contents): number {
  const kappa = conductivitySPerM(c);
  return kappa > 0 ? STRIP_GAP_M / (kappa * DIPPED_AREA_M2) : Infinity;
}

/** The current round the circuit, A (≥ 0), and which strip is the negative one. */
export function cellCurrent(a: string, b: string, liquid: Contents, outsideOhm: number): { currentA: number; negative: 'a' | 'b' | null } {
  const drive = cellDrive(a, b, concentrationMolL(liquid, 'H2SO4(aq)') > 0);
  const r = internalResistanceOhm(liquid);
  return drive.negative && Number.isFinite(r) ? { currentA: drive.emfV / (r + outsideOhm), negative: drive.negative } : { currentA: 0, negative: null };
}
