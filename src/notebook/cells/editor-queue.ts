/**
 * Text editors (TipTap + Yjs binding) cost ~40 ms each to create. They are built one per task, so
 * the browser handles input and paints between two of them:
 *  - `soon` jobs (cells on screen, in the order they were queued, i.e. top first): the first in the
 *    next task, the others one per idle moment (at most 200 ms apart), ahead of the `idle` ones, so
 *    the top editor is not held up by the others on screen and a click or keystroke in it is not
 *    held up by them being built (a preview the user clicks gets its editor at once: TextCell);
 *  - `idle` jobs (cells just below the fold) run one per idle moment, away from the user's last
 *    key or click (when-quiet.ts).
 */
import { whenQuiet } from '../when-quiet';

type Job = { run: () => void; cancelled: boolean };

const soonQueue: Job[] = [];
const idleQueue: Job[] = [];
let pumpingSoon = false;
let pumpingIdle = false;

function idle(fn: () => void): void {
  whenQuiet(fn, 300);
}

function next(queue: Job[]): Job | undefined {
  let job = queue.shift();
  while (job?.cancelled) job = queue.shift();
  return job;
}

function pumpSoon(): void {
  const job = next(soonQueue);
  if (!job) {
    pumpingSoon = false;
    return;
  }
  job.run();
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(pumpSoon, { timeout: 200 });
  else setTimeout(pumpSoon, 0);
}

function pumpIdle(): void {
  // on-screen editors first: wait for them to be built
  if (pumpingSoon) return idle(pumpIdle);
  const job = next(idleQueue);
  if (!job) {
    pumpingIdle = false;
    return;
  }
  job.run();
  idle(pumpIdle);
}

/**
 * Run `build` in a later task: `soon` (next free task, for cells on screen) or `idle` (the default:
 * an idle moment, for cells near the screen). Returns a cancel function.
 */
export function queueEditorBuild(build: () => void, when: 'soon' | 'idle' = 'idle'): () => void {
  const job: Job = { run: build, cancelled: false };
  if (when === 'soon') {
    soonQueue.push(job);
    if (!pumpingSoon) {
      pumpingSoon = true;
      setTimeout(pumpSoon, 0);
    }
  } else {
    idleQueue.push(job);
    if (!pumpingIdle) {
      pumpingIdle = true;
      idle(pumpIdle);
    }
  }
  return () => {
    job.cancelled = true;
  };
}
