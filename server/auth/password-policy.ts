/**
 * Which new passwords are refused, after NIST SP 800-63B §5.1.1.2: at least 8 characters (checked by the
 * routes' schemas), and not a value that is commonly used, expected or context-specific: a password from
 * the shipped list (common-passwords.txt), one character or a short group repeated, a straight run
 * (abcdefgh, 98765432), or the username itself. No composition rules (NIST advises against them).
 * Compared after Unicode NFKC normalisation (as the hash is), ignoring letter case.
 */
import { readFileSync } from 'node:fs';
import { ApiError, refuse } from '../http/errors';

let common: Set<string> | undefined;

/** The shipped list, read once. */
export function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return common;
}

export type PasswordProblem = 'password_is_username' | 'password_too_common';

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** A straight run of at least 6 characters (each code point one more, or one less, than the last). */
function isRun(p: string): boolean {
  const cps = [...p].map((c) => c.codePointAt(0)!);
  if (cps.length < 6) return false;
  const step = cps[1] - cps[0];
  return (step === 1 || step === -1) && cps.every((c, i) => i === 0 || c - cps[i - 1] === step);
}

export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const p = fold(password);
  const u = fold(username.trim());
  if (u && (p === u || p === [...u].reverse().join(''))) return 'password_is_username';
  if (commonPasswords().has(p)) return 'password_too_common';
  if (/^(.{1,4})\1+$/u.test(p) || isRun(p)) return 'password_too_common';
  return null;
}

/** The same check as a 400 naming the field, for routes that set a password. */
export function assertPasswordAllowed(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem === 'password_is_username') throw refuse(400, problem, problem, { field }, { field });
  if (problem === 'password_too_common') {
    throw refuse(400, problem, problem, { field }, { field });
  }
}
