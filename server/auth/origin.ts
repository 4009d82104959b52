/**
 * Origin check for state-changing requests and websocket upgrades (cross-site request forgery and
 * cross-site websocket hijacking). Browsers always send `Origin` on cross-origin POSTs and on websocket
 * handshakes, so a request from another site carries a foreign Origin and is refused. Requests without
 * Origin come from non-browser clients (scripts, tests); they are refused only when `Sec-Fetch-Site`
 * says cross-site.
 */
import type { IncomingMessage } from 'node:http';

export function originAllowed(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] !== 'cross-site';
  if (allowedOrigins.includes(origin)) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // includes Origin: null (sandboxed frames, file://)
  }
  return host !== '' && host === req.headers.host;
}
