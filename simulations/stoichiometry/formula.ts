/**
 * Chemical formula parser: element symbols with counts, parentheses and brackets, hydrates
 * (`CuSO4·5H2O`, `CuSO4*5H2O`, `CuSO4.5H2O`), charges (`Fe+3`, `Fe^3+`, `SO4^2-`, `SO4{2-}`, `OH-`, `NH4+`,
 * superscripts `SO₄²⁻`), unicode subscripts (`H₂O`), a trailing state (`(aq)`, `(s)`, `(l)`, `(g)`) and the
 * electron `e-`. Errors name the problem and its 1-based column in the text the student typed.
 */
import { atomicWeight, ELECTRON_MOLAR_MASS_G_MOL, findElement, type AtomicWeightTable } from './periodic-table';

export interface Formula {
  /** The formula as written (trimmed, without a leading coefficient or state). */
  text: string;
  /** Atoms of each element, in order of first appearance. */
  counts: Map<string, number>;
  /** Net charge in elementary charges. */
  charge: number;
}

export class FormulaError extends Error {
  constructor(
    message: string,
    /** 1-based column in the parsed text. */
    readonly column: number,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MINUS = new Set(['-', '−', '⁻']);
const PLUS = new Set(['+', '⁺']);
const HYDRATE_DOTS = new Set(['·', '*', '.', '•', '⋅']);

class Cursor {
  i = 0;
  constructor(
    readonly s: string,
    /** Column of s[0] in the whole input, 1-based. */
    readonly base: number,
  ) {}
  get ch(): string {
    return this.s[this.i] ?? '';
  }
  get done(): boolean {
    return this.i >= this.s.length;
  }
  col(at = this.i): number {
    return this.base + at;
  }
  fail(msg: string, at = this.i): never {
    throw new FormulaError(`${msg} at ${this.col(at)}`, this.col(at));
  }
  /** An ASCII or subscript digit run as a number, or undefined. */
  digits(): number | undefined {
    let v = '';
    while (!this.done) {
      const c = this.ch;
      if (c >= '0' && c <= '9') v += c;
      else if (SUBSCRIPTS.includes(c)) v += String(SUBSCRIPTS.indexOf(c));
      else break;
      this.i++;
    }
    return v === '' ? undefined : Number(v);
  }
}

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLower = (c: string) => c >= 'a' && c <= 'z';

function addInto(into: Map<string, number>, from: Map<string, number>, times: number): void {
  for (const [el, n] of from) into.set(el, (into.get(el) ?? 0) + n * times);
}

/** A sequence of elements and groups, up to a closing bracket, a hydrate dot, a charge or the end. */
function parseGroupSequence(c: Cursor, closing: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  let any = false;
  while (!c.done) {
    const ch = c.ch;
    if (isUpper(ch)) {
      const start = c.i;
      let sym = ch;
      c.i++;
      if (isLower(c.ch)) {
        const two = sym + c.ch;
        // Prefer the two-letter symbol; a lowercase letter that does not make one is an error below.
        sym = two;
        c.i++;
      }
      if (!findElement(sym)) {
        if (sym.length === 2 && findElement(sym[0]) && isLower(sym[1])) c.fail(`unknown element '${sym}'`, start);
        c.fail(`unknown element '${sym}'`, start);
      }
      const n = c.digits() ?? 1;
      if (n === 0) c.fail(`count 0 for '${sym}'`, start);
      counts.set(sym, (counts.get(sym) ?? 0) + n);
      any = true;
    } else if (ch === '(' || ch === '[') {
      const open = c.i;
      const close = ch === '(' ? ')' : ']';
      c.i++;
      const inner = parseGroupSequence(c, close);
      if (c.ch !== close) c.fail(`missing '${close}' for '${ch}' opened`, open);
      c.i++;
      const n = c.digits() ?? 1;
      addInto(counts, inner, n);
      any = true;
    } else if (ch === ')' || ch === ']') {
      if (ch !== closing) c.fail(`unexpected '${ch}'`);
      break;
    } else if (isLower(ch)) {
      c.fail(`element symbols start with a capital letter, found '${ch}'`);
    } else {
      break;
    }
  }
  if (!any) {
    if (c.done) c.fail('expected an element symbol but the formula ended');
    c.fail(`expected an element symbol, found '${c.ch}'`);
  }
  return counts;
}

/** A charge suffix, or 0 if none. Accepts `+`, `-`, `+3`, `3+` after `^`, `{2-}`, superscripts. */
function parseCharge(c: Cursor): number {
  const start = c.i;
  if (c.done) return 0;
  if (SUPERSCRIPTS.includes(c.ch) || c.ch === '⁺' || c.ch === '⁻') {
    let mag = '';
    while (SUPERSCRIPTS.includes(c.ch)) {
      mag += String(SUPERSCRIPTS.indexOf(c.ch));
      c.i++;
    }
    const sign = c.ch === '⁺' ? 1 : c.ch === '⁻' ? -1 : 0;
    if (!sign) c.fail('a superscript charge needs ⁺ or ⁻', start);
    c.i++;
    return sign * (mag ? Number(mag) : 1);
  }
  const braced = c.ch === '{';
  const caret = c.ch === '^';
  if (braced || caret) c.i++;
  let sign = 0;
  let mag: number | undefined;
  if (PLUS.has(c.ch) || MINUS.has(c.ch)) {
    sign = PLUS.has(c.ch) ? 1 : -1;
    c.i++;
    mag = c.digits();
  } else if (braced || caret) {
    mag = c.digits();
    if (PLUS.has(c.ch) || MINUS.has(c.ch)) {
      sign = PLUS.has(c.ch) ? 1 : -1;
      c.i++;
    }
  }
  if (braced) {
    // (a fresh read: the cursor moved since `braced` was computed)
    if ((c.ch as string) !== '}') c.fail("missing '}' after the charge", start);
    c.i++;
  }
  if (!sign) {
    if (braced || caret) c.fail('a charge needs a sign (+ or -)', start);
    return 0;
  }
  if (mag === 0) c.fail('a charge of 0 must be written without a sign', start);
  return sign * (mag ?? 1);
}

const STATE = /\((s|l|g|aq)\)\s*$/;

/**
 * Parse one formula. `column` is where `text` starts in the student's input (1-based), so errors
 * point into the whole equation.
 */
export function parseFormula(text: string, column = 1): Formula {
  const lead = text.length - text.trimStart().length;
  let s = text.trim();
  const base = column + lead;
  if (s === '') throw new FormulaError(`empty formula at ${column}`, column);
  const state = STATE.exec(s);
  if (state) s = s.slice(0, state.index).trimEnd();
  if (/^e(\s*[-−⁻]|\s*\^\s*-|\{-\})?$/.test(s)) {
    return { text: 'e-', counts: new Map(), charge: -1 };
  }
  const c = new Cursor(s, base);
  const counts = new Map<string, number>();
  let first = true;
  while (!c.done) {
    let times = 1;
    if (!first) {
      times = c.digits() ?? 1;
      if (times === 0) c.fail('hydrate count 0');
    }
    addInto(counts, parseGroupSequence(c, undefined), times);
    first = false;
    if (HYDRATE_DOTS.has(c.ch)) {
      c.i++;
      if (c.done) c.fail('expected a formula after the hydrate dot');
      continue;
    }
    break;
  }
  const charge = parseCharge(c);
  if (!c.done) c.fail(`unexpected '${c.ch}'`);
  return { text: s, counts, charge };
}

/**
 * Molar mass, g/mol: Σ atoms × relative atomic mass. With IUPAC weights the electrons' mass is subtracted for
 * a cation (added for an anion); textbook values, whole numbers, leave it out as textbooks do (SO₄²⁻ = 96).
 */
export function molarMass(f: Formula, table: AtomicWeightTable = 'iupac'): number {
  let m = 0;
  for (const [el, n] of f.counts) m += n * atomicWeight(el, table);
  return table === 'iupac' ? m - f.charge * ELECTRON_MOLAR_MASS_G_MOL : m;
}
