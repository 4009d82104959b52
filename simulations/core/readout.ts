/**
 * How a number is shown on a readout, in the user's locale: to the resolution of the quantity (a pH meter
 * shows 0.01, a burette is read to 0.01 mL), so rounding noise never shows (1 M HCl reads pH 0.00, not
 * −0.000000000000199), or to significant digits with "× 10ⁿ" for very small or large values (7.41 × 10⁻¹²
 * mol/L). Pure: uses Intl.NumberFormat, no DOM, so models, views, the app and tests share it.
 */

export interface ReadoutFormat {
  /**
   * The finest step shown, in the quantity's unit (0.01 for pH). The value is rounded to it and never shows
   * as −0. Alone, it fixes the decimals as an instrument does ("7.00"); with `digits`, at most that many
   * significant digits are shown on top ("45.12" J at 1e-5 J resolution).
   */
  resolution?: number;
  /** Significant digits (default 4 when there is no resolution). */
  digits?: number;
}

/** Below this magnitude (and from `LARGE` up) a value without a resolution is shown as m × 10ⁿ. */
const SMALL = 1e-4;
const LARGE = 1e9;
const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' };

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/**
 * Loads the locale's number data ahead of the first readout: a page's first Intl.NumberFormat costs 140–170 ms at
 * 4× CPU (Chromium, en-US and zh-CN; later ones 1–15 ms), so called while a lab's code is still downloading it is off
 * the lab's first mount (issue #22: no task over 200 ms).
 */
export function warmReadout(locale: string): void {
  numberFormat(locale, { maximumFractionDigits: 2 }).format(0);
}

/** Decimal places of a resolution: 0.01 → 2, 0.5 → 1, 10 → 0. */
function decimalsOf(resolution: number): number {
  return Math.max(0, Math.ceil(-Math.log10(resolution) - 1e-9));
}

/** m × 10ⁿ with the locale's digits for the mantissa. */
function scientific(value: number, digits: number, locale: string): string {
  const parts = numberFormat(locale, { notation: 'scientific', maximumSignificantDigits: digits }).formatToParts(value);
  let mantissa = '';
  let exponent = '';
  let inExponent = false;
  for (const p of parts) {
    if (p.type === 'exponentSeparator') inExponent = true;
    else if (inExponent) exponent += p.type === 'exponentMinusSign' ? '-' : p.value;
    else mantissa += p.value;
  }
  if (exponent === '0') return mantissa;
  return `${mantissa} × 10${[...exponent].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

export function formatReadout(value: number, format: ReadoutFormat, locale: string): string {
  if (!Number.isFinite(value)) return '—';
  const { resolution, digits } = format;
  if (resolution !== undefined && resolution > 0) {
    const decimals = decimalsOf(resolution);
    let q = Math.round(value / resolution) * resolution;
    if (digits !== undefined) q = Number(q.toPrecision(digits));
    if (q === 0) q = 0; // no −0
    if (Math.abs(q) >= LARGE) return scientific(q, digits ?? 4, locale);
    return numberFormat(locale, digits === undefined ? { minimumFractionDigits: decimals, maximumFractionDigits: decimals } : { maximumFractionDigits: decimals }).format(q);
  }
  const d = digits ?? 4;
  const q = value === 0 ? 0 : Number(value.toPrecision(d));
  if (q !== 0 && (Math.abs(q) < SMALL || Math.abs(q) >= LARGE)) return scientific(q, d, locale);
  return numberFormat(locale, { maximumSignificantDigits: d }).format(q);
}
