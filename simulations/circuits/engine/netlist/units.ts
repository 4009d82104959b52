/**
 * SPICE numbers: a decimal number with an optional scale suffix, case-insensitive (ngspice manual,
 * section 2.3 "Syntax of numbers"): T 1e12, G 1e9, MEG 1e6, K 1e3, MIL 25.4e-6, M 1e-3, U 1e-6, N 1e-9,
 * P 1e-12, F 1e-15. Letters after the suffix are ignored, as in SPICE ("10uF", "1kOhm", "5V"); "M" is milli,
 * "MEG" is mega.
 */

/** Suffix → power of ten (MIL apart), longest first so MEG and MIL win over M. */
const SUFFIXES: [string, number][] = [
  ['meg', 6],
  ['mil', NaN],
  ['t', 12],
  ['g', 9],
  ['k', 3],
  ['m', -3],
  ['u', -6],
  ['µ', -6],
  ['n', -9],
  ['p', -12],
  ['f', -15],
];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i;

/** The value of a SPICE number, or undefined when the text does not start with one. */
export function parseSpiceNumber(text: string): number | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const base = Number(m[0]);
  const rest = text.slice(m[0].length).toLowerCase();
  if (rest === '') return base;
  if (!/^[a-zµ]+$/.test(rest)) return undefined;
  for (const [suffix, power] of SUFFIXES) {
    if (!rest.startsWith(suffix)) continue;
    if (suffix === 'mil') return base * 25.4e-6;
    // Scale in decimal ("20u" is exactly the double nearest 20e-6, as a literal would be).
    const [mantissa, exponent = '0'] = m[0].toLowerCase().split('e');
    return Number(`${mantissa}e${Number(exponent) + power}`);
  }
  // Unit letters with no scale ("5V", "10ohm"): the number as it stands.
  return base;
}

/** A number written back compactly with full precision (round-trips through parseSpiceNumber). */
export function formatSpiceNumber(v: number): string {
  if (v === 0) return '0';
  const s = String(v);
  return s.includes('e') ? s.replace('e+', 'e') : s;
}
