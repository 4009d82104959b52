/**
 * Exact 2D ray tracing through a compiled scene: at every surface the ray is reflected (mirrors: the angle of
 * reflection equals the angle of incidence, r = d − 2(d·n)n) or refracted by Snell's law in vector form
 * (n₁ sin θ₁ = n₂ sin θ₂; t = η d + (η cos θ₁ − cos θ₂) n with η = n₁/n₂), with total internal reflection
 * when sin θ₂ would exceed 1. Transmitted and reflected intensities follow Fresnel's equations for
 * unpolarised light (the mean of the s and p reflectances; Hecht, Optics, 5th ed., §4.6). Solids may also
 * give off the weak reflected ray as a second ray (a glass plate's image is made of it).
 *
 * The tracer writes every straight piece of every ray into typed arrays it reuses (no allocation per ray),
 * and every ray that ends on a screen into a hit list. A path's signature (a hash of the surfaces it met and
 * what happened at each) tells rays that went the same way through the system from those that did not:
 * image finding (imaging.ts) groups rays by it.
 */
import { AIR_INDEX } from './material';
import { BEHAVIOUR_MIRROR, BEHAVIOUR_SCREEN, BEHAVIOUR_SOLID, SURFACE_STRIDE, type CompiledScene } from './scene';

export interface SourceRay {
  x: number;
  y: number;
  /** Direction (need not be unit length). */
  dx: number;
  dy: number;
  wavelengthM: number;
  /** Relative power carried (1 for a full ray). */
  intensity: number;
  /** Follow this ray's Fresnel reflections (when the trace does). Default true. */
  partial?: boolean;
}

export interface TraceOptions {
  /** Rays leaving the scene are drawn to the edge of this box (metres). */
  bounds: { x0: number; y0: number; x1: number; y1: number };
  /** Paths weaker than this are dropped (relative to 1). Default 0.005. */
  minIntensity?: number;
  /** Most straight pieces in one path (light trapped by total internal reflection ends here). Default 120. */
  maxSegmentsPerPath?: number;
  /** Leave screens out (find where light goes on without them). */
  ignoreScreens?: boolean;
  /** Follow the Fresnel-reflected rays of solids that give them off. Default true. */
  partialReflections?: boolean;
}

/** What happened at the end of a straight piece. */
export const END_ESCAPED = 0;
export const END_REFRACTED = 1;
export const END_REFLECTED = 2;
export const END_TOTAL_INTERNAL = 3;
export const END_ABSORBED = 4;
export const END_SCREEN = 5;
export const END_WEAK = 6;
/** The Fresnel-reflected branch leaves here (its event in the signature). */
const EVENT_PARTIAL = 7;

const EPS = 1e-10;
const SAME_ARC_EPS = 1e-7;
const MAX_DEPTH = 8;

function grow<T extends Float64Array | Float32Array | Int32Array | Uint32Array | Uint8Array>(a: T, need: number): T {
  if (a.length >= need) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** The result of a trace: typed arrays valid until the next trace with the same tracer. */
export class TraceResult {
  segmentCount = 0;
  /** x0, y0, x1, y1 per piece. */
  seg = new Float64Array(4 * 1024);
  segIntensity = new Float32Array(1024);
  segWavelength = new Float32Array(1024);
  /** Index of the source ray the piece descends from. */
  segRay = new Int32Array(1024);
  /** Signature of the path up to the start of the piece. */
  segSig = new Uint32Array(1024);
  /** Surface met at the end (−1: none). */
  segEndSurface = new Int32Array(1024);
  segEnd = new Uint8Array(1024);
  /** Reflections (mirror, total internal, Fresnel) on the path before the piece: images seen after an odd number are reversed. */
  segReflections = new Uint8Array(1024);

  hitCount = 0;
  /** Screen hits: element index, position along the surface from its first end (m), point, direction, power, wavelength, ray, signature. */
  hitElement = new Int32Array(256);
  hitS = new Float64Array(256);
  hitX = new Float64Array(256);
  hitY = new Float64Array(256);
  hitDx = new Float64Array(256);
  hitDy = new Float64Array(256);
  hitIntensity = new Float32Array(256);
  hitWavelength = new Float32Array(256);
  hitRay = new Int32Array(256);
  hitSig = new Uint32Array(256);

  reset() {
    this.segmentCount = 0;
    this.hitCount = 0;
  }

  pushSegment(x0: number, y0: number, x1: number, y1: number, intensity: number, wavelength: number, ray: number, sig: number, surface: number, end: number, reflections = 0) {
    const i = this.segmentCount;
    if (i >= this.segIntensity.length) {
      const n = i * 2;
      this.seg = grow(this.seg, 4 * n);
      this.segIntensity = grow(this.segIntensity, n);
      this.segWavelength = grow(this.segWavelength, n);
      this.segRay = grow(this.segRay, n);
      this.segSig = grow(this.segSig, n);
      this.segEndSurface = grow(this.segEndSurface, n);
      this.segEnd = grow(this.segEnd, n);
      this.segReflections = grow(this.segReflections, n);
    }
    const o = 4 * i;
    this.seg[o] = x0;
    this.seg[o + 1] = y0;
    this.seg[o + 2] = x1;
    this.seg[o + 3] = y1;
    this.segIntensity[i] = intensity;
    this.segWavelength[i] = wavelength;
    this.segRay[i] = ray;
    this.segSig[i] = sig;
    this.segEndSurface[i] = surface;
    this.segEnd[i] = end;
    this.segReflections[i] = reflections;
    this.segmentCount = i + 1;
  }

  pushHit(element: number, s: number, x: number, y: number, dx: number, dy: number, intensity: number, wavelength: number, ray: number, sig: number) {
    const i = this.hitCount;
    if (i >= this.hitS.length) {
      const n = i * 2;
      this.hitElement = grow(this.hitElement, n);
      this.hitS = grow(this.hitS, n);
      this.hitX = grow(this.hitX, n);
      this.hitY = grow(this.hitY, n);
      this.hitDx = grow(this.hitDx, n);
      this.hitDy = grow(this.hitDy, n);
      this.hitIntensity = grow(this.hitIntensity, n);
      this.hitWavelength = grow(this.hitWavelength, n);
      this.hitRay = grow(this.hitRay, n);
      this.hitSig = grow(this.hitSig, n);
    }
    this.hitElement[i] = element;
    this.hitS[i] = s;
    this.hitX[i] = x;
    this.hitY[i] = y;
    this.hitDx[i] = dx;
    this.hitDy[i] = dy;
    this.hitIntensity[i] = intensity;
    this.hitWavelength[i] = wavelength;
    this.hitRay[i] = ray;
    this.hitSig[i] = sig;
    this.hitCount = i + 1;
  }
}

export function nextSignature(sig: number, surface: number, event: number): number {
  return Math.imul((sig ^ (surface * 8 + event + 1)) >>> 0, 0x01000193) >>> 0;
}

/** Traces rays through one compiled scene; reuses its buffers between calls. */
export class Tracer {
  readonly result = new TraceResult();
  // Pending branches (Fresnel reflections): origin, direction, power, wavelength, ray, signature, media stack.
  private qn = 0;
  private qf = new Float64Array(6 * 64);
  private qi = new Int32Array(2 * 64);
  private qsig = new Uint32Array(64);
  private qstack = new Int32Array(MAX_DEPTH * 64);
  private stack = new Int32Array(MAX_DEPTH);
  private depth = 0;
  /** Whether the source ray being traced (and the reflections it gives off) follows Fresnel reflections. */
  private rayPartial = true;
  // The nearest hit found by `nearest`.
  private hitT = 0;
  private hitSurface = -1;
  private orders: Int32Array[] = [];
  /**
   * Per order, the furthest reach of the boxes up to each position (running max of xmax for the +x order,
   * running min of xmin for −x, …): every element before the first position reaching the ray's origin lies
   * wholly behind it and is skipped by a binary search.
   */
  private reach: Float64Array[] = [];

  constructor(readonly scene: CompiledScene) {
    // Elements sorted by where their boxes start along ±x and ±y: a ray going mostly right looks at the
    // elements in order of their left edges and stops once one starts beyond the nearest hit found.
    const idx = [...Array(scene.elementCount).keys()];
    const box = scene.elementBox;
    this.orders = [
      Int32Array.from([...idx].sort((a, b) => box[4 * a] - box[4 * b])), // +x: by xmin
      Int32Array.from([...idx].sort((a, b) => box[4 * b + 2] - box[4 * a + 2])), // −x: by xmax, descending
      Int32Array.from([...idx].sort((a, b) => box[4 * a + 1] - box[4 * b + 1])), // +y: by ymin
      Int32Array.from([...idx].sort((a, b) => box[4 * b + 3] - box[4 * a + 3])), // −y: by ymax, descending
    ];
    // +x: running max of xmax; −x: running min of xmin (negated, so every reach array rises); +y, −y alike.
    const far = [(e: number) => box[4 * e + 2], (e: number) => -box[4 * e], (e: number) => box[4 * e + 3], (e: number) => -box[4 * e + 1]];
    this.reach = this.orders.map((order, k) => {
      const out = new Float64Array(order.length);
      let m = -Infinity;
      order.forEach((e, i) => (out[i] = m = Math.max(m, far[k](e))));
      return out;
    });
  }

  /** Which solids contain a point (its media stack, outermost first). */
  private mediaAt(x: number, y: number): void {
    this.depth = 0;
    const sc = this.scene;
    const box = sc.elementBox;
    for (let e = 0; e < sc.elementCount && this.depth < MAX_DEPTH; e++) {
      if (sc.elementBehaviour[e] !== BEHAVIOUR_SOLID || x < box[4 * e] || x > box[4 * e + 2] || y < box[4 * e + 1] || y > box[4 * e + 3]) continue;
      if (sc.contains(e, x, y)) this.stack[this.depth++] = e;
    }
  }

  private indexTop(wavelength: number, skip = -1): number {
    for (let k = this.depth - 1; k >= 0; k--) if (this.stack[k] !== skip) return this.scene.indexOf(this.stack[k], wavelength);
    return AIR_INDEX;
  }

  /** Nearest surface hit along o + t·d with t in (EPS, maxT); sets hitT / hitSurface; false when none. */
  private nearest(ox: number, oy: number, dx: number, dy: number, maxT: number, lastSurface: number, ignoreScreens: boolean, only: number, skip: number): boolean {
    const sc = this.scene, box = sc.elementBox, data = sc.surfaceData;
    let best = maxT, bestS = -1;
    if (only >= 0) {
      // Inside a convex solid nothing else reaches into: only its own faces.
      bestS = this.surfacesOf(only, ox, oy, dx, dy, lastSurface);
      this.hitSurface = bestS;
      return bestS >= 0;
    }
    const ax = Math.abs(dx), ay = Math.abs(dy);
    const axis = ax >= ay ? (dx >= 0 ? 0 : 1) : dy >= 0 ? 2 : 3;
    const order = this.orders[axis], reach = this.reach[axis];
    const invDx = dx !== 0 ? 1 / dx : Infinity, invDy = dy !== 0 ? 1 / dy : Infinity;
    // First element whose reach gets to the ray's origin along the main direction.
    const here = axis === 0 ? ox : axis === 1 ? -ox : axis === 2 ? oy : -oy;
    let lo = 0, hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reach[mid] < here) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length; k++) {
      const e = order[k];
      const b = 4 * e;
      // Past the nearest hit along the main direction: every later element starts further on.
      if (bestS >= 0) {
        if (axis === 0 && box[b] > ox + best * dx) break;
        if (axis === 1 && box[b + 2] < ox + best * dx) break;
        if (axis === 2 && box[b + 1] > oy + best * dy) break;
        if (axis === 3 && box[b + 3] < oy + best * dy) break;
      }
      if (e === skip || (ignoreScreens && sc.elementBehaviour[e] === BEHAVIOUR_SCREEN)) continue;
      // Slab test of the box against (EPS, best).
      let t0 = EPS, t1 = best;
      if (dx !== 0) {
        const ta = (box[b] - ox) * invDx, tb = (box[b + 2] - ox) * invDx;
        if (ta < tb) {
          if (ta > t0) t0 = ta;
          if (tb < t1) t1 = tb;
        } else {
          if (tb > t0) t0 = tb;
          if (ta < t1) t1 = ta;
        }
      } else if (ox < box[b] || ox > box[b + 2]) continue;
      if (t0 > t1) continue;
      if (dy !== 0) {
        const ta = (box[b + 1] - oy) * invDy, tb = (box[b + 3] - oy) * invDy;
        if (ta < tb) {
          if (ta > t0) t0 = ta;
          if (tb < t1) t1 = tb;
        } else {
          if (tb > t0) t0 = tb;
          if (ta < t1) t1 = ta;
        }
      } else if (oy < box[b + 1] || oy > box[b + 3]) continue;
      if (t0 > t1) continue;
      for (let s = sc.elementFirst[e], end = sc.elementEnd[e]; s < end; s++) {
        const o = s * SURFACE_STRIDE;
        if (data[o] === 0) {
          if (s === lastSurface) continue;
          const ex = data[o + 3], ey = data[o + 4];
          const den = dx * ey - dy * ex;
          if (den === 0) continue;
          const wx = data[o + 1] - ox, wy = data[o + 2] - oy;
          const t = (wx * ey - wy * ex) / den;
          if (t <= EPS || t >= best) continue;
          const u = (wx * dy - wy * dx) / den;
          if (u < 0 || u > 1) continue;
          best = t;
          bestS = s;
        } else {
          const cx = data[o + 1], cy = data[o + 2], r = data[o + 3];
          const fx = ox - cx, fy = oy - cy;
          const bb = fx * dx + fy * dy;
          const c = fx * fx + fy * fy - r * r;
          const disc = bb * bb - c;
          if (disc < 0) continue;
          const sq = Math.sqrt(disc);
          const tMin = s === lastSurface ? SAME_ARC_EPS : EPS;
          const ux = data[o + 4], uy = data[o + 5], lim = r * data[o + 6];
          let t = -bb - sq;
          if (!(t > tMin && t < best && (fx + t * dx) * ux + (fy + t * dy) * uy >= lim)) {
            t = -bb + sq;
            if (!(t > tMin && t < best && (fx + t * dx) * ux + (fy + t * dy) * uy >= lim)) continue;
          }
          best = t;
          bestS = s;
        }
      }
    }
    this.hitT = best;
    this.hitSurface = bestS;
    return bestS >= 0;
  }

  /** Nearest hit among one element's own surfaces (sets hitT; returns the surface or −1). */
  private surfacesOf(e: number, ox: number, oy: number, dx: number, dy: number, lastSurface: number): number {
    const sc = this.scene, data = sc.surfaceData;
    let best = Infinity, bestS = -1;
    for (let s = sc.elementFirst[e], end = sc.elementEnd[e]; s < end; s++) {
      const o = s * SURFACE_STRIDE;
      if (data[o] === 0) {
        if (s === lastSurface) continue;
        const ex = data[o + 3], ey = data[o + 4];
        const den = dx * ey - dy * ex;
        if (den === 0) continue;
        const wx = data[o + 1] - ox, wy = data[o + 2] - oy;
        const t = (wx * ey - wy * ex) / den;
        if (t <= EPS || t >= best) continue;
        const u = (wx * dy - wy * dx) / den;
        if (u < 0 || u > 1) continue;
        best = t;
        bestS = s;
      } else {
        const cx = data[o + 1], cy = data[o + 2], r = data[o + 3];
        const fx = ox - cx, fy = oy - cy;
        const bb = fx * dx + fy * dy;
        const disc = bb * bb - (fx * fx + fy * fy - r * r);
        if (disc < 0) continue;
        const sq = Math.sqrt(disc);
        const tMin = s === lastSurface ? SAME_ARC_EPS : EPS;
        const ux = data[o + 4], uy = data[o + 5], lim = r * data[o + 6];
        let t = -bb - sq;
        if (!(t > tMin && t < best && (fx + t * dx) * ux + (fy + t * dy) * uy >= lim)) {
          t = -bb + sq;
          if (!(t > tMin && t < best && (fx + t * dx) * ux + (fy + t * dy) * uy >= lim)) continue;
        }
        best = t;
        bestS = s;
      }
    }
    this.hitT = best;
    return bestS;
  }

  private queue(ox: number, oy: number, dx: number, dy: number, intensity: number, wavelength: number, ray: number, sig: number, segments: number, reflections: number) {
    const i = this.qn;
    if (i >= this.qsig.length) {
      const n = i * 2;
      this.qf = grow(this.qf, 6 * n);
      this.qi = grow(this.qi, 2 * n);
      this.qsig = grow(this.qsig, n);
      this.qstack = grow(this.qstack, MAX_DEPTH * n);
    }
    const q = this.qf, b = 6 * i;
    q[b] = ox;
    q[b + 1] = oy;
    q[b + 2] = dx;
    q[b + 3] = dy;
    q[b + 4] = intensity;
    q[b + 5] = wavelength;
    this.qi[2 * i] = ray;
    this.qi[2 * i + 1] = (segments & 0xfff) | (Math.min(reflections, 255) << 12) | (this.depth << 24);
    this.qsig[i] = sig;
    for (let k = 0; k < this.depth; k++) this.qstack[MAX_DEPTH * i + k] = this.stack[k];
    this.qn = i + 1;
  }

  /**
   * Trace rays; the result replaces the previous one. Each source ray starts in whatever solids contain its
   * origin (a lamp inside a water tank starts in water).
   */
  trace(rays: ArrayLike<SourceRay>, opts: TraceOptions, append = false): TraceResult {
    const out = this.result;
    if (!append) out.reset();
    for (let r = 0; r < rays.length; r++) {
      const s = rays[r];
      const len = Math.hypot(s.dx, s.dy);
      if (!(len > 0)) continue;
      this.mediaAt(s.x, s.y);
      this.rayPartial = s.partial !== false;
      this.tracePath(s.x, s.y, s.dx / len, s.dy / len, s.intensity, s.wavelengthM, r, 0, 0, opts, 0);
      while (this.qn > 0) {
        const i = --this.qn;
        const f = this.qf;
        const meta = this.qi[2 * i + 1];
        this.depth = meta >>> 24;
        for (let k = 0; k < this.depth; k++) this.stack[k] = this.qstack[MAX_DEPTH * i + k];
        this.tracePath(f[6 * i], f[6 * i + 1], f[6 * i + 2], f[6 * i + 3], f[6 * i + 4], f[6 * i + 5], this.qi[2 * i], this.qsig[i], meta & 0xfff, opts, (meta >>> 12) & 0xff);
      }
    }
    return out;
  }

  private tracePath(ox: number, oy: number, dx: number, dy: number, intensity: number, wavelength: number, ray: number, sig: number, segments: number, opts: TraceOptions, refl: number) {
    const sc = this.scene, data = sc.surfaceData, out = this.result;
    const minI = opts.minIntensity ?? 0.005;
    const maxSeg = opts.maxSegmentsPerPath ?? 120;
    const partial = opts.partialReflections !== false && this.rayPartial;
    const ignoreScreens = opts.ignoreScreens === true;
    let last = -1;
    // Inside a lone convex solid: only its faces can be next; just out of a convex solid: it cannot be.
    let only = -1, skip = -1;
    if (this.depth > 0 && sc.elementConvex[this.stack[this.depth - 1]] === 2) only = this.stack[this.depth - 1];
    while (true) {
      if (segments >= maxSeg || intensity < minI) {
        // Trapped (or spent): end where it is, without a piece to infinity.
        return;
      }
      if (!this.nearest(ox, oy, dx, dy, Infinity, last, ignoreScreens, only, skip)) {
        const tb = exitDistance(ox, oy, dx, dy, opts.bounds);
        out.pushSegment(ox, oy, ox + tb * dx, oy + tb * dy, intensity, wavelength, ray, sig, -1, END_ESCAPED, refl);
        return;
      }
      const t = this.hitT, s = this.hitSurface, e = sc.surfaceElement[s];
      const hx = ox + t * dx, hy = oy + t * dy;
      const o = s * SURFACE_STRIDE;
      let nx: number, ny: number;
      if (data[o] === 0) {
        nx = data[o + 5];
        ny = data[o + 6];
      } else {
        const k = data[o + 7] / data[o + 3];
        nx = (hx - data[o + 1]) * k;
        ny = (hy - data[o + 2]) * k;
      }
      const dn = dx * nx + dy * ny;
      const behaviour = sc.elementBehaviour[e];
      segments++;
      only = -1;
      skip = -1;
      if (behaviour === BEHAVIOUR_SOLID) {
        const entering = dn < 0;
        // Facing normal (against the ray) and cos θ₁.
        const fx = entering ? nx : -nx, fy = entering ? ny : -ny;
        const cosI = -(dx * fx + dy * fy);
        const n1 = entering ? this.indexTop(wavelength) : sc.indexOf(e, wavelength);
        const n2 = entering ? sc.indexOf(e, wavelength) : this.indexTop(wavelength, e);
        const eta = n1 / n2;
        const sin2T = eta * eta * (1 - cosI * cosI);
        if (sin2T > 1) {
          out.pushSegment(ox, oy, hx, hy, intensity, wavelength, ray, sig, s, END_TOTAL_INTERNAL, refl);
          sig = nextSignature(sig, s, END_TOTAL_INTERNAL);
          refl++;
          dx += 2 * cosI * fx;
          dy += 2 * cosI * fy;
          if (sc.elementConvex[e] === 2 && !entering) only = e;
        } else {
          const cosT = Math.sqrt(1 - sin2T);
          const rs = (n1 * cosI - n2 * cosT) / (n1 * cosI + n2 * cosT);
          const rp = (n2 * cosI - n1 * cosT) / (n2 * cosI + n1 * cosT);
          const R = (rs * rs + rp * rp) / 2;
          out.pushSegment(ox, oy, hx, hy, intensity, wavelength, ray, sig, s, END_REFRACTED, refl);
          if (partial && sc.elementPartial[e] && intensity * R >= minI) {
            this.queue(hx, hy, dx + 2 * cosI * fx, dy + 2 * cosI * fy, intensity * R, wavelength, ray, nextSignature(sig, s, EVENT_PARTIAL), segments, refl + 1);
          }
          sig = nextSignature(sig, s, END_REFRACTED);
          intensity *= 1 - R;
          const k = eta * cosI - cosT;
          dx = eta * dx + k * fx;
          dy = eta * dy + k * fy;
          if (entering) {
            if (this.depth < MAX_DEPTH) this.stack[this.depth++] = e;
            if (sc.elementConvex[e] === 2) only = e;
          } else {
            if (sc.elementConvex[e]) skip = e;
            // Leave e wherever it is in the stack (overlapping solids leave in any order).
            let w = 0;
            for (let i = 0; i < this.depth; i++) if (this.stack[i] !== e) this.stack[w++] = this.stack[i];
            this.depth = w;
          }
        }
      } else if (behaviour === BEHAVIOUR_MIRROR) {
        if (dn < 0 || sc.elementTwoSided[e]) {
          out.pushSegment(ox, oy, hx, hy, intensity, wavelength, ray, sig, s, END_REFLECTED, refl);
          sig = nextSignature(sig, s, END_REFLECTED);
          refl++;
          dx -= 2 * dn * nx;
          dy -= 2 * dn * ny;
          intensity *= sc.elementReflectance[e];
        } else {
          out.pushSegment(ox, oy, hx, hy, intensity, wavelength, ray, sig, s, END_ABSORBED, refl);
          return;
        }
      } else if (behaviour === BEHAVIOUR_SCREEN) {
        out.pushSegment(ox, oy, hx, hy, intensity, wavelength, ray, sig, s, END_SCREEN, refl);
        if (dn < 0 || sc.elementTwoSided[e]) {
          const along = data[o] === 0 ? Math.sqrt((hx - data[o + 1]) ** 2 + (hy - data[o + 2]) ** 2) : 0;
          out.pushHit(e, along, hx, hy, dx, dy, intensity, wavelength, ray, sig);
        }
        return;
      } else {
        out.pushSegment(ox, oy, hx, hy, intensity, wavelength, ray, sig, s, END_ABSORBED, refl);
        return;
      }
      const l = Math.sqrt(dx * dx + dy * dy);
      dx /= l;
      dy /= l;
      ox = hx;
      oy = hy;
      last = s;
    }
  }
}

/** Distance along a unit direction from a point to the edge of a box (0 when the point is outside it). */
export function exitDistance(ox: number, oy: number, dx: number, dy: number, b: { x0: number; y0: number; x1: number; y1: number }): number {
  let t = Infinity;
  if (dx > 0) t = Math.min(t, (b.x1 - ox) / dx);
  else if (dx < 0) t = Math.min(t, (b.x0 - ox) / dx);
  if (dy > 0) t = Math.min(t, (b.y1 - oy) / dy);
  else if (dy < 0) t = Math.min(t, (b.y0 - oy) / dy);
  return Number.isFinite(t) && t > 0 ? t : 0;
}
