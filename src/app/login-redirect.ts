/**
 * Where the log-in page goes after a successful log-in: the `next` parameter, if it is a path on this
 * site, else the projects page. Judged by the browser's own URL parser, the same one navigation uses,
 * not by the text: `/\evil.example`, `/<tab>/evil.example` and `//evil.example` all start with a slash
 * and all lead to another host once parsed.
 */
export const AFTER_LOGIN_DEFAULT = '/projects';

export function afterLoginPath(next: string | null | undefined, origin: string): string {
  if (!next || !next.startsWith('/') || next.length > 2048) return AFTER_LOGIN_DEFAULT;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return AFTER_LOGIN_DEFAULT;
  }
  if (url.origin !== origin || url.pathname.startsWith('//') || url.pathname === '/login') return AFTER_LOGIN_DEFAULT;
  return url.pathname + url.search + url.hash;
}
