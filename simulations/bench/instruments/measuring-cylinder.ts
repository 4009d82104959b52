/**
 * A graduated measuring cylinder (量筒) read as students are taught (人教版 八年级上册 第六章第3节 "测量物质的
 * 密度"): see its range (量程) and smallest division (分度值); with the eye level with the bottom of the
 * concave meniscus (视线与凹液面的底部相平), read to the division.
 *
 * The model gives the true volume (liquid plus whatever is immersed); the cylinder gives the level, the
 * meniscus, and what a student reads from where their eye is:
 *
 *  - the marks are calibrated at the bottom of the meniscus, the level rises by V / (π r²);
 *  - the meniscus climbs the wall by h = l_c·√(2(1 − sin θ)), l_c = √(γ / (ρ g)) the capillary length and θ
 *    the contact angle (a liquid against a vertical wall: de Gennes, Brochard-Wyart, Quéré, "Capillarity and
 *    Wetting Phenomena", 2004, eq. 1.20); water in glass rises ≈ 3.8 mm, which is what reading the edge
 *    instead of the bottom adds;
 *  - parallax: the meniscus bottom is at the axis, a radius r behind the scale on the front of the glass, so
 *    a sight line at angle α below the horizontal crosses the scale r·tan α higher than the meniscus:
 *    reading from above reads high (俯视偏大), from below low (仰视偏小), by π r³ tan α in volume;
 *  - range: below the first mark there is no reading; above the top mark the spare height fills, then it
 *    spills.
 * Pure: knows nothing about benches.
 */

import { readToDivision } from './scale-reading';

export interface CylinderSpec {
  capacityMl: number;
  divisionMl: number;
  /** Inner radius of the glass, metres. */
  innerRadiusM: number;
  /** The lowest numbered mark (below it the bottom is moulded and not graduated). */
  firstMarkMl: number;
  /** What it holds above the top mark before it spills. */
  spareMl: number;
}

/** School cylinders (GB/T 12804, ISO 4788 class B sizes): capacity, division, inner radius. */
export const CYLINDERS: Record<string, CylinderSpec> = {
  '10': { capacityMl: 10, divisionMl: 0.2, innerRadiusM: 0.0068, firstMarkMl: 1, spareMl: 2 },
  '50': { capacityMl: 50, divisionMl: 1, innerRadiusM: 0.0115, firstMarkMl: 5, spareMl: 8 },
  '100': { capacityMl: 100, divisionMl: 1, innerRadiusM: 0.014, firstMarkMl: 10, spareMl: 15 },
  '250': { capacityMl: 250, divisionMl: 2, innerRadiusM: 0.0195, firstMarkMl: 20, spareMl: 35 },
};

export type EyePosition = 'above' | 'level' | 'below';

/** The sight line's angle below the horizontal, degrees, for each place of the eye. */
export const EYE_ANGLE_DEG: Record<EyePosition, number> = { above: 15, level: 0, below: -15 };

/** A liquid's properties the meniscus depends on. */
export interface MeniscusLiquid {
  densityKgM3: number;
  surfaceTensionNpm: number;
  /** Contact angle with glass, degrees (0 for water on clean glass). */
  contactAngleDeg: number;
}

const ML = 1e-6; // m³ per mL

/** Height of the meniscus bottom above the inside of the base, metres (the marks are calibrated there). */
export function levelM(volumeMl: number, spec: CylinderSpec): number {
  return (Math.min(volumeMl, spec.capacityMl + spec.spareMl) * ML) / (Math.PI * spec.innerRadiusM ** 2);
}

/** Height of the mark for a volume, metres above the inside of the base. */
export function markM(volumeMl: number, spec: CylinderSpec): number {
  return (volumeMl * ML) / (Math.PI * spec.innerRadiusM ** 2);
}

/** Capillary length √(γ/(ρg)) and the meniscus' rise at the wall above its bottom, metres. */
export function meniscus(liquid: MeniscusLiquid, gMps2 = 9.8): { capillaryLengthM: number; wallRiseM: number } {
  const capillaryLengthM = Math.sqrt(liquid.surfaceTensionNpm / (liquid.densityKgM3 * gMps2));
  const theta = (liquid.contactAngleDeg * Math.PI) / 180;
  return { capillaryLengthM, wallRiseM: capillaryLengthM * Math.sqrt(2 * (1 - Math.sin(theta))) };
}

/** I₀, the modified Bessel function of the first kind (power series; enough terms for x ≤ 30). */
function besselI0(x: number): number {
  let sum = 1, term = 1;
  for (let k = 1; k < 80; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-16 * sum) break;
  }
  return sum;
}

/**
 * Height of the meniscus at a distance from the axis (0 … r) above its bottom, metres: the linearised
 * Young–Laplace equation in a round tube gives z ∝ I₀(ρ / l_c) (de Gennes et al. 2004, §1.2), scaled to the
 * wall rise.
 */
export function meniscusHeightM(fromAxisM: number, liquid: MeniscusLiquid, spec: CylinderSpec, gMps2 = 9.8): number {
  const { capillaryLengthM, wallRiseM } = meniscus(liquid, gMps2);
  const x = Math.min(spec.innerRadiusM, Math.abs(fromAxisM));
  return (wallRiseM * (besselI0(x / capillaryLengthM) - 1)) / (besselI0(spec.innerRadiusM / capillaryLengthM) - 1);
}

/** Where the eye's sight line through the meniscus bottom meets the scale, as a volume error, mL. */
export function parallaxMl(eye: EyePosition, spec: CylinderSpec): number {
  const dy = spec.innerRadiusM * Math.tan((EYE_ANGLE_DEG[eye] * Math.PI) / 180);
  return (dy * Math.PI * spec.innerRadiusM ** 2) / ML;
}

export type CylinderStatus = 'ok' | 'belowScale' | 'aboveScale' | 'spilled' | 'empty';

export interface CylinderReading {
  /** Where the eye sees the meniscus bottom on the scale, mL (continuous). */
  seenMl: number;
  /** What the student writes: `seenMl` to the division; NaN off the scale. */
  readMl: number;
  status: CylinderStatus;
  /** What the cylinder holds after any spill (liquid + immersed), mL. */
  heldMl: number;
}

/** Read the cylinder holding `volumeMl` (liquid plus immersed solids) from `eye`. */
export function readCylinder(volumeMl: number, eye: EyePosition, spec: CylinderSpec): CylinderReading {
  const top = spec.capacityMl + spec.spareMl;
  if (!(volumeMl > 0)) return { seenMl: 0, readMl: NaN, status: 'empty', heldMl: 0 };
  const heldMl = Math.min(volumeMl, top);
  const seenMl = heldMl + parallaxMl(eye, spec);
  const status: CylinderStatus = volumeMl > top ? 'spilled' : seenMl < spec.firstMarkMl ? 'belowScale' : seenMl > spec.capacityMl ? 'aboveScale' : 'ok';
  return { seenMl, readMl: status === 'ok' ? readToDivision(seenMl, spec.divisionMl) : NaN, status, heldMl };
}

/** The printed marks: value, whether it is long (numbered) or short, and its height, metres. */
export function cylinderMarks(spec: CylinderSpec): { ml: number; numbered: boolean; heightM: number }[] {
  const out = [];
  const n = Math.round(spec.capacityMl / spec.divisionMl);
  const numberEvery = spec.capacityMl / 10;
  for (let i = 0; i <= n; i++) {
    const ml = Number((i * spec.divisionMl).toPrecision(12));
    if (ml < spec.firstMarkMl - 1e-9) continue;
    out.push({ ml, numbered: Math.abs(ml / numberEvery - Math.round(ml / numberEvery)) < 1e-9, heightM: markM(ml, spec) });
  }
  return out;
}
