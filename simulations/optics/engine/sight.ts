/**
 * What an eye sees of a point: every way light from the point reaches the eye (straight, through a lens,
 * reflected in a mirror or in a glass plate, through a glass block), with the direction it seems to come
 * from and where it seems to come from (the image the eye looks at). This is how a virtual image is found
 * the way a student finds it: by looking. A plane mirror's image appears as far behind the mirror as the
 * object is in front; a pin seen through a glass block appears shifted; a candle inside a convex lens's
 * focal length appears upright and larger.
 *
 * Method: shoot rays from the point over the directions towards every element and towards the eye; each
 * way through the system (a path signature) gives a continuous family of rays; where the family's rays pass
 * on either side of the eye, bisection finds the ray through the eye. Two neighbouring rays of that family
 * meet (or their backward extensions meet) at the image the eye sees.
 */
import { directionsToward } from './imaging';
import type { TraceOptions, Tracer } from './tracer';

export interface Sighting {
  /** Unit direction from the eye towards where the point appears. */
  ux: number;
  uy: number;
  /** Distance from the eye to the apparent point (the image it looks at); Infinity when the rays arrive parallel, negative when they converge behind the eye. */
  apparentDistanceM: number;
  /** The apparent point on the table (NaN when at infinity). */
  imageX: number;
  imageY: number;
  /** Power reaching the eye along this way, relative to the ray leaving the point (a glass plate reflects ~4 %). */
  intensity: number;
  /** Reflections on the way: an odd number reverses the image left to right. */
  reflections: number;
  /** Apparent angle per metre of object displacement across the line of sight (radians per metre). */
  angularScalePerM: number;
  /** +1: left and right as seen directly; −1 reversed (a mirror image, or a real image seen from beyond it). */
  handedness: 1 | -1;
  /** The path's signature (which surfaces, which events). */
  sig: number;
}

interface Crossing {
  angle: number;
  offset: number;
  ux: number;
  uy: number;
  x: number;
  y: number;
  intensity: number;
  reflections: number;
}

const STEP_RAD = 0.0015;
const MAX_SAMPLES = 3000;

/** Every piece of the last trace that passes the eye, by signature: its signed offset from the eye. */
function crossings(tracer: Tracer, ex: number, ey: number, angle: number, into: Map<number, Crossing>): void {
  const r = tracer.result;
  for (let i = 0; i < r.segmentCount; i++) {
    const o = 4 * i;
    const x0 = r.seg[o], y0 = r.seg[o + 1];
    let dx = r.seg[o + 2] - x0, dy = r.seg[o + 3] - y0;
    const len = Math.hypot(dx, dy);
    if (!(len > 0)) continue;
    dx /= len;
    dy /= len;
    const wx = ex - x0, wy = ey - y0;
    const along = wx * dx + wy * dy;
    if (!(along > 1e-9 && along < len)) continue;
    const sig = r.segSig[i];
    if (into.has(sig)) continue;
    into.set(sig, { angle, offset: dx * wy - dy * wx, ux: dx, uy: dy, x: x0, y: y0, intensity: r.segIntensity[i], reflections: r.segReflections[i] });
  }
}

export interface SightOptions {
  trace: TraceOptions;
  wavelengthM: number;
  /** Rays start this far out from the point (a pin's radius, so the pin does not block its own light). */
  startOffsetM?: number;
}

/** Trace one ray from the point at `angle` and return its piece of family `sig` passing the eye, if any. */
function follow(tracer: Tracer, px: number, py: number, angle: number, ex: number, ey: number, sig: number, opts: SightOptions): Crossing | undefined {
  const c = Math.cos(angle), s = Math.sin(angle), off = opts.startOffsetM ?? 0;
  tracer.trace([{ x: px + off * c, y: py + off * s, dx: c, dy: s, wavelengthM: opts.wavelengthM, intensity: 1 }], opts.trace);
  const m = new Map<number, Crossing>();
  crossings(tracer, ex, ey, angle, m);
  return m.get(sig);
}

/** Bisection between two angles whose rays of family `sig` pass the eye on opposite sides. */
function bisect(tracer: Tracer, px: number, py: number, a: Crossing, b: Crossing, ex: number, ey: number, sig: number, opts: SightOptions): Crossing | undefined {
  let lo = a, hi = b;
  for (let k = 0; k < 48 && Math.abs(hi.angle - lo.angle) > 1e-13; k++) {
    const mid = follow(tracer, px, py, (lo.angle + hi.angle) / 2, ex, ey, sig, opts);
    if (!mid) return undefined;
    if (Math.sign(mid.offset) === Math.sign(lo.offset)) lo = mid;
    else hi = mid;
  }
  return Math.abs(lo.offset) < Math.abs(hi.offset) ? lo : hi;
}

/** Where two lines meet: (x, y) and parameter along the first. */
function meet(a: Crossing, b: Crossing): { x: number; y: number } | null {
  const den = a.ux * b.uy - a.uy * b.ux;
  if (Math.abs(den) < 1e-15) return null;
  const t = ((b.x - a.x) * b.uy - (b.y - a.y) * b.ux) / den;
  return { x: a.x + t * a.ux, y: a.y + t * a.uy };
}

/** The ray of family `sig` from a point through the eye, searched near `angle`. */
function chiefNear(tracer: Tracer, px: number, py: number, angle: number, ex: number, ey: number, sig: number, opts: SightOptions): Crossing | undefined {
  for (let span = 1e-4; span < 0.2; span *= 4) {
    const a = follow(tracer, px, py, angle - span, ex, ey, sig, opts), b = follow(tracer, px, py, angle + span, ex, ey, sig, opts);
    if (a && b && Math.sign(a.offset) !== Math.sign(b.offset)) return bisect(tracer, px, py, a, b, ex, ey, sig, opts);
  }
  return undefined;
}

/** Every way the eye at (ex, ey) sees the point (px, py), strongest first. */
export function sightingsOf(tracer: Tracer, px: number, py: number, ex: number, ey: number, opts: SightOptions): Sighting[] {
  const intervals = directionsToward(tracer, px, py, () => true);
  const toEye = Math.atan2(ey - py, ex - px);
  intervals.push([toEye - 0.02, toEye + 0.02]);
  const total = intervals.reduce((s, [a, b]) => s + (b - a), 0);
  const step = Math.max(STEP_RAD, total / MAX_SAMPLES);
  // Families seen at each sample angle.
  const samples: Map<number, Crossing>[] = [];
  for (const [a, b] of intervals) {
    const n = Math.max(2, Math.ceil((b - a) / step) + 1);
    for (let i = 0; i < n; i++) {
      const angle = a + ((b - a) * i) / (n - 1);
      const c = Math.cos(angle), s = Math.sin(angle), off = opts.startOffsetM ?? 0;
      tracer.trace([{ x: px + off * c, y: py + off * s, dx: c, dy: s, wavelengthM: opts.wavelengthM, intensity: 1 }], opts.trace);
      const m = new Map<number, Crossing>();
      crossings(tracer, ex, ey, angle, m);
      samples.push(m);
    }
    samples.push(new Map()); // no bracket across two intervals
  }
  const found = new Map<number, Crossing>();
  for (let i = 0; i + 1 < samples.length; i++) {
    for (const [sig, a] of samples[i]) {
      const b = samples[i + 1].get(sig);
      if (!b || Math.sign(a.offset) === Math.sign(b.offset) || found.has(sig)) continue;
      // A real bracket, not a jump: neighbouring rays of one family pass close to each other.
      const hit = bisect(tracer, px, py, a, b, ex, ey, sig, opts);
      if (hit && Math.abs(hit.offset) < 1e-6) found.set(sig, hit);
    }
  }
  const out: Sighting[] = [];
  for (const [sig, chief] of found) {
    const eps = 2e-5;
    const a = follow(tracer, px, py, chief.angle - eps, ex, ey, sig, opts), b = follow(tracer, px, py, chief.angle + eps, ex, ey, sig, opts);
    const ux = -chief.ux, uy = -chief.uy;
    let imageX = NaN, imageY = NaN, apparentDistanceM = Infinity;
    const q = a && b ? meet(a, b) : null;
    if (q) {
      apparentDistanceM = (q.x - ex) * ux + (q.y - ey) * uy;
      if (Math.abs(apparentDistanceM) < 1e4) [imageX, imageY] = [q.x, q.y];
      else apparentDistanceM = Infinity;
    }
    // Move the object across the ray it sends (to the ray's left) and see how the apparent direction turns.
    const delta = 1e-4;
    const nx = -Math.sin(chief.angle), ny = Math.cos(chief.angle);
    const moved = chiefNear(tracer, px + delta * nx, py + delta * ny, chief.angle, ex, ey, sig, opts);
    let angularScalePerM = NaN, handedness: 1 | -1 = 1;
    if (moved) {
      const cross = chief.ux * moved.uy - chief.uy * moved.ux;
      angularScalePerM = Math.abs(Math.asin(Math.max(-1, Math.min(1, cross)))) / delta;
      handedness = cross < 0 ? 1 : -1;
    }
    out.push({ ux, uy, apparentDistanceM, imageX, imageY, intensity: chief.intensity, reflections: chief.reflections, angularScalePerM, handedness, sig });
  }
  return out.sort((a, b) => b.intensity - a.intensity);
}
