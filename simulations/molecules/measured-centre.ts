/**
 * The central atom's bond and lone-pair directions when the library gives its measured geometry instead of
 * VSEPR's ideal polyhedron: lone pairs take more room than bonds, so the bonds close up away from them.
 * Pure geometry (unit vectors; the central atom at the origin). Bonds come first in library order.
 */
import type { MeasuredCentre } from './library';
import { TETRAHEDRAL_ANGLE_DEG, type Vec3 } from './vsepr';

const DEG = Math.PI / 180;

export interface CentreDirections {
  bonds: Vec3[];
  lonePairs: Vec3[];
  /** Measured length of each bond, Å (only for `MeasuredCentre`). */
  bondLengthsA?: number[];
}

/** Root polyhedron with one experimental X–A–X angle (AX2E, AX2E2, AX3E). */
export function squeezedCentre(bonded: number, lonePairs: number, angleDeg: number): CentreDirections | undefined {
  const t = angleDeg * DEG;
  if (bonded === 2 && (lonePairs === 1 || lonePairs === 2)) {
    const bonds: Vec3[] = [[Math.sin(t / 2), 0, -Math.cos(t / 2)], [-Math.sin(t / 2), 0, -Math.cos(t / 2)]];
    const lpHalf = (TETRAHEDRAL_ANGLE_DEG / 2) * DEG;
    const lps: Vec3[] = lonePairs === 1 ? [[0, 0, 1]] : [[0, Math.sin(lpHalf), Math.cos(lpHalf)], [0, -Math.sin(lpHalf), Math.cos(lpHalf)]];
    return { bonds, lonePairs: lps };
  }
  if (bonded === 3 && lonePairs === 1) {
    // Three bonds at equal mutual angle t around −z: cos t = (3cos²β − 1)/2 … solved for β from the axis.
    const cosB = Math.sqrt((2 * Math.cos(t) + 1) / 3);
    const sinB = Math.sqrt(1 - cosB * cosB);
    const bonds = [0, 1, 2].map((i): Vec3 => [sinB * Math.cos((2 * Math.PI * i) / 3), sinB * Math.sin((2 * Math.PI * i) / 3), -cosB]);
    return { bonds, lonePairs: [[0, 0, 1]] };
  }
  return undefined;
}

const NEEDS: Record<MeasuredCentre['shape'], [bonded: number, lonePairs: number]> = {
  seesaw: [4, 1],
  't-shaped': [3, 2],
  'square-pyramidal': [5, 1],
};

/**
 * Seesaw: the lone pair along +x in the equatorial (xy) plane, the equatorial bonds at ±(180° − θ_eq/2)
 * from it, the axial bonds in the xz plane bent by (180° − θ_ax)/2 towards −x. T-shape: the equatorial bond
 * along −x, the lone pairs at ±60° from +x, the axial bonds bent towards it by 90° − θ. Square pyramid: the
 * apical bond along +z, the basal bonds at θ from it, the lone pair along −z.
 */
export function measuredCentre(m: MeasuredCentre, bonded: number, lonePairs: number): CentreDirections {
  const [nb, nl] = NEEDS[m.shape];
  if (bonded !== nb || lonePairs !== nl) throw new Error(`measured ${m.shape} geometry needs AX${nb}E${nl}, the atom is AX${bonded}E${lonePairs}`);
  switch (m.shape) {
    case 'seesaw': {
      const half = (m.equatorialAngleDeg / 2) * DEG;
      const bend = ((180 - m.axialAngleDeg) / 2) * DEG;
      return {
        bonds: [[-Math.cos(half), Math.sin(half), 0], [-Math.cos(half), -Math.sin(half), 0], [-Math.sin(bend), 0, Math.cos(bend)], [-Math.sin(bend), 0, -Math.cos(bend)]],
        lonePairs: [[1, 0, 0]],
        bondLengthsA: [m.equatorialBondA, m.equatorialBondA, m.axialBondA, m.axialBondA],
      };
    }
    case 't-shaped': {
      const bend = (90 - m.axialEquatorialAngleDeg) * DEG;
      const s3 = Math.sqrt(3) / 2;
      return {
        bonds: [[-1, 0, 0], [-Math.sin(bend), 0, Math.cos(bend)], [-Math.sin(bend), 0, -Math.cos(bend)]],
        lonePairs: [[0.5, s3, 0], [0.5, -s3, 0]],
        bondLengthsA: [m.equatorialBondA, m.axialBondA, m.axialBondA],
      };
    }
    case 'square-pyramidal': {
      const b = m.apicalBasalAngleDeg * DEG;
      const basal = [0, 1, 2, 3].map((i): Vec3 => [Math.sin(b) * Math.cos((i * Math.PI) / 2), Math.sin(b) * Math.sin((i * Math.PI) / 2), Math.cos(b)]);
      return { bonds: [[0, 0, 1], ...basal], lonePairs: [[0, 0, -1]], bondLengthsA: [m.apicalBondA, ...basal.map(() => m.basalBondA)] };
    }
  }
}
