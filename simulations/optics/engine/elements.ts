/**
 * Shapes of the bench's optical parts as scene elements, placed by a pose (pose.ts). Each builder works in
 * the part's own frame (light along +x; lens axis x; mirrors and screens face −x) and returns elements on
 * the table.
 */
import type { Material } from './material';
import { indexAt, LAMBDA_D_M } from './material';
import { principalPlanes, sag, symmetricLensRadius, thickLensFocalLength } from './paraxial';
import { Frame, type Pose } from './pose';
import type { ElementSpec, SurfaceShape } from './scene';

/** Edge thickness of a convex lens and centre thickness of a concave one (a school lens: about 2 mm). */
export const LENS_EDGE_M = 0.002;
/** The holder ring around a lens, mirror or slit plate: blocks light that misses the glass. */
export const HOLDER_RING_M = 0.008;

function seg(f: Frame, x0: number, y0: number, x1: number, y1: number): SurfaceShape {
  return { shape: 'segment', x0: f.x(x0, y0), y0: f.y(x0, y0), x1: f.x(x1, y1), y1: f.y(x1, y1) };
}

/** An arc of the circle centred at local (cx, 0) through the local point at angle ±half around the direction ±x. */
function arc(f: Frame, cx: number, cy: number, r: number, towardsPlusX: boolean, halfAngle: number): SurfaceShape {
  const c = f.point(cx, cy), u = f.dir(towardsPlusX ? 1 : -1, 0);
  return { shape: 'arc', cx: c.x, cy: c.y, r, ux: u.x, uy: u.y, halfAngle };
}

function polygon(f: Frame, pts: [number, number][]): SurfaceShape[] {
  return pts.map(([x, y], i) => {
    const [x1, y1] = pts[(i + 1) % pts.length];
    return seg(f, x, y, x1, y1);
  });
}

export interface LensShape {
  /** Radii with the tracer's sign convention (paraxial.ts), metres; Infinity for a flat face. */
  r1M: number;
  r2M: number;
  thicknessM: number;
  diameterM: number;
  /** The effective focal length at the d line, and the principal planes from the lens centre. */
  focalLengthM: number;
  h1FromCentreM: number;
  h2FromCentreM: number;
}

/**
 * The symmetric lens with effective focal length f at the d line (biconvex f > 0, biconcave f < 0) and
 * clear diameter D. A convex lens is as thin as its edge allows (edge 2 mm); the thickness and radius are
 * solved together. If D is too large for so strong a lens, D shrinks to what the radius allows (reported).
 */
export function designLens(focalLengthM: number, diameterM: number, mat: Material): LensShape {
  const n = indexAt(mat, LAMBDA_D_M);
  let d = diameterM;
  let t = LENS_EDGE_M;
  let r = symmetricLensRadius(focalLengthM, n, t);
  for (let i = 0; i < 40; i++) {
    if (d / 2 > 0.92 * r) d = 2 * 0.92 * r;
    const s = sag(r, d / 2);
    const next = focalLengthM > 0 ? 2 * s + LENS_EDGE_M : LENS_EDGE_M;
    const rNext = symmetricLensRadius(focalLengthM, n, next);
    if (Math.abs(next - t) < 1e-12 && Math.abs(rNext - r) < 1e-12) break;
    t = next;
    r = rNext;
  }
  const r1M = focalLengthM > 0 ? r : -r, r2M = -r1M;
  const lens = { r1M, r2M, thicknessM: t, n };
  const { h1M, h2M } = principalPlanes(lens);
  return { r1M, r2M, thicknessM: t, diameterM: d, focalLengthM: thickLensFocalLength(lens), h1FromCentreM: -t / 2 + h1M, h2FromCentreM: t / 2 + h2M };
}

/** A lens of a given shape (designLens), with its holder ring. */
export function lensElements(id: string, pose: Pose, shape: LensShape, mat: Material): ElementSpec[] {
  const f = new Frame(pose);
  const h = shape.diameterM / 2;
  const v1 = -shape.thicknessM / 2, v2 = shape.thicknessM / 2;
  const surfaces: SurfaceShape[] = [];
  const rimX = (vx: number, r: number) => (Number.isFinite(r) ? vx + r - Math.sign(r) * Math.sqrt(r * r - h * h) : vx);
  const face = (vx: number, r: number) => (Number.isFinite(r) ? arc(f, vx + r, 0, Math.abs(r), r < 0, Math.asin(h / Math.abs(r))) : seg(f, vx, -h, vx, h));
  surfaces.push(face(v1, shape.r1M), face(v2, shape.r2M));
  const x1 = rimX(v1, shape.r1M), x2 = rimX(v2, shape.r2M);
  if (x2 - x1 > 1e-9) surfaces.push(seg(f, x1, -h, x2, -h), seg(f, x1, h, x2, h));
  const ring = ringElements(`${id}`, f, h, Math.max(Math.abs(x1), Math.abs(x2), 0.002));
  // Convex when neither face curves inwards (R₁ ≥ 0 … flat, R₂ ≤ 0 … flat).
  const convex = !(shape.r1M < 0) && !(shape.r2M > 0);
  return [{ id, behaviour: 'solid', surfaces, material: mat, inside: f.point(0, 0), convex }, ...ring];
}

/** Absorbing holder ring beyond a clear half-aperture h (two short plates across the axis). */
function ringElements(id: string, f: Frame, h: number, halfDepth: number): ElementSpec[] {
  const out = h + HOLDER_RING_M;
  return [
    { id, behaviour: 'absorber', surfaces: polygon(f, [[-halfDepth, -out], [halfDepth, -out], [halfDepth, -h - 1e-6], [-halfDepth, -h - 1e-6]]) },
    { id, behaviour: 'absorber', surfaces: polygon(f, [[-halfDepth, h + 1e-6], [halfDepth, h + 1e-6], [halfDepth, out], [-halfDepth, out]]) },
  ];
}

/** A plane mirror of length L across local y at x = 0, reflecting towards −x; the back absorbs. */
export function planeMirrorElements(id: string, pose: Pose, lengthM: number, reflectance = 0.9): ElementSpec[] {
  const f = new Frame(pose);
  return [{ id, behaviour: 'mirror', surfaces: [seg(f, 0, -lengthM / 2, 0, lengthM / 2)], facing: f.point(-1, 0), reflectance }];
}

/**
 * A spherical mirror with its vertex at the part's centre, facing −x: concave (focal length f > 0, centre of
 * curvature at −2f) or convex (f < 0, centre at +2|f|). Aperture D.
 */
export function sphericalMirrorElements(id: string, pose: Pose, focalLengthM: number, diameterM: number, reflectance = 0.9): ElementSpec[] {
  const f = new Frame(pose);
  const r = 2 * Math.abs(focalLengthM);
  const h = Math.min(diameterM / 2, 0.95 * r);
  const half = Math.asin(h / r);
  if (focalLengthM > 0) return [{ id, behaviour: 'mirror', surfaces: [arc(f, -r, 0, r, true, half)], facing: f.point(-r, 0), reflectance }];
  return [{ id, behaviour: 'mirror', surfaces: [arc(f, r, 0, r, false, half)], facing: f.point(-3 * r, 0), reflectance }];
}

/** A rectangular solid w × h (local x × y) centred on the part: a glass block, a glass plate, a water tank. */
export function rectangleSolid(id: string, pose: Pose, widthM: number, heightM: number, mat: Material, partialReflection: boolean): ElementSpec {
  const f = new Frame(pose);
  const w = widthM / 2, h = heightM / 2;
  return { id, behaviour: 'solid', surfaces: polygon(f, [[-w, -h], [w, -h], [w, h], [-w, h]]), material: mat, inside: f.point(0, 0), partialReflection, convex: true };
}

/** A semicircular block: flat face along local y through the part's centre O, curved face towards +x. */
export function semicircleSolid(id: string, pose: Pose, radiusM: number, mat: Material): ElementSpec {
  const f = new Frame(pose);
  return {
    id,
    behaviour: 'solid',
    surfaces: [seg(f, 0, radiusM, 0, -radiusM), arc(f, 0, 0, radiusM, true, Math.PI / 2)],
    material: mat,
    inside: f.point(radiusM / 2, 0),
    partialReflection: true,
    convex: true,
  };
}

/** The corners of an isosceles prism with apex angle A and equal sides L, apex towards −y, centroid at the origin (local). */
export function prismCorners(apexDeg: number, sideM: number): [number, number][] {
  const a = (apexDeg * Math.PI) / 360;
  const halfBase = sideM * Math.sin(a), height = sideM * Math.cos(a);
  const cy = (2 * height) / 3;
  return [[0, -cy], [halfBase, height - cy], [-halfBase, height - cy]];
}

export function prismSolid(id: string, pose: Pose, apexDeg: number, sideM: number, mat: Material): ElementSpec {
  const f = new Frame(pose);
  return { id, behaviour: 'solid', surfaces: polygon(f, prismCorners(apexDeg, sideM)), material: mat, inside: f.point(0, 0), partialReflection: true, convex: true };
}

/** A white screen of length L across local y at x = 0, facing −x. */
export function screenElements(id: string, pose: Pose, lengthM: number): ElementSpec[] {
  const f = new Frame(pose);
  return [{ id, behaviour: 'screen', surfaces: [seg(f, 0, -lengthM / 2, 0, lengthM / 2)], facing: f.point(-1, 0) }];
}

/** An opaque plate across local y (length L) with openings: [centre, width] pairs along y. */
export function slitPlateElements(id: string, pose: Pose, lengthM: number, openings: [number, number][]): ElementSpec[] {
  const f = new Frame(pose);
  const edges = openings.map(([c, w]) => [c - w / 2, c + w / 2]).sort((a, b) => a[0] - b[0]);
  const surfaces: SurfaceShape[] = [];
  let y = -lengthM / 2;
  for (const [a, b] of edges) {
    if (a > y) surfaces.push(seg(f, 0, y, 0, a));
    y = Math.max(y, b);
  }
  if (y < lengthM / 2) surfaces.push(seg(f, 0, y, 0, lengthM / 2));
  return surfaces.length ? [{ id, behaviour: 'absorber', surfaces }] : [];
}

/** A pin (大头针) stuck upright: a small opaque disc in the plane of the rays. */
export function pinElement(id: string, pose: Pose, radiusM: number): ElementSpec {
  const c = { x: pose.xM, y: pose.yM };
  return { id, behaviour: 'absorber', surfaces: [{ shape: 'arc', cx: c.x, cy: c.y, r: radiusM, ux: 1, uy: 0, halfAngle: Math.PI }] };
}
