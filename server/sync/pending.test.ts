import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { dropPending, encodeIntegratedState, lacksDependencies, pendingBytes } from './pending';

/** Two replicas of one document, `server` with everything `client` had at the start. */
function replicas() {
  const client = new Y.Doc();
  client.getText('t').insert(0, 'hello world');
  client.getArray('a').push([1, 2, 3]);
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  return { client, server };
}

/** What `doc` did since `sv`. */
const since = (doc: Y.Doc, sv: Uint8Array) => Y.encodeStateAsUpdate(doc, sv);
const lacks = (server: Y.Doc, update: Uint8Array) => lacksDependencies(server, Y.decodeUpdate(update));

function deletionsFor(client: number, ranges: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(e, 2 * i);
    encoding.writeVarUint(e, 1);
  }
  return encoding.toUint8Array(e);
}

describe('lacksDependencies', () => {
  it('is false for what a client did on top of the document: inserts, deletions of known items, nested types, a whole state', () => {
    const { client, server } = replicas();
    const sv = Y.encodeStateVector(server);
    client.getText('t').insert(5, ',');
    client.getText('t').delete(0, 2);
    client.getArray('a').delete(1, 1);
    const nested = new Y.Map<number>();
    client.getArray('a').push([nested]);
    nested.set('x', 1);
    const diff = since(client, sv);
    expect(lacks(server, diff)).toBe(false);
    expect(lacks(server, Y.encodeStateAsUpdate(client))).toBe(false); // repeats what the server has, too
    // and Yjs agrees: nothing pending after applying it
    Y.applyUpdate(server, diff);
    expect(pendingBytes(server)).toBe(0);
  });

  it('is true for an edit whose earlier edit is missing (a gap in the clock)', () => {
    const { client, server } = replicas();
    const sv = Y.encodeStateVector(server);
    client.getText('t').insert(0, 'A');
    const middle = Y.encodeStateVector(client);
    client.getText('t').insert(0, 'B');
    const second = since(client, middle);
    expect(lacks(server, second)).toBe(true);
    Y.applyUpdate(server, second);
    expect(pendingBytes(server)).toBeGreaterThan(0); // Yjs keeps it pending: the check predicted that
    expect(lacks(server, since(client, sv))).toBe(false);
  });

  it('is true for an item whose origin belongs to a client the document never saw', () => {
    const { server } = replicas();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'xyz');
    const base = Y.encodeStateVector(other);
    const third = new Y.Doc();
    Y.applyUpdate(third, Y.encodeStateAsUpdate(other));
    third.getText('t').insert(1, 'Q'); // origin: an item of `other`
    expect(lacks(server, since(third, base))).toBe(true);
  });

  it('is true for deletions of clocks the document never had', () => {
    const { server } = replicas();
    expect(lacks(server, deletionsFor(987654, 3))).toBe(true);
    const known = [...Y.decodeStateVector(Y.encodeStateVector(server)).keys()][0];
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, known);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2); // clocks 0..1: known
    expect(lacks(server, encoding.toUint8Array(e))).toBe(false);
  });
});

describe('held-back data', () => {
  it('is left out of encodeIntegratedState and forgotten by dropPending', () => {
    const { server } = replicas();
    const clean = Y.encodeStateAsUpdate(server);
    Y.applyUpdate(server, deletionsFor(987654, 10_000));
    expect(pendingBytes(server)).toBeGreaterThan(10_000);
    expect(Y.encodeStateAsUpdate(server).length).toBeGreaterThan(clean.length + 10_000); // what Yjs does
    expect(encodeIntegratedState(server)).toEqual(clean);
    expect(pendingBytes(server)).toBeGreaterThan(10_000); // still held
    expect(dropPending(server)).toBeGreaterThan(10_000);
    expect(pendingBytes(server)).toBe(0);
    expect(Y.encodeStateAsUpdate(server)).toEqual(clean);
  });
});
