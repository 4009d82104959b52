/**
 * Implicit integration of a stored quantity q (a capacitor's charge, an inductor's flux linkage):
 * dq/dt at the new time is written a0·q + h, with h from the past, so each part becomes a conductance and
 * a current (companion model) in the step's equations.
 *
 *   backward Euler      dq/dt ≈ (q − q₁)/Δt                     first order, L-stable
 *   trapezoidal         dq/dt ≈ 2(q − q₁)/Δt − q̇₁               second order, A-stable (SPICE's default)
 *   gear2 (BDF2)        dq/dt ≈ (3q − 4q₁ + q₂)/(2Δt)           second order, L-stable
 *
 * (q₁, q₂: one and two steps back; q̇₁ the rate one step back.) The trapezoidal rule keeps an undamped
 * alternating error when the step is much longer than a time constant; BDF2 damps it, which is why the
 * bench steps with it. Gear2 needs two equal past steps; until it has them a step is taken with backward
 * Euler, as SPICE does after the start and after a breakpoint.
 * Source: C. W. Gear, Numerical Initial Value Problems in Ordinary Differential Equations (1971), ch. 11;
 * L. O. Chua & P.-M. Lin, Computer-Aided Analysis of Electronic Circuits (1975), ch. 13.
 */

export type IntegrationMethod = 'backwardEuler' | 'trapezoidal' | 'gear2';

export const INTEGRATION_METHODS: readonly IntegrationMethod[] = ['backwardEuler', 'trapezoidal', 'gear2'];

/** What is remembered of one stored quantity between steps (JSON-safe). */
export interface StoredQuantity {
  /** q at the last step. */
  q: number;
  /** q one step earlier (gear2). */
  qPrev: number;
  /** dq/dt at the last step (trapezoidal). */
  rate: number;
}

export interface StepCoefficients {
  a0: number;
  /** Which rule this step actually uses. */
  rule: IntegrationMethod;
}

/**
 * The rule for a step of dtS, given the method and whether the history allows second order (`steady`:
 * the history is a DC steady state, q₂ = q₁ and q̇₁ = 0, which suits a step of any length).
 */
export function stepRule(method: IntegrationMethod, dtS: number, previousDtS: number | null, restart: boolean, steady = false): StepCoefficients {
  if (restart || method === 'backwardEuler') return { a0: 1 / dtS, rule: 'backwardEuler' };
  if (method === 'trapezoidal') return { a0: 2 / dtS, rule: 'trapezoidal' };
  const sameStep = steady || (previousDtS !== null && Math.abs(previousDtS - dtS) <= 1e-9 * dtS);
  return sameStep ? { a0: 1.5 / dtS, rule: 'gear2' } : { a0: 1 / dtS, rule: 'backwardEuler' };
}

/** The history term h of dq/dt ≈ a0·q + h. */
export function historyTerm(s: StoredQuantity, rule: IntegrationMethod, dtS: number): number {
  switch (rule) {
    case 'backwardEuler':
      return -s.q / dtS;
    case 'trapezoidal':
      return (-2 / dtS) * s.q - s.rate;
    case 'gear2':
      return (-4 * s.q + s.qPrev) / (2 * dtS);
  }
}
