/**
 * Seeded random adversarial y-websocket messages (lib0's PRNG, so a seed replays the same sequence):
 * garbage and truncated frames, huge length prefixes, bit-flipped and dependency-lacking updates,
 * deletions for unknown clients, presence states that are too large, too deep, not JSON or in someone
 * else's name, and plain valid edits among them. Used by the sync fuzz test.
 */
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { awarenessMessage, deepState, deletionsOnlyUpdate, step1Message, updateMessage } from './sync-attacks';

export type Prng = ReturnType<typeof prng.create>;

/** One attacker's local document (its edits are real Yjs updates) and the client ids it has seen. */
export class FuzzPeer {
  readonly doc = new Y.Doc();
  private sent: Uint8Array = new Uint8Array([0]);

  constructor(
    readonly gen: Prng,
    /** Presence client ids of other people, to impersonate. */
    readonly othersIds: () => number[],
  ) {
    this.doc.clientID = prng.uint32(gen, 1, 2 ** 31 - 1);
  }

  /** A random real edit; returns the update since the last call. */
  private edit(): Uint8Array {
    const g = this.gen;
    const text = this.doc.getText('fuzz');
    const op = prng.int32(g, 0, 2);
    if (op === 0 || text.length === 0) text.insert(prng.int32(g, 0, text.length), prng.word(g, 1, 12));
    else if (op === 1) text.delete(prng.int32(g, 0, text.length - 1), 1);
    else this.doc.getMap('fuzz-map').set(prng.word(g, 1, 4), prng.int32(g, 0, 1000));
    const update = Y.encodeStateAsUpdate(this.doc, this.sent);
    this.sent = Y.encodeStateVector(this.doc);
    return update;
  }

  /** A message of a random kind, and its name (for the figures). */
  next(): { kind: string; data: Uint8Array | string } {
    const g = this.gen;
    // [name, weight, make]: messages the server accepts (or refuses without closing) come more often, so
    // connections live long enough for held state to matter.
    const kinds: [string, number, () => Uint8Array | string][] = [
      ['valid edit', 4, () => updateMessage(this.edit())],
      ['random bytes', 1, () => prng.uint8Array(g, prng.int32(g, 0, 64))],
      ['truncated edit', 1, () => {
        const m = updateMessage(this.edit());
        return m.subarray(0, prng.int32(g, 1, m.length - 1));
      }],
      ['bit-flipped edit', 1, () => {
        const m = updateMessage(this.edit()).slice();
        for (let i = 0; i < 3; i++) m[prng.int32(g, 3, m.length - 1)] ^= 1 << prng.int32(g, 0, 7);
        return m;
      }],
      ['edit lacking its dependency', 3, () => {
        const before = Y.encodeStateVector(this.doc);
        this.doc.getText('fuzz').insert(0, prng.word(g, 1, 8)); // kept back: never sent
        const gap = Y.encodeStateVector(this.doc);
        this.doc.getText('fuzz').insert(0, prng.word(g, 200, 4000));
        this.sent = before; // the next valid edit resends the gap
        return updateMessage(Y.encodeStateAsUpdate(this.doc, gap));
      }],
      ['deletions for an unknown client', 3, () => updateMessage(deletionsOnlyUpdate(prng.uint32(g, 1, 2 ** 31 - 1), prng.int32(g, 1_000, 600_000)))],
      ['huge length prefix', 1, () => Uint8Array.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])],
      ['unknown type', 1, () => Uint8Array.from([prng.int32(g, 4, 200)])],
      ['garbage state vector', 1, () => step1Message(prng.uint8Array(g, prng.int32(g, 1, 40)))],
      ['sync step 1', 1, () => step1Message()],
      ['query presence', 2, () => Uint8Array.from([3])],
      ['text frame', 1, () => prng.word(g, 0, 30)],
      ['presence, own', 3, () => awarenessMessage([{ clientId: this.doc.clientID, clock: prng.int32(g, 0, 1e6), json: JSON.stringify({ user: { name: prng.word(g, 1, 20) }, cursor: { anchor: prng.int32(g, 0, 99) } }) }])],
      ['presence, deep', 3, () => awarenessMessage([{ clientId: this.doc.clientID, clock: prng.int32(g, 0, 1e6), json: deepState(prng.bool(g) ? prng.int32(g, 10, 3000) : prng.int32(g, 20_000, 100_000)) }])],
      ['presence, large', 1, () => awarenessMessage([{ clientId: prng.uint32(g, 1, 2 ** 31 - 1), clock: 1, json: JSON.stringify({ user: { name: 'z'.repeat(prng.int32(g, 4_000, 300_000)) } }) }])],
      ['presence, not an object', 1, () => awarenessMessage([{ clientId: this.doc.clientID, clock: prng.int32(g, 0, 1e6), json: prng.oneOf(g, ['[1]', '"x"', '7', '{"a":', 'nul', '{"u":"\\ud800"}']) }])],
      ['presence, many ids', 1, () => awarenessMessage(Array.from({ length: prng.int32(g, 2, 12) }, () => ({ clientId: prng.uint32(g, 1, 2 ** 31 - 1), clock: 1, json: '{"user":{"name":"m"}}' })))],
      ['presence, someone else', 2, () => {
        const ids = this.othersIds();
        const id = ids.length ? prng.oneOf(g, ids) : 1;
        return awarenessMessage([{ clientId: id, clock: prng.int32(g, 0, 1e9), json: prng.bool(g) ? 'null' : '{"user":{"name":"impostor"}}' }]);
      }],
      ['presence, truncated', 1, () => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 9); // claims nine bytes of update, carries two
        encoding.writeUint8(e, 1);
        encoding.writeUint8(e, 5);
        return encoding.toUint8Array(e);
      }],
    ];
    let pick = prng.int32(g, 0, kinds.reduce((n, k) => n + k[1], 0) - 1);
    const [kind, , make] = kinds.find((k) => (pick -= k[1]) < 0)!;
    return { kind, data: make() };
  }
}
