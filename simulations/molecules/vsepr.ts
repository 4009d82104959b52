/**
 * VSEPR: from the number of bonded atoms (X) and lone pairs (E) on an atom to its electron-domain
 * arrangement, molecular shape and ideal bond angles (Gillespie & Hargittai, The VSEPR Model of Molecular
 * Geometry, 1991; Housecroft & Sharpe, Inorganic Chemistry, 5th ed., Table 2.8).
 */
export type Vec3 = [number, number, number];

export interface VseprShape {
  /** AXₙEₘ notation, e.g. `AX2E2`. */
  notation: string;
  /** i18n key suffix of the shape name, e.g. `bent`. */
  shape: string;
  /** Ideal X–A–X angles, degrees (the first is the one usually quoted). Empty for a diatomic. */
  idealAnglesDeg: number[];
}

const TETRA = (Math.acos(-1 / 3) * 180) / Math.PI; // 109.47°

const SHAPES: Record<string, { shape: string; angles: number[] }> = {
  AX1: { shape: 'linear', angles: [] },
  AX1E1: { shape: 'linear', angles: [] },
  AX1E2: { shape: 'linear', angles: [] },
  AX1E3: { shape: 'linear', angles: [] },
  AX2: { shape: 'linear', angles: [180] },
  AX2E1: { shape: 'bent', angles: [120] },
  AX2E2: { shape: 'bent', angles: [TETRA] },
  AX2E3: { shape: 'linear', angles: [180] },
  AX3: { shape: 'trigonal-planar', angles: [120] },
  AX3E1: { shape: 'trigonal-pyramidal', angles: [TETRA] },
  AX3E2: { shape: 't-shaped', angles: [90, 180] },
  AX4: { shape: 'tetrahedral', angles: [TETRA] },
  AX4E1: { shape: 'seesaw', angles: [90, 120, 180] },
  AX4E2: { shape: 'square-planar', angles: [90, 180] },
  AX5: { shape: 'trigonal-bipyramidal', angles: [90, 120, 180] },
  AX5E1: { shape: 'square-pyramidal', angles: [90] },
  AX6: { shape: 'octahedral', angles: [90, 180] },
  AX7: { shape: 'pentagonal-bipyramidal', angles: [72, 90, 180] },
};

export function vseprShape(bonded: number, lonePairs: number): VseprShape {
  const notation = `AX${bonded}${lonePairs ? `E${lonePairs}` : ''}`;
  const key = `AX${bonded}${lonePairs ? `E${lonePairs}` : ''}`.replace(/^AX1$/, 'AX1');
  const s = SHAPES[key];
  if (!s) throw new Error(`no VSEPR shape for ${notation} (steric number ${bonded + lonePairs}; supported 1 … 7)`);
  return { notation, shape: s.shape, idealAnglesDeg: s.angles };
}

/**
 * Ideal electron-domain directions for a steric number, ordered so that lone pairs, taking the FIRST slots,
 * sit where VSEPR puts them: equatorial in the trigonal bipyramid, trans (axial pair) in the octahedron.
 */
export function domainDirections(steric: number): Vec3[] {
  const s3 = Math.sqrt(3) / 2;
  switch (steric) {
    case 1:
      return [[0, 0, 1]];
    case 2:
      return [[0, 0, 1], [0, 0, -1]];
    case 3:
      return [[0, 0, 1], [s3, 0, -0.5], [-s3, 0, -0.5]];
    case 4: {
      const k = 1 / Math.sqrt(3);
      return [[k, k, k], [-k, -k, k], [k, -k, -k], [-k, k, -k]];
    }
    case 5: // 3 equatorial (xy plane) then 2 axial
      return [[1, 0, 0], [-0.5, s3, 0], [-0.5, -s3, 0], [0, 0, 1], [0, 0, -1]];
    case 6: // axial pair first (trans lone pairs), then the square
      return [[0, 0, 1], [0, 0, -1], [1, 0, 0], [0, 1, 0], [-1, 0, 0], [0, -1, 0]];
    case 7: {
      const eq: Vec3[] = Array.from({ length: 5 }, (_, i) => [Math.cos((2 * Math.PI * i) / 5), Math.sin((2 * Math.PI * i) / 5), 0]);
      return [[0, 0, 1], [0, 0, -1], ...eq];
    }
    default:
      throw new Error(`steric number must be 1 … 7, got ${steric}`);
  }
}

export const TETRAHEDRAL_ANGLE_DEG = TETRA;
