import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { binaryFrame, WriteBatch } from './write-batch';

/** A stream that records each write it is asked to make: one entry per call, with the number of chunks. */
function recordingSocket(): { socket: Writable; writes: string[][]; frames: Buffer[] } {
  const writes: string[][] = [];
  const frames: Buffer[] = [];
  const socket = new Writable({
    write(chunk: Buffer, _enc, cb) {
      writes.push([chunk.toString()]);
      frames.push(chunk);
      cb();
    },
    writev(chunks, cb) {
      writes.push(chunks.map((c) => (c.chunk as Buffer).toString()));
      frames.push(...chunks.map((c) => c.chunk as Buffer));
      cb();
    },
  });
  return { socket, writes, frames };
}

// RFC 6455 §5.2: FIN + opcode 2 (binary) = 0x82; unmasked; payload length in 7 bits, or 126 + 16 bits, or 127 + 64 bits
describe('binaryFrame', () => {
  it.each([
    [0, [0x82, 0]],
    [125, [0x82, 125]],
    [126, [0x82, 126, 0, 126]],
    [65535, [0x82, 126, 0xff, 0xff]],
    [65536, [0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0]],
  ])('a payload of %i bytes has the header %j and the payload after it', (n, header) => {
    const payload = Uint8Array.from({ length: n }, (_, i) => i % 251);
    const frame = binaryFrame(payload);
    expect([...frame.subarray(0, header.length)]).toEqual(header);
    expect(frame.length).toBe(header.length + n);
    expect(frame.subarray(header.length).equals(payload)).toBe(true);
  });
});

describe('WriteBatch', () => {
  it('frames a message sent to several sockets once, and writes each socket one frame', async () => {
    const batch = new WriteBatch();
    const peers = [recordingSocket(), recordingSocket(), recordingSocket()];
    const update = Uint8Array.of(0, 2, 3, 7, 7, 7);
    const sentFrames: Buffer[] = [];
    for (const p of peers) {
      batch.send(p.socket, update);
    }
    await nextTurn();
    for (const p of peers) {
      expect(p.writes).toEqual([[binaryFrame(update).toString()]]);
      sentFrames.push(p.frames[0]);
    }
    expect(sentFrames[1]).toBe(sentFrames[0]); // the same bytes, not a copy per peer
    expect(sentFrames[2]).toBe(sentFrames[0]);
  });

  it('writes what is sent to a socket in one turn of the event loop with one call, at the end of that turn', async () => {
    const batch = new WriteBatch();
    const a = recordingSocket();
    const b = recordingSocket();
    for (const m of ['u1', 'u2', 'u3']) {
      batch.hold(a.socket);
      a.socket.write(m);
    }
    batch.hold(b.socket);
    b.socket.write('p1');
    expect(a.writes).toEqual([]); // held until the turn ends
    await nextTurn();
    expect(a.writes).toEqual([['u1', 'u2', 'u3']]);
    expect(b.writes).toEqual([['p1']]);
  });

  it('holds nothing past its turn: the next turn batches again, and a socket not held writes at once', async () => {
    const batch = new WriteBatch();
    const a = recordingSocket();
    batch.hold(a.socket);
    a.socket.write('first');
    await nextTurn();
    a.socket.write('alone');
    expect(a.writes).toEqual([['first'], ['alone']]);
    batch.hold(a.socket);
    a.socket.write('x');
    batch.hold(a.socket);
    a.socket.write('y');
    await nextTurn();
    expect(a.writes).toEqual([['first'], ['alone'], ['x', 'y']]);
  });
});
