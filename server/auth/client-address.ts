/**
 * Which address a request comes from, for rate limits. Without a trusted proxy it is the socket's peer.
 * Behind a reverse proxy (TRUST_PROXY), X-Forwarded-For is read from the right, skipping the hops we
 * trust, and the first untrusted one is the client: the left-most entry is whatever the client wrote
 * and proves nothing. `proxy-addr` (jshttp, the one Express uses) does that walk.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** `false`: no proxy; `true`: a proxy on this machine ('loopback'); or addresses, subnets and proxy-addr's names. */
export type TrustProxySetting = boolean | readonly string[];

export type AddressOf = (req: IncomingMessage) => string;

/**
 * TRUST_PROXY's text: empty, 0, false or no: no proxy; 1, true or yes: a proxy on this machine; else a
 * comma-separated list of addresses, subnets (10.0.0.0/8) or proxy-addr's names (loopback, linklocal,
 * uniquelocal). Throws an Error naming the bad entry.
 */
export function parseTrustProxy(text: string | undefined): TrustProxySetting {
  const v = (text ?? '').trim();
  if (/^(|0|false|no)$/i.test(v)) return false;
  if (/^(1|true|yes)$/i.test(v)) return true;
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of list) {
    try {
      proxyAddr.compile(entry);
    } catch {
      throw new Error(`TRUST_PROXY entries must be IP addresses, subnets (10.0.0.0/8) or loopback/linklocal/uniquelocal; got '${entry}'`);
    }
  }
  return list;
}

/**
 * Throws a TypeError naming a bad entry (proxy-addr's own message). `socketFile`: the server listens on a
 * Unix socket (SOCKET_PATH), whose peer has no address and is always a proxy on this machine: the client is
 * the right-most X-Forwarded-For entry that is not a trusted hop (the one that proxy appended, without
 * TRUST_PROXY), the left-most when all are trusted, 'unknown' without the header.
 */
export function addressResolver(setting: TrustProxySetting | undefined, opts: { socketFile?: boolean } = {}): AddressOf {
  const trust = !setting || (Array.isArray(setting) && setting.length === 0) ? null : proxyAddr.compile(setting === true ? ['loopback'] : [...(setting as readonly string[])]);
  if (opts.socketFile) return (req) => viaLocalProxy(req, trust);
  if (!trust) return (req) => plainAddress(req.socket.remoteAddress);
  return (req) => {
    if (!req.socket.remoteAddress) return 'unknown';
    return plainAddress(proxyAddr(req, trust));
  };
}

function viaLocalProxy(req: IncomingMessage, trust: ((addr: string, i: number) => boolean) | null): string {
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trust || !trust(hops[i], hops.length - i)) return plainAddress(hops[i]);
  }
  return plainAddress(hops[0]);
}

/** IPv4-mapped IPv6 (`::ffff:10.1.2.3`) as plain IPv4, so one client has one key. */
export function plainAddress(addr: string | undefined): string {
  if (!addr) return 'unknown';
  const m = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(addr);
  return m ? m[1] : addr;
}

/**
 * The key a per-address limit counts under: an IPv4 address as it is, an IPv6 address by its /64 (one
 * household or school network gets a whole /64, so counting single IPv6 addresses would let one client
 * take a fresh address for every attempt).
 */
export function addressKey(addr: string): string {
  if (!addr.includes(':')) return addr;
  const groups = expandIpv6(addr.split('%')[0]);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : addr;
}

function expandIpv6(addr: string): string[] | null {
  const halves = addr.toLowerCase().split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  if (tail.length && tail[tail.length - 1].includes('.')) tail.splice(-1, 1, '0', '0'); // embedded IPv4: the /64 does not depend on it
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0 || (halves.length === 1 && head.length !== 8)) return null;
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}
