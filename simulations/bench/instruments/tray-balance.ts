/**
 * The school tray balance (托盘天平, 称量 200 g, 感量 0.2 g) as students use it (人教版 八年级上册 第六章
 * 第1节 "质量"): put it on a level table, push the rider (游码) to the zero mark, turn the balance nuts
 * (平衡螺母) until the pointer swings equally about the centre line of the scale plate (分度盘); object on
 * the left pan, weights on the right with the tweezers, largest first, then the rider; when the beam balances
 * again, mass = weights + the rider's reading (at its left edge).
 *
 * The beam is an equal-arm lever whose centre of mass lies below the knife edge, so a mass difference Δm
 * tilts it to tan θ = Δm·L / (M_b·d) (the restoring moment of the beam's own weight balances the
 * difference): small differences deflect the pointer in proportion, large ones put it against a stop. The
 * pointer leans to the heavier side ("左偏右调": leaning left, the left is heavy, turn the nuts right). The
 * rider counts as grams on the right pan (the rider scale is calibrated so), the nuts as a trim of a few
 * grams either way. The beam swings as a damped oscillator about its equilibrium (BeamSwing); students judge
 * balance by the centre of the swing, which is what `pointerFor` gives.
 *
 * What the consequences of mistakes come to, exactly as textbooks warn: nuts trimmed with the rider not at
 * zero add that rider reading to every mass; object and weights swapped give m = weights − rider; touching
 * the nuts while weighing shifts the result by the trim change. Pure: knows nothing about benches.
 */

import { readToDivision } from './scale-reading';

export interface TrayBalanceSpec {
  /** Largest load on a pan (称量), grams. */
  capacityG: number;
  /** Rider scale: 0 … riderMaxG, read to riderDivisionG. */
  riderMaxG: number;
  riderDivisionG: number;
  /** Pointer divisions per gram of difference while small (the balance's sensitivity; 感量 = 1 / it). */
  divisionsPerG: number;
  /** Divisions each side of the centre line before the pointer is against its stop. */
  stopDivisions: number;
  /** The nuts' travel, ± mm from their middle, and what one millimetre outward on the right is worth, grams. */
  nutTravelMm: number;
  nutGPerMm: number;
  /** Swing of the beam: period (s) and damping ratio of its oscillation about equilibrium. */
  swingPeriodS: number;
  swingDamping: number;
}

/** 托盘天平 200 g / 0.2 g: rider 0–5 g in 0.2 g divisions (人教版 八年级上册 图6.1-4). */
export const TRAY_BALANCE_200G: TrayBalanceSpec = {
  capacityG: 200,
  riderMaxG: 5,
  riderDivisionG: 0.2,
  divisionsPerG: 5,
  stopDivisions: 10,
  nutTravelMm: 10,
  nutGPerMm: 0.5,
  swingPeriodS: 1.6,
  swingDamping: 0.12,
};

export interface BalanceLoads {
  /** Everything on the left and right pans, grams. */
  leftG: number;
  rightG: number;
  /** Rider position on its scale, grams (0 … riderMaxG). */
  riderG: number;
  /** Balance nuts, mm from their middle (+ = out to the right). */
  nutMm: number;
  /** How heavy the left side is with empty pans, rider at 0 and nuts in the middle (this balance's own trim), grams. */
  trimG: number;
}

export type BalanceStatus = 'swinging' | 'againstLeftStop' | 'againstRightStop' | 'overload';

/** Left-heavy minus right-heavy, grams: 0 when the beam is balanced. */
export function imbalanceG(loads: BalanceLoads, spec: TrayBalanceSpec = TRAY_BALANCE_200G): number {
  return loads.leftG + loads.trimG - loads.rightG - loads.riderG - loads.nutMm * spec.nutGPerMm;
}

/** Nut position that balances empty pans with the rider where it is (the "levelling" the student does). */
export function nutToBalanceMm(loads: Omit<BalanceLoads, 'nutMm'>, spec: TrayBalanceSpec = TRAY_BALANCE_200G): number {
  return (loads.leftG + loads.trimG - loads.rightG - loads.riderG) / spec.nutGPerMm;
}

/**
 * Where the centre of the pointer's swing is, in divisions of the scale plate (+ = to the left, the heavier
 * side), and whether it can swing at all: beyond the stops, or over the capacity, it cannot.
 * θ = atan(Δm·L/(M_b·d)): the small-angle slope is `divisionsPerG` divisions per gram (one division ≈ 1°).
 */
export function pointerFor(loads: BalanceLoads, spec: TrayBalanceSpec = TRAY_BALANCE_200G): { divisions: number; status: BalanceStatus } {
  if (loads.leftG > spec.capacityG || loads.rightG > spec.capacityG) return { divisions: imbalanceG(loads, spec) >= 0 ? spec.stopDivisions : -spec.stopDivisions, status: 'overload' };
  const degPerDivision = 1;
  const thetaDeg = (Math.atan((imbalanceG(loads, spec) * spec.divisionsPerG * degPerDivision * Math.PI) / 180) * 180) / Math.PI;
  const divisions = thetaDeg / degPerDivision;
  if (divisions > spec.stopDivisions) return { divisions: spec.stopDivisions, status: 'againstLeftStop' };
  if (divisions < -spec.stopDivisions) return { divisions: -spec.stopDivisions, status: 'againstRightStop' };
  return { divisions, status: 'swinging' };
}

/** Balanced as a careful student judges it: the swing centred on the middle line within half a division. */
export function isBalanced(loads: BalanceLoads, spec: TrayBalanceSpec = TRAY_BALANCE_200G): boolean {
  const p = pointerFor(loads, spec);
  return p.status === 'swinging' && Math.abs(p.divisions) <= 0.5;
}

/** The rider's reading at its left edge, to the rider scale's division. */
export function riderReadingG(riderG: number, spec: TrayBalanceSpec = TRAY_BALANCE_200G): number {
  return readToDivision(Math.min(spec.riderMaxG, Math.max(0, riderG)), spec.riderDivisionG);
}

/** What the student writes down: the weights on the right pan plus the rider's reading. */
export function massReadingG(weightsG: readonly number[], riderG: number, spec: TrayBalanceSpec = TRAY_BALANCE_200G): number {
  return Number((weightsG.reduce((a, b) => a + b, 0) + riderReadingG(riderG, spec)).toPrecision(12));
}

/** The weights in a school box for 200 g (砝码盒): 100, 50, 20, 20, 10, 5 g. */
export const WEIGHT_BOX_G = [100, 50, 20, 20, 10, 5] as const;

/**
 * The beam's swing about its equilibrium: a damped oscillator in pointer divisions, stepped exactly
 * (the analytic solution over each step, so any step size is stable). Stops clamp it.
 */
export class BeamSwing {
  divisions = 0;
  velocity = 0;

  constructor(private readonly spec: TrayBalanceSpec = TRAY_BALANCE_200G) {}

  /** Advance by dtS toward `target` divisions; against a stop the pointer rests there. */
  step(dtS: number, target: number, status: BalanceStatus): number {
    if (status !== 'swinging') {
      this.divisions = target;
      this.velocity = 0;
      return this.divisions;
    }
    const w0 = (2 * Math.PI) / this.spec.swingPeriodS;
    const z = this.spec.swingDamping;
    const wd = w0 * Math.sqrt(1 - z * z);
    const x0 = this.divisions - target, v0 = this.velocity;
    const e = Math.exp(-z * w0 * dtS), c = Math.cos(wd * dtS), s = Math.sin(wd * dtS);
    // x(t) = e^{-ζω₀t}(x₀ cos ω_d t + (v₀ + ζω₀x₀)/ω_d sin ω_d t) (underdamped oscillator).
    const b = (v0 + z * w0 * x0) / wd;
    const x = e * (x0 * c + b * s);
    const v = e * (-z * w0 * (x0 * c + b * s) + (-x0 * wd * s + b * wd * c));
    this.divisions = Math.max(-this.spec.stopDivisions, Math.min(this.spec.stopDivisions, target + x));
    this.velocity = Math.abs(this.divisions) >= this.spec.stopDivisions ? 0 : v;
    return this.divisions;
  }
}
