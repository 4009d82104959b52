/**
 * Which discs (or carts) overlap: a uniform grid of cells one largest diameter wide, each body tested
 * against the bodies in its own and the neighbouring cells with the exact circle test (on the track the
 * carts share y = 0, so it is the 1D test there). About n·k tests for n bodies with k neighbours each,
 * instead of a general polygon engine's broadphase and narrowphase: the 300-disc table on a slow PC
 * (issue #22). Pairs come sorted (i < j, by i then j) so a run is deterministic.
 */
export class ContactGrid {
  private readonly cellM: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Bodies of each cell as a counting sort: cell c holds order[start[c] .. start[c + 1]). */
  private readonly start: Int32Array;
  private readonly order: Int32Array;
  private readonly cellOf: Int32Array;
  private readonly fill: Int32Array;
  private readonly pairs: [number, number][] = [];

  constructor(
    private readonly radiusM: ArrayLike<number>,
    widthM: number,
    heightM: number,
  ) {
    let maxR = 0;
    for (let i = 0; i < radiusM.length; i++) maxR = Math.max(maxR, radiusM[i]);
    this.cellM = Math.max(2 * maxR, 1e-9);
    this.cols = Math.max(1, Math.ceil(widthM / this.cellM));
    this.rows = Math.max(1, Math.ceil(heightM / this.cellM));
    this.start = new Int32Array(this.cols * this.rows + 1);
    this.fill = new Int32Array(this.cols * this.rows);
    this.order = new Int32Array(radiusM.length);
    this.cellOf = new Int32Array(radiusM.length);
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / this.cellM)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.cellM)));
  }

  /** Pairs [i, j], i < j, whose circles overlap at these positions. */
  touching(xs: ArrayLike<number>, ys: ArrayLike<number>): readonly [number, number][] {
    const n = this.order.length, { start, fill, order, cellOf, cols, rows, radiusM } = this;
    start.fill(0);
    for (let i = 0; i < n; i++) {
      cellOf[i] = this.row(ys[i]) * cols + this.col(xs[i]);
      start[cellOf[i] + 1]++;
    }
    for (let c = 0; c < cols * rows; c++) {
      start[c + 1] += start[c];
      fill[c] = start[c];
    }
    for (let i = 0; i < n; i++) order[fill[cellOf[i]]++] = i;

    this.pairs.length = 0;
    for (let i = 0; i < n; i++) {
      const ci = cellOf[i] % cols, ri = (cellOf[i] - ci) / cols, xi = xs[i], yi = ys[i], rad = radiusM[i];
      // A body is at most one cell from any body it touches (cells are one largest diameter wide).
      const c0 = ci > 0 ? ci - 1 : 0, c1 = ci < cols - 1 ? ci + 1 : ci;
      for (let r = ri > 0 ? ri - 1 : 0; r <= ri + 1 && r < rows; r++) {
        // the cells c0..c1 of row r are consecutive in `order`
        for (let k = start[r * cols + c0], end = start[r * cols + c1 + 1]; k < end; k++) {
          const j = order[k];
          if (j <= i) continue;
          const dx = xs[j] - xi, dy = ys[j] - yi, reach = rad + radiusM[j];
          if (dx * dx + dy * dy < reach * reach) this.pairs.push([i, j]);
        }
      }
    }
    this.pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    return this.pairs;
  }
}
