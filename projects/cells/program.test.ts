/**
 * Per-block Yjs storage of Blockly programs: round trip, Blockly events, conflict resolution, and
 * convergence of two copies after 200 random concurrent block operations each (as Yjs tests its
 * own types: random edits on separate peers, then exchange updates and compare every copy).
 */
import * as Blockly from 'blockly';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBlocks,
  applyBlocklyEvent,
  createProgram,
  deleteBlocks,
  descendantIds,
  moveBlock,
  setBlockField,
  toBlocklyJson,
  type BlockState,
  type WorkspaceJson,
  type YProgram,
} from './program';

function newProgram(doc = new Y.Doc()): YProgram {
  return createProgram(doc.getMap('cell'));
}

/**
 * Two copies of one program cell. The program is created once, by one peer, and reaches the other by
 * sync (as a notebook cell does): two peers each creating the maps would be two different maps.
 */
function twoPeers(): { a: Y.Doc; b: Y.Doc; pa: YProgram; pb: YProgram } {
  const a = new Y.Doc(), b = new Y.Doc();
  const pa = newProgram(a);
  sync(a, b);
  return { a, b, pa, pb: b.getMap('cell') };
}

function sync(a: Y.Doc, b: Y.Doc): void {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua);
  Y.applyUpdate(a, ub);
}

const print = (id: string, text: string): BlockState => ({ type: 'text_print', id, inputs: { TEXT: { shadow: { type: 'text', id: id + 's', fields: { TEXT: text } } } } });
const repeat = (id: string, times: number): BlockState => ({ type: 'controls_repeat_ext', id, inputs: { TIMES: { shadow: { type: 'math_number', id: id + 's', fields: { NUM: times } } } } });

function allIds(json: WorkspaceJson): string[] {
  const out: string[] = [];
  const walk = (b: BlockState) => {
    out.push(b.id!);
    for (const c of Object.values(b.inputs ?? {})) {
      if (c.shadow) walk(c.shadow);
      if (c.block) walk(c.block);
    }
    if (b.next?.block) walk(b.next.block);
  };
  json.blocks?.blocks.forEach(walk);
  return out;
}

/** Deterministic PRNG for the test (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('program storage', () => {
  it('round-trips a workspace, nested inputs, next chains, shadows, fields, extra state and variables', () => {
    const p = newProgram();
    const ws: WorkspaceJson = {
      blocks: {
        languageVersion: 0,
        blocks: [
          { ...repeat('r', 3), x: 10, y: 20, inputs: { ...repeat('r', 3).inputs, DO: { block: { ...print('p1', 'a'), next: { block: print('p2', 'b') } } } } },
          { type: 'text_join', id: 'j', x: 200, y: 5, extraState: { itemCount: 2 } },
        ],
      },
      variables: [{ id: 'v1', name: 'angle', type: '' }],
    };
    createProgram(p, ws);
    const back = toBlocklyJson(p);
    expect(back.variables).toEqual(ws.variables);
    // Ordered by y then x: the join (y = 5) first.
    expect(back.blocks!.blocks.map((b) => b.id)).toEqual(['j', 'r']);
    expect(back.blocks!.blocks[0].extraState).toEqual({ itemCount: 2 });
    const r = back.blocks!.blocks[1];
    expect(r.inputs!.DO.block!.id).toBe('p1');
    expect(r.inputs!.DO.block!.next!.block!.id).toBe('p2');
    expect(r.inputs!.TIMES.shadow!.fields).toEqual({ NUM: 3 });
  });

  it('applies Blockly events: create, move into a slot, field change, mutation, delete, variables', () => {
    const p = newProgram();
    applyBlocklyEvent(p, { type: 'create', blockId: 'r', json: { ...repeat('r', 2), x: 0, y: 0 } });
    applyBlocklyEvent(p, { type: 'create', blockId: 'p', json: print('p', 'hi') });
    applyBlocklyEvent(p, { type: 'move', blockId: 'p', newParentId: 'r', newInputName: 'DO' });
    applyBlocklyEvent(p, { type: 'change', blockId: 'ps', element: 'field', name: 'TEXT', newValue: 'hello' });
    applyBlocklyEvent(p, { type: 'change', blockId: 'r', element: 'mutation', newValue: '{"x":1}' });
    applyBlocklyEvent(p, { type: 'var_create', varId: 'v', varName: 'n' });
    applyBlocklyEvent(p, { type: 'var_rename', varId: 'v', newName: 'count' });
    let json = toBlocklyJson(p);
    expect(json.blocks!.blocks[0].inputs!.DO.block!.inputs!.TEXT.shadow!.fields).toEqual({ TEXT: 'hello' });
    expect(json.blocks!.blocks[0].extraState).toEqual({ x: 1 });
    expect(json.variables).toEqual([{ id: 'v', name: 'count', type: '' }]);
    applyBlocklyEvent(p, { type: 'move', blockId: 'p', newCoordinate: '50,60' });
    applyBlocklyEvent(p, { type: 'delete', blockId: 'r', ids: ['r', 'rs'] });
    json = toBlocklyJson(p);
    expect(json.blocks!.blocks).toHaveLength(1);
    expect(json.blocks!.blocks[0]).toMatchObject({ id: 'p', x: 50, y: 60 });
  });

  it('keeps a teammate’s block attached to a block that was deleted meanwhile, as its own stack', () => {
    const { a, b, pa, pb } = twoPeers();
    addBlocks(pa, { ...repeat('r', 2), x: 0, y: 0 });
    sync(a, b);
    deleteBlocks(pa, descendantIds(pa, 'r')); // Ana deletes the loop
    addBlocks(pb, print('p', 'mine'), { parentId: 'r', slot: 'DO' }); // Ben puts a block inside it
    sync(a, b);
    expect(toBlocklyJson(pa)).toEqual(toBlocklyJson(pb));
    expect(allIds(toBlocklyJson(pa))).toEqual(['p', 'ps']);
  });

  it('resolves two blocks in one slot and crossing moves (a cycle) the same way on both copies', () => {
    const { a, b, pa, pb } = twoPeers();
    addBlocks(pa, { ...print('x', '1'), x: 0, y: 0 });
    addBlocks(pa, { ...print('y', '2'), x: 0, y: 100 });
    addBlocks(pa, { ...print('z', '3'), x: 0, y: 200 });
    sync(a, b);
    moveBlock(pa, 'y', { parentId: 'x', slot: 'next' });
    moveBlock(pb, 'z', { parentId: 'x', slot: 'next' }); // same slot
    moveBlock(pb, 'x', { parentId: 'y', slot: 'next' }); // and x under y, while y goes under x: a cycle
    sync(a, b);
    const ja = toBlocklyJson(pa);
    expect(ja).toEqual(toBlocklyJson(pb));
    expect(allIds(ja).sort()).toEqual(['x', 'xs', 'y', 'ys', 'z', 'zs']);
  });

  it('two copies with 200 random concurrent block operations each converge, losing no block that was not deleted', () => {
    Blockly.setLocale({}); // headless Blockly loads the merged program below; messages are irrelevant
    for (const seed of [1, 2, 3]) {
      const { a, b, pa, pb } = twoPeers();
      const start: BlockState[] = [];
      for (let i = 0; i < 10; i++) start.push({ ...(i % 3 ? print(`s${i}`, `t${i}`) : repeat(`s${i}`, i)), x: 0, y: i * 50 });
      start.forEach((s) => addBlocks(pa, s));
      sync(a, b);
      const created = new Set<string>(start.map((s) => s.id!));
      const deleted = new Set<string>();
      const peers = [
        { p: pa, name: 'a', random: rng(seed * 101) },
        { p: pb, name: 'b', random: rng(seed * 977) },
      ];
      for (let step = 0; step < 200; step++) {
        for (const { p, name, random } of peers) {
          const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)];
          const blocks = p.get('blocks') as Y.Map<Y.Map<unknown>>;
          const statements = [...blocks.entries()].filter(([, r]) => r.get('shadow') !== true).map(([id]) => id);
          const slotFor = (moving: string | null): { parentId: string; slot: string } | undefined => {
            const banned = new Set(moving ? descendantIds(p, moving) : []);
            const targets = statements.filter((id) => !banned.has(id));
            if (!targets.length || random() < 0.25) return undefined;
            const parentId = pick(targets);
            const isLoop = blocks.get(parentId)!.get('type') === 'controls_repeat_ext';
            return { parentId, slot: isLoop && random() < 0.5 ? 'DO' : 'next' };
          };
          const op = random();
          if (op < 0.35 || statements.length < 3) {
            const id = `${name}${step}`;
            created.add(id);
            const at = slotFor(null);
            addBlocks(p, { ...(random() < 0.7 ? print(id, `w${step}`) : repeat(id, step)), x: Math.floor(random() * 500), y: Math.floor(random() * 500) }, at);
          } else if (op < 0.65) {
            const id = pick(statements);
            moveBlock(p, id, slotFor(id) ?? { x: Math.floor(random() * 500), y: Math.floor(random() * 500) });
          } else if (op < 0.85) {
            const id = pick(statements);
            const shadowId = id + 's';
            if (blocks.get(shadowId)) setBlockField(p, shadowId, blocks.get(id)!.get('type') === 'text_print' ? 'TEXT' : 'NUM', blocks.get(id)!.get('type') === 'text_print' ? `e${step}` : step);
          } else {
            const ids = descendantIds(p, pick(statements));
            ids.forEach((d) => deleted.add(d));
            deleteBlocks(p, ids);
          }
        }
      }
      sync(a, b);
      const ja = toBlocklyJson(pa);
      expect(ja).toEqual(toBlocklyJson(pb));
      const present = allIds(ja);
      expect(new Set(present).size).toBe(present.length); // every block once
      const expected = [...created].filter((id) => !deleted.has(id)).sort();
      expect(present.filter((id) => !id.endsWith('s')).sort()).toEqual(expected);
      // The merged program is a valid Blockly workspace (slots and shadows where Blockly expects them).
      const ws = new Blockly.Workspace();
      Blockly.serialization.workspaces.load(ja, ws);
      expect(ws.getAllBlocks(false).length).toBe(present.length);
      ws.dispose();
    }
  });
});

describe('program cells in a project document', () => {
  it('addProgramCell inserts a program cell whose blocks a teammate receives through Yjs updates', async () => {
    const { createProjectDoc, listCells, cellMapOfKind } = await import('../schema');
    const { addProgramCell, addBlocks, toBlocklyJson } = await import('./program');
    const a = createProjectDoc();
    const b = createProjectDoc();
    const id = addProgramCell(a);
    addBlocks(cellMapOfKind(a, id, 'program'), { type: 'text_print', id: 'p1', x: 10, y: 20 });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(listCells(b).map((c) => c.kind)).toEqual(['program']);
    const json = toBlocklyJson(cellMapOfKind(b, id, 'program')) as { blocks: { blocks: { type: string; id: string }[] } };
    expect(json.blocks.blocks.map((x) => [x.type, x.id])).toEqual([['text_print', 'p1']]);
  });
});
