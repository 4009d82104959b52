/**
 * The school stopwatch (停表, 人教版 八年级上册 第一章第1节): a mechanical one whose small dial counts minutes
 * (0–15, with half-minute marks so the student knows whether the big hand is in the first or second half
 * minute) and whose big hand turns once in 30 s in jumps of 0.1 s, read as minutes + seconds with no estimated
 * digit (the hand jumps); and an electronic one showing 0.01 s. The crown is pressed three times: start, stop,
 * back to zero. Pure: elapsed time is the bench's; this says where the hands are and what is read.
 */

export interface StopwatchSpec {
  kind: 'mechanical' | 'electronic';
  /** Resolution: the big hand's jump, or the display's last digit, seconds. */
  resolutionS: number;
  /** Big hand: seconds per turn. */
  bigTurnS: number;
  /** Small dial: minutes per turn. */
  smallTurnMin: number;
}

export const STOPWATCHES: Record<string, StopwatchSpec> = {
  mechanical: { kind: 'mechanical', resolutionS: 0.1, bigTurnS: 30, smallTurnMin: 15 },
  electronic: { kind: 'electronic', resolutionS: 0.01, bigTurnS: 60, smallTurnMin: 60 },
};

export type StopwatchState = 'zero' | 'running' | 'stopped';

/** What pressing the crown does next. */
export function pressCrown(state: StopwatchState): StopwatchState {
  return state === 'zero' ? 'running' : state === 'running' ? 'stopped' : 'zero';
}

export interface StopwatchReading {
  /** Shown time, s: elapsed rounded down to the hand's last jump (or the display's last digit). */
  shownS: number;
  /** Small hand: minutes (continuous, e.g. 1.62 between 1.5 and 2 marks). */
  minutes: number;
  /** Big hand: seconds on its dial, 0 … bigTurnS. */
  bigHandS: number;
  /** What the student writes: minutes × 60 + seconds, s. */
  readS: number;
}

export function readStopwatch(elapsedS: number, spec: StopwatchSpec): StopwatchReading {
  const t = Math.max(0, elapsedS);
  // The escapement advances the hand in whole jumps: it shows the last jump made (a hair of rounding tolerated).
  const shownS = Number((Math.floor(t / spec.resolutionS + 1e-9) * spec.resolutionS).toPrecision(12));
  const minutes = (shownS / 60) % spec.smallTurnMin;
  const bigHandS = Number((shownS % spec.bigTurnS).toPrecision(12));
  return { shownS, minutes, bigHandS, readS: shownS };
}

/** The reading as minutes and seconds, the way it is written ("1 min 39.8 s"). */
export function minutesAndSeconds(readS: number): { min: number; s: number } {
  const min = Math.floor(readS / 60 + 1e-9);
  return { min, s: Number((readS - min * 60).toPrecision(12)) };
}
