/**
 * The event-loop time one document may use: a leaky bucket that drains at `msPerS` per second and
 * holds at most `burstMs`. Connections charge it with the time their messages took (applying an update,
 * answering a sync step 1, relaying); while it is full, a document's further messages wait (see
 * SyncConnection), so one attacked or very busy document slows down itself, not every school's.
 */
export class CpuBudget {
  private debtMs = 0;
  private lastMs: number;
  /** Total milliseconds charged (for tests and figures). */
  usedMs = 0;
  /** How many times a message had to wait for this budget. */
  deferrals = 0;

  constructor(
    private readonly msPerS: number,
    private readonly burstMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.lastMs = clock();
  }

  private drain(): void {
    const t = this.clock();
    this.debtMs = Math.max(0, this.debtMs - ((t - this.lastMs) * this.msPerS) / 1000);
    this.lastMs = t;
  }

  /** True while the document has used its burst: its next message must wait `waitMs()`. */
  get exhausted(): boolean {
    this.drain();
    return this.debtMs > this.burstMs;
  }

  charge(ms: number): void {
    this.drain();
    this.debtMs += ms;
    this.usedMs += ms;
  }

  /** Milliseconds until the budget has room again. */
  waitMs(): number {
    this.drain();
    return Math.max(0, ((this.debtMs - this.burstMs) * 1000) / this.msPerS);
  }
}
