/**
 * 二力平衡 (人教版 八年级下册 第八章第2节): a light card held by two strings that run level to two pulleys and down to
 * hooked weights. Let go, the card stays at rest only if the two pulls are equal, opposite and on one line:
 * - unequal weights: card and weights move together, a = (m₂ − m₁) g / (m₁ + m₂ + m_card) toward the heavier side
 *   (no friction in the pulleys, light strings: an assumption), until the card reaches a pulley;
 * - the card turned in its plane by θ: each string pulls its hole toward its pulley, a couple of
 *   τ = −T w D sin θ / L(θ), L = √(D² − D w cos θ + w²/4) (w the holes' spacing, D the centre to each pulley, T the
 *   string's pull), turns it back until the strings are in line; air and the axles damp it (c, an assumption);
 * - cut in two: each half is pulled by its own weight alone, a = m g / (m + m_card/2), and they move apart.
 * Pure.
 */

export type CardHand = 'holding' | 'released' | 'cut';

export interface CardRun {
  leftKg: number;
  rightKg: number;
  cardKg: number;
  twistDeg: number;
  hand: CardHand;
  gMps2: number;
}

/** The apparatus: holes 7 cm apart on an 8 cm card, pulleys 20 cm either side of its centre, 14 cm of travel each way. */
export const CARD_APPARATUS = { holeSpacingM: 0.07, sideM: 0.08, pulleyM: 0.2, travelM: 0.14, dampingNms: 1e-3 };
const SUBSTEP_S = 5e-4;

/** The card's acceleration let go whole, m/s², + toward the right pulley; 0 while held or cut. */
export function cardAccelerationMps2(run: CardRun): number {
  if (run.hand !== 'released') return 0;
  return ((run.rightKg - run.leftKg) * run.gMps2) / (run.leftKg + run.rightKg + run.cardKg);
}

/** Each half of a card cut in two, pulled by its own weight: m g / (m + m_card/2), m/s² (outward). */
export function halfAccelerationMps2(weightKg: number, cardKg: number, gMps2: number): number {
  return (weightKg * gMps2) / (weightKg + cardKg / 2);
}

/** How far something starting from rest with acceleration a has gone after t, stopped at the travel, m. */
export function travelledM(aMps2: number, timeS: number, travelM = CARD_APPARATUS.travelM): number {
  const x = 0.5 * Math.abs(aMps2) * timeS * timeS;
  return Math.sign(aMps2) * Math.min(x, travelM);
}

/** A hole's distance to its pulley with the card turned by θ, m. */
export function holeToPulleyM(thetaRad: number, a = CARD_APPARATUS): number {
  const D = a.pulleyM, w = a.holeSpacingM;
  return Math.sqrt(D * D - D * w * Math.cos(thetaRad) + (w * w) / 4);
}

/** The couple of the two strings on a card turned by θ, N·m (it turns the card back: opposite in sign to θ). */
export function restoringTorqueNm(thetaRad: number, tensionN: number, a = CARD_APPARATUS): number {
  return (-tensionN * a.holeSpacingM * a.pulleyM * Math.sin(thetaRad)) / holeToPulleyM(thetaRad, a);
}

/** Past this the turned card has long settled in line (|θ| below 10⁻⁹ of its turn): its angle is taken as there. */
export const TURN_SETTLED_S = 1.5;

/** The card's turn t seconds after the hand let it go turned by its twist, radians (from rest, integrated afresh each time: the same for the same t). */
export function turnedRad(run: CardRun, timeS: number, a = CARD_APPARATUS): number {
  return turnStep({ thetaRad: (run.twistDeg * Math.PI) / 180, omega: 0 }, Math.min(timeS, TURN_SETTLED_S), run, a).thetaRad;
}

/** The card turning: θ, ω after dt (substeps of 0.5 ms; the weights' motion as the strings lengthen counts in the inertia). */
export function turnStep(s: { thetaRad: number; omega: number }, dtS: number, run: CardRun, a = CARD_APPARATUS): { thetaRad: number; omega: number } {
  let { thetaRad, omega } = s;
  const tension = ((run.leftKg + run.rightKg) / 2) * run.gMps2;
  const plate = (run.cardKg * a.sideM * a.sideM) / 6;
  for (let t = 0; t < dtS - 1e-12; t += SUBSTEP_S) {
    const h = Math.min(SUBSTEP_S, dtS - t);
    const dLdTheta = (a.pulleyM * a.holeSpacingM * Math.sin(thetaRad)) / (2 * holeToPulleyM(thetaRad, a));
    const inertia = plate + (run.leftKg + run.rightKg) * dLdTheta * dLdTheta;
    // Damping taken implicitly (stable whatever the card's small inertia), then the angle.
    omega = (omega + (h * restoringTorqueNm(thetaRad, tension, a)) / inertia) / (1 + (h * a.dampingNms) / inertia);
    thetaRad += h * omega;
  }
  return { thetaRad, omega };
}
