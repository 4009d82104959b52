/**
 * Why the server refused or closed the notebook's connection, as a name the app words in the reader's
 * language (notebook.json `notebook.connection.reason.<name>`) with what to do. The server's close reason
 * starts with a stable name (projects/contracts/sync-close.ts CLOSE_REASONS: `<name>: <English detail>`); the detail
 * is for logs and never shown. A close without a known name (an older server, or `ws` itself closing a
 * frame that is too large) is named by its code (sync-close.ts CLOSE_NAME_BY_CODE, beside the server's codes); a dropped network (1005, 1006) or our own close is none.
 */
import { CLOSE_NAME_BY_CODE, CLOSE_REASONS } from '../../projects/contracts/sync-close';

/** What the reader is told, and whether to offer signing in again. */
export interface ConnectionRefusal {
  name: RefusalName;
  /** The cure is to log in again (link to the log-in page). */
  signIn: boolean;
  /** The server will not take the connection back by itself: the page offers to connect again. */
  final: boolean;
}

/** The server's close names, and 1009 from `ws` itself (a frame over its limit, closed before the server's code sees it). */
export const REFUSAL_NAMES = [...CLOSE_REASONS, 'frame_too_large'] as const;
export type RefusalName = (typeof REFUSAL_NAMES)[number];

const isName = (s: string): s is RefusalName => (REFUSAL_NAMES as readonly string[]).includes(s);

/** The refusal a websocket close event says, or null for a close that is no refusal (network gone, normal close). */
export function connectionRefusal(code: number, reason: string): ConnectionRefusal | null {
  const named = /^([a-z_]+):/.exec(reason)?.[1];
  const name = named && isName(named) ? named : CLOSE_NAME_BY_CODE[code];
  if (!name) return null;
  return { name, signIn: name === 'unauthenticated' || name === 'session_ended', final: code >= 4400 && code < 4500 };
}
