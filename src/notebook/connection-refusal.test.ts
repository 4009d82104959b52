/** The notebook names why its connection was refused or closed, from the server's close code and reason. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionRefusal, REFUSAL_NAMES } from './connection-refusal';
import { CLOSE, CLOSE_NAME_BY_CODE } from '../../projects/contracts/sync-close';

const words = (lang: string): Record<string, string> => JSON.parse(readFileSync(resolve(import.meta.dirname, '../i18n', lang, 'notebook.json'), 'utf8'));

describe('connectionRefusal', () => {
  it("takes the name the server's reason starts with, never showing its English detail", () => {
    expect(connectionRefusal(4429, 'too_many_connections: at most 6 per user')).toEqual({ name: 'too_many_connections', signIn: false, final: true });
    expect(connectionRefusal(4401, 'session_ended: log in again')).toEqual({ name: 'session_ended', signIn: true, final: true });
    expect(connectionRefusal(4403, 'access_withdrawn: your access to this project was withdrawn')?.name).toBe('access_withdrawn');
    expect(connectionRefusal(1011, 'server_error: storage failed; reconnect to reload the document')).toEqual({ name: 'server_error', signIn: false, final: false });
  });

  it('names a close without a known name by its code (an older server; ws closing a too large frame)', () => {
    expect(connectionRefusal(1009, '')?.name).toBe('frame_too_large');
    expect(connectionRefusal(4401, 'unauthenticated')?.name).toBe('unauthenticated');
    expect(connectionRefusal(4429, 'something_new: later server')?.name).toBe('rate_limited');
    expect(connectionRefusal(4403, 'origin not allowed: https://evil.example')?.name).toBe('forbidden');
  });

  it("names every code the server closes with, from the one table beside the server's codes", () => {
    expect(Object.values(CLOSE).filter((code) => !(code in CLOSE_NAME_BY_CODE))).toEqual([]);
    for (const code of Object.values(CLOSE)) expect(connectionRefusal(code, '')?.name, String(code)).toBe(CLOSE_NAME_BY_CODE[code]);
    expect(CLOSE_NAME_BY_CODE[CLOSE.rateLimited]).toBe('rate_limited');
    expect(CLOSE.rateLimited).toBe(4429);
  });

  it('is no refusal when the network dropped or the close was normal', () => {
    expect(connectionRefusal(1006, '')).toBeNull();
    expect(connectionRefusal(1005, '')).toBeNull();
    expect(connectionRefusal(1000, '')).toBeNull();
  });

  for (const lang of ['en', 'zh-CN']) {
    it(`${lang}: notebook.json words exactly the names it knows`, () => {
      const w = words(lang);
      const prefix = 'notebook.connection.reason.';
      const keys = Object.keys(w).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).sort();
      expect(keys).toEqual([...REFUSAL_NAMES].sort());
      for (const k of ['title', 'kept', 'signIn', 'retry']) expect(w[`notebook.connection.${k}`], k).toBeTruthy();
    });
  }
});
