/**
 * An optical scene: elements (a glass solid, a mirror, an absorber, a screen) bounded by straight segments
 * and circular arcs in the plane, compiled into flat typed arrays for the tracer (tracer.ts).
 *
 * Coordinates are metres in the bench table's frame (x right, y down); nothing here depends on that.
 * Which side of a surface is which comes from a point the element gives: for a solid, a point inside it
 * (each surface's normal is then turned outward); for a mirror or a screen, a point its working face
 * looks at (a plane mirror reflects on that side only; its back is painted and absorbs).
 */
import type { Material } from './material';

export interface Point {
  x: number;
  y: number;
}

export type SurfaceShape =
  | { shape: 'segment'; x0: number; y0: number; x1: number; y1: number }
  /**
   * The part of the circle (centre, radius) within `halfAngle` radians of the direction (ux, uy) seen from the
   * centre: a lens face, a spherical mirror.
   */
  | { shape: 'arc'; cx: number; cy: number; r: number; ux: number; uy: number; halfAngle: number };

export type ElementBehaviour = 'solid' | 'mirror' | 'absorber' | 'screen';

export interface ElementSpec {
  /** Who it belongs to (a part id); hits and diagnostics name it. */
  id: string;
  behaviour: ElementBehaviour;
  surfaces: SurfaceShape[];
  /** Solids: the material. */
  material?: Material;
  /** Solids: a point inside. */
  inside?: Point;
  /** Mirrors and screens: a point the working face looks at. Absent: both faces work. */
  facing?: Point;
  /** Solids: the weak Fresnel-reflected ray is traced too (blocks, plates, prisms; lenses leave ghosts out). */
  partialReflection?: boolean;
  /** Mirrors: fraction of the light reflected (default 0.9, an aluminised school mirror). */
  reflectance?: number;
  /** Solids: convex (a ray that leaves it cannot meet it again; a biconcave lens is not). Speeds tracing. */
  convex?: boolean;
}

export const BEHAVIOUR_SOLID = 0;
export const BEHAVIOUR_MIRROR = 1;
export const BEHAVIOUR_ABSORBER = 2;
export const BEHAVIOUR_SCREEN = 3;

const BEHAVIOUR_CODE: Record<ElementBehaviour, number> = { solid: BEHAVIOUR_SOLID, mirror: BEHAVIOUR_MIRROR, absorber: BEHAVIOUR_ABSORBER, screen: BEHAVIOUR_SCREEN };

/** Per-surface record: kind, geometry, oriented normal. Stride SURFACE_STRIDE in `surfaceData`. */
export const SURFACE_STRIDE = 8;
// Segment: [0 kind=0, 1 x0, 2 y0, 3 ex, 4 ey, 5 nx, 6 ny, 7 —]
// Arc:     [0 kind=1, 1 cx, 2 cy, 3 r, 4 ux, 5 uy, 6 cosHalf, 7 normalSign]

export class CompiledScene {
  readonly surfaceCount: number;
  readonly elementCount: number;
  readonly surfaceData: Float64Array;
  /** Element index of each surface. */
  readonly surfaceElement: Int32Array;
  /** Per element: behaviour code, two-sided flag, partial reflection flag. */
  readonly elementBehaviour: Uint8Array;
  readonly elementTwoSided: Uint8Array;
  readonly elementPartial: Uint8Array;
  /** Per element: Cauchy a, b (solids), reflectance (mirrors). */
  readonly elementA: Float64Array;
  readonly elementB: Float64Array;
  readonly elementReflectance: Float64Array;
  /** Per element: first surface and one past the last. */
  readonly elementFirst: Int32Array;
  readonly elementEnd: Int32Array;
  /** Per element: bounding box (xmin, ymin, xmax, ymax), stride 4. */
  readonly elementBox: Float64Array;
  /** Per element: a convex solid (1), and one whose box meets no other element's box (2 = convex and alone). */
  readonly elementConvex: Uint8Array;
  readonly ids: string[];

  constructor(readonly elements: readonly ElementSpec[]) {
    const n = elements.reduce((s, e) => s + e.surfaces.length, 0);
    this.surfaceCount = n;
    this.elementCount = elements.length;
    this.surfaceData = new Float64Array(n * SURFACE_STRIDE);
    this.surfaceElement = new Int32Array(n);
    const m = elements.length;
    this.elementBehaviour = new Uint8Array(m);
    this.elementTwoSided = new Uint8Array(m);
    this.elementPartial = new Uint8Array(m);
    this.elementA = new Float64Array(m);
    this.elementB = new Float64Array(m);
    this.elementReflectance = new Float64Array(m);
    this.elementFirst = new Int32Array(m);
    this.elementEnd = new Int32Array(m);
    this.elementBox = new Float64Array(m * 4);
    this.elementConvex = new Uint8Array(m);
    this.ids = elements.map((e) => e.id);
    let s = 0;
    elements.forEach((e, i) => {
      const code = BEHAVIOUR_CODE[e.behaviour];
      this.elementBehaviour[i] = code;
      if (code === BEHAVIOUR_SOLID) {
        if (!e.material || !e.inside) throw new Error(`solid ${e.id} needs a material and a point inside`);
        this.elementA[i] = e.material.a;
        this.elementB[i] = e.material.b;
        this.elementPartial[i] = e.partialReflection ? 1 : 0;
      }
      this.elementTwoSided[i] = code !== BEHAVIOUR_SOLID && !e.facing ? 1 : 0;
      this.elementReflectance[i] = e.reflectance ?? 0.9;
      this.elementFirst[i] = s;
      let xmin = Infinity, ymin = Infinity, xmax = -Infinity, ymax = -Infinity;
      for (const sf of e.surfaces) {
        const o = s * SURFACE_STRIDE;
        const d = this.surfaceData;
        this.surfaceElement[s] = i;
        if (sf.shape === 'segment') {
          const ex = sf.x1 - sf.x0, ey = sf.y1 - sf.y0;
          const len = Math.hypot(ex, ey);
          if (!(len > 0)) throw new Error(`element ${e.id}: a surface of zero length`);
          let nx = ey / len, ny = -ex / len;
          const mx = (sf.x0 + sf.x1) / 2, my = (sf.y0 + sf.y1) / 2;
          if (code === BEHAVIOUR_SOLID) {
            if (nx * (mx - e.inside!.x) + ny * (my - e.inside!.y) < 0) [nx, ny] = [-nx, -ny];
          } else if (e.facing && nx * (e.facing.x - mx) + ny * (e.facing.y - my) < 0) [nx, ny] = [-nx, -ny];
          d.set([0, sf.x0, sf.y0, ex, ey, nx, ny, 0], o);
          xmin = Math.min(xmin, sf.x0, sf.x1);
          xmax = Math.max(xmax, sf.x0, sf.x1);
          ymin = Math.min(ymin, sf.y0, sf.y1);
          ymax = Math.max(ymax, sf.y0, sf.y1);
        } else {
          const ul = Math.hypot(sf.ux, sf.uy);
          if (!(sf.r > 0) || !(ul > 0)) throw new Error(`element ${e.id}: an arc needs a radius and a direction`);
          const ux = sf.ux / ul, uy = sf.uy / ul;
          let sign = 1;
          const inCircle = (p: Point) => Math.hypot(p.x - sf.cx, p.y - sf.cy) < sf.r;
          if (code === BEHAVIOUR_SOLID) sign = inCircle(e.inside!) ? 1 : -1;
          else if (e.facing) sign = inCircle(e.facing) ? -1 : 1;
          d.set([1, sf.cx, sf.cy, sf.r, ux, uy, Math.cos(sf.halfAngle), sign], o);
          // Box of the arc: its end points and any axis extreme within it.
          const a0 = Math.atan2(uy, ux);
          const pts: [number, number][] = [-1, 1].map((k) => [sf.cx + sf.r * Math.cos(a0 + k * sf.halfAngle), sf.cy + sf.r * Math.sin(a0 + k * sf.halfAngle)]);
          for (const [ax, ay] of [[1, 0], [0, 1], [-1, 0], [0, -1]]) if (ax * ux + ay * uy >= Math.cos(sf.halfAngle)) pts.push([sf.cx + ax * sf.r, sf.cy + ay * sf.r]);
          for (const [x, y] of pts) {
            xmin = Math.min(xmin, x);
            xmax = Math.max(xmax, x);
            ymin = Math.min(ymin, y);
            ymax = Math.max(ymax, y);
          }
        }
        s++;
      }
      this.elementEnd[i] = s;
      const pad = 1e-9;
      this.elementBox.set([xmin - pad, ymin - pad, xmax + pad, ymax + pad], i * 4);
      this.elementConvex[i] = code === BEHAVIOUR_SOLID && e.convex ? 1 : 0;
    });
    // A convex solid no other element reaches into: a ray inside it can only meet its own faces.
    const b = this.elementBox;
    for (let i = 0; i < m; i++) {
      if (!this.elementConvex[i]) continue;
      let alone = true;
      for (let j = 0; j < m && alone; j++) {
        if (j !== i && b[4 * j] <= b[4 * i + 2] && b[4 * j + 2] >= b[4 * i] && b[4 * j + 1] <= b[4 * i + 3] && b[4 * j + 3] >= b[4 * i + 1]) alone = false;
      }
      if (alone) this.elementConvex[i] = 2;
    }
  }

  /** Index of refraction of element `e` at a wavelength (solids only). */
  indexOf(e: number, wavelengthM: number): number {
    const um = wavelengthM * 1e6;
    return this.elementA[e] + this.elementB[e] / (um * um);
  }

  /** Whether a point lies inside a solid (even–odd count of crossings of a ray in +x). */
  contains(e: number, x: number, y: number): boolean {
    let crossings = 0;
    for (let s = this.elementFirst[e]; s < this.elementEnd[e]; s++) {
      const o = s * SURFACE_STRIDE, d = this.surfaceData;
      if (d[o] === 0) {
        const x0 = d[o + 1], y0 = d[o + 2], x1 = x0 + d[o + 3], y1 = y0 + d[o + 4];
        if (y0 > y !== y1 > y && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) crossings++;
      } else {
        const cx = d[o + 1], cy = d[o + 2], r = d[o + 3], ux = d[o + 4], uy = d[o + 5], cosHalf = d[o + 6];
        const dy = y - cy;
        if (Math.abs(dy) >= r) continue;
        const h = Math.sqrt(r * r - dy * dy);
        if (cx - h > x && (-h * ux + dy * uy) / r >= cosHalf) crossings++;
        if (cx + h > x && (h * ux + dy * uy) / r >= cosHalf) crossings++;
      }
    }
    return crossings % 2 === 1;
  }
}
