/**
 * Equation parsing and balancing. The coefficients are the smallest whole numbers in the one-dimensional
 * nullspace of the element + charge matrix (reactants +, products −), found with exact BigInt rationals.
 */
import { FormulaError, parseFormula, type Formula } from './formula';
import { Rational, gcd, lcm } from './rational';

export interface Species {
  formula: Formula;
  /** 1-based column where the species starts in the equation text. */
  column: number;
}

export interface ParsedEquation {
  reactants: Species[];
  products: Species[];
}

export interface BalancedEquation extends ParsedEquation {
  /** Whole-number coefficients, reactants then products order kept separately. */
  reactantCoefficients: number[];
  productCoefficients: number[];
  /** E.g. `C3H8 + 5 O2 → 3 CO2 + 4 H2O`. */
  text: string;
}

export class EquationError extends Error {
  constructor(
    message: string,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'EquationError';
  }
}

const ARROWS = ['<=>', '<->', '->', '→', '⇌', '⟶', '='];

/** Split one side into species: a '+' separates when it follows a space or precedes a new formula. */
function splitSide(text: string, base: number): Species[] {
  const out: Species[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    // "H+ + OH-": the first '+' is a charge, the second separates; "H2+O2": '+' before a capital separates.
    const isSep = i === text.length || (c === '+' && (i === 0 || /\s/.test(text[i - 1]) || /[A-Z([]/.test(text[i + 1] ?? '')));
    if (!isSep) continue;
    const piece = text.slice(start, i);
    const col = base + start + (piece.length - piece.trimStart().length);
    if (piece.trim() === '') {
      if (i < text.length) throw new EquationError(`missing formula before '+' at ${base + i}`, base + i);
      if (start > 0) throw new EquationError(`missing formula after '+' at ${base + start - 1}`, base + start - 1);
      throw new EquationError(`missing formula at ${base}`, base);
    }
    // A leading coefficient ("2 H2O", "2H2O") is allowed and ignored: the balancer finds its own.
    const m = /^(\d+)\s*(?=[A-Z([e])/.exec(piece.trimStart());
    const skip = m ? m[0].length : 0;
    out.push({ formula: parseFormula(piece.trimStart().slice(skip), col + skip), column: col + skip });
    start = i + 1;
  }
  return out;
}

export function parseEquation(text: string): ParsedEquation {
  if (text.trim() === '') throw new EquationError('the equation is empty; write it like "C3H8 + O2 -> CO2 + H2O"');
  let found: { at: number; arrow: string } | undefined;
  for (const arrow of ARROWS) {
    const at = text.indexOf(arrow);
    if (at >= 0 && (!found || at < found.at)) found = { at, arrow };
  }
  if (!found) throw new EquationError('no arrow between reactants and products; use -> or =');
  const rest = text.slice(found.at + found.arrow.length);
  for (const arrow of ARROWS) {
    const again = rest.indexOf(arrow);
    if (again >= 0) {
      const col = found.at + found.arrow.length + again + 1;
      throw new EquationError(`a second arrow at ${col}; an equation has exactly one`, col);
    }
  }
  const reactants = splitSide(text.slice(0, found.at), 1);
  const products = splitSide(rest, found.at + found.arrow.length + 1);
  return { reactants, products };
}

function describe(f: Formula): string {
  return f.text;
}

/** Balance a parsed equation, or throw an EquationError saying why it cannot be balanced. */
export function balanceEquation(eq: ParsedEquation): BalancedEquation {
  const all = [...eq.reactants, ...eq.products];
  const nR = eq.reactants.length;
  const elements: string[] = [];
  for (const s of all) for (const el of s.formula.counts.keys()) if (!elements.includes(el)) elements.push(el);
  // An element on one side only can never balance: say which.
  for (const el of elements) {
    const left = eq.reactants.some((s) => s.formula.counts.has(el));
    const right = eq.products.some((s) => s.formula.counts.has(el));
    if (left !== right) throw new EquationError(`cannot be balanced: element '${el}' appears only on the ${left ? 'left' : 'right'} side`);
  }
  const rows: Rational[][] = elements.map((el) =>
    all.map((s, j) => Rational.of((s.formula.counts.get(el) ?? 0) * (j < nR ? 1 : -1))),
  );
  if (all.some((s) => s.formula.charge !== 0)) rows.push(all.map((s, j) => Rational.of(s.formula.charge * (j < nR ? 1 : -1))));

  const basis = nullspace(rows, all.length);
  if (basis.length === 0) {
    throw new EquationError('cannot be balanced: no coefficients conserve every element' + (rows.length > elements.length ? ' and the charge' : '') + ' (check the formulas)');
  }
  if (basis.length > 1) {
    throw new EquationError(`cannot be balanced uniquely: these species allow ${basis.length} independent reactions (remove a species or split the equation)`);
  }
  const v = basis[0];
  let den = 1n;
  for (const x of v) den = lcm(den, x.d);
  let ints = v.map((x) => (x.n * den) / x.d);
  let g = 0n;
  for (const x of ints) g = gcd(g, x);
  ints = ints.map((x) => x / g);
  if (ints.every((x) => x <= 0n)) ints = ints.map((x) => -x);
  const bad = ints.findIndex((x) => x <= 0n);
  if (bad >= 0) {
    const s = all[bad];
    throw new EquationError(
      ints[bad] === 0n
        ? `cannot be balanced: '${describe(s.formula)}' at ${s.column} takes no part in the reaction`
        : `cannot be balanced as written: '${describe(s.formula)}' at ${s.column} would have to be on the other side`,
      s.column,
    );
  }
  const coef = ints.map((x) => {
    if (x > BigInt(Number.MAX_SAFE_INTEGER)) throw new EquationError('coefficients are too large to be a sensible reaction');
    return Number(x);
  });
  const reactantCoefficients = coef.slice(0, nR);
  const productCoefficients = coef.slice(nR);
  const side = (ss: Species[], cs: number[]) => ss.map((s, i) => (cs[i] === 1 ? '' : `${cs[i]} `) + s.formula.text).join(' + ');
  return { ...eq, reactantCoefficients, productCoefficients, text: `${side(eq.reactants, reactantCoefficients)} → ${side(eq.products, productCoefficients)}` };
}

/** Basis of the nullspace of a rational matrix with `cols` columns (reduced row echelon form). */
export function nullspace(matrix: Rational[][], cols: number): Rational[][] {
  const m = matrix.map((r) => r.slice());
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < cols && row < m.length; col++) {
    const p = m.findIndex((r, i) => i >= row && !r[col].isZero);
    if (p < 0) continue;
    [m[row], m[p]] = [m[p], m[row]];
    const inv = m[row][col];
    m[row] = m[row].map((x) => x.div(inv));
    for (let i = 0; i < m.length; i++) {
      if (i === row || m[i][col].isZero) continue;
      const f = m[i][col];
      m[i] = m[i].map((x, k) => x.sub(f.mul(m[row][k])));
    }
    pivots.push(col);
    row++;
  }
  const free = Array.from({ length: cols }, (_, j) => j).filter((j) => !pivots.includes(j));
  return free.map((f) => {
    const v = Array.from({ length: cols }, () => new Rational(0n));
    v[f] = new Rational(1n);
    pivots.forEach((pc, r) => {
      v[pc] = m[r][f].neg();
    });
    return v;
  });
}

/** Parse and balance in one go; formula errors keep their column. */
export function balance(text: string): BalancedEquation {
  try {
    return balanceEquation(parseEquation(text));
  } catch (e) {
    if (e instanceof FormulaError) throw new EquationError(e.message, e.column);
    throw e;
  }
}
