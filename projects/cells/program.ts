/**
 * A Blockly program stored in Yjs one block at a time, so two teammates editing the same program
 * merge: edits to different blocks never conflict, and moves or deletes never lose a teammate's work.
 *
 *   program (a Y.Map, e.g. a notebook cell):
 *     blocks:    Y.Map<blockId → Y.Map{ type, parent, slot, shadow, x, y, extra, fields: Y.Map }>
 *     variables: Y.Map<varId → { name, type }>
 *
 * A block points to its parent and the slot it sits in (`next` or an input name), instead of the
 * parent listing its children. Reading (`toBlocklyJson`) rebuilds Blockly's nested JSON and resolves
 * what concurrent edits can produce, deterministically so every copy shows the same program:
 *   - two blocks in one slot: the block with the greater id stays, the other becomes a top-level stack;
 *   - a block whose parent was deleted (or never arrived): a top-level stack;
 *   - a cycle from two crossing moves: the block with the smallest id in the cycle becomes top-level;
 *   - an orphaned shadow (a default value without its block) is dropped: it holds no student work.
 *
 * DOM-free and Blockly-free: it reads and writes Blockly's JSON serialization and its event JSON.
 */
import * as Y from 'yjs';
import { insertCell, type InsertOptions } from '../schema';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export interface BlockState {
  type: string;
  id?: string;
  x?: number;
  y?: number;
  fields?: Record<string, unknown>;
  inputs?: Record<string, { block?: BlockState; shadow?: BlockState }>;
  next?: { block?: BlockState; shadow?: BlockState };
  extraState?: unknown;
  [other: string]: unknown;
}

export interface WorkspaceJson {
  blocks?: { languageVersion: number; blocks: BlockState[] };
  variables?: { id: string; name: string; type?: string }[];
  [other: string]: unknown;
}

export type YProgram = Y.Map<unknown>;
type BlockRecord = Y.Map<unknown>;

export class ProgramStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgramStoreError';
  }
}

const NEXT = 'next';

function blocksOf(p: YProgram): Y.Map<BlockRecord> {
  const b = p.get('blocks');
  if (!(b instanceof Y.Map)) throw new ProgramStoreError('not a program: "blocks" map missing (call createProgram first)');
  return b as Y.Map<BlockRecord>;
}

function variablesOf(p: YProgram): Y.Map<{ name: string; type: string }> {
  const v = p.get('variables');
  if (!(v instanceof Y.Map)) throw new ProgramStoreError('not a program: "variables" map missing (call createProgram first)');
  return v as Y.Map<{ name: string; type: string }>;
}

function inTransaction(p: YProgram, fn: () => void, origin?: unknown): void {
  if (p.doc) p.doc.transact(fn, origin);
  else fn();
}

/**
 * Make `ymap` a program (adds the `blocks` and `variables` maps if missing) and optionally fill it
 * from a Blockly workspace JSON. Returns the same map. Call it once, where the cell is created
 * (e.g. in the transaction that inserts the cell): two peers creating the maps concurrently would
 * make two different maps, and Yjs keeps only one of them.
 */
export function createProgram(ymap: Y.Map<unknown>, initial?: WorkspaceJson): YProgram {
  inTransaction(ymap, () => {
    if (!(ymap.get('blocks') instanceof Y.Map)) ymap.set('blocks', new Y.Map());
    if (!(ymap.get('variables') instanceof Y.Map)) ymap.set('variables', new Y.Map());
    if (initial) loadWorkspaceJson(ymap, initial);
  });
  return ymap;
}

/** A new program cell in a project (its maps created in the same transaction, see createProgram). */
export function addProgramCell(doc: Y.Doc, initial?: WorkspaceJson, opts: InsertOptions = {}): string {
  return insertCell(doc, 'program', (cell) => void createProgram(cell, initial), opts);
}

interface FlatBlock {
  id: string;
  type: string;
  parent: string | null;
  slot: string | null;
  shadow: boolean;
  x: number;
  y: number;
  fields: Record<string, unknown>;
  extra: unknown;
}

let idCounter = 0;
function freshId(): string {
  return `b${Date.now().toString(36)}${(idCounter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Blockly's nested block JSON → one flat record per block. */
export function flattenBlock(state: BlockState, parent: string | null = null, slot: string | null = null, shadow = false, out: FlatBlock[] = []): FlatBlock[] {
  if (typeof state?.type !== 'string' || !state.type) throw new ProgramStoreError(`block ${state?.id ?? '?'}: "type" must be a non-empty string`);
  const id = state.id ?? freshId();
  out.push({ id, type: state.type, parent, slot, shadow, x: Number(state.x ?? 0), y: Number(state.y ?? 0), fields: { ...(state.fields ?? {}) }, extra: state.extraState });
  const visit = (conn: { block?: BlockState; shadow?: BlockState } | undefined, name: string) => {
    if (!conn) return;
    if (conn.shadow) flattenBlock(conn.shadow, id, name, true, out);
    if (conn.block) flattenBlock(conn.block, id, name, false, out);
  };
  for (const [name, conn] of Object.entries(state.inputs ?? {})) visit(conn, name);
  visit(state.next, NEXT);
  return out;
}

function writeRecord(blocks: Y.Map<BlockRecord>, f: FlatBlock): void {
  const r = new Y.Map<unknown>();
  r.set('type', f.type);
  r.set('parent', f.parent);
  r.set('slot', f.slot);
  r.set('shadow', f.shadow);
  r.set('x', f.x);
  r.set('y', f.y);
  if (f.extra !== undefined) r.set('extra', f.extra as JsonValue);
  const fields = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(f.fields)) fields.set(k, v as JsonValue);
  r.set('fields', fields);
  blocks.set(f.id, r);
}

/** Add a block tree (Blockly block JSON); it goes at the top level unless `at` names a parent slot. */
export function addBlocks(p: YProgram, state: BlockState, at?: { parentId: string; slot: string }): string[] {
  const flat = flattenBlock(state, at?.parentId ?? null, at?.slot ?? null);
  inTransaction(p, () => {
    const blocks = blocksOf(p);
    for (const f of flat) writeRecord(blocks, f);
  });
  return flat.map((f) => f.id);
}

/** Move a block (with everything attached below it) into a slot, or to the top level at (x, y). */
export function moveBlock(p: YProgram, id: string, to: { parentId: string; slot: string } | { x: number; y: number }): void {
  inTransaction(p, () => {
    const r = blocksOf(p).get(id);
    if (!r) return; // deleted meanwhile by a teammate: nothing to move
    if ('parentId' in to) {
      r.set('parent', to.parentId);
      r.set('slot', to.slot);
    } else {
      r.set('parent', null);
      r.set('slot', null);
      r.set('x', to.x);
      r.set('y', to.y);
    }
  });
}

export function setBlockField(p: YProgram, id: string, name: string, value: unknown): void {
  inTransaction(p, () => {
    const fields = blocksOf(p).get(id)?.get('fields') as Y.Map<unknown> | undefined;
    fields?.set(name, value as JsonValue);
  });
}

export function setBlockExtraState(p: YProgram, id: string, extra: unknown): void {
  inTransaction(p, () => {
    const r = blocksOf(p).get(id);
    if (!r) return;
    if (extra === undefined || extra === null || extra === '') r.delete('extra');
    else r.set('extra', extra as JsonValue);
  });
}

/** Ids of a block and everything attached to it (inputs and following blocks), as this copy sees it. */
export function descendantIds(p: YProgram, id: string): string[] {
  const children = new Map<string, string[]>();
  blocksOf(p).forEach((r, childId) => {
    const parent = r.get('parent') as string | null;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), childId]);
  });
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    out.push(cur);
    stack.push(...(children.get(cur) ?? []));
  }
  return out;
}

/** Delete blocks by id (Blockly's delete event lists the block and its children). */
export function deleteBlocks(p: YProgram, ids: readonly string[]): void {
  inTransaction(p, () => {
    const blocks = blocksOf(p);
    for (const id of ids) blocks.delete(id);
  });
}

export function setVariable(p: YProgram, id: string, name: string, type = ''): void {
  inTransaction(p, () => variablesOf(p).set(id, { name, type }));
}

export function deleteVariable(p: YProgram, id: string): void {
  inTransaction(p, () => variablesOf(p).delete(id));
}

/** Replace the whole program with a workspace (loading a file or an example into a cell). */
export function loadWorkspaceJson(p: YProgram, json: WorkspaceJson): void {
  inTransaction(p, () => {
    const blocks = blocksOf(p);
    const vars = variablesOf(p);
    blocks.clear();
    vars.clear();
    for (const v of json.variables ?? []) vars.set(v.id, { name: v.name, type: v.type ?? '' });
    for (const top of json.blocks?.blocks ?? []) for (const f of flattenBlock(top)) writeRecord(blocks, f);
  });
}

/** The event JSON Blockly produces with `event.toJson()` (the fields we use). */
export interface BlocklyEventJson {
  type: string;
  blockId?: string;
  ids?: string[];
  json?: BlockState;
  element?: string;
  name?: string;
  newValue?: unknown;
  newParentId?: string;
  newInputName?: string;
  newCoordinate?: string;
  varId?: string;
  varName?: string;
  varType?: string;
  newName?: string;
}

/** Apply one Blockly change event (its `toJson()`) to the program. UI events are ignored. */
export function applyBlocklyEvent(p: YProgram, e: BlocklyEventJson, origin?: unknown): void {
  inTransaction(
    p,
    () => {
      switch (e.type) {
        case 'create':
          if (e.json) addBlocks(p, { ...e.json, id: e.json.id ?? e.blockId });
          break;
        case 'delete':
          deleteBlocks(p, e.ids ?? (e.blockId ? [e.blockId] : []));
          break;
        case 'move': {
          if (!e.blockId) break;
          if (e.newParentId) moveBlock(p, e.blockId, { parentId: e.newParentId, slot: e.newInputName ?? NEXT });
          else if (e.newCoordinate) {
            const [x, y] = e.newCoordinate.split(',').map(Number);
            moveBlock(p, e.blockId, { x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 });
          }
          break;
        }
        case 'change':
          if (!e.blockId) break;
          if (e.element === 'field' && e.name) setBlockField(p, e.blockId, e.name, e.newValue);
          else if (e.element === 'mutation') {
            // Blockly gives the new extra state as a JSON string (saveExtraState) or XML (mutationToDom).
            const v = e.newValue;
            let extra: unknown = v;
            if (typeof v === 'string' && v.trim().startsWith('{')) {
              try {
                extra = JSON.parse(v);
              } catch {
                extra = v;
              }
            }
            setBlockExtraState(p, e.blockId, extra);
          }
          break;
        case 'var_create':
          if (e.varId && e.varName !== undefined) setVariable(p, e.varId, e.varName, e.varType ?? '');
          break;
        case 'var_rename':
          if (e.varId && e.newName !== undefined) {
            const old = variablesOf(p).get(e.varId);
            setVariable(p, e.varId, e.newName, old?.type ?? '');
          }
          break;
        case 'var_delete':
          if (e.varId) deleteVariable(p, e.varId);
          break;
        default:
          break;
      }
    },
    origin,
  );
}

/** Rebuild Blockly's workspace JSON (see the module comment for how conflicts are resolved). */
export function toBlocklyJson(p: YProgram): WorkspaceJson {
  const blocks = blocksOf(p);
  const recs = new Map<string, FlatBlock>();
  blocks.forEach((r, id) => {
    const fields = r.get('fields') as Y.Map<unknown> | undefined;
    recs.set(id, {
      id,
      type: String(r.get('type') ?? ''),
      parent: (r.get('parent') as string | null) ?? null,
      slot: (r.get('slot') as string | null) ?? null,
      shadow: r.get('shadow') === true,
      x: Number(r.get('x') ?? 0),
      y: Number(r.get('y') ?? 0),
      fields: fields ? fields.toJSON() : {},
      extra: r.get('extra'),
    });
  });

  // Effective parent of every block after resolving missing parents, cycles and contested slots.
  const parentOf = new Map<string, string | null>();
  for (const f of recs.values()) parentOf.set(f.id, f.parent && recs.has(f.parent) && f.slot ? f.parent : null);
  // Cycles: walk up from every block; a loop detaches its smallest id.
  for (const start of [...recs.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: string | null = start;
    while (cur && !onPath.has(cur)) {
      onPath.add(cur);
      path.push(cur);
      cur = parentOf.get(cur) ?? null;
    }
    if (cur) {
      const cycle = path.slice(path.indexOf(cur));
      parentOf.set([...cycle].sort()[0], null);
    }
  }
  // Contested slots: the greatest id keeps the slot (one block and one shadow per slot).
  const slotHolder = new Map<string, string>();
  for (const id of [...recs.keys()].sort()) {
    const parent = parentOf.get(id);
    if (!parent) continue;
    const f = recs.get(id)!;
    const key = `${parent}\u0000${f.slot}\u0000${f.shadow ? 's' : 'b'}`;
    const previous = slotHolder.get(key);
    if (previous) parentOf.set(previous, null);
    slotHolder.set(key, id);
  }

  const childrenOf = new Map<string, FlatBlock[]>();
  for (const f of recs.values()) {
    const parent = parentOf.get(f.id);
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), f]);
  }
  const build = (f: FlatBlock, top: boolean): BlockState => {
    const s: BlockState = { type: f.type, id: f.id };
    if (top) {
      s.x = f.x;
      s.y = f.y;
    }
    if (Object.keys(f.fields).length) s.fields = f.fields;
    if (f.extra !== undefined) s.extraState = f.extra;
    for (const c of childrenOf.get(f.id) ?? []) {
      const conn = (c.slot === NEXT ? (s.next ??= {}) : ((s.inputs ??= {})[c.slot!] ??= {})) as { block?: BlockState; shadow?: BlockState };
      if (c.shadow) conn.shadow = build(c, false);
      else conn.block = build(c, false);
    }
    return s;
  };
  // Detached blocks use their stored x, y (where they last were at the top level; 0, 0 if never).
  const tops = [...recs.values()]
    .filter((f) => !parentOf.get(f.id) && !f.shadow)
    .sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((f) => build(f, true));

  const variables: { id: string; name: string; type: string }[] = [];
  variablesOf(p).forEach((v, id) => variables.push({ id, name: v.name, type: v.type ?? '' }));
  variables.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: WorkspaceJson = { blocks: { languageVersion: 0, blocks: tops } };
  if (variables.length) out.variables = variables;
  return out;
}

/** Call `fn` after every change to the program, with the transaction's origin (to skip your own changes). */
export function observeProgram(p: YProgram, fn: (origin: unknown, local: boolean) => void): () => void {
  const handler = (_events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => fn(tr.origin, tr.local);
  p.observeDeep(handler);
  return () => p.unobserveDeep(handler);
}
