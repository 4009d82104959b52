/**
 * A whole titration curve as a pure function: pH at N evenly spaced titrant volumes, its first derivative
 * dpH/dV, and the equivalence points found from the curve itself as points of steepest slope.
 * Used by the model (to know where the equivalence points are), the view's live plot and the CLI.
 */
import type { Compound } from './acids';
import { solvePH, type DissolvedSystem } from './ph-solver';

export interface TitrationSetup {
  analyte: Compound;
  analyteConcMolL: number;
  analyteVolumeML: number;
  titrant: Compound;
  titrantConcMolL: number;
}

export interface EquivalencePoint {
  volumeML: number;
  pH: number;
  /** dpH/dV at the point, pH units per mL (negative when an acid titrant lowers the pH). */
  slopePerML: number;
}

export interface TitrationCurve {
  volumeML: Float64Array;
  pH: Float64Array;
  /** First derivative dpH/dV, pH per mL (central differences, one-sided at the ends). */
  dpHdV: Float64Array;
  equivalencePoints: EquivalencePoint[];
}

/** The systems in the flask after `addedML` of titrant, with concentrations after dilution. */
export function flaskMix(s: TitrationSetup, addedML: number): DissolvedSystem[] {
  const total = s.analyteVolumeML + addedML;
  if (!(total > 0)) throw new Error('the flask is empty: analyte volume plus added titrant must be > 0 mL');
  const ca = (s.analyteConcMolL * s.analyteVolumeML) / total;
  const ct = (s.titrantConcMolL * addedML) / total;
  return [
    ...s.analyte.systems.map((system) => ({ system, concMolL: ca * system.perMole })),
    ...s.titrant.systems.map((system) => ({ system, concMolL: ct * system.perMole })),
  ];
}

export function pHAt(s: TitrationSetup, addedML: number): number {
  return solvePH(flaskMix(s, addedML));
}

export interface CurveOptions {
  maxVolumeML: number;
  /** Number of points including 0 and maxVolumeML (≥ 3). */
  points: number;
  /**
   * A local maximum of the slope counts as an equivalence point when it is at least this many times the
   * slope in the buffer valleys on both sides (default 5); weak steps like the third of H3PO4 drown in water.
   */
  minPeakRatio?: number;
}

export function titrationCurve(s: TitrationSetup, opts: CurveOptions): TitrationCurve {
  const n = Math.floor(opts.points);
  if (!(n >= 3)) throw new Error(`points must be ≥ 3, got ${opts.points}`);
  if (!(opts.maxVolumeML > 0)) throw new Error(`maxVolumeML must be > 0, got ${opts.maxVolumeML}`);
  const volumeML = new Float64Array(n);
  const pH = new Float64Array(n);
  const dpHdV = new Float64Array(n);
  const h = opts.maxVolumeML / (n - 1);
  for (let i = 0; i < n; i++) {
    volumeML[i] = i * h;
    pH[i] = pHAt(s, volumeML[i]);
  }
  for (let i = 0; i < n; i++) {
    if (i === 0) dpHdV[i] = (pH[1] - pH[0]) / h;
    else if (i === n - 1) dpHdV[i] = (pH[n - 1] - pH[n - 2]) / h;
    else dpHdV[i] = (pH[i + 1] - pH[i - 1]) / (2 * h);
  }
  return { volumeML, pH, dpHdV, equivalencePoints: findEquivalencePoints(s, volumeML, dpHdV, opts.minPeakRatio ?? 5) };
}

function findEquivalencePoints(s: TitrationSetup, v: Float64Array, signed: Float64Array, minRatio: number): EquivalencePoint[] {
  const n = v.length;
  // Steepness regardless of direction: a base titrated with an acid gives a falling curve.
  const d = Float64Array.from(signed, Math.abs);
  const peaks: number[] = [];
  for (let i = 1; i < n - 1; i++) if (d[i] > d[i - 1] && d[i] >= d[i + 1] && d[i] > 0) peaks.push(i);
  const result: EquivalencePoint[] = [];
  for (let p = 0; p < peaks.length; p++) {
    const i = peaks[p];
    const from = p > 0 ? peaks[p - 1] : 0;
    const to = p < peaks.length - 1 ? peaks[p + 1] : n - 1;
    let leftMin = Infinity;
    for (let k = from; k <= i; k++) leftMin = Math.min(leftMin, d[k]);
    let rightMin = Infinity;
    for (let k = i; k <= to; k++) rightMin = Math.min(rightMin, d[k]);
    // A peak must rise clearly above the valleys on both sides (prominence as a ratio).
    if (d[i] < minRatio * Math.max(leftMin, rightMin, 1e-12)) continue;
    result.push(refinePeak(s, v[i - 1], v[i + 1]));
  }
  return result;
}

/** Golden-section search for the steepest point between two volumes, with a fine numerical slope. */
function refinePeak(s: TitrationSetup, a0: number, b0: number): EquivalencePoint {
  const delta = Math.max(1e-6, (b0 - a0) * 1e-4);
  const signedSlope = (x: number) => (pHAt(s, x + delta) - pHAt(s, Math.max(0, x - delta))) / (x + delta - Math.max(0, x - delta));
  const slope = (x: number) => Math.abs(signedSlope(x));
  const g = (Math.sqrt(5) - 1) / 2;
  let a = a0;
  let b = b0;
  let c = b - g * (b - a);
  let e = a + g * (b - a);
  let fc = slope(c);
  let fe = slope(e);
  while (b - a > 1e-6) {
    if (fc > fe) {
      b = e;
      e = c;
      fe = fc;
      c = b - g * (b - a);
      fc = slope(c);
    } else {
      a = c;
      c = e;
      fc = fe;
      e = a + g * (b - a);
      fe = slope(e);
    }
  }
  const x = 0.5 * (a + b);
  return { volumeML: x, pH: pHAt(s, x), slopePerML: signedSlope(x) };
}
