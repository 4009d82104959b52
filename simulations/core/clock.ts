/**
 * Fixed-step clock: the view feeds it wall-clock time; it decides how many fixed physics steps to take.
 * A simulation never drops accuracy to keep up: when it cannot catch up within `maxStepsPerFrame`,
 * it slows its clock and says so (`slowed`), so the lab frame can show "running slower than real time".
 */
export class FixedStepClock {
  private accumulatorS = 0;
  /** True when the last advance could not keep up with real time × speed. */
  slowed = false;
  /**
   * Simulated time the last advance kept of the real time × speed it was given, s: all of it while the clock
   * keeps up (some of it still waiting in the accumulator for the next whole step), less what it dropped when it
   * could not. Over frames, kept / (wall × speed) is the real-time ratio; steps × dtS is not, frame by frame,
   * when a step is longer than a frame (a 50 ms step at 60 Hz comes every third frame).
   */
  keptS = 0;

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
    const owedS = this.accumulatorS;
    this.accumulatorS += simS;
    let steps = Math.floor(this.accumulatorS / this.dtS + 1e-9);
    this.slowed = steps > cap;
    if (this.slowed) {
      steps = cap;
      this.accumulatorS = 0;
      this.keptS = Math.max(0, steps * this.dtS - owedS);
    } else {
      this.accumulatorS -= steps * this.dtS;
      this.keptS = simS;
    }
    return steps;
  }

  reset(): void {
    this.accumulatorS = 0;
    this.slowed = false;
    this.keptS = 0;
  }
}
