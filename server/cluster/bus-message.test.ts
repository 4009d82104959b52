/** Document-bus messages: what is encoded reads back the same, and bytes that are not a message are ignored. */
import { describe, expect, it } from 'vitest';
import { BUS_AWARENESS, BUS_UPDATE, decodeBusMessage, encodeBusMessage } from './bus-message';

describe('bus messages', () => {
  it('round-trips kind, sender, sequence, stored id and payload', () => {
    const payload = new Uint8Array([0, 1, 2, 250, 255]);
    const m = decodeBusMessage(encodeBusMessage({ kind: BUS_UPDATE, sender: '4242-9f3a01bc', seq: 4_000_000_000, id: 2 ** 40 + 3, payload }))!;
    expect(m).toMatchObject({ kind: BUS_UPDATE, sender: '4242-9f3a01bc', seq: 4_000_000_000, id: 2 ** 40 + 3 });
    expect([...m.payload]).toEqual([...payload]);
    const a = decodeBusMessage(encodeBusMessage({ kind: BUS_AWARENESS, sender: '节点', seq: 1, id: 0, payload: new Uint8Array() }))!;
    expect(a).toMatchObject({ kind: BUS_AWARENESS, sender: '节点', seq: 1, id: 0 });
    expect(a.payload.length).toBe(0);
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
