/**
 * Presence (y-protocols awareness) updates, read and checked here before any reaches a room's
 * Awareness. An awareness update is `varUint n`, then n times `varUint clientId, varUint clock,
 * varString json` (y-protocols/awareness.js); the stock server parses the JSON as it comes and
 * stringifies every stored state for each newcomer, so one state nested 100 000 levels deep overflowed
 * the stack at the next join. Here each state is bounded in bytes and in nesting depth (counted on the
 * raw text, without recursion, before JSON.parse) and must be an object or null (a removal).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE } from './limits';

export interface PresenceEntry {
  clientId: number;
  clock: number;
  /** The published state; null removes the client's presence. */
  state: Record<string, unknown> | null;
}

/** A presence update that breaks a rule: the connection is closed with `code`. */
export class PresenceRefused extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Entries one message may carry: a connection publishes its own one or two states (and their removals). */
const MAX_ENTRIES_PER_MESSAGE = 8;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The deepest nesting of `{`/`[` in a JSON text, counted without recursion; stops counting once past
 * `limit` (the answer is then `limit + 1`). Brackets inside strings do not count.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * Reads and checks one awareness update. Throws PresenceRefused (too large, too deep, not JSON, not an
 * object, too many entries) or a decoding error (truncated); never parses what it has not bounded.
 */
export function readPresenceUpdate(update: Uint8Array, limits: { maxPresenceStateBytes: number; maxPresenceDepth: number }): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const n = decoding.readVarUint(decoder);
  if (n > MAX_ENTRIES_PER_MESSAGE) throw new PresenceRefused(CLOSE.rateLimited, `too many presence states in one message: at most ${MAX_ENTRIES_PER_MESSAGE}`);
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const bytes = decoding.readVarUint8Array(decoder);
    if (bytes.length > limits.maxPresenceStateBytes) {
      throw new PresenceRefused(CLOSE.tooLarge, `presence state too large: at most ${limits.maxPresenceStateBytes} bytes`);
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new PresenceRefused(CLOSE.malformed, 'presence state is not UTF-8 text');
    }
    if (jsonDepth(text, limits.maxPresenceDepth) > limits.maxPresenceDepth) {
      throw new PresenceRefused(CLOSE.malformed, `presence state nested too deeply: at most ${limits.maxPresenceDepth} levels`);
    }
    let state: unknown;
    try {
      state = JSON.parse(text);
    } catch {
      throw new PresenceRefused(CLOSE.malformed, 'presence state is not JSON');
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new PresenceRefused(CLOSE.malformed, 'presence state must be an object or null');
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  return entries;
}

/** The entries as one awareness update (the format y-protocols' applyAwarenessUpdate reads). */
export function encodePresenceUpdate(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, JSON.stringify(e.state));
  }
  return encoding.toUint8Array(encoder);
}

/** The state with only the `allowed` top-level fields (what a read-only connection may publish). */
export function keepFields(state: Record<string, unknown> | null, allowed: readonly string[]): Record<string, unknown> | null {
  if (state === null) return null;
  const kept: Record<string, unknown> = {};
  for (const key of allowed) if (Object.hasOwn(state, key)) kept[key] = state[key];
  return kept;
}
