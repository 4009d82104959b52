/**
 * API tokens of a school's open-data API: `spl_` and 43 base64url characters (256 random bits). Only the
 * token's SHA-256 is stored: a token has far too much entropy to guess, so a slow hash (as for passwords)
 * would add nothing but a slower lookup, and the hash is the lookup key.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { refuse, type Reason } from '../http/errors';

export const TOKEN_PATTERN = /^spl_[A-Za-z0-9_-]{43}$/;
/** What the administrator's list shows of a token. */
export const TOKEN_PREFIX_CHARS = 12;

export function newApiToken(): { secret: string; hash: string; prefix: string } {
  const secret = `spl_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: apiTokenHash(secret), prefix: secret.slice(0, TOKEN_PREFIX_CHARS) };
}

export const apiTokenHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const unauthorizedToken = (code: 'token_required' | 'invalid_token' | 'token_revoked', reason: Reason = code) =>
  refuse(401, code, reason, { field: 'authorization' }, { field: 'authorization', headers: { 'www-authenticate': 'Bearer realm="sprout-open-data"' } });

/** The token of `Authorization: Bearer <token>`; a 401 that says what is wrong otherwise (cookies are not looked at). */
export function bearerToken(req: IncomingMessage): string {
  const header = req.headers.authorization;
  if (!header) throw unauthorizedToken('token_required');
  const m = /^Bearer +(\S+)$/i.exec(header);
  if (!m) throw unauthorizedToken('invalid_token', 'token_malformed');
  if (!TOKEN_PATTERN.test(m[1])) throw unauthorizedToken('invalid_token', 'token_wrong_form');
  return m[1];
}

export { unauthorizedToken };
