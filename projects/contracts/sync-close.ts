/**
 * The sync server's close names, shared by the server (server/sync/limits.ts) and the app
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
