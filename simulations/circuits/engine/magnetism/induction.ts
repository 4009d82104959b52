/**
 * Flux and induced EMF.
 *
 * The flux through a loop is computed as the circulation of the vector potential, Φ = ∮ A·dl (Stokes), not
 * by summing B over the disc: A is continuous even where a magnet's surface crosses the disc, so the flux —
 * and the EMF from its change between two frames — is smooth as a magnet is dragged through a coil, with no
 * quadrature jitter on the galvanometer.
 *   A of a ring current: A_φ = (μ0 I/(π k))·√(a/ρ)·((1 − k²/2)K(k) − E(k)),  k² = 4aρ/((a+ρ)² + z²)
 *   (Jackson, Classical Electrodynamics, eq. 5.37); a solenoid sheet or bar magnet: the same integrated
 *   over its length (Gauss–Legendre); a uniform field: A = ½ B × r.
 * A coil of N turns spread over its length links Λ = N·(mean flux over its length).
 * Faraday's law: EMF = −dΛ/dt, taken between steps as −(Λ − Λ_prev)/Δt; a straight conductor of length L
 * moving at v through B: EMF = (v × B)·L, = B·L·v when all three are perpendicular (人教版 选择性必修二, 第二章).
 * Maxwell's mutual inductance of coaxial rings, M = μ0√(ab)·((2/k − k)K(k) − (2/k)E(k)), k² = 4ab/((a+b)² + d²),
 * is given for checks (Maxwell, Treatise on Electricity and Magnetism (1873), vol. 2, §701).
 */
import { ellipticKE } from './elliptic';
import { add, coreMultiplier, cross, dot, MU0, norm, scale, sub, unit, vec, type FieldSource, type Placement, type Vec3 } from './fields';
import { gaussLegendre } from './quadrature';

/** A_φ of a ring (radius a, current I) at (ρ, z) in its own coordinates, T·m. */
export function loopVectorPotentialLocal(radiusM: number, currentA: number, rho: number, z: number): number {
  if (rho <= 0) return 0;
  const a = radiusM;
  const k2 = (4 * a * rho) / ((a + rho) ** 2 + z * z);
  if (k2 >= 1) return 0; // on the wire
  const k = Math.sqrt(k2);
  if (k < 1e-4) {
    // Small k: A_φ ≈ μ0 I a² ρ / (4 (a² + ρ² + z²)^{3/2}) (the dipole limit), avoiding cancellation.
    return (MU0 * currentA * a * a * rho) / (4 * ((a * a + rho * rho + z * z) ** 1.5));
  }
  const { K, E } = ellipticKE(k);
  return ((MU0 * currentA) / (Math.PI * k)) * Math.sqrt(a / rho) * ((1 - k2 / 2) * K - E);
}

/** A_φ of a cylindrical current sheet (n·I A/m over length L), by Gauss–Legendre over its length. */
export function sheetVectorPotentialLocal(radiusM: number, lengthM: number, sheetCurrentApm: number, rho: number, z: number, points = 24): number {
  const { x, w } = gaussLegendre(points);
  const half = lengthM / 2;
  let sum = 0;
  for (let i = 0; i < points; i++) sum += w[i] * loopVectorPotentialLocal(radiusM, 1, rho, z - half * x[i]);
  return sum * half * sheetCurrentApm;
}

function placedPotential(p: Placement, point: Vec3, aPhi: (rho: number, z: number) => number): Vec3 {
  const axis = unit(p.axis);
  const r = sub(point, p.center);
  const z = dot(r, axis);
  const radial = sub(r, scale(axis, z));
  const rho = norm(radial);
  if (rho === 0) return vec(0, 0, 0);
  // φ̂ = axis × ρ̂
  return scale(cross(axis, radial), aPhi(rho, z) / rho);
}

/** Vector potential of the sources at a point, T·m. */
export function vectorPotential(sources: readonly FieldSource[], point: Vec3): Vec3 {
  let a = vec(0, 0, 0);
  for (const s of sources) {
    if (s.kind === 'uniform') a = add(a, scale(cross(s.fieldT, point), 0.5));
    else if (s.kind === 'solenoid') {
      const sol = s.solenoid;
      const sheet = ((sol.turns * sol.currentA) / sol.lengthM) * coreMultiplier(sol);
      a = add(a, placedPotential(sol, point, (rho, z) => sheetVectorPotentialLocal(sol.radiusM, sol.lengthM, sheet, rho, z)));
    } else {
      const m = s.magnet;
      a = add(a, placedPotential(m, point, (rho, z) => sheetVectorPotentialLocal(m.radiusM, m.lengthM, m.remanenceT / MU0, rho, z)));
    }
  }
  return a;
}

export interface Loop {
  center: Vec3;
  /** Unit normal; the flux counts field along it (right-handed with the loop's positive direction). */
  normal: Vec3;
  radiusM: number;
}

/** Φ = ∮ A·dl around the loop (trapezoidal rule on the circle: spectrally accurate for a smooth A), Wb. */
export function fluxThroughLoop(sources: readonly FieldSource[], loop: Loop, points = 48): number {
  const n = unit(loop.normal);
  // Two unit vectors spanning the loop's plane, e1 × e2 = n.
  const helper = Math.abs(n.x) < 0.9 ? vec(1, 0, 0) : vec(0, 1, 0);
  const e1 = unit(cross(helper, n));
  const e2 = cross(n, e1);
  let sum = 0;
  for (let i = 0; i < points; i++) {
    const phi = (2 * Math.PI * i) / points;
    const c = Math.cos(phi);
    const s = Math.sin(phi);
    const p = add(loop.center, add(scale(e1, loop.radiusM * c), scale(e2, loop.radiusM * s)));
    const tangent = add(scale(e1, -s), scale(e2, c));
    sum += dot(vectorPotential(sources, p), tangent);
  }
  return (sum * 2 * Math.PI * loop.radiusM) / points;
}

export interface Coil extends Placement {
  turns: number;
  radiusM: number;
  lengthM: number;
}

/** Flux linkage Λ = N·⟨Φ⟩ of a coil whose turns are spread evenly over its length, Wb-turns. */
export function coilFluxLinkage(sources: readonly FieldSource[], coil: Coil, slices = 4, points = 48): number {
  const axis = unit(coil.axis);
  const { x, w } = gaussLegendre(slices);
  let mean = 0;
  for (let i = 0; i < slices; i++) {
    const center = add(coil.center, scale(axis, (coil.lengthM / 2) * x[i]));
    mean += (w[i] / 2) * fluxThroughLoop(sources, { center, normal: axis, radiusM: coil.radiusM }, points);
  }
  return coil.turns * mean;
}

/** Faraday's law between two instants: EMF = −(Λ − Λ_prev)/Δt, V. */
export function inducedEmfV(previousLinkageWb: number, linkageWb: number, dtS: number): number {
  return -(linkageWb - previousLinkageWb) / dtS;
}

/** EMF across a straight conductor (vector length L, velocity v) in field B: (v × B)·L, V. */
export function motionalEmfV(fieldT: Vec3, velocityMps: Vec3, lengthM: Vec3): number {
  return dot(cross(velocityMps, fieldT), lengthM);
}

/** Mutual inductance of two coaxial rings (radii a, b, axial separation d), H (Maxwell). */
export function mutualInductanceCoaxialRings(aM: number, bM: number, separationM: number): number {
  const k2 = (4 * aM * bM) / ((aM + bM) ** 2 + separationM ** 2);
  const k = Math.sqrt(k2);
  const { K, E } = ellipticKE(k);
  return MU0 * Math.sqrt(aM * bM) * ((2 / k - k) * K - (2 / k) * E);
}
