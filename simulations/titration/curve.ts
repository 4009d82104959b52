/**
 * A whole titration curve as a pure function, for plotting: pH at N evenly spaced titrant volumes and its
 * first derivative dpH/dV, with the equivalence points that fall in its range. The equivalence points come
 * from the chemistry (equivalence.ts), never from the sampling, so a point between two samples, at the very
 * first drop or at the last sample is found all the same. Used by the view's live plot, the CLI and the bench.
 */
import { equivalencePoints, type EquivalencePoint } from './equivalence';
import { pHAt, type TitrationSetup } from './flask';

export { flaskMix, pHAt, type TitrationSetup } from './flask';
export type { EquivalencePoint } from './equivalence';

export interface TitrationCurve {
  volumeML: Float64Array;
  pH: Float64Array;
  /** First derivative dpH/dV, pH per mL (central differences, one-sided at the ends). */
  dpHdV: Float64Array;
  /** The equivalence points in 0 … maxVolumeML, at their stoichiometric volumes. */
  equivalencePoints: EquivalencePoint[];
}

export interface CurveOptions {
  maxVolumeML: number;
  /** Number of points including 0 and maxVolumeML (≥ 3). */
  points: number;
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
  return { volumeML, pH, dpHdV, equivalencePoints: equivalencePoints(s, opts.maxVolumeML) };
}
