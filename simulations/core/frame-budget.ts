/**
 * Keeping a lab smooth on a slow computer. The fixed-step clock never trades accuracy for speed; when a
 * computer cannot step the model as fast as time passes, the experiment runs slower than real time. Two
 * things decide how that looks:
 *
 * - `FrameBudget` measures what one physics step costs on this device (a moving average of the frames'
 *   step time) and caps the steps per frame so stepping stays within a budget of the frame (8 ms of the
 *   16.7 ms at 60 Hz by default), leaving time to draw. Without it a slow PC crams up to 64 steps into a
 *   frame and the picture stutters at a few frames per second. When drawing alone already makes the frames
 *   long (an old PC draws 300 discs in 40 ms), a fixed 8 ms would leave the physics a fifth of the time and
 *   the lab far below real time although the frame rate barely depends on it: the physics then gets a share
 *   of the measured frame (40 %, so it takes about two thirds of what drawing takes), up to 25 ms.
 * - `SlowNotice` decides when to say "slower than real time", steadily: the real-time ratio (simulated
 *   seconds per wall-clock second, over speed) is averaged with a 1 s time constant; the notice appears
 *   when the average stays below 0.9 for half a second and goes when it stays above 0.97 for 2 s, so it
 *   neither flickers at the edge nor hides a lab that keeps falling behind.
 *
 * Pure (wall-clock times are passed in), so both are unit-tested with made-up clocks.
 */

export class FrameBudget {
  /** Average cost of one step on this device, ms (0 until measured). */
  stepMs = 0;
  /** Average time from one frame to the next, ms (0 until measured). */
  frameMs = 0;

  constructor(
    /** Time per frame the physics may take at least, ms. */
    public readonly budgetMs = 8,
    /** Share of a (long) frame the physics may take. */
    public readonly frameShare = 0.4,
    /** … but never more than this, ms. */
    public readonly maxBudgetMs = 25,
  ) {
    if (!(budgetMs > 0)) throw new Error(`budgetMs must be > 0, got ${budgetMs}`);
    if (!(frameShare >= 0 && frameShare < 1)) throw new Error(`frameShare must be in [0, 1), got ${frameShare}`);
    if (!(maxBudgetMs >= budgetMs)) throw new Error(`maxBudgetMs must be >= budgetMs (${budgetMs}), got ${maxBudgetMs}`);
  }

  /** A frame took `elapsedMs` for `steps` steps; `intervalMs` passed since the previous frame (if known). */
  note(steps: number, elapsedMs: number, intervalMs?: number): void {
    // A gap over 250 ms is a background tab or a pause, not this device's frame.
    if (intervalMs !== undefined && intervalMs > 0 && intervalMs <= 250) this.frameMs = this.frameMs === 0 ? intervalMs : 0.9 * this.frameMs + 0.1 * intervalMs;
    if (!(steps > 0) || !(elapsedMs >= 0)) return;
    const sample = elapsedMs / steps;
    this.stepMs = this.stepMs === 0 ? sample : 0.8 * this.stepMs + 0.2 * sample;
  }

  /** Time the physics may take this frame, ms. */
  get allowedMs(): number {
    return Math.min(this.maxBudgetMs, Math.max(this.budgetMs, this.frameShare * this.frameMs));
  }

  /** Steps that fit in the budget, between 1 and `ceiling`. */
  maxSteps(ceiling: number): number {
    if (this.stepMs <= 0) return ceiling;
    return Math.max(1, Math.min(ceiling, Math.floor(this.allowedMs / this.stepMs)));
  }
}

export interface SlowNoticeOptions {
  /** Time constant of the real-time ratio's average, s. */
  tauS: number;
  /** Shown when the average stays below this ratio … */
  showBelow: number;
  /** … for this long, s. */
  showAfterS: number;
  /** Hidden when the average stays above this ratio … */
  hideAbove: number;
  /** … for this long, s. */
  hideAfterS: number;
}

export const SLOW_NOTICE_DEFAULTS: SlowNoticeOptions = { tauS: 1, showBelow: 0.9, showAfterS: 0.5, hideAbove: 0.97, hideAfterS: 2 };

export class SlowNotice {
  shown = false;
  /** The averaged real-time ratio (1 = real time). */
  ratio = 1;
  private heldS = 0;
  private readonly o: SlowNoticeOptions;

  constructor(options: Partial<SlowNoticeOptions> = {}) {
    this.o = { ...SLOW_NOTICE_DEFAULTS, ...options };
  }

  /**
   * One frame: `simulatedS` of model time were computed for `wallS` seconds of real time at `speed`.
   * Returns whether the notice is shown.
   */
  update(simulatedS: number, wallS: number, speed: number): boolean {
    if (!(wallS > 0) || !(speed > 0)) return this.shown;
    const dt = Math.min(wallS, 0.25); // the clock never simulates more of a long gap (a background tab)
    const frameRatio = Math.min(simulatedS / (dt * speed), 2);
    const a = 1 - Math.exp(-dt / this.o.tauS);
    this.ratio += a * (frameRatio - this.ratio);
    const against = this.shown ? this.ratio > this.o.hideAbove : this.ratio < this.o.showBelow;
    this.heldS = against ? this.heldS + dt : 0;
    if (this.heldS >= (this.shown ? this.o.hideAfterS : this.o.showAfterS)) {
      this.shown = !this.shown;
      this.heldS = 0;
    }
    return this.shown;
  }

  reset(): void {
    this.shown = false;
    this.ratio = 1;
    this.heldS = 0;
  }
}
