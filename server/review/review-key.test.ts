import { createHmac } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReviewKeyFile, parseReceipt, readReviewKey, ReviewKey, ReviewKeyError, writeReviewKey } from './review-key';

const dir = mkdtempSync(join(tmpdir(), 'sprout-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('review key', () => {
  it('signs with HMAC-SHA256 over the purpose and the parts (RFC 2104), and verifies only the same statement', () => {
    const file = join(dir, 'k1');
    writeReviewKey(file, ReviewKey.generate());
    const key = readReviewKey(file)!;
    const secret = Buffer.from((JSON.parse(readFileSync(file, 'utf8')) as { key: string }).key, 'base64url');
    expect(secret.length).toBe(32);
    const expected = createHmac('sha256', secret).update('sprout-review/entry').update('\0').update('abc').digest('hex');
    expect(key.sign('entry', 'abc')).toBe(expected);
    expect(key.verify('entry', expected, 'abc')).toBe(true);
    expect(key.verify('head', expected, 'abc')).toBe(false); // another purpose
    expect(key.verify('entry', expected, 'abd')).toBe(false);
    expect(key.verify('entry', 'not hex', 'abc')).toBe(false);
    expect(key.verify('entry', null, 'abc')).toBe(false);
    expect(ReviewKey.generate().verify('entry', expected, 'abc')).toBe(false); // another key
  });

  it('is written 0600 through a temporary file, and warns when others may read it', () => {
    const file = join(dir, 'k2');
    const key = ReviewKey.generate();
    writeReviewKey(file, key);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readReviewKey(file)!.id).toBe(key.id);
    chmodSync(file, 0o644);
    const warnings: string[] = [];
    readReviewKey(file, (m) => warnings.push(m));
    expect(warnings[0]).toMatch(/can be read by other users of this machine \(mode 644\); run: chmod 600/);
    expect(readReviewKey(join(dir, 'none'))).toBeUndefined();
  });

  it('refuses a file that is not a key, naming it', () => {
    const file = join(dir, 'bad');
    writeFileSync(file, '{"format":"sprout-review-key","version":1,"key":"c2hvcnQ"}');
    expect(() => readReviewKey(file)).toThrow(ReviewKeyError);
    expect(() => readReviewKey(file)).toThrow(`${file} is not a Sprout Lab review key`);
  });

  it('lives beside the data directory by default', () => {
    expect(defaultReviewKeyFile('/srv/sprout/data')).toBe('/srv/sprout/data.review-key');
    expect(defaultReviewKeyFile('/srv/sprout/data/')).toBe('/srv/sprout/data.review-key');
  });
});

describe('receipts', () => {
  const key = ReviewKey.generate();
  const hash = 'a'.repeat(64);

  it('are the entry number and ten Crockford base-32 characters, different per project, entry and hash', () => {
    const r = key.receipt('p1', 12, hash);
    expect(r).toMatch(/^12-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(key.receipt('p1', 12, hash)).toBe(r);
    expect(new Set([r, key.receipt('p2', 12, hash), key.receipt('p1', 11, hash), key.receipt('p1', 12, 'b'.repeat(64))]).size).toBe(4);
  });

  it('are read back however they were typed', () => {
    const r = key.receipt('p1', 7, hash);
    expect(parseReceipt(r)).toEqual({ seq: 7, code: r });
    expect(parseReceipt(` ${r.toLowerCase().replace(/-/g, ' ')} `)).toEqual({ seq: 7, code: r });
    // Crockford: O is read as 0, I and L as 1
    expect(parseReceipt('3-O0OOO-ILIL1')).toEqual({ seq: 3, code: '3-00000-11111' });
    expect(parseReceipt('12-ABCDE')).toBeNull();
    expect(parseReceipt('0-ABCDE-FGHJK')).toBeNull();
    expect(parseReceipt('hello')).toBeNull();
  });
});
