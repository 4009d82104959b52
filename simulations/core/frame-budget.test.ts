import { describe, expect, it } from 'vitest';
import { FixedStepClock } from './clock';
import { FrameBudget, SlowNotice } from './frame-budget';

const FRAME_S = 1 / 60;

describe('FrameBudget', () => {
  it('caps the steps per frame to what fits in the budget on this device', () => {
    const b = new FrameBudget(8);
    expect(b.maxSteps(64)).toBe(64); // not measured yet
    b.note(10, 20); // 2 ms a step
    expect(b.maxSteps(64)).toBe(4);
    for (let i = 0; i < 50; i++) b.note(4, 40); // a slower device: 10 ms a step
    expect(b.maxSteps(64)).toBe(1); // never fewer than one step: the experiment still moves
    expect(() => new FrameBudget(0)).toThrow(/budgetMs/);
  });

  it('with the clock: a step costing 2 ms at 1 ms per simulated ms runs at 4 steps a frame, slower than real time', () => {
    // 1 ms steps, 60 Hz: real time needs ~16.7 steps a frame; the budget allows 4 → ratio 0.24
    const clock = new FixedStepClock(0.001);
    const b = new FrameBudget(8);
    b.note(1, 2);
    let simulated = 0;
    for (let i = 0; i < 60; i++) simulated += clock.advance(FRAME_S, b.maxSteps(clock.maxStepsPerFrame)) * clock.dtS;
    expect(clock.slowed).toBe(true);
    expect(simulated).toBeCloseTo(60 * 4 * 0.001, 9);
  });
});

describe('FrameBudget on a device whose drawing makes the frames long', () => {
  it('gives the physics 40 % of the measured frame, between 8 and 25 ms', () => {
    const b = new FrameBudget();
    b.note(10, 10, 1000 / 60); // 60 Hz: 40 % of 16.7 ms is 6.7 ms, under the 8 ms floor
    expect(b.allowedMs).toBe(8);
    expect(b.maxSteps(64)).toBe(8); // 1 ms a step
    for (let i = 0; i < 200; i++) b.note(10, 10, 51); // drawing takes ~40 ms: 20 fps
    expect(b.frameMs).toBeCloseTo(51, 3);
    expect(b.allowedMs).toBeCloseTo(20.4, 3);
    expect(b.maxSteps(64)).toBe(20);
    for (let i = 0; i < 100; i++) b.note(10, 10, 200); // 5 fps: capped at 25 ms
    expect(b.allowedMs).toBe(25);
    b.note(10, 10, 5000); // a background tab's gap is not a frame
    expect(b.allowedMs).toBe(25);
    expect(b.frameMs).toBeLessThan(201);
  });

  it('keeps real time where the fixed 8 ms could not: 0.5 ms steps of 2 ms simulated, drawing 40 ms a frame', () => {
    // Real time needs a step per 2 ms of frame. 8 ms allows 16 steps (32 ms) in 48 ms frames: 2/3 of real time.
    const run = (budget: FrameBudget) => {
      const clock = new FixedStepClock(0.002);
      let simulatedS = 0, wallS = 0, lastFrameMs = 0;
      for (let i = 0; i < 200; i++) {
        const steps = clock.advance(lastFrameMs / 1000 || 0.05, budget.maxSteps(clock.maxStepsPerFrame));
        const physicsMs = steps * 0.5;
        lastFrameMs = 40 + physicsMs;
        budget.note(steps, physicsMs, lastFrameMs);
        if (i >= 100) {
          simulatedS += steps * clock.dtS;
          wallS += lastFrameMs / 1000;
        }
      }
      return simulatedS / wallS;
    };
    expect(run(new FrameBudget(8, 0))).toBeCloseTo(32 / 48, 2); // 16 steps of 2 ms in 48 ms frames
    expect(run(new FrameBudget())).toBeGreaterThan(0.97);
  });
});

describe('SlowNotice', () => {
  it('does not flicker when the ratio wobbles around real time (the gas lab at 6× CPU flipped 28 times in 10 s)', () => {
    const n = new SlowNotice();
    let flips = 0;
    let last = false;
    let oldFlips = 0;
    let oldLast = false;
    for (let i = 0; i < 600; i++) {
      // every other frame cannot keep up: 85 % of real time, then 100 %
      const ratio = i % 2 ? 0.85 : 1;
      const shown = n.update(ratio * FRAME_S, FRAME_S, 1);
      if (shown !== last) flips++;
      last = shown;
      const oldShown = ratio < 1; // the old notice: the last frame's `slowed`
      if (oldShown !== oldLast) oldFlips++;
      oldLast = oldShown;
    }
    expect(oldFlips).toBeGreaterThan(500);
    expect(flips).toBeLessThanOrEqual(1);
  });

  it('shows a lab that keeps falling behind within a second, and keeps showing it', () => {
    const n = new SlowNotice();
    let firstShownS = NaN;
    let hidden = 0;
    for (let i = 0; i < 600; i++) {
      const shown = n.update(0.66 * FRAME_S, FRAME_S, 1); // the 300-disc table at 6×: 0.66× real time
      if (shown && Number.isNaN(firstShownS)) firstShownS = (i + 1) * FRAME_S;
      if (!shown && i > 120) hidden++;
    }
    expect(firstShownS).toBeLessThan(1);
    expect(hidden).toBe(0);
    expect(n.ratio).toBeCloseTo(0.66, 2);
  });

  it('goes after the lab has kept up for about two seconds, and counts speed (0.5× that keeps up is real time)', () => {
    const n = new SlowNotice();
    for (let i = 0; i < 120; i++) n.update(0.5 * FRAME_S, FRAME_S, 1);
    expect(n.shown).toBe(true);
    let goneS = NaN;
    for (let i = 0; i < 600 && Number.isNaN(goneS); i++) if (!n.update(0.5 * FRAME_S, FRAME_S, 0.5)) goneS = (i + 1) * FRAME_S;
    expect(goneS).toBeGreaterThan(2);
    expect(goneS).toBeLessThan(6);
  });
});

describe('SlowNotice with steps longer than a frame (the wet bench: 50 ms steps at 60 Hz)', () => {
  it.each([
    [0.05, 60],
    [0.05, 120],
    [0.1, 60],
  ])('a model stepped every %s s keeps real time at %s Hz: no notice, ratio ≈ 1', (dtS, hz) => {
    // The clock gives a step every third frame (dtS / frame = 3 at 50 ms and 60 Hz), zero steps in between: the
    // lab keeps real time exactly (simulated time = wall time ± one step), so the notice must not show.
    const clock = new FixedStepClock(dtS);
    // Judged as the lab session judges it, on the time the clock kept (before: steps × dtS, which showed the notice
    // at a steady 0.67: frames with a step read 3× real time, capped at 2, and two empty frames read 0).
    const n = new SlowNotice(), old = new SlowNotice();
    let simulated = 0, shownFrames = 0, oldShownFrames = 0;
    const frames = 10 * hz;
    for (let i = 0; i < frames; i++) {
      const steps = clock.advance(1 / hz);
      simulated += steps * dtS;
      if (n.update(clock.keptS, 1 / hz, 1)) shownFrames++;
      if (old.update(steps * dtS, 1 / hz, 1)) oldShownFrames++;
    }
    expect(Math.abs(simulated - 10)).toBeLessThanOrEqual(dtS + 1e-9);
    expect(oldShownFrames).toBeGreaterThan(frames / 2);
    expect(shownFrames).toBe(0);
    expect(n.ratio).toBeCloseTo(1, 9);
  });

  it('still reports a lab the budget holds back: 4 steps of 1 ms a frame at 60 Hz is 0.24× real time', () => {
    const clock = new FixedStepClock(0.001);
    const n = new SlowNotice();
    for (let i = 0; i < 600; i++) {
      clock.advance(FRAME_S, 4);
      n.update(clock.keptS, FRAME_S, 1);
    }
    expect(n.shown).toBe(true);
    expect(n.ratio).toBeCloseTo(0.24, 2);
  });
});
