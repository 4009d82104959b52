/**
 * One write per socket per turn of the event loop. Relaying an update is a write to each peer's socket
 * (a `writev` system call with the websocket frame's header and payload), and at 2 000 clients those
 * writes are the largest part of a server's CPU. Everything sent to one socket during a turn of the event
 * loop (the updates of one group commit, the messages of every socket read in one poll) is held in the
 * socket's own buffer (`cork`) and written with one call when the turn ends (`setImmediate`, after the
 * poll phase that produced it): no message waits for another turn, and a busier loop merges more.
 */
import type { Writable } from 'node:stream';

export class WriteBatch {
  private readonly corked = new Set<Writable>();
  private scheduled = false;

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
  };
}
