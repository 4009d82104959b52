/**
 * Headers every response carries, decided here once:
 *
 * - `X-Content-Type-Options: nosniff` everywhere (a JSON answer or an upload is never run as script or CSS);
 * - `Referrer-Policy: same-origin` (project and review addresses are not sent to other sites);
 * - no framing: `frame-ancestors 'none'` and, for browsers older than CSP 2, `X-Frame-Options: DENY`;
 * - a Content-Security-Policy:
 *   - the app (HTML, and the scripts it loads): scripts only from this origin, no inline script and no
 *     eval; styles from this origin plus inline styles ('unsafe-inline' for style-src: Svelte writes
 *     style attributes, KaTeX lays formulas out with them and Blockly injects its stylesheet); images
 *     from here, data: and blob: (pasted and generated pictures); connections only back to this server
 *     (its websocket included); no plugins, no <base>, forms post only here.
 *   - the coding lab's program worker: the same, plus 'unsafe-eval' for it alone. A worker fetched from a
 *     URL is governed by the policy sent with its script, not the page's; that worker turns the Blockly
 *     program into a function (`new Function`) and runs with network and storage removed.
 *   - API answers: nothing at all (`default-src 'none'`): JSON opened as a page cannot load or run anything.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type ResponseKind = 'app' | 'program-worker' | 'api';

/** The host the page was loaded from, if it looks like one (used to allow its websocket explicitly). */
function ownHost(req: IncomingMessage): string | null {
  const host = req.headers.host ?? '';
  return /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/.test(host) ? host : null;
}

export function contentSecurityPolicy(kind: ResponseKind, req: IncomingMessage): string {
  if (kind === 'api') return "default-src 'none'; frame-ancestors 'none'";
  const host = ownHost(req);
  // 'self' covers the same-origin websocket in CSP 3 browsers; older ones need ws:/wss: to this host spelled out.
  const connect = host ? `'self' ws://${host} wss://${host}` : "'self'";
  return [
    "default-src 'self'",
    kind === 'program-worker' ? "script-src 'self' 'unsafe-eval'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Vite names the coding lab's worker chunk after its module, src/coding/worker/program.worker.ts. */
export const PROGRAM_WORKER_ASSET = /^\/assets\/program\.worker-[\w-]+\.js$/;

export function setSecurityHeaders(res: ServerResponse, req: IncomingMessage, kind: ResponseKind): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('content-security-policy', contentSecurityPolicy(kind, req));
}
