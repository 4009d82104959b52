/**
 * Magnetic fields of the bench's sources, B in tesla at any point (positions in metres, 3-D, so a bench
 * seen from above uses z = 0 for its plane and the sources' axes lie in it).
 *
 * - Circular loop: the exact field with complete elliptic integrals (W. R. Smythe, Static and Dynamic
 *   Electricity, 3rd ed. (1968), §7.10; J. D. Jackson, Classical Electrodynamics, §5.5).
 * - Finite solenoid: the exact field of a cylindrical current sheet of n·I amperes per metre, inside and
 *   outside, from Bulirsch's complete elliptic integral (N. Derby & S. Olbert, "Cylindrical magnets and ideal
 *   solenoids", Am. J. Phys. 78 (2010) 229). On the axis it reduces to the textbook
 *   B = (μ0·n·I/2)·(cos θ1 − cos θ2); far away it is a dipole of moment N·I·πR².
 * - Iron core: the core is magnetised by the coil's field, M = χ_eff·n·I, which adds a second sheet current
 *   of the same shape, so B is multiplied by μ_eff = 1 + χ_eff with χ_eff = (μr − 1)/(1 + N_d·(μr − 1)) and
 *   N_d the core's demagnetising factor (see inductance.ts). A soft-iron rod of length/diameter 5 gives
 *   μ_eff ≈ 15 whatever μr is: the shape, not the iron, limits it.
 * - Bar magnet: a uniformly magnetised cylinder (remanence B_r) has exactly the field of a solenoid sheet
 *   with μ0·n·I = B_r (Derby & Olbert): inside and out, with field lines that close through the magnet.
 *   `dipoleField` is the far-field (two-pole, point dipole) model, B = μ0/(4π)·(3(m·r̂)r̂ − m)/r³.
 * - The Earth: a constant field; `EARTH_FIELD_CHINA_T` is the horizontal component near Beijing.
 */
import { cel, ellipticKE } from './elliptic';

export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

export const MU0 = 4e-7 * Math.PI;

/**
 * Geomagnetic field near Beijing (WMM2020 for 2025: horizontal ≈ 29 µT pointing (nearly) north, vertical
 * ≈ 47 µT down). A compass on a horizontal bench feels the horizontal part: `{ x: 0, y: 2.9e-5, z: 0 }` with
 * +y north.
 */
export const EARTH_FIELD_CHINA_T = 2.9e-5;

export const vec = (x: number, y: number, z = 0): Vec3 => ({ x, y, z });
export const add = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x + b.x, y: a.y + b.y, z: a.z + b.z });
export const sub = (a: Vec3, b: Vec3): Vec3 => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
export const scale = (a: Vec3, k: number): Vec3 => ({ x: a.x * k, y: a.y * k, z: a.z * k });
export const dot = (a: Vec3, b: Vec3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const cross = (a: Vec3, b: Vec3): Vec3 => ({ x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x });
export const norm = (a: Vec3): number => Math.hypot(a.x, a.y, a.z);
export const unit = (a: Vec3): Vec3 => {
  const n = norm(a);
  return n > 0 ? scale(a, 1 / n) : { x: 0, y: 0, z: 1 };
};

/** Field of a ring current in its own cylindrical coordinates (ρ, z): radial and axial parts, T. */
export function loopFieldLocal(radiusM: number, currentA: number, rho: number, z: number): { bRho: number; bZ: number } {
  const a = radiusM;
  const q = (a + rho) ** 2 + z * z;
  const d = (a - rho) ** 2 + z * z;
  if (d < 1e-24 * a * a) return { bRho: 0, bZ: 0 }; // on the wire itself
  const k = Math.sqrt((4 * a * rho) / q);
  const { K, E } = ellipticKE(Math.min(k, 1 - 1e-16));
  const c = (MU0 * currentA) / (2 * Math.PI * Math.sqrt(q));
  const bZ = c * (K + ((a * a - rho * rho - z * z) / d) * E);
  const bRho = rho < 1e-12 * a ? 0 : ((c * z) / rho) * (-K + ((a * a + rho * rho + z * z) / d) * E);
  return { bRho, bZ };
}

/**
 * Field of a cylindrical current sheet (radius a, length L, sheet current n·I A/m) in its own cylindrical
 * coordinates, centred on the cylinder (Derby & Olbert 2010, eqs. 3–4).
 */
export function sheetFieldLocal(radiusM: number, lengthM: number, sheetCurrentApm: number, rho: number, z: number): { bRho: number; bZ: number } {
  const a = radiusM;
  const b = lengthM / 2;
  const b0 = (MU0 * sheetCurrentApm) / Math.PI;
  const gamma = (a - rho) / (a + rho);
  let bRho = 0;
  let bZ = 0;
  for (const [zz, sign] of [
    [z + b, 1],
    [z - b, -1],
  ] as const) {
    const root = Math.sqrt(zz * zz + (rho + a) ** 2);
    const alpha = a / root;
    const beta = zz / root;
    // On the rim itself (kc = 0) the radial field diverges logarithmically; stay a hair off it.
    const kc = Math.max(Math.sqrt((zz * zz + (a - rho) ** 2) / (zz * zz + (a + rho) ** 2)), 1e-12);
    bRho += sign * alpha * cel(kc, 1, 1, -1);
    bZ += sign * beta * cel(kc, gamma * gamma, 1, gamma);
  }
  return { bRho: b0 * bRho, bZ: ((b0 * a) / (a + rho)) * bZ };
}

/** A source placed on the bench: centre and axis direction (unit vector; for a magnet from S to N). */
export interface Placement {
  center: Vec3;
  axis: Vec3;
}

/** Evaluate a field given in local cylindrical coordinates at a world point. */
function placed(p: Placement, point: Vec3, local: (rho: number, z: number) => { bRho: number; bZ: number }): Vec3 {
  const axis = unit(p.axis);
  const r = sub(point, p.center);
  const z = dot(r, axis);
  const radial = sub(r, scale(axis, z));
  const rho = norm(radial);
  const { bRho, bZ } = local(rho, z);
  const out = scale(axis, bZ);
  return rho > 0 ? add(out, scale(radial, bRho / rho)) : out;
}

export interface Solenoid extends Placement {
  turns: number;
  lengthM: number;
  radiusM: number;
  /** Current in the winding, A; positive circulates right-handed about `axis` (the field inside points along it). */
  currentA: number;
  /** Relative permeability of an iron core filling it (absent or 1: air core). */
  coreRelativePermeability?: number;
}

export interface BarMagnet extends Placement {
  lengthM: number;
  radiusM: number;
  /** Remanence B_r, T: about 0.1–0.4 for ferrite and alnico school magnets, 1.2 for NdFeB. */
  remanenceT: number;
}

export function loopField(loop: Placement & { radiusM: number; currentA: number }, point: Vec3): Vec3 {
  return placed(loop, point, (rho, z) => loopFieldLocal(loop.radiusM, loop.currentA, rho, z));
}

export function solenoidField(s: Solenoid, point: Vec3): Vec3 {
  const muEff = coreMultiplier(s);
  const sheet = ((s.turns * s.currentA) / s.lengthM) * muEff;
  return placed(s, point, (rho, z) => sheetFieldLocal(s.radiusM, s.lengthM, sheet, rho, z));
}

export function barMagnetField(m: BarMagnet, point: Vec3): Vec3 {
  return placed(m, point, (rho, z) => sheetFieldLocal(m.radiusM, m.lengthM, m.remanenceT / MU0, rho, z));
}

/** Magnetic moment of a bar magnet, A·m² (M·V = B_r/μ0 · πR²L), along its axis. */
export function barMagnetMoment(m: BarMagnet): number {
  return (m.remanenceT / MU0) * Math.PI * m.radiusM ** 2 * m.lengthM;
}

/** Point dipole of moment m (A·m², vector) at `center`. */
export function dipoleField(center: Vec3, moment: Vec3, point: Vec3): Vec3 {
  const r = sub(point, center);
  const d = norm(r);
  if (d === 0) return vec(0, 0, 0);
  const rh = scale(r, 1 / d);
  return scale(sub(scale(rh, 3 * dot(moment, rh)), moment), MU0 / (4 * Math.PI * d ** 3));
}

/** μ_eff = 1 + χ_eff of a core that fills the solenoid (1 for air). */
export function coreMultiplier(s: { coreRelativePermeability?: number; lengthM: number; radiusM: number }): number {
  const mur = s.coreRelativePermeability ?? 1;
  if (mur === 1) return 1;
  const nd = demagnetisingFactor(s.lengthM / (2 * s.radiusM));
  return 1 + (mur - 1) / (1 + nd * (mur - 1));
}

/**
 * Axial demagnetising factor of a rod of length/diameter m, taken as that of the prolate spheroid of the
 * same aspect ratio (J. A. Osborn, Phys. Rev. 67 (1945) 351): N = (ln(m + √(m²−1))·m/√(m²−1) − 1)/(m² − 1);
 * 1/3 for a sphere, the oblate form below 1.
 */
export function demagnetisingFactor(m: number): number {
  if (Math.abs(m - 1) < 1e-6) return 1 / 3;
  if (m > 1) {
    const s = Math.sqrt(m * m - 1);
    return ((m / s) * Math.log(m + s) - 1) / (m * m - 1);
  }
  const s = Math.sqrt(1 - m * m);
  return (1 - (m / s) * Math.acos(m)) / (1 - m * m);
}

/** Anything that makes a field, for superposition. */
export type FieldSource = { kind: 'solenoid'; solenoid: Solenoid } | { kind: 'magnet'; magnet: BarMagnet } | { kind: 'uniform'; fieldT: Vec3 };

export function fieldAt(sources: readonly FieldSource[], point: Vec3): Vec3 {
  let b = vec(0, 0, 0);
  for (const s of sources) {
    b = add(b, s.kind === 'solenoid' ? solenoidField(s.solenoid, point) : s.kind === 'magnet' ? barMagnetField(s.magnet, point) : s.fieldT);
  }
  return b;
}
