/**
 * The moving coil of a galvanometer: a damped pendulum that the current turns. Its pointer θ (in amperes of
 * steady current it would show) obeys θ'' + 2ζω θ' + ω²θ = ω² i, so a steady current is read as itself, and
 * a brief current (the charge q a rod sends round as it crosses a gap) throws the pointer by about ω·q·e^(−ζ…)
 * and it swings back to zero: the ballistic galvanometer (E. M. Purcell, Electricity and Magnetism, §7.10;
 * any text on the moving-coil galvanometer). Stepped exactly for a current held over the step (the
 * oscillator's closed-form solution), so the result does not depend on the frame rate.
 */

export interface PointerState {
  /** Pointer position as the steady current it would show, A. */
  positionA: number;
  /** Its rate, A/s. */
  rateAps: number;
}

export interface PointerSpec {
  periodS: number;
  dampingRatio: number;
}

/** Advance the pointer over dt with the current i held (underdamped, 0 < ζ < 1). */
export function stepPointer(s: PointerState, currentA: number, dtS: number, spec: PointerSpec): PointerState {
  const w = (2 * Math.PI) / spec.periodS;
  const z = spec.dampingRatio;
  const wd = w * Math.sqrt(1 - z * z);
  // Deviation from the steady position x = θ − i: x'' + 2ζω x' + ω² x = 0.
  const x0 = s.positionA - currentA, v0 = s.rateAps;
  const e = Math.exp(-z * w * dtS), c = Math.cos(wd * dtS), sn = Math.sin(wd * dtS);
  const b = (v0 + z * w * x0) / wd;
  const x = e * (x0 * c + b * sn);
  // d/dt [e^(−ζωt)(x0 cos + b sin)] = e^(−ζωt)[(−ζω x0 + b wd) cos + (−ζω b − x0 wd) sin]
  const rate = e * ((-z * w * x0 + b * wd) * c + (-z * w * b - x0 * wd) * sn);
  return { positionA: currentA + x, rateAps: rate };
}
