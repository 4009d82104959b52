/**
 * Work the first screen does not need (the inbox's count and its event stream), started once the page has
 * loaded and the browser is idle (at most `timeoutMs` later). On HTTP/1.1 a browser keeps six connections to
 * the server; on a school's slow link (issue #22) every one of them is carrying the page's code and data
 * while it loads, and an event stream holds one for good. Returns a cancel function.
 */
type IdleFn = (cb: () => void, opts?: { timeout: number }) => number;

export function afterFirstScreen(fn: () => void, timeoutMs = 2000): () => void {
  let cancelled = false;
  let idleId: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = () => {
    if (cancelled) return;
    const ric = (globalThis as { requestIdleCallback?: IdleFn }).requestIdleCallback;
    const run = () => !cancelled && fn();
    if (ric) idleId = ric(run, { timeout: timeoutMs });
    else timer = setTimeout(run, 0);
  };
  const loaded = typeof document === 'undefined' || document.readyState === 'complete';
  if (loaded) idle();
  else addEventListener('load', idle, { once: true });
  return () => {
    cancelled = true;
    removeEventListener('load', idle);
    clearTimeout(timer);
    if (idleId !== undefined) (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback?.(idleId);
  };
}
