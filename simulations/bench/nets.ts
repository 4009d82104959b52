/**
 * Which terminals are joined: wires (links) join terminals; joined terminals form one net (a node of a
 * circuit, a rigid joint of a frame). Union–find over `part.terminal` keys, every terminal of every part
 * included (an unwired terminal is a net of its own). Used by engines (circuit nodes) and descriptions.
 */
import type { PartCatalog } from './part';
import type { Setup, TerminalRef } from './setup';

export const terminalKey = (ref: TerminalRef) => `${ref.part}.${ref.terminal}`;

export interface Nets {
  /** Net index of a terminal (`R1.a` → 3). */
  netOf(ref: TerminalRef): number;
  /** Number of nets. */
  count: number;
  /** Terminals of each net. */
  members: TerminalRef[][];
}

export function buildNets(setup: Setup, catalog: PartCatalog): Nets {
  const keys: TerminalRef[] = [];
  const index = new Map<string, number>();
  for (const p of setup.parts) {
    for (const t of catalog.get(p.kind).terminals) {
      const ref = { part: p.id, terminal: t.name };
      index.set(terminalKey(ref), keys.length);
      keys.push(ref);
    }
  }
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (const l of setup.links) {
    const a = index.get(terminalKey(l.from)), b = index.get(terminalKey(l.to));
    if (a === undefined || b === undefined) continue;
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const netOfRoot = new Map<number, number>();
  const members: TerminalRef[][] = [];
  const netIndex = keys.map((ref, i) => {
    const r = find(i);
    let n = netOfRoot.get(r);
    if (n === undefined) {
      n = members.length;
      netOfRoot.set(r, n);
      members.push([]);
    }
    members[n].push(ref);
    return n;
  });
  return {
    count: members.length,
    members,
    netOf(ref) {
      const i = index.get(terminalKey(ref));
      if (i === undefined) throw new Error(`no terminal ${terminalKey(ref)} on the bench`);
      return netIndex[i];
    },
  };
}
