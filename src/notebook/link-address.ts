/**
 * What a student types as a link address, made into an href or refused. Allowed: http://, https://
 * and mailto: addresses; a bare host name ("www.example.org/page", "example.cn") gets https://.
 * Anything else (javascript:, data:, file:, words with spaces) is refused, so a notebook never holds a
 * link that runs code or points into the reader's computer.
 */
export type LinkAddress = { href: string } | { error: 'scheme' | 'invalid' } | { remove: true };

export const LINK_SCHEMES = ['https://', 'http://', 'mailto:'] as const;

/** "example.org", "www.example.org:8080/page": a host name with a dot and a top-level domain, no scheme. */
const HOST_NAME = /^[^\s/?#@:]+\.[a-z]{2,}(:\d+)?([/?#]|$)/i;

export function linkAddress(input: string): LinkAddress {
  const s = input.trim();
  if (s === '') return { remove: true };
  let candidate = s;
  if (HOST_NAME.test(s)) candidate = `https://${s}`;
  else if (!LINK_SCHEMES.some((p) => s.toLowerCase().startsWith(p))) return /^[a-z][a-z0-9+.-]*:/i.test(s) ? { error: 'scheme' } : { error: 'invalid' };
  try {
    const url = new URL(candidate);
    if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? { href: url.href } : { error: 'invalid' };
    return url.hostname && !/\s/.test(candidate) ? { href: url.href } : { error: 'invalid' };
  } catch {
    return { error: 'invalid' };
  }
}
