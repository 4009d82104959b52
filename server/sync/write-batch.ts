/**
 * What the server sends on its websockets, written cheaply. Relaying an update is a write to each peer's
 * socket, and at 2 000 clients those writes are the largest part of a server's CPU. So:
 *
 * - one write per socket per turn of the event loop: everything sent to one socket during a turn (the
 *   updates of one group commit, the messages of every socket read in one poll) is held in the socket's
 *   own buffer (`cork`) and written with one call when the turn ends (`setImmediate`, after the poll phase
 *   that produced it): no message waits for another turn, and a busier loop merges more;
 * - one frame per message: a server's frames are not masked (RFC 6455 §5.1), so the bytes of a message
 *   relayed to every peer of a document are the same for each, and are framed once, not once per peer.
 *
 * Frames are written to the socket directly, beside `ws`: it has nothing queued of its own because the
 * server turns permessage-deflate off (its only reason to queue), and its control frames (ping, close)
 * are written synchronously too, so frames never interleave.
 */
import type { Writable } from 'node:stream';

const OPCODE_BINARY_FINAL = 0x82;

/** A final binary frame of `payload`, unmasked (RFC 6455 §5.2: 7-bit length, or 126 + 16-bit, or 127 + 64-bit). */
export function binaryFrame(payload: Uint8Array): Buffer {
  const n = payload.length;
  const headerBytes = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + n);
  frame[0] = OPCODE_BINARY_FINAL;
  if (n < 126) frame[1] = n;
  else if (n < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    frame.writeUInt32BE(n >>> 0, 6);
  }
  frame.set(payload, headerBytes);
  return frame;
}

export class WriteBatch {
  private readonly corked = new Set<Writable>();
  private scheduled = false;
  /** The frame of each message sent in this turn (a relayed update goes to every peer of its document). */
  private frames = new Map<Uint8Array, Buffer>();

  /** Writes `message` as one binary websocket frame on `socket`, with everything else sent to it in this turn. */
  send(socket: Writable, message: Uint8Array): void {
    let frame = this.frames.get(message);
    if (!frame) this.frames.set(message, (frame = binaryFrame(message)));
    this.hold(socket);
    socket.write(frame);
  }

  /** Holds what is written to `socket` from now until the end of this turn of the event loop. */
  hold(socket: Writable): void {
    if (this.corked.has(socket)) return;
    socket.cork();
    this.corked.add(socket);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    for (const socket of this.corked) socket.uncork();
    this.corked.clear();
    this.frames = new Map();
  };
}
