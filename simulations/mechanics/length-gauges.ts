/**
 * B3.2 长度的测量及其测量工具的选用 (人教版 高中物理 必修第三册 第十一章第3节 "实验：导体电阻率的测量", 一、长度的
 * 测量及测量工具的选用): a specimen held in a vernier caliper's jaws or closed in a micrometer, read as the
 * instruments are read (../bench/instruments/vernier-caliper.ts: whole millimetres + the vernier line that lines
 * up × the precision, no estimated digit; ../bench/instruments/micrometer.ts: sleeve + thimble divisions with one
 * estimated digit × 0.01 mm). Which size an instrument takes depends on how it holds the specimen: the caliper's
 * outside jaws take a tube's outer diameter (or a wire's, a ball's), its inside jaws the tube's bore, its depth
 * rod the tube's depth; the micrometer's anvil and spindle take an outer diameter (up to 25 mm). With nothing
 * held, the jaws (the anvil and spindle) are closed and the instrument shows its zero error: the student reads
 * it first and subtracts it. Pure.
 */
import { MICROMETER_0_25, screwReading, type ScrewReading } from '../bench/instruments/micrometer';
import { VERNIERS, readVernier, type VernierReading } from '../bench/instruments/vernier-caliper';

export const SPECIMEN_SHAPES = ['tube', 'wire', 'ball'] as const;
export type SpecimenShape = (typeof SPECIMEN_SHAPES)[number];
export const CALIPER_JAWS = ['outside', 'inside', 'depth'] as const;
export type CaliperJaws = (typeof CALIPER_JAWS)[number];

export interface Specimen {
  shape: SpecimenShape;
  /** Outer diameter (a tube's, a wire's, a ball's), metres. */
  outerM: number;
  /** A tube's bore, metres (ignored for a wire or a ball). */
  innerM: number;
  /** How deep a tube's bore is, metres (ignored for a wire or a ball). */
  depthM: number;
}

/** The size the caliper's jaws take of a specimen, metres; NaN where those jaws cannot take it (the inside jaws on a wire). */
export function caliperSizeM(s: Specimen, jaws: CaliperJaws): number {
  if (jaws === 'outside') return s.outerM;
  if (s.shape !== 'tube') return NaN;
  return jaws === 'inside' ? s.innerM : s.depthM;
}

/** The caliper's reading with `held` between its jaws (null: jaws closed), its vernier of `divisions` lines. */
export function caliperReading(held: Specimen | null, jaws: CaliperJaws, divisions: string, zeroErrorM: number): VernierReading | null {
  const spec = VERNIERS[divisions];
  if (!spec) throw new Error(`vernier: '${divisions}' is not one of ${Object.keys(VERNIERS).join(', ')}`);
  const size = held ? caliperSizeM(held, jaws) : 0;
  return Number.isFinite(size) ? readVernier(size, zeroErrorM, spec) : null;
}

/** The micrometer's reading closed on `held` (null: anvil and spindle closed on each other); null when it is too big for it. */
export function micrometerReading(held: Specimen | null, zeroErrorM: number): ScrewReading | null {
  const size = held ? held.outerM : 0;
  if (size > MICROMETER_0_25.rangeM) return null;
  return screwReading(size, { ...MICROMETER_0_25, zeroErrorM });
}
