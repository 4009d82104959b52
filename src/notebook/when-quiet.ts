/**
 * Background work that yields to the user: run in an idle moment, and not within QUIET_MS of the
 * user's last key or pointer press, so a click and the keystrokes after it never wait behind
 * cells being mounted or editors being built below the fold.
 */
const QUIET_MS = 400;

let lastInput = -Infinity;
let listening = false;

function listen(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  const mark = () => (lastInput = performance.now());
  for (const type of ['pointerdown', 'keydown'] as const) addEventListener(type, mark, { capture: true, passive: true });
}

type IdleFn = (cb: () => void, opts?: { timeout: number }) => number;

/** Run `fn` in an idle moment at least QUIET_MS after the last user input; returns a cancel function. */
export function whenQuiet(fn: () => void, idleTimeoutMs = 1000): () => void {
  listen();
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleId: number | undefined;
  const ric = (globalThis as { requestIdleCallback?: IdleFn }).requestIdleCallback;
  const attempt = () => {
    if (cancelled) return;
    const wait = lastInput + QUIET_MS - performance.now();
    if (wait > 0) {
      timer = setTimeout(attempt, wait);
      return;
    }
    // input may come while waiting for the idle moment: check again then
    const run = () => {
      idleId = undefined;
      if (cancelled) return;
      if (performance.now() - lastInput < QUIET_MS) attempt();
      else fn();
    };
    if (ric) idleId = ric(run, { timeout: idleTimeoutMs });
    else timer = setTimeout(run, 16);
  };
  attempt();
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (idleId !== undefined) (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback?.(idleId);
  };
}
