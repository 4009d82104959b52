/**
 * Builds 3D coordinates (Å) from a library entry with VSEPR, as a pure function (no three.js):
 * the central atom gets its ideal domain polyhedron (lone pairs in their VSEPR slots); every further atom
 * completes its own polyhedron around the bonds already placed, staggered/anti to its parent's other
 * neighbours (so ethane is staggered and ethylene planar); rings are placed first (planar hexagon or an
 * ideal chair whose ring angles are exactly tetrahedral).
 */
import { atomStyle, bondLengthA } from './atoms';
import type { MoleculeSpec } from './library';
import { measuredCentre, squeezedCentre, type CentreDirections } from './measured-centre';
import { domainDirections, vseprShape, TETRAHEDRAL_ANGLE_DEG, type Vec3, type VseprShape } from './vsepr';

export interface BuiltMolecule {
  id: string;
  formula: string;
  elements: string[];
  positions: Vec3[];
  bonds: { a: number; b: number; order: number }[];
  /** Lone pairs drawn as small lobes: which atom, and the lobe centre (Å). */
  lonePairs: { atom: number; position: Vec3 }[];
  /** Lone pairs of each atom (counted, shown or not). */
  lonePairCounts: number[];
  /** VSEPR description of atom 0. */
  central: VseprShape & { bonded: number; lonePairs: number };
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec3) => Math.sqrt(dot(a, a));
const unit = (a: Vec3): Vec3 => scale(a, 1 / norm(a));
const DEG = Math.PI / 180;

/** Distance between two atoms, Å. */
export function distanceA(p: Vec3, q: Vec3): number {
  return norm(sub(p, q));
}

/** Angle p–q–r at q, degrees. */
export function angleDeg(p: Vec3, q: Vec3, r: Vec3): number {
  const u = unit(sub(p, q));
  const v = unit(sub(r, q));
  return Math.acos(Math.max(-1, Math.min(1, dot(u, v)))) / DEG;
}

/** Dihedral p–q–r–s, degrees in (−180, 180]. */
export function dihedralDeg(p: Vec3, q: Vec3, r: Vec3, s: Vec3): number {
  const b1 = sub(q, p), b2 = sub(r, q), b3 = sub(s, r);
  const n1 = cross(b1, b2), n2 = cross(b2, b3);
  const m = cross(n1, unit(b2));
  return Math.atan2(dot(m, n2), dot(n1, n2)) / DEG;
}

function anyPerpendicular(u: Vec3): Vec3 {
  const t: Vec3 = Math.abs(u[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  return unit(cross(u, t));
}

/**
 * The directions still free around an atom with steric number `steric`, given unit vectors to the
 * neighbours already placed and (for one known bond) a reference vector to stay anti to.
 */
function completeDomains(known: Vec3[], steric: number, ref: Vec3 | undefined): Vec3[] {
  const k = known.length;
  if (steric === k) return [];
  if (k === 1) {
    const u = known[0];
    let w: Vec3 | undefined;
    if (ref) {
      const perp = sub(ref, scale(u, dot(ref, u)));
      if (norm(perp) > 1e-6) w = unit(scale(perp, -1));
    }
    w ??= anyPerpendicular(u);
    const v = cross(u, w);
    if (steric === 2) return [scale(u, -1)];
    const theta = (steric === 3 ? 120 : TETRAHEDRAL_ANGLE_DEG) * DEG;
    if (steric > 4) throw new Error(`steric number ${steric} is only supported on the central atom`);
    const count = steric - 1;
    return Array.from({ length: count }, (_, i) => {
      const phi = (2 * Math.PI * i) / count;
      return add(scale(u, Math.cos(theta)), scale(add(scale(w!, Math.cos(phi)), scale(v, Math.sin(phi))), Math.sin(theta)));
    });
  }
  if (k === 2) {
    const bis = unit(scale(add(known[0], known[1]), -1));
    if (steric === 3) return [bis];
    if (steric === 4) {
      const n = unit(cross(known[0], known[1]));
      const half = (TETRAHEDRAL_ANGLE_DEG / 2) * DEG;
      return [add(scale(bis, Math.cos(half)), scale(n, Math.sin(half))), add(scale(bis, Math.cos(half)), scale(n, -Math.sin(half)))];
    }
  }
  if (k === 3 && steric === 4) return [unit(scale(add(add(known[0], known[1]), known[2]), -1))];
  throw new Error(`cannot complete ${steric} domains around ${k} placed bonds`);
}

/** Lone pair lobes are drawn this far from their atom, Å. */
export const LONE_PAIR_DISTANCE_A = 0.75;

export function buildMolecule(spec: MoleculeSpec): BuiltMolecule {
  const n = spec.atoms.length;
  const neighbours: { atom: number; order: number }[][] = Array.from({ length: n }, () => []);
  for (const [a, b, order = 1] of spec.bonds) {
    neighbours[a].push({ atom: b, order });
    neighbours[b].push({ atom: a, order });
  }
  const lonePairCounts = spec.atoms.map((el, i) => {
    const used = neighbours[i].reduce((s, x) => s + x.order, 0);
    const lp = (atomStyle(el).valence - used - (spec.charges?.[i] ?? 0)) / 2;
    if (!Number.isInteger(lp) || lp < 0) throw new Error(`${spec.id}: atom ${i} (${el}) has ${lp} lone pairs; check bonds and charges`);
    return lp;
  });
  const positions: (Vec3 | undefined)[] = Array(n).fill(undefined);
  const parent: number[] = Array(n).fill(-1);
  const lonePairs: BuiltMolecule['lonePairs'] = [];
  /** Measured lengths of the central bonds, by neighbour atom (from `measured`). */
  const centralLengthA = new Map<number, number>();
  const length = (a: number, b: number, order: number) => {
    const other = a === 0 ? b : b === 0 ? a : -1;
    if (other >= 0) return centralLengthA.get(other) ?? spec.centralBondA ?? bondLengthA(spec.atoms[a], spec.atoms[b], order);
    return bondLengthA(spec.atoms[a], spec.atoms[b], order);
  };
  const queue: number[] = [];

  const placeChild = (from: number, to: number, order: number, dir: Vec3) => {
    positions[to] = add(positions[from]!, scale(unit(dir), length(from, to, order)));
    parent[to] = from;
    queue.push(to);
  };
  const addLonePairs = (atom: number, dirs: Vec3[]) => {
    for (const d of dirs) lonePairs.push({ atom, position: add(positions[atom]!, scale(unit(d), LONE_PAIR_DISTANCE_A)) });
  };

  if (spec.ring) {
    const ring = spec.ring.atoms;
    const m = ring.length;
    const L = ring.reduce((s, a, i) => s + length(a, ring[(i + 1) % m], neighbours[a].find((x) => x.atom === ring[(i + 1) % m])!.order), 0) / m;
    // Planar regular polygon: radius = side / (2 sin(π/m)). Ideal chair (m = 6): R = L·√(8/9), z = ±R/(4√2) gives 109.47° ring angles.
    const R = spec.ring.kind === 'planar' ? L / (2 * Math.sin(Math.PI / m)) : L * Math.sqrt(8 / 9);
    const h = spec.ring.kind === 'chair' ? R / (4 * Math.SQRT2) : 0;
    ring.forEach((a, i) => {
      const phi = (2 * Math.PI * i) / m;
      positions[a] = [R * Math.cos(phi), R * Math.sin(phi), i % 2 === 0 ? h : -h];
    });
    queue.push(...ring);
  } else {
    positions[0] = [0, 0, 0];
    const bondedN = neighbours[0].length;
    const lp = lonePairCounts[0];
    let root: CentreDirections | undefined;
    if (spec.measured) root = measuredCentre(spec.measured, bondedN, lp);
    else if (spec.centralAngleDeg !== undefined) {
      root = squeezedCentre(bondedN, lp, spec.centralAngleDeg);
      if (!root) throw new Error(`${spec.id}: centralAngleDeg is only for AX2E, AX2E2 and AX3E`);
    }
    const dirs = domainDirections(bondedN + lp);
    const bondDirs = root ? root.bonds : dirs.slice(lp);
    const lpDirs = root ? root.lonePairs : dirs.slice(0, lp);
    root?.bondLengthsA?.forEach((len, i) => centralLengthA.set(neighbours[0][i].atom, len));
    neighbours[0].forEach((nb, i) => placeChild(0, nb.atom, nb.order, bondDirs[i]));
    addLonePairs(0, lpDirs);
  }

  const expanded = new Set<number>(spec.ring ? [] : [0]);
  while (queue.length) {
    const a = queue.shift()!;
    if (expanded.has(a)) continue;
    expanded.add(a);
    const pos = positions[a]!;
    const placed = neighbours[a].filter((x) => positions[x.atom]);
    const free = neighbours[a].filter((x) => !positions[x.atom]);
    const steric = neighbours[a].length + lonePairCounts[a];
    const known = placed.map((x) => unit(sub(positions[x.atom]!, pos)));
    let ref: Vec3 | undefined;
    const p = parent[a];
    if (p >= 0) {
      const q = neighbours[p].find((x) => x.atom !== a && positions[x.atom]);
      if (q) ref = sub(positions[q.atom]!, positions[p]!);
    }
    let dirs = completeDomains(known, steric, ref);
    if (spec.ring?.kind === 'chair' && spec.ring.atoms.includes(a) && dirs.length === 2) {
      // Equatorial first (smaller component along the ring normal z), so heavy substituents go equatorial.
      dirs = [...dirs].sort((d1, d2) => Math.abs(d1[2]) - Math.abs(d2[2]));
      const heavyFirst = [...free].sort((x, y) => (spec.atoms[x.atom] === 'H' ? 1 : 0) - (spec.atoms[y.atom] === 'H' ? 1 : 0));
      free.splice(0, free.length, ...heavyFirst);
    }
    free.forEach((nb, i) => placeChild(a, nb.atom, nb.order, dirs[i]));
    // Show lone pairs of inner atoms (two or more neighbours); terminal atoms' lone pairs would only clutter.
    if (neighbours[a].length >= 2) addLonePairs(a, dirs.slice(free.length));
  }
  if (positions.some((x) => !x)) throw new Error(`${spec.id}: not every atom is connected`);

  const shape = vseprShape(neighbours[0].length, lonePairCounts[0]);
  return {
    id: spec.id,
    formula: spec.formula,
    elements: [...spec.atoms],
    positions: positions as Vec3[],
    bonds: spec.bonds.map(([a, b, order = 1]) => ({ a, b, order: spec.delocalised && (a === 0 || b === 0) ? meanCentralOrder(spec) : order })),
    lonePairs,
    lonePairCounts,
    central: { ...shape, bonded: neighbours[0].length, lonePairs: lonePairCounts[0] },
  };
}

/** Mean order of the bonds at atom 0: 4/3 for CO₃²⁻ and NO₃⁻, 3/2 for SO₄²⁻ (one Lewis structure averaged). */
function meanCentralOrder(spec: MoleculeSpec): number {
  const central = spec.bonds.filter(([a, b]) => a === 0 || b === 0);
  return central.reduce((sum, [, , order = 1]) => sum + order, 0) / central.length;
}

/** All X–A–X angles at atom `center` (degrees, rounded to 0.1°, unique, ascending). */
export function bondAnglesAt(m: BuiltMolecule, center: number): number[] {
  const nb = m.bonds.flatMap((b) => (b.a === center ? [b.b] : b.b === center ? [b.a] : []));
  const out = new Set<number>();
  for (let i = 0; i < nb.length; i++) {
    for (let j = i + 1; j < nb.length; j++) out.add(Math.round(angleDeg(m.positions[nb[i]], m.positions[center], m.positions[nb[j]]) * 10) / 10);
  }
  return [...out].sort((a, b) => a - b);
}
