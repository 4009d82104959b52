/** The update log's record format: round trip, and a crash's torn or damaged tail ends the readable part. */
import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecords } from './update-log';

const records = [
  { seq: 1, projectId: 'p1', update: new Uint8Array([1, 2, 3]) },
  { seq: 2, projectId: '项目二', update: new Uint8Array([]) },
  { seq: 2 ** 40, projectId: 'p3', update: new Uint8Array(1000).fill(7) },
];

describe('update log records', () => {
  it('decode what was encoded, UTF-8 ids and large seqs included', () => {
    const data = encodeRecords(records);
    const { records: back, validBytes } = decodeRecords(data);
    expect(validBytes).toBe(data.length);
    expect(back.map((r) => ({ ...r, update: [...r.update] }))).toEqual(records.map((r) => ({ ...r, update: [...r.update] })));
  });

  it('stop at a record cut short, keeping those before it', () => {
    const data = encodeRecords(records);
    const firstTwo = encodeRecords(records.slice(0, 2)).length;
    for (const cut of [firstTwo + 3, firstTwo + 8, data.length - 1]) {
      const { records: back, validBytes } = decodeRecords(data.subarray(0, cut));
      expect(back.map((r) => r.seq)).toEqual([1, 2]);
      expect(validBytes).toBe(firstTwo);
    }
  });

  it('stop at a damaged record (checksum)', () => {
    const data = Buffer.from(encodeRecords(records));
    const firstLen = encodeRecords(records.slice(0, 1)).length;
    data[firstLen + 12] ^= 0xff; // inside the second record's body
    expect(decodeRecords(data).records.map((r) => r.seq)).toEqual([1]);
  });

  it('refuse a project id longer than a record can name', () => {
    expect(() => encodeRecords([{ seq: 1, projectId: 'x'.repeat(300), update: new Uint8Array() }])).toThrow(/longer than 255 bytes/);
  });
});
