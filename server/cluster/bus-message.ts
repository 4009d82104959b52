/**
 * A document-bus message: [u8 kind][u8 sender length][sender][u32 seq][f64 stored id][payload]. `seq`
 * counts the sender's messages on one document's channel, so a receiver sees a gap (a message lost while
 * Redis reconnected) and rereads the document from the store.
 */
export const BUS_UPDATE = 1;
export const BUS_AWARENESS = 2;

export interface BusMessage {
  kind: typeof BUS_UPDATE | typeof BUS_AWARENESS;
  sender: string;
  seq: number;
  /** The stored update's id (0 for awareness). */
  id: number;
  payload: Uint8Array;
}

export function encodeBusMessage(m: BusMessage): Buffer {
  const sender = Buffer.from(m.sender, 'utf8');
  if (sender.length > 255) throw new RangeError('bus sender id longer than 255 bytes');
  const head = Buffer.alloc(2 + sender.length + 12);
  head.writeUInt8(m.kind, 0);
  head.writeUInt8(sender.length, 1);
  sender.copy(head, 2);
  head.writeUInt32LE(m.seq >>> 0, 2 + sender.length);
  head.writeDoubleLE(m.id, 6 + sender.length);
  return Buffer.concat([head, m.payload]);
}

/** The message, or null for bytes that are not one (ignored: the channel is ours, but never trust a wire). */
export function decodeBusMessage(b: Buffer): BusMessage | null {
  if (b.length < 14) return null;
  const kind = b.readUInt8(0);
  const n = b.readUInt8(1);
  if ((kind !== BUS_UPDATE && kind !== BUS_AWARENESS) || b.length < 14 + n) return null;
  return {
    kind,
    sender: b.toString('utf8', 2, 2 + n),
    seq: b.readUInt32LE(2 + n),
    id: b.readDoubleLE(6 + n),
    payload: new Uint8Array(b.buffer, b.byteOffset + 14 + n, b.length - 14 - n),
  };
}
