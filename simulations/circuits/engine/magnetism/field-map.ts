/**
 * What the bench draws from a field: compass needles, a grid of field vectors (iron filings, arrows) and
 * field lines, all in the bench plane z = 0 (x right, y up on the screen).
 *
 * A compass needle is a small magnet free to turn in the plane: its north end points along the plane's
 * part of B. `stepCompassNeedle` lets it swing there: I·θ'' = −m·B∥·sin(θ − φ) − c·θ' (semi-implicit Euler),
 * with the damping of a needle pivoted in air (about half a swing to settle), so moving a magnet past it
 * makes it swing and settle as a real one does.
 * Field lines follow the unit field direction with 4th-order Runge–Kutta steps and stop at the edge of the
 * region, on reaching a point where |B| is negligible, or on closing on themselves.
 */
import { fieldAt, norm, vec, type FieldSource, type Vec3 } from './fields';

/** Angle in the bench plane (radians from +x, counter-clockwise) a compass north end points at. */
export function compassAngleRad(fieldT: Vec3): number {
  return Math.atan2(fieldT.y, fieldT.x);
}

export interface NeedleState {
  angleRad: number;
  rateRadPerS: number;
}

export interface NeedleSpec {
  /** Undamped swing period in a 30 µT field, s (school compasses: about 0.5–1 s). */
  periodIn30uTS?: number;
  /** Fraction of critical damping (default 0.3). */
  dampingRatio?: number;
}

/** Advance a compass needle by dt in field B (a plain-data state, so the bench can save it). */
export function stepCompassNeedle(state: NeedleState, fieldT: Vec3, dtS: number, spec: NeedleSpec = {}): NeedleState {
  const bPlane = Math.hypot(fieldT.x, fieldT.y);
  const period = spec.periodIn30uTS ?? 0.8;
  // ω² = m·B/I; fixed by the period in 30 µT, scaling with B.
  const omega30 = (2 * Math.PI) / period;
  const omega2 = (omega30 * omega30 * bPlane) / 30e-6;
  const zeta = spec.dampingRatio ?? 0.3;
  // Damping is a fixed property of the pivot: c/I from the 30 µT natural frequency.
  const c = 2 * zeta * omega30;
  const target = compassAngleRad(fieldT);
  let diff = state.angleRad - target;
  diff = Math.atan2(Math.sin(diff), Math.cos(diff));
  const accel = -omega2 * Math.sin(diff);
  // Backward Euler on (θ, θ'), sin(θ − φ) linearised about the present angle; where the needle points away
  // from the field (cos < 0) the restoring term is left explicit, which keeps the step stable.
  const rate = (state.rateRadPerS + dtS * accel) / (1 + dtS * c + dtS * dtS * omega2 * Math.max(0, Math.cos(diff)));
  return { angleRad: state.angleRad + dtS * rate, rateRadPerS: rate };
}

export interface GridSpec {
  xMinM: number;
  xMaxM: number;
  yMinM: number;
  yMaxM: number;
  nx: number;
  ny: number;
  zM?: number;
}

export interface FieldGrid {
  nx: number;
  ny: number;
  /** Row-major (y outer, x inner) sample positions and field components in the plane, T. */
  xM: Float64Array;
  yM: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  magnitudeT: Float64Array;
}

/** Bounded so a typo cannot ask for a billion samples. */
export const MAX_GRID_POINTS = 250_000;

export function fieldGrid(sources: readonly FieldSource[], g: GridSpec): FieldGrid {
  const nx = Math.max(2, Math.floor(g.nx));
  const ny = Math.max(2, Math.floor(g.ny));
  if (nx * ny > MAX_GRID_POINTS) throw new RangeError(`field grid: ${nx}×${ny} is more than ${MAX_GRID_POINTS} points`);
  const n = nx * ny;
  const out: FieldGrid = { nx, ny, xM: new Float64Array(n), yM: new Float64Array(n), bx: new Float64Array(n), by: new Float64Array(n), magnitudeT: new Float64Array(n) };
  for (let j = 0; j < ny; j++) {
    const y = g.yMinM + ((g.yMaxM - g.yMinM) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) {
      const x = g.xMinM + ((g.xMaxM - g.xMinM) * i) / (nx - 1);
      const k = j * nx + i;
      const b = fieldAt(sources, vec(x, y, g.zM ?? 0));
      out.xM[k] = x;
      out.yM[k] = y;
      out.bx[k] = b.x;
      out.by[k] = b.y;
      out.magnitudeT[k] = norm(b);
    }
  }
  return out;
}

export interface LineSpec {
  stepM: number;
  maxSteps?: number;
  bounds: { xMinM: number; xMaxM: number; yMinM: number; yMaxM: number };
  /** Follow the field (1, from N to S outside a magnet) or against it (−1). */
  direction?: 1 | -1;
}

/** A field line through `start` in the plane z = 0, as a polyline of points. */
export function traceFieldLine(sources: readonly FieldSource[], start: Vec3, spec: LineSpec): Vec3[] {
  const dir = spec.direction ?? 1;
  const h = spec.stepM;
  const maxSteps = Math.min(spec.maxSteps ?? 2000, 100_000);
  const b0 = norm(fieldAt(sources, start));
  const f = (p: Vec3): Vec3 | null => {
    const b = fieldAt(sources, vec(p.x, p.y, 0));
    const m = Math.hypot(b.x, b.y);
    if (!(m > 1e-9 * b0) || !Number.isFinite(m)) return null;
    return vec((dir * b.x) / m, (dir * b.y) / m, 0);
  };
  const points: Vec3[] = [vec(start.x, start.y, 0)];
  let p = points[0];
  const inside = (q: Vec3) => q.x >= spec.bounds.xMinM && q.x <= spec.bounds.xMaxM && q.y >= spec.bounds.yMinM && q.y <= spec.bounds.yMaxM;
  for (let i = 0; i < maxSteps; i++) {
    const k1 = f(p);
    if (!k1) break;
    const k2 = f(vec(p.x + 0.5 * h * k1.x, p.y + 0.5 * h * k1.y));
    if (!k2) break;
    const k3 = f(vec(p.x + 0.5 * h * k2.x, p.y + 0.5 * h * k2.y));
    if (!k3) break;
    const k4 = f(vec(p.x + h * k3.x, p.y + h * k3.y));
    if (!k4) break;
    p = vec(p.x + (h / 6) * (k1.x + 2 * k2.x + 2 * k3.x + k4.x), p.y + (h / 6) * (k1.y + 2 * k2.y + 2 * k3.y + k4.y));
    points.push(p);
    if (!inside(p)) break;
    // Closed on itself (a line through a magnet or coil comes back to where it began).
    if (i > 10 && Math.hypot(p.x - start.x, p.y - start.y) < 0.75 * h) {
      points.push(vec(start.x, start.y, 0));
      break;
    }
  }
  return points;
}
