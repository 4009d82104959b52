/**
 * Fixed-step clock: the view feeds it wall-clock time; it decides how many fixed physics steps to take.
 * A simulation never drops accuracy to keep up: when it cannot catch up within `maxStepsPerFrame`,
 * it slows its clock and says so (`slowed`), so the lab frame can show "running slower than real time".
 */
export class FixedStepClock {
  private accumulatorS = 0;
  /** True when the last advance could not keep up with real time × speed. */
  slowed = false;

  constructor(
    public readonly dtS: number,
    public speed = 1,
    public readonly maxStepsPerFrame = 64,
  ) {
    if (!(dtS > 0)) throw new Error('dtS must be > 0');
  }

  /**
   * Returns how many fixed steps to take for `wallS` seconds of real time, at most `maxSteps` (a device's
   * frame budget may allow fewer than `maxStepsPerFrame`: frame-budget.ts).
   */
  advance(wallS: number, maxSteps = this.maxStepsPerFrame): number {
    const cap = Math.max(1, Math.min(Math.floor(maxSteps), this.maxStepsPerFrame));
    // Tabs in the background deliver huge gaps; never try to simulate more than a quarter second at once.
    const simS = Math.min(Math.max(wallS, 0), 0.25) * this.speed;
    this.accumulatorS += simS;
    let steps = Math.floor(this.accumulatorS / this.dtS + 1e-9);
    this.slowed = steps > cap;
    if (this.slowed) {
      steps = cap;
      this.accumulatorS = 0;
    } else {
      this.accumulatorS -= steps * this.dtS;
    }
    return steps;
  }

  reset(): void {
    this.accumulatorS = 0;
    this.slowed = false;
  }
}
