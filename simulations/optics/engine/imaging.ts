/**
 * Images from traced rays: where a pencil of rays from one object point converges (a real image) or where
 * its backward extensions meet (a virtual image), how large the blur is at any plane, and what a screen
 * receives. Nothing here assumes the paraxial formula: the pencil is traced exactly through every surface,
 * so a thick lens's principal planes and its spherical aberration show in the result.
 */
import { END_ESCAPED, type SourceRay, type TraceOptions, type Tracer } from './tracer';

export interface PencilLine {
  x: number;
  y: number;
  dx: number;
  dy: number;
  intensity: number;
}

/** Angle intervals (radians, atan2 on the table) from a point towards the boxes of chosen elements, merged. */
export function directionsToward(tracer: Tracer, px: number, py: number, include: (element: number) => boolean, padM = 0.001): [number, number][] {
  const sc = tracer.scene, box = sc.elementBox;
  const out: [number, number][] = [];
  for (let e = 0; e < sc.elementCount; e++) {
    if (!include(e)) continue;
    const x0 = box[4 * e] - padM, y0 = box[4 * e + 1] - padM, x1 = box[4 * e + 2] + padM, y1 = box[4 * e + 3] + padM;
    if (px >= x0 && px <= x1 && py >= y0 && py <= y1) return [[-Math.PI, Math.PI]];
    const angles = [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ].map(([x, y]) => Math.atan2(y - py, x - px));
    // The corners' angles span less than π (the point is outside the box): unwrap around the first.
    const ref = angles[0];
    const rel = angles.map((a) => {
      let d = a - ref;
      while (d > Math.PI) d -= 2 * Math.PI;
      while (d < -Math.PI) d += 2 * Math.PI;
      return d;
    });
    out.push([ref + Math.min(...rel), ref + Math.max(...rel)]);
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const iv of out) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
}

/** `count` rays from a point, evenly spread over angle intervals in proportion to their widths. */
export function fanRays(px: number, py: number, intervals: [number, number][], count: number, wavelengthM: number, intensity = 1): SourceRay[] {
  const total = intervals.reduce((s, [a, b]) => s + (b - a), 0);
  const rays: SourceRay[] = [];
  if (!(total > 0) || count < 1) return rays;
  for (const [a, b] of intervals) {
    const k = Math.max(1, Math.round((count * (b - a)) / total));
    for (let i = 0; i < k; i++) {
      const t = a + ((i + 0.5) * (b - a)) / k;
      rays.push({ x: px, y: py, dx: Math.cos(t), dy: Math.sin(t), wavelengthM, intensity });
    }
  }
  return rays;
}

/**
 * A fan traced in the plane stands for a cone of rays in space: a round lens's aperture holds more rays at
 * its rim than near its middle (the ring at distance h has area 2πh dh). Weighting each ray of the fan by its
 * angle from the fan's middle gives the pencil the weights of the cone (so its blur and best focus are
 * those of the round aperture, not of a slit).
 */
export function discWeights(rays: SourceRay[]): void {
  if (rays.length < 2) return;
  const angles = rays.map((r) => Math.atan2(r.dy, r.dx));
  const ref = angles[0];
  const rel = angles.map((a) => Math.atan2(Math.sin(a - ref), Math.cos(a - ref)));
  const mid = (Math.min(...rel) + Math.max(...rel)) / 2;
  const w = rel.map((a) => Math.abs(a - mid));
  const mean = w.reduce((s, x) => s + x, 0) / w.length;
  rays.forEach((r, i) => (r.intensity *= mean > 0 ? w[i] / mean : 1));
}

/** The last straight pieces of the traced rays (those that left the scene), grouped by path signature. */
export function outgoingGroups(tracer: Tracer): Map<number, PencilLine[]> {
  const r = tracer.result;
  const groups = new Map<number, PencilLine[]>();
  for (let i = 0; i < r.segmentCount; i++) {
    if (r.segEnd[i] !== END_ESCAPED) continue;
    const o = 4 * i;
    const dx = r.seg[o + 2] - r.seg[o], dy = r.seg[o + 3] - r.seg[o + 1];
    const l = Math.hypot(dx, dy);
    if (!(l > 0)) continue;
    const sig = r.segSig[i];
    let g = groups.get(sig);
    if (!g) groups.set(sig, (g = []));
    g.push({ x: r.seg[o], y: r.seg[o + 1], dx: dx / l, dy: dy / l, intensity: r.segIntensity[i] });
  }
  return groups;
}

/** The group carrying the most light whose paths met at least one surface (the pencil through the system). */
export function mainPencil(groups: Map<number, PencilLine[]>, exclude = new Set<number>()): PencilLine[] {
  let best: PencilLine[] = [], bestI = 0;
  for (const [sig, g] of groups) {
    if (sig === 0 || exclude.has(sig)) continue;
    const sum = g.reduce((s, l) => s + l.intensity, 0);
    if (sum > bestI) [best, bestI] = [g, sum];
  }
  return best;
}

export interface Axis {
  x: number;
  y: number;
  /** Unit direction along the axis. */
  ux: number;
  uy: number;
}

export interface Focus {
  /** Distance along the axis from its origin to the plane of least spread (NaN when the pencil is parallel). */
  sM: number;
  /** Centre of the spot there, across the axis (positive to the left of the axis direction, i.e. (−uy, ux)). */
  transverseM: number;
  /** RMS radius of the spot there. */
  rmsM: number;
  /** Where the pencil starts along the axis (mean of the lines' origins). */
  startM: number;
  /** real: the rays themselves meet after leaving; virtual: their backward extensions meet; none: they stay parallel. */
  kind: 'real' | 'virtual' | 'none';
}

/** Across-axis position of a line at the plane `s` along the axis: a + b·s. */
function lineCoefficients(l: PencilLine, axis: Axis): { a: number; b: number; along: number } | null {
  const vx = -axis.uy, vy = axis.ux;
  const du = l.dx * axis.ux + l.dy * axis.uy;
  if (!(du > 1e-9)) return null;
  const px = l.x - axis.x, py = l.y - axis.y;
  const along = px * axis.ux + py * axis.uy, trans = px * vx + py * vy;
  const b = (l.dx * vx + l.dy * vy) / du;
  return { a: trans - b * along, b, along };
}

/**
 * The plane across the axis where the pencil's spread is least (RMS, weighted by power): minimising
 * Var(a + b s) gives s* = −Cov(a, b) / Var(b). A pencil whose slopes barely differ images at infinity.
 */
export function bestFocus(lines: readonly PencilLine[], axis: Axis, farM = 1000): Focus {
  let w = 0, ma = 0, mb = 0, mAlong = 0;
  const co = [];
  for (const l of lines) {
    const c = lineCoefficients(l, axis);
    if (!c) continue;
    co.push({ ...c, w: l.intensity });
    w += l.intensity;
    ma += l.intensity * c.a;
    mb += l.intensity * c.b;
    mAlong += l.intensity * c.along;
  }
  if (co.length < 2 || !(w > 0)) return { sM: NaN, transverseM: NaN, rmsM: NaN, startM: NaN, kind: 'none' };
  ma /= w;
  mb /= w;
  mAlong /= w;
  let vaa = 0, vbb = 0, vab = 0;
  for (const c of co) {
    vaa += c.w * (c.a - ma) ** 2;
    vbb += c.w * (c.b - mb) ** 2;
    vab += c.w * (c.a - ma) * (c.b - mb);
  }
  vaa /= w;
  vbb /= w;
  vab /= w;
  const s = vbb > 0 ? -vab / vbb : NaN;
  if (!Number.isFinite(s) || Math.abs(s - mAlong) > farM) return { sM: NaN, transverseM: NaN, rmsM: NaN, startM: mAlong, kind: 'none' };
  const rms = Math.sqrt(Math.max(0, vaa - (vab * vab) / vbb));
  return { sM: s, transverseM: ma + mb * s, rmsM: rms, startM: mAlong, kind: s >= mAlong ? 'real' : 'virtual' };
}

/** The pencil's spot at a given plane s along the axis: centre and RMS radius. */
export function spotAt(lines: readonly PencilLine[], axis: Axis, sM: number): { transverseM: number; rmsM: number; power: number } {
  let w = 0, m = 0, m2 = 0;
  for (const l of lines) {
    const c = lineCoefficients(l, axis);
    if (!c) continue;
    const p = c.a + c.b * sM;
    w += l.intensity;
    m += l.intensity * p;
    m2 += l.intensity * p * p;
  }
  if (!(w > 0)) return { transverseM: NaN, rmsM: NaN, power: 0 };
  m /= w;
  return { transverseM: m, rmsM: Math.sqrt(Math.max(0, m2 / w - m * m)), power: w };
}

/**
 * Trace a pencil from an object point towards chosen elements and find its image along an axis. The screens
 * are left out (the image is where the light would meet, wherever the screen stands).
 */
export function imageOfPoint(
  tracer: Tracer,
  point: { x: number; y: number },
  axis: Axis,
  opts: { towards: (element: number) => boolean; rays?: number; wavelengthM: number; trace: TraceOptions; disc?: boolean },
): { focus: Focus; lines: PencilLine[] } {
  const intervals = directionsToward(tracer, point.x, point.y, opts.towards);
  const rays = fanRays(point.x, point.y, intervals, opts.rays ?? 61, opts.wavelengthM);
  if (opts.disc) discWeights(rays);
  tracer.trace(rays, { ...opts.trace, ignoreScreens: true, partialReflections: false });
  const lines = mainPencil(outgoingGroups(tracer));
  return { focus: bestFocus(lines, axis), lines };
}

/** Spots a screen receives from a traced pencil: per screen element, centre along it, RMS, power. */
export function screenSpot(tracer: Tracer, element: number): { sM: number; rmsM: number; power: number; count: number } {
  const r = tracer.result;
  let w = 0, m = 0, m2 = 0, n = 0;
  for (let i = 0; i < r.hitCount; i++) {
    if (r.hitElement[i] !== element) continue;
    const p = r.hitS[i], q = r.hitIntensity[i];
    w += q;
    m += q * p;
    m2 += q * p * p;
    n++;
  }
  if (!(w > 0)) return { sM: NaN, rmsM: NaN, power: 0, count: 0 };
  m /= w;
  return { sM: m, rmsM: Math.sqrt(Math.max(0, m2 / w - m * m)), power: w, count: n };
}
