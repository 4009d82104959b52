import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { addressKey, addressResolver, parseTrustProxy, plainAddress } from './client-address';

const req = (remote: string, xff?: string) => ({ socket: { remoteAddress: remote }, connection: { remoteAddress: remote }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage;

describe('client address', () => {
  it('without a trusted proxy is the socket peer, whatever X-Forwarded-For says', () => {
    const of = addressResolver(false);
    expect(of(req('198.51.100.7', '1.2.3.4'))).toBe('198.51.100.7');
    expect(of(req('::ffff:198.51.100.7'))).toBe('198.51.100.7');
  });

  it('behind a proxy on this machine is the right-most address that is not a trusted proxy', () => {
    const of = addressResolver(true);
    // nginx appends the peer it saw; the left part is whatever the client sent
    expect(of(req('127.0.0.1', '6.6.6.6, 198.51.100.7'))).toBe('198.51.100.7');
    expect(of(req('127.0.0.1', '198.51.100.7'))).toBe('198.51.100.7');
    expect(of(req('::1', 'spoofed, 203.0.113.5'))).toBe('203.0.113.5');
    // a request that did not come through the proxy is its own client
    expect(of(req('203.0.113.9', '6.6.6.6'))).toBe('203.0.113.9');
  });

  it('walks through several trusted hops (a load balancer in front of the proxy)', () => {
    const of = addressResolver(['loopback', '10.0.0.0/8']);
    expect(of(req('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3'))).toBe('198.51.100.7');
    expect(of(req('127.0.0.1', '10.9.9.9, 10.1.2.3'))).toBe('10.9.9.9'); // all trusted: the left-most
  });

  it('on a Unix socket (SOCKET_PATH) is what the proxy on this machine appended, past trusted hops', () => {
    // a Unix socket's peer has no address; a TCP socket that closed has none either, but only a server
    // listening on a socket file reads X-Forwarded-For without a trusted peer
    const unix = (xff?: string) => ({ socket: { remoteAddress: undefined }, connection: {}, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage;
    expect(addressResolver(false, { socketFile: true })(unix('6.6.6.6, 198.51.100.7'))).toBe('198.51.100.7');
    expect(addressResolver(true, { socketFile: true })(unix('6.6.6.6, ::ffff:198.51.100.7'))).toBe('198.51.100.7');
    expect(addressResolver(['10.0.0.0/8'], { socketFile: true })(unix('6.6.6.6, 198.51.100.7, 10.1.2.3'))).toBe('198.51.100.7');
    expect(addressResolver(['10.0.0.0/8'], { socketFile: true })(unix('10.9.9.9, 10.1.2.3'))).toBe('10.9.9.9');
    expect(addressResolver(false, { socketFile: true })(unix())).toBe('unknown');
    // a server on a TCP port: a closed socket is 'unknown', its X-Forwarded-For not believed
    expect(addressResolver(true)(unix('198.51.100.7'))).toBe('unknown');
  });

  it('reads TRUST_PROXY: off, on (loopback), or a list, naming a bad entry', () => {
    for (const off of [undefined, '', '0', 'false', 'no', 'NO']) expect(parseTrustProxy(off)).toBe(false);
    for (const on of ['1', 'true', 'yes', 'TRUE']) expect(parseTrustProxy(on)).toBe(true);
    expect(parseTrustProxy('10.0.0.0/8, loopback ,::1')).toEqual(['10.0.0.0/8', 'loopback', '::1']);
    expect(() => parseTrustProxy('10.0.0.0/8,proxy.school')).toThrow(/got 'proxy.school'/);
    expect(() => parseTrustProxy('300.1.1.1')).toThrow(/TRUST_PROXY/);
  });

  it('counts IPv4 per address and IPv6 per /64', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::ffff:1.2.3.4')).toBe('0:0:0:0::/64');
    expect(plainAddress(undefined)).toBe('unknown');
  });
});
