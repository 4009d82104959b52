/**
 * The vernier caliper (游标卡尺) read as 人教版 高中物理 必修第三册 第十一章第3节 "实验：长度的测量及其测量工具的
 * 选用" teaches: the main scale's whole millimetres up to the vernier's zero, plus k × the precision where line
 * k of the vernier lines up with a main-scale line; no estimated digit. A vernier of n divisions spans n − 1 mm
 * (10 → 9 mm, precision 0.1 mm; 20 → 19 mm, 0.05 mm; 50 → 49 mm, 0.02 mm). A zero error (the reading with the
 * jaws closed) is in every reading; the student subtracts it. Pure.
 */

export interface VernierSpec {
  /** Divisions on the vernier (10, 20, 50). */
  divisions: number;
  /** Main scale range, metres. */
  rangeM: number;
}

export const VERNIERS: Record<string, VernierSpec> = {
  '10': { divisions: 10, rangeM: 0.15 },
  '20': { divisions: 20, rangeM: 0.15 },
  '50': { divisions: 50, rangeM: 0.15 },
};

const MM = 1e-3;

export interface VernierReading {
  /** Jaw opening as the scales show it (true size + zero error), metres. */
  shownM: number;
  /** Whole millimetres on the main scale left of the vernier's zero. */
  mainMm: number;
  /** The vernier line that lines up best (0 … divisions − 1). */
  line: number;
  /** The precision, metres (1 mm / divisions). */
  precisionM: number;
  /** What the student writes, metres: main + line × precision. */
  readM: number;
}

export function vernierPrecisionM(spec: VernierSpec): number {
  return MM / spec.divisions;
}

/** Vernier line k sits at shown + k·(1 − 1/n) mm; it meets main line mainMm + k when k/n ≈ the fraction. */
export function readVernier(sizeM: number, zeroErrorM: number, spec: VernierSpec): VernierReading {
  const shownM = Math.min(spec.rangeM, Math.max(0, sizeM)) + zeroErrorM;
  const mm = shownM / MM;
  let mainMm = Math.floor(mm + 1e-9);
  let line = Math.round((mm - mainMm) * spec.divisions);
  if (line >= spec.divisions) {
    mainMm += 1;
    line = 0;
  }
  const precisionM = vernierPrecisionM(spec);
  return { shownM, mainMm, line, precisionM, readM: Number(((mainMm + line / spec.divisions) * MM).toPrecision(12)) };
}

/** Where vernier line k is, metres from the main scale's zero, for drawing. */
export function vernierLineM(shownM: number, k: number, spec: VernierSpec): number {
  return shownM + k * (1 - 1 / spec.divisions) * MM;
}
