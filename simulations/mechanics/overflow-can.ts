/**
 * The overflow can (溢水杯) and the small bucket (小桶) of 阿基米德原理 (人教版 八年级下册 第十章第2节): a can filled
 * to its spout holds at most its capacity; whatever an object pushes in beyond that runs out of the spout, into the
 * bucket standing under it or onto the table. What ran out is kept (it does not run back when the object comes out):
 * `Spills` is that history, by vessel, and `runOver` adds to it. A can filled short of its spout first rises to the
 * spout, so less runs out than the object displaces (G排 < F浮: the mistake the textbook warns about). Pure.
 */
import type { SetupPart } from '../bench/setup';
import { CAN_CAPACITY_ML, CAN_SPOUT_TIP, BUCKET_CAPACITY_ML, BUCKET_INNER_RADIUS_M, BUCKET_HEIGHT_M } from './parts/overflow-can';

/** Liquid a vessel has gained (a bucket: ml > 0) or lost over its spout (a can: ml < 0) since it was filled, and its mass, kg. */
export interface Spill {
  ml: number;
  kg: number;
  /** The liquid a bucket holds (the last that ran into it). */
  liquid: string;
}
export type Spills = ReadonlyMap<string, Spill>;

/** What runs over a can's spout now: its liquid and what is immersed in it beyond its capacity, mL (0 while below the spout). */
export function overflowMl(liquidMl: number, immersedMl: number): number {
  return Math.max(0, liquidMl + immersedMl - CAN_CAPACITY_ML);
}

/** The bucket whose mouth is under a can's spout (the tip above its rim, within its inside), if any. */
export function bucketUnderSpout(can: SetupPart, parts: readonly SetupPart[]): SetupPart | undefined {
  const tipX = can.xM + CAN_SPOUT_TIP.xM, tipY = can.yM + CAN_SPOUT_TIP.yM;
  return parts.find((b) => b.kind === 'bucket' && Math.abs(b.xM - tipX) < BUCKET_INNER_RADIUS_M && b.yM - BUCKET_HEIGHT_M / 2 > tipY);
}

/**
 * `ml` of a liquid of `densityKgM3` runs out of `canId`'s spout into `bucketId` (or onto the table: null). A bucket
 * holds BUCKET_CAPACITY_ML; what it cannot hold goes on the table. Returns the new spills and what reached the table, mL.
 */
export function runOver(spills: Spills, canId: string, bucketId: string | null, ml: number, liquid: string, densityKgM3: number): { spills: Map<string, Spill>; tableMl: number } {
  const out = new Map(spills);
  const kgPerMl = densityKgM3 * 1e-6;
  const can = out.get(canId) ?? { ml: 0, kg: 0, liquid };
  out.set(canId, { ml: can.ml - ml, kg: can.kg - ml * kgPerMl, liquid });
  if (!bucketId) return { spills: out, tableMl: ml };
  const b = out.get(bucketId) ?? { ml: 0, kg: 0, liquid };
  const into = Math.min(ml, Math.max(0, BUCKET_CAPACITY_ML - b.ml));
  out.set(bucketId, { ml: b.ml + into, kg: b.kg + into * kgPerMl, liquid });
  return { spills: out, tableMl: ml - into };
}
