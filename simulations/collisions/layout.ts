/**
 * Starting layouts: two carts on a track, or N discs scattered over a table without overlaps
 * (seeded, so the same seed always gives the same table).
 */
import { SeededRandom } from '../core/rng';

/** Track: 3 m long, carts 0.2 m wide (collision extent), resting on y = 0. */
export const TRACK_LENGTH_M = 3;
export const CART_WIDTH_M = 0.2;
export const CART_HEIGHT_M = 0.12;
/** Table: 2 m × 1.2 m, origin at the lower-left corner. */
export const TABLE_WIDTH_M = 2;
export const TABLE_HEIGHT_M = 1.2;

export interface BodyLayout {
  x: number;
  y: number;
  vx: number;
  vy: number;
  massKg: number;
  /** Disc radius, or half the cart width, m. */
  radiusM: number;
}

export function trackLayout(m1: number, m2: number, v1: number, v2: number): BodyLayout[] {
  return [
    { x: 0.9, y: 0, vx: v1, vy: 0, massKg: m1, radiusM: CART_WIDTH_M / 2 },
    { x: 2.1, y: 0, vx: v2, vy: 0, massKg: m2, radiusM: CART_WIDTH_M / 2 },
  ];
}

/** Disc radius so that N discs cover at most ~30% of the table (random placement stays easy). */
export function discRadiusM(count: number): number {
  return Math.min(0.06, Math.sqrt((0.3 * TABLE_WIDTH_M * TABLE_HEIGHT_M) / (count * Math.PI)));
}

/**
 * Discs 1 and 2 are the two "named" bodies: they start on a head-on course in the middle of the table
 * with the chosen masses and velocities (along x). The others get alternating masses m1/m2, random
 * positions (no overlaps) and random directions with speeds up to `speedMps`.
 */
export function tableLayout(count: number, m1: number, m2: number, v1: number, v2: number, speedMps: number, seed: number): BodyLayout[] {
  const rng = new SeededRandom(seed);
  const r = discRadiusM(count);
  const ymid = TABLE_HEIGHT_M / 2;
  const bodies: BodyLayout[] = [
    { x: TABLE_WIDTH_M * 0.3, y: ymid, vx: v1, vy: 0, massKg: m1, radiusM: r },
    { x: TABLE_WIDTH_M * 0.7, y: ymid, vx: v2, vy: 0, massKg: m2, radiusM: r },
  ];
  const free = (x: number, y: number) => bodies.every((b) => (b.x - x) ** 2 + (b.y - y) ** 2 >= (2.05 * r) ** 2);
  for (let i = 2; i < count; i++) {
    let placed = false;
    for (let attempt = 0; attempt < 2000 && !placed; attempt++) {
      const x = r + rng.next() * (TABLE_WIDTH_M - 2 * r);
      const y = r + rng.next() * (TABLE_HEIGHT_M - 2 * r);
      if (!free(x, y)) continue;
      const angle = 2 * Math.PI * rng.next();
      const speed = speedMps * rng.next();
      bodies.push({ x, y, vx: speed * Math.cos(angle), vy: speed * Math.sin(angle), massKg: i % 2 === 0 ? m1 : m2, radiusM: r });
      placed = true;
    }
    if (!placed) throw new Error(`discCount: could not place ${count} discs on the table; allowed: 2 … 300`);
  }
  return bodies;
}
