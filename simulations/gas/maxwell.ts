/**
 * The Maxwell–Boltzmann speed distribution in two dimensions (ideal gas in a plane):
 *   f(v) = (m v / kT) · exp(−m v² / 2kT),   mean speed ⟨v⟩ = √(π k T / 2m),   most probable v = √(kT/m).
 * (Reif, Fundamentals of Statistical and Thermal Physics, §7.10, reduced to 2 dimensions.)
 */

/** Boltzmann constant, J/K (SI exact since 2019). */
export const BOLTZMANN_J_K = 1.380649e-23;

export function maxwellBoltzmann2D(speedMS: number, temperatureK: number, massKg: number): number {
  if (speedMS < 0) return 0;
  const a = massKg / (BOLTZMANN_J_K * temperatureK);
  return a * speedMS * Math.exp(-0.5 * a * speedMS * speedMS);
}

export function meanSpeed2D(temperatureK: number, massKg: number): number {
  return Math.sqrt((Math.PI * BOLTZMANN_J_K * temperatureK) / (2 * massKg));
}

export function mostProbableSpeed2D(temperatureK: number, massKg: number): number {
  return Math.sqrt((BOLTZMANN_J_K * temperatureK) / massKg);
}

/** Histogram of speeds into `bins` equal bins over [0, maxSpeedMS); returns counts. */
export function speedHistogram(vx: Float64Array, vy: Float64Array, count: number, bins: number, maxSpeedMS: number): Uint32Array {
  const h = new Uint32Array(bins);
  for (let i = 0; i < count; i++) {
    const v = Math.hypot(vx[i], vy[i]);
    const b = Math.floor((v / maxSpeedMS) * bins);
    if (b >= 0 && b < bins) h[b]++;
  }
  return h;
}
