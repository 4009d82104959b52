/**
 * Text editors (TipTap + Yjs binding) cost ~40 ms each to create. They are built one per task, so
 * the browser handles input and paints between two of them:
 *  - `soon` jobs (cells on screen, in the order they were queued, i.e. top first) run one per
 *    macrotask, ahead of everything else here: the first editor a student can type in is not held
 *    up by the five others on screen;
 *  - `idle` jobs (cells just below the fold) run one per idle moment.
 */
type Job = { run: () => void; cancelled: boolean };

const soonQueue: Job[] = [];
const idleQueue: Job[] = [];
let pumpingSoon = false;
let pumpingIdle = false;

type IdleFn = (cb: () => void, opts?: { timeout: number }) => number;

function idle(fn: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: IdleFn }).requestIdleCallback;
  if (ric) ric(fn, { timeout: 300 });
  else setTimeout(fn, 16);
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
  setTimeout(pumpSoon, 0);
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
