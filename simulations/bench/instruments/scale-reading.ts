/**
 * How a careful student writes down a reading off a divided scale, the two conventions of Chinese school
 * physics (人教版 八年级上册 第一章第1节 "长度和时间的测量"; 必修第一册 实验 "长度的测量"):
 *
 *  - instruments read with an estimated last digit (刻度尺, 弹簧测力计 in senior work, 螺旋测微器): the
 *    value to a tenth of the smallest division (估读到分度值的下一位);
 *  - instruments read to the division (量筒, 托盘天平's rider, 游标卡尺 which has no estimation, a
 *    mechanical stopwatch whose hand jumps): the value to the nearest smallest division.
 *
 * Numbers are cleaned to 12 significant digits so 0.1 + 0.2 style noise never shows.
 */

const clean = (x: number) => Number(x.toPrecision(12));

/** The value to the nearest multiple of `division` (NaN stays NaN). */
export function readToDivision(value: number, division: number): number {
  if (!Number.isFinite(value)) return NaN;
  if (!(division > 0)) throw new Error(`division: ${division} is not a positive number`);
  return clean(Math.round(value / division) * division);
}

/** The value with one estimated digit: to a tenth of the smallest division. */
export function readEstimated(value: number, division: number): number {
  return readToDivision(value, division / 10);
}

/** Decimal places a reading to this step is written with (0.2 g → 1, 0.01 mm → 2, 1 mL → 0). */
export function decimalsFor(step: number): number {
  return Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
}
