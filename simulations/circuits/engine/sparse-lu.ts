/**
 * Sparse LU factorisation for the circuit matrices (modified nodal analysis), in the way SPICE's
 * Sparse 1.3 (Kundert) works:
 *
 * - The first factorisation chooses the pivots: Markowitz ordering (least (r−1)(c−1) fill estimate)
 *   with threshold partial pivoting (|pivot| ≥ 0.01 · largest entry of its column), so the zero
 *   diagonals of voltage-source rows are handled. It records the order and the fill.
 * - Later factorisations of a matrix with the same pattern reuse that order: a row-by-row (up-looking)
 *   elimination over the precomputed fill pattern, with a dense work row, so the cost is the number of
 *   floating-point operations and nothing else. When a reused pivot comes out too small the order is
 *   chosen again from the new values.
 *
 * Reference: K. S. Kundert, "Sparse Matrix Techniques", in A. E. Ruehli (ed.), Circuit Analysis,
 * Simulation and Design, North-Holland 1986; H. M. Markowitz, Management Science 3 (1957) 255–269.
 */

/** Collects the (row, column) positions a circuit stamps into, giving each a slot in a value array. */
export class MatrixPattern {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  private readonly index = new Map<number, number>();
  constructor(readonly n: number) {}

  /** The slot of entry (row, col); −1 when either is the reference (ground), which is not an unknown. */
  slot(row: number, col: number): number {
    if (row < 0 || col < 0) return -1;
    const key = row * this.n + col;
    const found = this.index.get(key);
    if (found !== undefined) return found;
    const s = this.rows.length;
    this.rows.push(row);
    this.cols.push(col);
    this.index.set(key, s);
    return s;
  }

  get size(): number {
    return this.rows.length;
  }
}

export type FactorResult = { ok: true } | { ok: false; rows: number[]; cols: number[] };

/** Relative threshold for a pivot against the largest entry of its column (Sparse 1.3 uses 1e-3). */
const PIVOT_THRESHOLD = 1e-2;
/** An entry this small next to its row's largest original entry counts as zero (cancellation). */
const ZERO_RELATIVE = 1e-13;
/** How many shortest columns the Markowitz search looks at before settling (Zlatev's restricted search). */
const SEARCH_COLUMNS = 4;

export class SparseLU {
  private readonly n: number;
  private readonly slotRow: Int32Array;
  private readonly slotCol: Int32Array;
  private ordered = false;
  // Pivot order: step k eliminates original row pivotRow[k] and original column pivotCol[k].
  private pivotRow: Int32Array;
  private pivotCol: Int32Array;
  // Scatter of original entries into permuted rows: for step s, slots scatterSlot[p] → position scatterPos[p].
  private scatterPtr = new Int32Array(0);
  private scatterSlot = new Int32Array(0);
  private scatterPos = new Int32Array(0);
  // L (unit lower, strictly below the diagonal) and U (strictly above; diagonal apart), row-wise in step order.
  private lPtr = new Int32Array(0);
  private lCol = new Int32Array(0);
  private lVal = new Float64Array(0);
  private uPtr = new Int32Array(0);
  private uCol = new Int32Array(0);
  private uVal = new Float64Array(0);
  private readonly diag: Float64Array;
  private readonly work: Float64Array;
  private readonly y: Float64Array;
  /** Number of times the pivot order was chosen (first factorisation plus re-orderings). */
  orderings = 0;

  constructor(pattern: MatrixPattern) {
    this.n = pattern.n;
    this.slotRow = Int32Array.from(pattern.rows);
    this.slotCol = Int32Array.from(pattern.cols);
    this.pivotRow = new Int32Array(this.n);
    this.pivotCol = new Int32Array(this.n);
    this.diag = new Float64Array(this.n);
    this.work = new Float64Array(this.n);
    this.y = new Float64Array(this.n);
  }

  /** Factor the matrix whose entries are `values[slot]`. On failure names the rows/columns left without a pivot. */
  factor(values: Float64Array): FactorResult {
    if (this.n === 0) return { ok: true };
    if (this.ordered && this.numeric(values)) return { ok: true };
    const chosen = this.chooseOrder(values);
    if (!chosen.ok) {
      this.ordered = false;
      return chosen;
    }
    if (this.numeric(values)) return { ok: true };
    this.ordered = false;
    // The fresh order produced a negligible pivot: the matrix is singular to working precision.
    return { ok: false, rows: [], cols: [] };
  }

  /** Solve A x = b with the last successful factorisation. `b` and `x` may be the same array. */
  solve(b: Float64Array, x: Float64Array): void {
    const n = this.n;
    const y = this.y;
    const { pivotRow, pivotCol, lPtr, lCol, lVal, uPtr, uCol, uVal, diag } = this;
    for (let s = 0; s < n; s++) {
      let v = b[pivotRow[s]];
      for (let p = lPtr[s], e = lPtr[s + 1]; p < e; p++) v -= lVal[p] * y[lCol[p]];
      y[s] = v;
    }
    for (let s = n - 1; s >= 0; s--) {
      let v = y[s];
      for (let p = uPtr[s], e = uPtr[s + 1]; p < e; p++) v -= uVal[p] * y[uCol[p]];
      y[s] = v / diag[s];
    }
    for (let s = 0; s < n; s++) x[pivotCol[s]] = y[s];
  }

  /** Entries in L and U together (a fill figure for the bench). */
  get factorNonzeros(): number {
    return this.lCol.length + this.uCol.length + this.n;
  }

  /** Refactor over the recorded order and fill. Returns false when a pivot is negligible. */
  private numeric(values: Float64Array): boolean {
    const n = this.n;
    const w = this.work;
    const { scatterPtr, scatterSlot, scatterPos, lPtr, lCol, lVal, uPtr, uCol, uVal, diag } = this;
    for (let s = 0; s < n; s++) {
      let rowMax = 0;
      for (let p = scatterPtr[s], e = scatterPtr[s + 1]; p < e; p++) {
        const v = values[scatterSlot[p]];
        w[scatterPos[p]] += v;
        const a = v < 0 ? -v : v;
        if (a > rowMax) rowMax = a;
      }
      for (let p = lPtr[s], e = lPtr[s + 1]; p < e; p++) {
        const k = lCol[p];
        const l = w[k] / diag[k];
        w[k] = 0;
        lVal[p] = l;
        if (l !== 0) for (let q = uPtr[k], f = uPtr[k + 1]; q < f; q++) w[uCol[q]] -= l * uVal[q];
      }
      const pivot = w[s];
      w[s] = 0;
      for (let p = uPtr[s], e = uPtr[s + 1]; p < e; p++) {
        const j = uCol[p];
        uVal[p] = w[j];
        w[j] = 0;
      }
      const a = pivot < 0 ? -pivot : pivot;
      if (!(a > ZERO_RELATIVE * rowMax) || !Number.isFinite(pivot)) {
        // Clear what is left of the work row before giving up.
        w.fill(0);
        return false;
      }
      diag[s] = pivot;
    }
    return true;
  }

  /**
   * Markowitz elimination on a dynamic copy of the matrix: chooses each pivot and records the fill.
   * Only the order and pattern are kept; `numeric` then computes the factors. Rows are kept as short
   * arrays of (column, value); a position array scattered per target row finds entries without hashing.
   */
  private chooseOrder(values: Float64Array): FactorResult {
    this.orderings++;
    const n = this.n;
    const rc: number[][] = new Array(n);
    const rv: number[][] = new Array(n);
    const colRows: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      rc[i] = [];
      rv[i] = [];
      colRows[i] = [];
    }
    const colCount = new Int32Array(n);
    const rowScale = new Float64Array(n);
    for (let s = 0; s < this.slotRow.length; s++) {
      const r = this.slotRow[s];
      const c = this.slotCol[s];
      const v = values[s];
      rc[r].push(c);
      rv[r].push(v);
      colRows[c].push(r);
      colCount[c]++;
      const a = v < 0 ? -v : v;
      if (a > rowScale[r]) rowScale[r] = a;
    }
    const rowActive = new Uint8Array(n).fill(1);
    const colActive = new Uint8Array(n).fill(1);
    const stepOfRow = new Int32Array(n).fill(-1);
    const stepOfCol = new Int32Array(n).fill(-1);
    const lSteps: number[][] = new Array(n);
    for (let i = 0; i < n; i++) lSteps[i] = [];
    const uCols: number[][] = new Array(n);
    const pos = new Int32Array(n).fill(-1);
    const shortest = new Int32Array(SEARCH_COLUMNS);
    const all: number[] = [];

    for (let k = 0; k < n; k++) {
      // Candidate columns: the few active ones with the fewest entries (ties in index order).
      let found = 0;
      for (let c = 0; c < n; c++) {
        if (!colActive[c]) continue;
        const cnt = colCount[c];
        let at = found;
        while (at > 0 && colCount[shortest[at - 1]] > cnt) at--;
        if (at < SEARCH_COLUMNS) {
          for (let m = Math.min(found, SEARCH_COLUMNS - 1); m > at; m--) shortest[m] = shortest[m - 1];
          shortest[at] = c;
          if (found < SEARCH_COLUMNS) found++;
        }
      }
      let best = this.searchColumns(shortest, found, rc, rv, colRows, colCount, rowActive, rowScale);
      if (best < 0) {
        all.length = 0;
        for (let c = 0; c < n; c++) if (colActive[c]) all.push(c);
        best = this.searchColumns(all, all.length, rc, rv, colRows, colCount, rowActive, rowScale);
      }
      if (best < 0) {
        const leftRows: number[] = [];
        const leftCols: number[] = [];
        for (let r = 0; r < n; r++) if (rowActive[r]) leftRows.push(r);
        for (let c = 0; c < n; c++) if (colActive[c]) leftCols.push(c);
        return { ok: false, rows: leftRows, cols: leftCols };
      }
      const p = Math.floor(best / n);
      const q = best % n;
      stepOfRow[p] = k;
      stepOfCol[q] = k;
      this.pivotRow[k] = p;
      this.pivotCol[k] = q;
      rowActive[p] = 0;
      colActive[q] = 0;
      const pc = rc[p];
      const pv = rv[p];
      let pivot = 0;
      const u: number[] = [];
      for (let t = 0; t < pc.length; t++) {
        colCount[pc[t]]--;
        if (pc[t] === q) pivot = pv[t];
        else u.push(t);
      }
      uCols[k] = u.map((t) => pc[t]);
      const rowsOfQ = colRows[q];
      for (let m = 0; m < rowsOfQ.length; m++) {
        const i = rowsOfQ[m];
        if (!rowActive[i]) continue;
        const ic = rc[i];
        const iv = rv[i];
        // Take the entry in column q out of row i: it becomes the multiplier.
        let at = 0;
        while (ic[at] !== q) at++;
        const l = iv[at] / pivot;
        const last = ic.length - 1;
        ic[at] = ic[last];
        iv[at] = iv[last];
        ic.pop();
        iv.pop();
        lSteps[i].push(k);
        for (let t = 0; t < ic.length; t++) pos[ic[t]] = t;
        for (const t of u) {
          const j = pc[t];
          const here = pos[j];
          if (here >= 0) iv[here] -= l * pv[t];
          else {
            ic.push(j);
            iv.push(-l * pv[t]);
            colRows[j].push(i);
            colCount[j]++;
          }
        }
        for (let t = 0; t < ic.length; t++) pos[ic[t]] = -1;
      }
    }

    // Freeze the order into flat arrays indexed by step.
    const lPtr = new Int32Array(n + 1);
    const uPtr = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) {
      lPtr[s + 1] = lPtr[s] + lSteps[this.pivotRow[s]].length;
      uPtr[s + 1] = uPtr[s] + uCols[s].length;
    }
    const lCol = new Int32Array(lPtr[n]);
    const uCol = new Int32Array(uPtr[n]);
    for (let s = 0; s < n; s++) {
      lCol.set(lSteps[this.pivotRow[s]], lPtr[s]);
      const u = uCols[s].map((c) => stepOfCol[c]).sort((a, b) => a - b);
      uCol.set(u, uPtr[s]);
    }
    const count = new Int32Array(n + 1);
    for (let s = 0; s < this.slotRow.length; s++) count[stepOfRow[this.slotRow[s]] + 1]++;
    for (let s = 0; s < n; s++) count[s + 1] += count[s];
    const scatterSlot = new Int32Array(this.slotRow.length);
    const scatterPos = new Int32Array(this.slotRow.length);
    const fill = count.slice(0, n);
    for (let s = 0; s < this.slotRow.length; s++) {
      const step = stepOfRow[this.slotRow[s]];
      const at = fill[step]++;
      scatterSlot[at] = s;
      scatterPos[at] = stepOfCol[this.slotCol[s]];
    }
    this.scatterPtr = count;
    this.scatterSlot = scatterSlot;
    this.scatterPos = scatterPos;
    this.lPtr = lPtr;
    this.lCol = lCol;
    this.lVal = new Float64Array(lCol.length);
    this.uPtr = uPtr;
    this.uCol = uCol;
    this.uVal = new Float64Array(uCol.length);
    this.work.fill(0);
    this.ordered = true;
    return { ok: true };
  }

  /** The best Markowitz pivot in the given columns, as row·n + column, or −1 when none passes the threshold. */
  private searchColumns(
    candidates: ArrayLike<number>,
    count: number,
    rc: number[][],
    rv: number[][],
    colRows: number[][],
    colCount: Int32Array,
    rowActive: Uint8Array,
    rowScale: Float64Array,
  ): number {
    const n = this.n;
    let bestRow = -1;
    let bestCol = -1;
    let bestCost = Infinity;
    let bestDiagonal = 0;
    for (let m = 0; m < count; m++) {
      const c = candidates[m];
      const rows = colRows[c];
      let max = 0;
      for (const r of rows) {
        if (!rowActive[r]) continue;
        const a = Math.abs(entry(rc[r], rv[r], c));
        if (a > max) max = a;
      }
      if (max === 0) continue;
      const cc = colCount[c] - 1;
      for (const r of rows) {
        if (!rowActive[r]) continue;
        const a = Math.abs(entry(rc[r], rv[r], c));
        if (a < PIVOT_THRESHOLD * max || !(a > ZERO_RELATIVE * rowScale[r])) continue;
        const cost = (rc[r].length - 1) * cc;
        // Ties go to the diagonal, then the lowest row: the order then depends on the values only through
        // the threshold test, so a run restored from saved state factors exactly as the original did.
        const diagonal = r === c ? 1 : 0;
        if (cost < bestCost || (cost === bestCost && (diagonal > bestDiagonal || (diagonal === bestDiagonal && (r < bestRow || (r === bestRow && c < bestCol)))))) {
          bestCost = cost;
          bestDiagonal = diagonal;
          bestRow = r;
          bestCol = c;
        }
      }
    }
    return bestRow < 0 ? -1 : bestRow * n + bestCol;
  }
}

/** Value of column c in a row stored as parallel arrays (0 when absent). */
function entry(cols: number[], vals: number[], c: number): number {
  for (let t = 0; t < cols.length; t++) if (cols[t] === c) return vals[t];
  return 0;
}
