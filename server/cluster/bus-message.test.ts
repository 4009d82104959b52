/** Bus messages (documents and notices): what is encoded reads back the same, and bytes that are not a message are ignored. */
import { describe, expect, it } from 'vitest';
import { BUS_AWARENESS, BUS_HELLO, BUS_HERE, BUS_NOTICES, BUS_UPDATE, decodeBusMessage, decodeNoticesMessage, encodeBusMessage, encodeNoticesMessage, MAX_NOTICE_USERS } from './bus-message';

describe('bus messages', () => {
  it('round-trips kind, sender, sequence, stored id and payload', () => {
    const payload = new Uint8Array([0, 1, 2, 250, 255]);
    const m = decodeBusMessage(encodeBusMessage({ kind: BUS_UPDATE, sender: '4242-9f3a01bc', seq: 4_000_000_000, id: 2 ** 40 + 3, payload }))!;
    expect(m).toMatchObject({ kind: BUS_UPDATE, sender: '4242-9f3a01bc', seq: 4_000_000_000, id: 2 ** 40 + 3 });
    expect([...m.payload]).toEqual([...payload]);
    const a = decodeBusMessage(encodeBusMessage({ kind: BUS_AWARENESS, sender: '节点', seq: 1, id: 0, payload: new Uint8Array() }))!;
    expect(a).toMatchObject({ kind: BUS_AWARENESS, sender: '节点', seq: 1, id: 0 });
    expect(a.payload.length).toBe(0);
    for (const kind of [BUS_HELLO, BUS_HERE] as const) expect(decodeBusMessage(encodeBusMessage({ kind, sender: 'n', seq: 2, id: 0, payload: new Uint8Array() }))).toMatchObject({ kind, seq: 2 });
  });

  it('ignores bytes that are not a message: too short, unknown kind, sender longer than the buffer', () => {
    expect(decodeBusMessage(Buffer.from([1, 0, 0]))).toBeNull();
    expect(decodeBusMessage(Buffer.alloc(20, 7))).toBeNull();
    const truncated = Buffer.alloc(20);
    truncated.writeUInt8(BUS_UPDATE, 0);
    truncated.writeUInt8(200, 1);
    expect(decodeBusMessage(truncated)).toBeNull();
  });

  it('refuses a sender id longer than 255 bytes', () => {
    expect(() => encodeBusMessage({ kind: BUS_UPDATE, sender: 'x'.repeat(256), seq: 1, id: 1, payload: new Uint8Array() })).toThrow(RangeError);
  });
});

describe('notices messages', () => {
  it('round-trip the sender and the user ids, and are not document messages', () => {
    const b = encodeNoticesMessage({ sender: '4242-9f3a01bc', userIds: [1, 77, 4_294_967_295] });
    expect(decodeNoticesMessage(b)).toEqual({ sender: '4242-9f3a01bc', userIds: [1, 77, 4_294_967_295] });
    expect(b.readUInt8(0)).toBe(BUS_NOTICES);
    expect(decodeBusMessage(b)).toBeNull();
    expect(decodeNoticesMessage(encodeBusMessage({ kind: BUS_UPDATE, sender: 'a', seq: 1, id: 1, payload: new Uint8Array(8) }))).toBeNull();
    // 2 + 13 sender bytes + 4 count + 3 × 4 ids
    expect(b.length).toBe(31);
  });

  it('ignore bytes that are not one: cut short, a count that does not match the length, a count over the limit', () => {
    const b = encodeNoticesMessage({ sender: 'n', userIds: [5, 6] });
    expect(decodeNoticesMessage(b.subarray(0, b.length - 1))).toBeNull();
    expect(decodeNoticesMessage(Buffer.concat([b, Buffer.alloc(4)]))).toBeNull();
    const huge = Buffer.from(b);
    huge.writeUInt32LE(MAX_NOTICE_USERS + 1, 3);
    expect(decodeNoticesMessage(huge)).toBeNull();
  });

  it('refuse ids that are not unsigned 32-bit integers, and too many of them', () => {
    expect(() => encodeNoticesMessage({ sender: 'n', userIds: [-1] })).toThrow(/user id must be an integer from 0 to 4294967295; got -1/);
    expect(() => encodeNoticesMessage({ sender: 'n', userIds: [1.5] })).toThrow(RangeError);
    expect(() => encodeNoticesMessage({ sender: 'n', userIds: Array(MAX_NOTICE_USERS + 1).fill(1) })).toThrow(/at most 10000 user ids/);
  });
});
