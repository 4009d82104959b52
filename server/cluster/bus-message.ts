/**
 * Messages between processes (server/cluster).
 *
 * A document-bus message: [u8 kind][u8 sender length][sender][u32 seq][f64 stored id][payload]. `seq`
 * counts the sender's messages on one document's channel, so a receiver sees a gap (a message lost while
 * Redis reconnected) and rereads the document from the store.
 *
 * A notices message (one channel for the whole cluster): [u8 BUS_NOTICES][u8 sender length][sender]
 * [u32 count][u32 user id × count]: whose inbox changed on the sender, so a process holding one of their
 * live inbox streams pushes the new count at once. No sequence: a lost one is caught by the streams'
 * heartbeat recount.
 */
export const BUS_UPDATE = 1;
export const BUS_AWARENESS = 2;
export const BUS_NOTICES = 3;
/** On a document's channel, from a process that just joined it: "I hold this document too" (empty payload). */
export const BUS_HELLO = 4;
/** The answer of each process already holding it: "so do I, and I publish from now on" (empty payload). */
export const BUS_HERE = 5;
export type DocMessageKind = typeof BUS_UPDATE | typeof BUS_AWARENESS | typeof BUS_HELLO | typeof BUS_HERE;
/** Most user ids in one notices message (a whole school's notice is split into several). */
export const MAX_NOTICE_USERS = 10_000;

export interface BusMessage {
  kind: DocMessageKind;
  sender: string;
  seq: number;
  /** The stored update's id (0 for awareness). */
  id: number;
  payload: Uint8Array;
}

export function encodeBusMessage(m: BusMessage): Buffer {
  const { head, at } = senderHead(m.kind, m.sender, 12);
  head.writeUInt32LE(m.seq >>> 0, at);
  head.writeDoubleLE(m.id, at + 4);
  return Buffer.concat([head, m.payload]);
}

/** The message, or null for bytes that are not one (ignored: the channel is ours, but never trust a wire). */
export function decodeBusMessage(b: Buffer): BusMessage | null {
  if (b.length < 14) return null;
  const kind = b.readUInt8(0);
  const n = b.readUInt8(1);
  if ((kind !== BUS_UPDATE && kind !== BUS_AWARENESS && kind !== BUS_HELLO && kind !== BUS_HERE) || b.length < 14 + n) return null;
  return {
    kind,
    sender: b.toString('utf8', 2, 2 + n),
    seq: b.readUInt32LE(2 + n),
    id: b.readDoubleLE(6 + n),
    payload: new Uint8Array(b.buffer, b.byteOffset + 14 + n, b.length - 14 - n),
  };
}

export interface NoticesMessage {
  sender: string;
  userIds: number[];
}

function senderHead(kind: number, sender: string, extra: number): { head: Buffer; at: number } {
  const bytes = Buffer.from(sender, 'utf8');
  if (bytes.length > 255) throw new RangeError('bus sender id longer than 255 bytes');
  const head = Buffer.alloc(2 + bytes.length + extra);
  head.writeUInt8(kind, 0);
  head.writeUInt8(bytes.length, 1);
  bytes.copy(head, 2);
  return { head, at: 2 + bytes.length };
}

export function encodeNoticesMessage(m: NoticesMessage): Buffer {
  if (m.userIds.length > MAX_NOTICE_USERS) throw new RangeError(`at most ${MAX_NOTICE_USERS} user ids in one notices message; got ${m.userIds.length}`);
  const { head, at } = senderHead(BUS_NOTICES, m.sender, 4 + 4 * m.userIds.length);
  head.writeUInt32LE(m.userIds.length, at);
  m.userIds.forEach((id, i) => {
    if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) throw new RangeError(`user id must be an integer from 0 to 4294967295; got ${id}`);
    head.writeUInt32LE(id, at + 4 + 4 * i);
  });
  return head;
}

/** The message, or null for bytes that are not one. */
export function decodeNoticesMessage(b: Buffer): NoticesMessage | null {
  if (b.length < 6 || b.readUInt8(0) !== BUS_NOTICES) return null;
  const n = b.readUInt8(1);
  if (b.length < 6 + n) return null;
  const count = b.readUInt32LE(2 + n);
  if (count > MAX_NOTICE_USERS || b.length !== 6 + n + 4 * count) return null;
  const userIds: number[] = [];
  for (let i = 0; i < count; i++) userIds.push(b.readUInt32LE(6 + n + 4 * i));
  return { sender: b.toString('utf8', 2, 2 + n), userIds };
}
