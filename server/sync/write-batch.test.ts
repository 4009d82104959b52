import { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { WriteBatch } from './write-batch';

/** A stream that records each write it is asked to make: one entry per call, with the number of chunks. */
function recordingSocket(): { socket: Writable; writes: string[][] } {
  const writes: string[][] = [];
  const socket = new Writable({
    write(chunk: Buffer, _enc, cb) {
      writes.push([chunk.toString()]);
      cb();
    },
    writev(chunks, cb) {
      writes.push(chunks.map((c) => (c.chunk as Buffer).toString()));
      cb();
    },
  });
  return { socket, writes };
}

describe('WriteBatch', () => {
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
