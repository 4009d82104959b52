/**
 * The sync server's close codes and names, shared by the server (server/sync/limits.ts) and the app
 * (src/notebook/connection-refusal.ts). Why the server refused or closed a connection: each close reason is `<name>: <detail>`, the name stable (the
 * app says it in the reader's language, with what to do: src/i18n/{en,zh-CN}/notebook.json `notebook.connection.<name>`,
 * checked by server/sync/close-reasons.test.ts), the detail English for logs and API users, never shown in the app. A name
 * once given stays (clients match on it).
 */
export const CLOSE_REASONS = [
  'unauthenticated',
  'session_ended',
  'forbidden',
  'access_withdrawn',
  'origin_not_allowed',
  'unknown_project',
  'too_many_connections',
  'rate_limited',
  'document_too_large',
  'presence_refused',
  'malformed',
  'server_error',
  'going_away',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The websocket close codes the sync server uses (4xxx: refusals, the HTTP status they mirror). */
export const CLOSE = {
  /** Server shutting down: reconnect later. */
  goingAway: 1001,
  /** Frame larger than maxFrameBytes (sent by ws itself). */
  tooBig: 1009,
  /** Storage failed, or an internal error in this document: reconnect, the document is reloaded from the store. */
  internal: 1011,
  malformed: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** The document, or a presence state, is larger than allowed. */
  tooLarge: 4413,
  rateLimited: 4429,
} as const;

/** A close of `ws` itself, not of the server's code: a frame over its limit (1009). */
export type CloseName = CloseReason | 'frame_too_large';

/** The name of a close that carries no known name (an older server, or `ws` itself), by its code. */
export const CLOSE_NAME_BY_CODE: Readonly<Record<number, CloseName>> = {
  [CLOSE.goingAway]: 'going_away',
  [CLOSE.tooBig]: 'frame_too_large',
  [CLOSE.internal]: 'server_error',
  [CLOSE.malformed]: 'malformed',
  [CLOSE.unauthenticated]: 'unauthenticated',
  [CLOSE.forbidden]: 'forbidden',
  [CLOSE.notFound]: 'unknown_project',
  [CLOSE.tooLarge]: 'document_too_large',
  [CLOSE.rateLimited]: 'rate_limited',
};
