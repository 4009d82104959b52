/**
 * Text editors (TipTap + Yjs binding) cost ~40 ms each to create. Cells on screen get theirs at
 * once; cells just below the fold queue here and get theirs one per idle moment, so the first
 * editor a student can type in is not held up by five others being built in the same frame.
 */
type Job = { run: () => void; cancelled: boolean };

const queue: Job[] = [];
let pumping = false;

type IdleFn = (cb: () => void, opts?: { timeout: number }) => number;

function later(fn: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: IdleFn }).requestIdleCallback;
  if (ric) ric(fn, { timeout: 300 });
  else setTimeout(fn, 16);
}

function pump(): void {
  const job = queue.shift();
  if (!job) {
    pumping = false;
    return;
  }
  if (!job.cancelled) job.run();
  later(pump);
}

/** Run `build` in a later idle moment (one job per moment, first queued first); returns a cancel function. */
export function queueEditorBuild(build: () => void): () => void {
  const job: Job = { run: build, cancelled: false };
  queue.push(job);
  if (!pumping) {
    pumping = true;
    later(pump);
  }
  return () => {
    job.cancelled = true;
  };
}
