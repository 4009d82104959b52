/**
 * Hard disks in a rectangular box whose right wall is a movable piston. Positions in nm, velocities in m/s,
 * time in s. Walls reflect elastically (the piston with its own velocity) and report the impulse they
 * receive; disk–disk collisions are found with a uniform grid (spatial hashing) and resolved elastically
 * (equal masses exchange the velocity component along the line of centres).
 */
import type { SeededRandom } from '../core/rng';

const NM = 1e-9;

export class ParticleBox {
  readonly capacity: number;
  count = 0;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  /** Box width (piston position) and height, nm. */
  widthNm: number;
  readonly heightNm: number;
  /** Piston velocity, m/s (positive = moving out). */
  pistonVelocityMS = 0;
  collisionsTotal = 0;
  private cellSizeNm: number;
  private cols = 0;
  private rows = 0;
  private head = new Int32Array(0);
  private next: Int32Array;

  constructor(
    capacity: number,
    widthNm: number,
    heightNm: number,
    readonly radiusNm: number,
    readonly massKg: number,
  ) {
    this.capacity = capacity;
    this.x = new Float64Array(capacity);
    this.y = new Float64Array(capacity);
    this.vx = new Float64Array(capacity);
    this.vy = new Float64Array(capacity);
    this.next = new Int32Array(capacity);
    this.widthNm = widthNm;
    this.heightNm = heightNm;
    this.cellSizeNm = Math.max(2 * radiusNm, 2);
  }

  /** Place a particle at a random spot not overlapping others (gives up overlap-checking after 200 tries). */
  addRandom(rng: SeededRandom, vx: number, vy: number): void {
    if (this.count >= this.capacity) throw new Error(`particle count must be ≤ ${this.capacity}`);
    const r = this.radiusNm;
    let px = 0;
    let py = 0;
    for (let attempt = 0; attempt < 200; attempt++) {
      px = r + rng.next() * (this.widthNm - 2 * r);
      py = r + rng.next() * (this.heightNm - 2 * r);
      let clash = false;
      for (let j = 0; j < this.count && !clash; j++) {
        const dx = this.x[j] - px;
        const dy = this.y[j] - py;
        clash = dx * dx + dy * dy < 4 * r * r;
      }
      if (!clash) break;
    }
    const i = this.count++;
    this.x[i] = px;
    this.y[i] = py;
    this.vx[i] = vx;
    this.vy[i] = vy;
  }

  /** Kinetic energy, J. */
  kineticEnergyJ(): number {
    let s = 0;
    for (let i = 0; i < this.count; i++) s += this.vx[i] * this.vx[i] + this.vy[i] * this.vy[i];
    return 0.5 * this.massKg * s;
  }

  scaleVelocities(k: number): void {
    for (let i = 0; i < this.count; i++) {
      this.vx[i] *= k;
      this.vy[i] *= k;
    }
  }

  /** Advance by dtS; returns the total impulse the walls received in this step, N·s. */
  step(dtS: number): number {
    const n = this.count;
    const r = this.radiusNm;
    const m = this.massKg;
    const x = this.x, y = this.y, vx = this.vx, vy = this.vy;
    const moveNm = dtS / NM;
    this.widthNm += this.pistonVelocityMS * moveNm;
    const W = this.widthNm;
    const H = this.heightNm;
    const u = this.pistonVelocityMS;
    let impulse = 0;
    for (let i = 0; i < n; i++) {
      x[i] += vx[i] * moveNm;
      y[i] += vy[i] * moveNm;
      if (x[i] < r) {
        x[i] = 2 * r - x[i];
        if (vx[i] < 0) {
          impulse += -2 * m * vx[i];
          vx[i] = -vx[i];
        }
      } else if (x[i] > W - r) {
        x[i] = Math.max(r, 2 * (W - r) - x[i]);
        if (vx[i] > u) {
          // Reflection off a wall moving at u: v' = 2u − v; impulse m(v − v').
          impulse += 2 * m * (vx[i] - u);
          vx[i] = 2 * u - vx[i];
        }
      }
      if (y[i] < r) {
        y[i] = 2 * r - y[i];
        if (vy[i] < 0) {
          impulse += -2 * m * vy[i];
          vy[i] = -vy[i];
        }
      } else if (y[i] > H - r) {
        y[i] = 2 * (H - r) - y[i];
        if (vy[i] > 0) {
          impulse += 2 * m * vy[i];
          vy[i] = -vy[i];
        }
      }
    }
    this.collide();
    return impulse;
  }

  private buildGrid(): void {
    const c = this.cellSizeNm;
    this.cols = Math.max(1, Math.ceil(this.widthNm / c) + 1);
    this.rows = Math.max(1, Math.ceil(this.heightNm / c) + 1);
    const cells = this.cols * this.rows;
    if (this.head.length < cells) this.head = new Int32Array(cells);
    this.head.fill(-1, 0, cells);
    for (let i = 0; i < this.count; i++) {
      const cx = Math.min(this.cols - 1, Math.max(0, Math.floor(this.x[i] / c)));
      const cy = Math.min(this.rows - 1, Math.max(0, Math.floor(this.y[i] / c)));
      const cell = cy * this.cols + cx;
      this.next[i] = this.head[cell];
      this.head[cell] = i;
    }
  }

  private collide(): void {
    this.buildGrid();
    const c = this.cellSizeNm;
    const d2 = 4 * this.radiusNm * this.radiusNm;
    const x = this.x, y = this.y, vx = this.vx, vy = this.vy;
    const cols = this.cols, rows = this.rows, head = this.head, next = this.next;
    for (let i = 0; i < this.count; i++) {
      const cx = Math.min(cols - 1, Math.max(0, Math.floor(x[i] / c)));
      const cy = Math.min(rows - 1, Math.max(0, Math.floor(y[i] / c)));
      for (let oy = -1; oy <= 1; oy++) {
        const yy = cy + oy;
        if (yy < 0 || yy >= rows) continue;
        for (let ox = -1; ox <= 1; ox++) {
          const xx = cx + ox;
          if (xx < 0 || xx >= cols) continue;
          for (let j = head[yy * cols + xx]; j !== -1; j = next[j]) {
            if (j <= i) continue;
            const dx = x[j] - x[i];
            const dy = y[j] - y[i];
            const dist2 = dx * dx + dy * dy;
            if (dist2 >= d2 || dist2 === 0) continue;
            const dvx = vx[j] - vx[i];
            const dvy = vy[j] - vy[i];
            const approach = dvx * dx + dvy * dy;
            if (approach >= 0) continue; // already separating
            const k = approach / dist2;
            vx[i] += k * dx;
            vy[i] += k * dy;
            vx[j] -= k * dx;
            vy[j] -= k * dy;
            this.collisionsTotal++;
          }
        }
      }
    }
  }
}
