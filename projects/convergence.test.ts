/**
 * Three replicas, 1000 random interleaved operations, updates delivered in random order with random
 * disconnects; afterwards every copy must be identical (the method of Yjs's own tests: random edits
 * across simulated peers, then compare every copy).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SeededRandom } from '../simulations/core/rng';
import { addTableCell, appendRows, addColumn, readTable, setTableValue, deleteRow } from './cells/table';
import { addTextCell, textFragment } from './cells/text';
import { createProjectDoc, deleteCell, duplicateCell, listCells, moveCell, updateMeta } from './schema';

interface Peer {
  doc: Y.Doc;
  online: boolean;
  /** Updates waiting to be delivered to this peer. */
  inbox: Uint8Array[];
}

function randomEdit(doc: Y.Doc, rng: SeededRandom): void {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng.next() * xs.length)];
  const cells = listCells(doc);
  const r = rng.next();
  if (cells.length === 0 || r < 0.1) {
    if (rng.next() < 0.5) addTextCell(doc, [{ paragraph: 'p' + Math.floor(rng.next() * 100) }], { index: Math.floor(rng.next() * (cells.length + 1)) });
    else addTableCell(doc, { name: 't', columns: [{ name: 'x', unit: 'm' }, { name: 'y', unit: 's' }], rows: [[rng.next(), rng.next()]] });
    return;
  }
  const cell = pick(cells);
  if (r < 0.15) return deleteCell(doc, cell.id);
  if (r < 0.2) return moveCell(doc, cell.id, Math.floor(rng.next() * cells.length));
  if (r < 0.23) return void duplicateCell(doc, cell.id);
  if (r < 0.27) return updateMeta(doc, { title: 'title ' + Math.floor(rng.next() * 1000) });
  if (cell.kind === 'text') {
    const frag = textFragment(doc, cell.id);
    doc.transact(() => {
      if (frag.length === 0 || rng.next() < 0.1) {
        const p = new Y.XmlElement('paragraph');
        frag.insert(Math.floor(rng.next() * (frag.length + 1)), [p]);
        p.insert(0, [new Y.XmlText()]);
        return;
      }
      const para = frag.get(Math.floor(rng.next() * frag.length)) as Y.XmlElement;
      let text = para.get(0) as Y.XmlText | undefined;
      if (!(text instanceof Y.XmlText)) {
        text = new Y.XmlText();
        para.insert(0, [text]);
      }
      if (text.length > 0 && rng.next() < 0.3) {
        const at = Math.floor(rng.next() * text.length);
        text.delete(at, Math.min(text.length - at, 1 + Math.floor(rng.next() * 3)));
      } else if (text.length > 0 && rng.next() < 0.1) {
        text.format(0, Math.floor(rng.next() * text.length) + 1, { bold: {} });
      } else {
        text.insert(Math.floor(rng.next() * (text.length + 1)), String.fromCharCode(97 + Math.floor(rng.next() * 26)).repeat(1 + Math.floor(rng.next() * 3)));
      }
    }, 'sprout-local');
    return;
  }
  if (cell.kind === 'table') {
    const t = readTable(doc, cell.id);
    const q = rng.next();
    if (q < 0.4 || t.rows.length === 0) appendRows(doc, cell.id, [t.columns.map(() => Math.round(rng.next() * 1000) / 10)]);
    else if (q < 0.8) setTableValue(doc, cell.id, pick(t.rows).id, pick(t.columns).id, Math.round(rng.next() * 1000) / 10);
    else if (q < 0.9 && t.columns.length < 6) addColumn(doc, cell.id, { name: 'c', unit: '' });
    else deleteRow(doc, cell.id, pick(t.rows).id);
  }
}

function snapshotOf(doc: Y.Doc): unknown {
  return {
    meta: doc.getMap('meta').toJSON(),
    cells: doc.getArray('cells').toJSON(),
    text: doc
      .getArray<Y.Map<unknown>>('cells')
      .toArray()
      .map((c) => (c.get('content') instanceof Y.XmlFragment ? (c.get('content') as Y.XmlFragment).toString() : null)),
  };
}

describe('convergence', () => {
  for (const seed of [1, 2, 3]) {
    it(`three replicas converge after 1000 random operations with random delivery and disconnects (seed ${seed})`, () => {
      const rng = new SeededRandom(seed);
      const peers: Peer[] = [0, 1, 2].map(() => ({ doc: createProjectDoc(), online: true, inbox: [] }));
      peers.forEach((p, i) =>
        p.doc.on('update', (u: Uint8Array, origin: unknown) => {
          if (origin === 'remote') return;
          peers.forEach((q, j) => j !== i && q.inbox.push(u));
        }),
      );
      const deliverSome = () => {
        for (const p of peers) {
          if (!p.online) continue;
          // deliver a random subset, in random order
          const n = Math.floor(rng.next() * (p.inbox.length + 1));
          for (let k = 0; k < n; k++) {
            const idx = Math.floor(rng.next() * p.inbox.length);
            const [u] = p.inbox.splice(idx, 1);
            Y.applyUpdate(p.doc, u, 'remote');
          }
        }
      };
      let ops = 0;
      while (ops < 1000) {
        const p = peers[Math.floor(rng.next() * 3)];
        if (rng.next() < 0.03) p.online = !p.online; // disconnect / reconnect
        randomEdit(p.doc, rng);
        ops++;
        if (rng.next() < 0.3) deliverSome();
      }
      for (const p of peers) p.online = true;
      for (const p of peers) while (p.inbox.length) Y.applyUpdate(p.doc, p.inbox.splice(Math.floor(rng.next() * p.inbox.length), 1)[0], 'remote');
      const [a, b, c] = peers.map((p) => p.doc);
      expect(snapshotOf(b)).toEqual(snapshotOf(a));
      expect(snapshotOf(c)).toEqual(snapshotOf(a));
      expect(Y.encodeStateVector(b)).toEqual(Y.encodeStateVector(a));
      expect(Y.encodeStateVector(c)).toEqual(Y.encodeStateVector(a));
      expect(listCells(a).length).toBeGreaterThan(0);
      // the same notebook order everywhere, and concurrent moves never left two copies of a cell
      const order = listCells(a).map((x) => x.id);
      expect(listCells(b).map((x) => x.id)).toEqual(order);
      expect(listCells(c).map((x) => x.id)).toEqual(order);
      expect(new Set(order).size).toBe(order.length);
      // nothing left pending (every update was integrated)
      for (const d of [a, b, c]) expect(d.store.pendingStructs).toBeNull();
    });
  }
});
