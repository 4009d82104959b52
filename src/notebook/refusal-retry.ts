/**
 * Connecting again by itself after a refusal that passes: too many connections or too many messages (close 4429,
 * names too_many_connections, rate_limited) go away when the person closes a tab or waits, so the notebook tries
 * again after 5 s, 10 s, 20 s, … (capped at 60 s, each ±20 % so that many tabs refused together do not come back
 * together), counting down in the notice; the notice's button still connects at once. A refusal only the person can
 * cure (logged out 4401, no access 4403, a document too large, a page to reload) is never retried by itself.
 */
import type { ConnectionRefusal, RefusalName } from './connection-refusal';

/** The refusals that pass by themselves. */
export const RETRIED_BY_ITSELF: ReadonlySet<RefusalName> = new Set<RefusalName>(['too_many_connections', 'rate_limited']);
export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 60_000;
/** ± this share of the delay, at random. */
export const RETRY_JITTER = 0.2;

/** Whether the notebook tries again by itself after `refusal`. */
export const retriesByItself = (refusal: ConnectionRefusal): boolean => refusal.final && RETRIED_BY_ITSELF.has(refusal.name);

/** The wait before try number `attempt` (0 first): 5 s doubling, capped at 60 s, ±20 % by `random` (0 … 1). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt), MAX_RETRY_MS);
  return Math.round(base * (1 - RETRY_JITTER + 2 * RETRY_JITTER * random()));
}

/** The countdown to the next try: `onTick` gets the whole seconds left (null when none is pending), `onRetry` fires at zero. */
export class RefusalRetry {
  private attempt = 0;
  private due: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly onTick: (secondsLeft: number | null) => void,
    private readonly onRetry: () => void,
    private readonly random: () => number = Math.random,
  ) {}

  /** The connection was refused: schedules the next try when this refusal passes by itself; the wait in ms, or null. */
  refused(refusal: ConnectionRefusal): number | null {
    this.cancel();
    if (!retriesByItself(refusal)) return null;
    const ms = retryDelayMs(this.attempt++, this.random);
    const at = Date.now() + ms;
    const tick = () => this.onTick(Math.max(0, Math.ceil((at - Date.now()) / 1000)));
    tick();
    this.ticker = setInterval(tick, 1000);
    this.due = setTimeout(() => {
      this.cancel();
      this.onRetry();
    }, ms);
    return ms;
  }

  /** The connection synced: the next refusal waits 5 s again. */
  succeeded(): void {
    this.cancel();
    this.attempt = 0;
  }

  /** No try pending (the reader connected at once, or left the page). */
  cancel(): void {
    if (this.due) clearTimeout(this.due);
    if (this.ticker) clearInterval(this.ticker);
    if (this.due || this.ticker) this.onTick(null);
    this.due = this.ticker = null;
  }
}
