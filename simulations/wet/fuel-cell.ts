/**
 * A simple fuel cell (人教版 化学 选择性必修1 第四章, 实验活动5 制作简单的燃料电池): two graphite rods in sodium sulfate
 * solution. First electrolysed from a supply (../electroplating.ts's Faraday): hydrogen forms at the rod on − at I/(2F)
 * (2H₂O + 2e⁻ = H₂↑ + 2OH⁻), oxygen at the rod on + at I/(4F) (2H₂O − 4e⁻ = O₂↑ + 4H⁺), 2 : 1 by volume. The porous
 * rod holds the first of its gas in its pores (up to HELD_MAX_MOL) and the rest bubbles away. Then, the supply taken
 * off and the rods joined through the meter, the held gas runs the cell backwards, 2H₂ + O₂ = 2H₂O: the rod holding
 * hydrogen is the negative pole (H₂ − 2e⁻ = 2H⁺), the one holding oxygen the positive.
 *  - EMF: the reversible 1.23 V (ΔG° of water, −237.1 kJ/mol, NBS tables, over 2F) is never seen on bare graphite:
 *    oxygen is reduced on it so slowly that the rod settles at a mixed potential some 0.25 V lower (the oxygen
 *    electrode's overpotential; Bard & Faulkner, Electrochemical Methods, ch. 3), so E₀ = 0.98 V when both rods are
 *    full, falling with how much gas each still holds by the Nernst term (RT/2F)·ln(θ(H₂)·θ(O₂)^½), and to nothing
 *    when either is used up.
 *  - Current: E over the meter (5 Ω), the solution between the rods (κ of 5 % Na₂SO₄ ≈ 5.5 S/m, CRC, the rods 3 cm
 *    apart) and the slow electrode reactions, lumped as 60 Ω with full rods (an estimate, for the ten milliamps a
 *    classroom meter shows) and growing as 1/θ as the gas-covered share θ of the scarcer rod shrinks (the reaction
 *    runs only where gas is held); hydrogen is used at I/(2F), oxygen at I/(4F), so the current falls as the gas is
 *    used and the charge the cell gives back is at most 2F × the hydrogen held, never more than the electrolysis
 *    put in.
 */
import { FARADAY } from './chem/kinetics';
import { GAS_CONSTANT } from './chem/species';

/** Gas a graphite rod's pores hold, mol (about 0.12 mL of hydrogen, 0.06 mL of oxygen at 20 °C). */
export const HELD_MAX_MOL: Readonly<Record<'H2' | 'O2', number>> = { H2: 5e-6, O2: 2.5e-6 };
export const FUEL_CELL_EMF_V = 0.98;
/** The electrode reactions' resistance, lumped, Ω (an estimate). */
export const ELECTRODE_OHM = 60;
const SULFATE_KAPPA_S_PER_M = 5.5;

/** The solution's resistance between two rods 3 cm apart, 2 cm dipped, Ω. */
export const sulfateOhm = (gapM: number, areaM2: number) => gapM / (SULFATE_KAPPA_S_PER_M * areaM2);

/** Gas a rod makes while electrolysed: into its pores while they have room, the rest away as bubbles. */
export function holdGas(heldMol: number, madeMol: number, gas: 'H2' | 'O2'): { held: number; bubbled: number } {
  const take = Math.min(madeMol, Math.max(0, HELD_MAX_MOL[gas] - heldMol));
  return { held: heldMol + take, bubbled: madeMol - take };
}

/** The cell's EMF with `h2Mol` held on one rod and `o2Mol` on the other at `temperatureK`, V (≥ 0). */
export function fuelCellEmfV(h2Mol: number, o2Mol: number, temperatureK: number): number {
  const th = h2Mol / HELD_MAX_MOL.H2, to = o2Mol / HELD_MAX_MOL.O2;
  if (!(th > 0 && to > 0)) return 0;
  return Math.max(0, FUEL_CELL_EMF_V + ((GAS_CONSTANT * temperatureK) / (2 * FARADAY)) * Math.log(Math.min(1, th) * Math.sqrt(Math.min(1, to))));
}

/** The electrode reactions' resistance, Ω: ELECTRODE_OHM with full rods, as 1/θ of the scarcer gas below. */
export function electrodeOhm(h2Mol: number, o2Mol: number): number {
  const theta = Math.min(1, h2Mol / HELD_MAX_MOL.H2, o2Mol / HELD_MAX_MOL.O2);
  return theta > 0 ? ELECTRODE_OHM / theta : Infinity;
}

/**
 * One step of the cell through `outsideOhm` (the meter and the solution): the current (A) and the gas left (mol), no
 * more gas used than is held.
 */
export function fuelCellStep(h2Mol: number, o2Mol: number, temperatureK: number, outsideOhm: number, dtS: number): { currentA: number; h2Mol: number; o2Mol: number } {
  const i = fuelCellEmfV(h2Mol, o2Mol, temperatureK) / (outsideOhm + electrodeOhm(h2Mol, o2Mol));
  const used = Math.min((i * dtS) / (2 * FARADAY), h2Mol, 2 * o2Mol);
  return { currentA: dtS > 0 ? (used * 2 * FARADAY) / dtS : 0, h2Mol: h2Mol - used, o2Mol: o2Mol - used / 2 };
}
