/**
 * Equivalence points from the chemistry, not from a sampled curve: the titrant volumes at which the moles of
 * titrant added are exactly what the analyte's protons (or proton-acceptor sites) call for, one step at a
 * time. Whether a step shows as a jump on the curve is judged from the exact pH function at those volumes.
 *
 * Proton bookkeeping. Per mole of a compound, the charge of its systems when its weak (pKa) steps have given
 * up their first s protons, in order of pKa, is q(s) = Σ z₀·perMole − (protons given up). Strong parts are
 * fixed (HCl is Cl⁻: q = −1; NaOH is Na⁺: q = +1). The flask is at an equivalence point when the analyte at
 * some level s and the titrant at some level r would balance each other's charge with no free H⁺ or OH⁻:
 *
 *   c_a·V_a·q_a(s) + c_t·V·q_t(r) = 0   ⇒   V = −c_a·V_a·q_a(s) / (c_t·q_t(r))
 *
 * e.g. H₃PO₄ (q = 0, −1, −2, −3) with NaOH (q = +1) at V = 1, 2, 3 × c_a·V_a/c_t; Na₂CO₃ (q = 2, 1, 0) with
 * HCl (q = −1) at 1 and 2 × c_a·V_a/c_t (Harris, Quantitative Chemical Analysis, 9th ed., §11-3 and §11-6).
 */
import type { Compound } from './acids';
import { pHAt, type TitrationSetup } from './flask';

export interface EquivalencePoint {
  volumeML: number;
  pH: number;
  /** dpH/dV at the point, pH units per mL (negative when an acid titrant lowers the pH). */
  slopePerML: number;
}

/** Charge per mole of compound at each protonation level, most protonated first: q(0), q(1), … */
export function chargeLevels(c: Compound): number[] {
  let q = 0;
  const steps: { pKa: number; protons: number }[] = [];
  for (const s of c.systems) {
    q += s.z0 * s.perMole;
    for (const pKa of s.pKa) steps.push({ pKa, protons: s.perMole });
  }
  steps.sort((a, b) => a.pKa - b.pKa);
  const levels = [q];
  for (const st of steps) levels.push((q -= st.protons));
  return levels;
}

/**
 * Every stoichiometric equivalence volume in (0, maxVolumeML], ascending, whether or not the curve shows it
 * (a level that would leave the same charge twice gives one volume).
 */
export function stoichiometricVolumesML(s: TitrationSetup, maxVolumeML: number): number[] {
  const analyte = chargeLevels(s.analyte);
  const titrant = chargeLevels(s.titrant);
  const nA = s.analyteConcMolL * s.analyteVolumeML; // mmol of analyte
  const out: number[] = [];
  for (const qa of analyte) {
    for (const qt of titrant) {
      if (qt === 0) continue;
      const v = (-nA * qa) / (s.titrantConcMolL * qt);
      if (!(v > 0) || v > maxVolumeML * (1 + 1e-12)) continue;
      if (!out.some((x) => Math.abs(x - v) <= 1e-9 * v)) out.push(Math.min(v, maxVolumeML));
    }
  }
  return out.sort((a, b) => a - b);
}

/** |dpH/dV| at V from a symmetric difference over ±δ (one-sided at V − δ < 0), with its sign. */
function slopeAt(s: TitrationSetup, v: number, delta: number): number {
  const lo = Math.max(0, v - delta);
  return (pHAt(s, v + delta) - pHAt(s, lo)) / (v + delta - lo);
}

/**
 * How many times steeper the curve must be at an equivalence point than in the buffer regions on both
 * sides (half-way to the neighbouring points) for the step to show as a jump. 5, as a teacher reading the
 * curve would see it: the third step of H₃PO₄ (pKa 12.4, drowned by water) and the first of H₂SO₄ (pKa₂ 2.0,
 * no break before the second proton) stay below it.
 */
export const MIN_STEEPNESS_RATIO = 5;

/**
 * The equivalence points that show on the curve, at their exact stoichiometric volumes. `maxVolumeML` is
 * the most titrant the flask can take; volumes beyond it are not reported.
 */
export function equivalencePoints(s: TitrationSetup, maxVolumeML: number, minRatio = MIN_STEEPNESS_RATIO): EquivalencePoint[] {
  const vs = stoichiometricVolumesML(s, maxVolumeML);
  const result: EquivalencePoint[] = [];
  vs.forEach((v, i) => {
    const prev = i > 0 ? vs[i - 1] : 0;
    const next = i < vs.length - 1 ? vs[i + 1] : v + (v - prev);
    // The slope at the point itself, over a window far narrower than the distance to its neighbours.
    const slope = slopeAt(s, v, 1e-4 * (v - prev));
    const valleyLeft = Math.abs(slopeAt(s, (prev + v) / 2, 1e-3 * (v - prev)));
    const valleyRight = Math.abs(slopeAt(s, (v + next) / 2, 1e-3 * (next - v)));
    if (Math.abs(slope) < minRatio * Math.max(valleyLeft, valleyRight, 1e-12)) return;
    result.push({ volumeML: v, pH: pHAt(s, v), slopePerML: slope });
  });
  return result;
}
