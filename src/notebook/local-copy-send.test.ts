/** What log-out counts as unsent: local updates that change the server's state, measured with Yjs itself. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTextCell } from '../../projects/cells/text';
import { cellsArray, createProjectDoc, updateMeta } from '../../projects/schema';
import { unsentUpdates } from './local-copy-send';

function recorded(doc: Y.Doc): Uint8Array[] {
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  return out;
}

describe('unsent local changes', () => {
  it('counts the updates the server lacks: none when it has them all, each offline edit otherwise', () => {
    const local = createProjectDoc();
    const updates = recorded(local);
    updateMeta(local, { title: 'Pendulum' });
    addTextCell(local, [{ paragraph: 'synced before going offline' }]);
    const server = Y.encodeStateAsUpdate(local); // the server has everything so far
    expect(unsentUpdates(server, updates)).toBe(0);
    const synced = updates.length;
    // offline: three more edits, one of them only a deletion (no new items: a state vector would miss it)
    addTextCell(local, [{ paragraph: 'offline 1' }]);
    updateMeta(local, { title: 'Pendulum, revised' });
    cellsArray(local).delete(0, 1);
    expect(updates.length - synced).toBe(3);
    expect(unsentUpdates(server, updates)).toBe(3);
    // once the server has them, nothing is unsent
    expect(unsentUpdates(Y.encodeStateAsUpdate(local), updates)).toBe(0);
  });
});
