import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS_HASH, nextEntry, sha256Hex, verifyChain, type ChainEntry } from './hash-chain';

function chain(n: number): ChainEntry[] {
  const out: ChainEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(nextEntry(out[i - 1] ?? null, { projectId: 'p1', type: i === 0 ? 'submit' : 'comment', actorId: 7, at: 1_700_000_000_000 + i, payload: { body: `entry ${i}`, n: i } }));
  }
  return out;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined, so key order does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: '中' }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[1,{"y":"中","z":0}]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
  it('refuses NaN and Infinity', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([Infinity])).toThrow(/Infinity/);
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector for "abc"', () => {
    // FIPS 180-2, Appendix B.1: SHA-256("abc").
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('review hash chain', () => {
  it('links each entry to the previous hash and hashes the canonical entry', () => {
    const c = chain(3);
    expect(c[0].prevHash).toBe(GENESIS_HASH);
    expect(c[1].prevHash).toBe(c[0].hash);
    expect(c.map((e) => e.seq)).toEqual([1, 2, 3]);
    const { hash: _h, ...body } = c[2];
    const expected = createHash('sha256').update(canonicalJson({ ...body })).digest('hex');
    expect(c[2].hash).toBe(expected);
    expect(verifyChain(c)).toEqual({ ok: true, entries: 3, headHash: c[2].hash });
  });

  it('finds an edited payload at the edited entry', () => {
    const c = chain(5);
    c[2] = { ...c[2], payload: { ...c[2].payload, body: 'edited later' } };
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringMatching(/changed/) });
  });

  it('finds an edit whose hash was recomputed, at the next entry (broken link)', () => {
    const c = chain(5);
    const forged = { ...c[1], actorId: 99 };
    c[1] = { ...forged, hash: entryHash(forged) };
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringMatching(/link/) });
  });

  it('finds a deleted middle entry and reordered entries', () => {
    const c = chain(4);
    expect(verifyChain([c[0], c[2], c[3]])).toMatchObject({ ok: false, brokenAt: 2 });
    expect(verifyChain([c[1], c[0]])).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('finds entries removed from the end by the recorded head, and a head that does not match', () => {
    const c = chain(4);
    expect(verifyChain(c, { seq: 4, hash: c[3].hash })).toEqual({ ok: true, entries: 4, headHash: c[3].hash });
    expect(verifyChain(c.slice(0, 3), { seq: 4, hash: c[3].hash })).toMatchObject({ ok: false, brokenAt: 4, reason: expect.stringMatching(/ends at entry 3 but entry 4 was written/) });
    expect(verifyChain([], { seq: 4, hash: c[3].hash })).toMatchObject({ ok: false, brokenAt: 1 });
    expect(verifyChain(c, { seq: 4, hash: c[2].hash })).toMatchObject({ ok: false, brokenAt: 5, reason: expect.stringMatching(/recorded head/) });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toEqual({ ok: true, entries: 0, headHash: GENESIS_HASH });
  });
});
