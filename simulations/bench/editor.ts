/**
 * The pure editing model of a bench: add, move, rotate, delete, wire and unwire parts, change a property,
 * select (one or many), snap to a grid, undo and redo. Every change is a command that replaces the setup
 * with a new one (setups are small immutable JSON), kept on an undo stack with the setup before and after.
 *
 * Who may do what: a student cannot move, turn, delete or change a locked part, remove a locked wire or
 * change lock/hidden/mystery marks; a teacher (editing a preset) can. Refusals come back as an
 * `EditRefusal` with an i18n key and the part, never as an exception.
 * No DOM, no Svelte: Node-tested (editor.test.ts); the shared BenchView drives it.
 */
import { mountOf, placeOnTrack, ridersOf, type Pose } from './mounting';
import { terminalPositionM, type PartCatalog } from './part';
import { arrange, carriedBy } from './placement';
import { sameTerminal, type Setup, type SetupLink, type SetupPart, type TerminalRef, MAX_LINKS, MAX_PARTS } from './setup';
import type { ParamValue } from '../core/params';

export type EditorRole = 'student' | 'teacher';

export interface EditRefusal {
  /** i18n key under `bench.refused.*`. */
  reason: 'locked' | 'teacherOnly' | 'tooMany' | 'sameTerminal' | 'duplicateWire' | 'unknownPart' | 'unknownTerminal' | 'badValue' | 'mounted';
  partId?: string;
  /** English detail (a property's allowed range). */
  detail?: string;
}

export interface Command {
  /** i18n key of what was done, for the live region and the undo button ("Undo: move R1"). */
  labelKey: string;
  vars: Record<string, string>;
  before: Setup;
  after: Setup;
}

export type EditResult = { ok: true } | { ok: false; refusal: EditRefusal };

const UNDO_LIMIT = 200;
const refuse = (reason: EditRefusal['reason'], partId?: string, detail?: string): EditResult => ({ ok: false, refusal: { reason, partId, detail } });
const OK: EditResult = { ok: true };

export interface EditorOptions {
  role?: EditorRole;
  /** Grid step for snapping, metres (0 = no snap). */
  gridM?: number;
  /** Table size, metres: parts are kept on it. */
  tableWidthM?: number;
  tableHeightM?: number;
}

export class BenchEditor {
  private current: Setup;
  private undoStack: Command[] = [];
  private redoStack: Command[] = [];
  private listeners = new Set<(setup: Setup, command: Command | null) => void>();
  selection: ReadonlySet<string> = new Set();
  readonly role: EditorRole;
  gridM: number;
  readonly tableWidthM: number;
  readonly tableHeightM: number;

  constructor(
    readonly catalog: PartCatalog,
    setup: Setup,
    opts: EditorOptions = {},
  ) {
    this.current = setup;
    this.role = opts.role ?? 'student';
    this.gridM = opts.gridM ?? 0.01;
    this.tableWidthM = opts.tableWidthM ?? 1.2;
    this.tableHeightM = opts.tableHeightM ?? 0.7;
  }

  get setup(): Setup {
    return this.current;
  }

  /** Called after every change (command, undo, redo, replace) with the new setup. */
  subscribe(fn: (setup: Setup, command: Command | null) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
  /** What undo would undo, for its button's label. */
  get nextUndo(): Command | undefined {
    return this.undoStack[this.undoStack.length - 1];
  }
  get nextRedo(): Command | undefined {
    return this.redoStack[this.redoStack.length - 1];
  }

  part(partId: string): SetupPart | undefined {
    return this.current.parts.find((p) => p.id === partId);
  }

  /** A student may not change this part (the teacher locked it). */
  isLocked(partId: string): boolean {
    return this.role === 'student' && !!this.part(partId)?.locked;
  }

  snap(valueM: number): number {
    return this.gridM > 0 ? Math.round(valueM / this.gridM) * this.gridM : valueM;
  }

  private clampX = (xM: number) => Math.min(this.tableWidthM, Math.max(0, xM));
  private clampY = (yM: number) => Math.min(this.tableHeightM, Math.max(0, yM));

  /** Parts picked up (by keyboard) and being moved: they hover instead of falling until put down. */
  private held = new Set<string>();

  /** Hold parts in the air while they are moved step by step (keyboard pick-up); `release` puts them down. */
  hold(partIds: Iterable<string>): void {
    this.held = new Set(partIds);
  }

  /** Put held parts down: they fall onto what is below them (one undoable step if anything moves). */
  release(): EditResult {
    const ids = [...this.held];
    this.held = new Set();
    if (!this.catalog.usesPlacement) return OK;
    const after = arrange(this.current, this.catalog, this.tableHeightM);
    return after === this.current ? OK : this.commit('bench.action.move', { part: ids.join(', ') }, after);
  }

  private commit(labelKey: string, vars: Record<string, string>, after: Setup): EditResult {
    // Benches drawn from the side: what rests falls, what hangs hangs below its hook (placement.ts).
    if (this.catalog.usesPlacement) after = arrange(after, this.catalog, this.tableHeightM, this.held);
    const command: Command = { labelKey, vars, before: this.current, after };
    this.undoStack.push(command);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.redoStack = [];
    this.current = after;
    this.pruneSelection();
    this.emit(command);
    return OK;
  }

  private emit(command: Command | null) {
    for (const fn of this.listeners) fn(this.current, command);
  }

  private pruneSelection() {
    const ids = new Set(this.current.parts.map((p) => p.id));
    if ([...this.selection].some((id) => !ids.has(id))) this.selection = new Set([...this.selection].filter((id) => ids.has(id)));
  }

  undo(): Command | null {
    const c = this.undoStack.pop();
    if (!c) return null;
    this.redoStack.push(c);
    this.current = c.before;
    this.pruneSelection();
    this.emit(c);
    return c;
  }

  redo(): Command | null {
    const c = this.redoStack.pop();
    if (!c) return null;
    this.undoStack.push(c);
    this.current = c.after;
    this.pruneSelection();
    this.emit(c);
    return c;
  }

  /** Replace the whole setup (reset to the preset, an imported file) as one undoable step. */
  replace(setup: Setup, labelKey = 'bench.action.replace'): EditResult {
    return this.commit(labelKey, {}, setup);
  }

  /** The next free id for a kind: R1, R2 … */
  nextId(kind: string): string {
    const prefix = this.catalog.get(kind).idPrefix;
    const used = new Set(this.current.parts.map((p) => p.id));
    let n = 1;
    while (used.has(`${prefix}${n}`)) n++;
    return `${prefix}${n}`;
  }

  addPart(kind: string, xM: number, yM: number, props: Record<string, ParamValue> = {}): { ok: true; partId: string } | { ok: false; refusal: EditRefusal } {
    const def = this.catalog.find(kind);
    if (!def) return { ok: false, refusal: { reason: 'unknownPart', detail: kind } };
    if (this.current.parts.length >= MAX_PARTS) return { ok: false, refusal: { reason: 'tooMany' } };
    const checked = this.catalog.validateProps(kind, props);
    if (!checked.ok) return { ok: false, refusal: { reason: 'badValue', detail: checked.errors[0].message } };
    const partId = this.nextId(kind);
    // Put down near a track that holds it (an optical bench's rail), it sits on the track.
    const at = placeOnTrack(this.current, this.catalog, def, this.clampX(this.snap(xM)), this.clampY(this.snap(yM)), this.gridM);
    const part: SetupPart = { id: partId, kind, xM: at.xM, yM: at.yM, rotDeg: at.rotDeg ?? 0, props: checked.values };
    this.commit('bench.action.add', { part: partId }, { ...this.current, parts: [...this.current.parts, part] });
    this.selection = new Set([partId]);
    return { ok: true, partId };
  }

  /**
   * Where parts go when moved by (dx, dy) metres: each lands on the grid, kept on the table; a part that sits
   * on tracks snaps onto the nearest track within reach (or leaves it); parts riding on a moved track move
   * with it. The drag preview shows exactly this, so a part lands where it was seen.
   */
  movedPoses(partIds: Iterable<string>, dxM: number, dyM: number): Map<string, Pose> {
    const ids = new Set(partIds);
    // What rests on or hangs from a moved part goes with it (placement.ts).
    if (this.catalog.usesPlacement) for (const id of carriedBy(this.current, this.catalog, ids, this.tableHeightM)) ids.add(id);
    const out = new Map<string, Pose>();
    const byId = new Map(this.current.parts.map((p) => [p.id, p]));
    const movingTracks = new Set([...ids].filter((id) => byId.get(id) && this.catalog.find(byId.get(id)!.kind)?.track));
    for (const id of ids) {
      const p = byId.get(id);
      if (!p) continue;
      const x = this.clampX(this.snap(p.xM + dxM)), y = this.clampY(this.snap(p.yM + dyM));
      const def = this.catalog.find(p.kind);
      const riding = def?.mountsOn ? mountOf(this.current, this.catalog, p) : null;
      if (riding && movingTracks.has(riding.trackPart)) continue; // moves with its track, below
      if (def?.mountsOn) {
        const at = placeOnTrack(this.current, this.catalog, def, x, y, this.gridM, { exclude: movingTracks });
        out.set(id, { xM: at.xM, yM: at.yM, rotDeg: at.rotDeg ?? p.rotDeg });
      } else out.set(id, { xM: x, yM: y, rotDeg: p.rotDeg });
    }
    for (const trackId of movingTracks) {
      const t = byId.get(trackId)!, to = out.get(trackId)!;
      for (const r of ridersOf(this.current, this.catalog, trackId)) out.set(r.id, { xM: r.xM + (to.xM - t.xM), yM: r.yM + (to.yM - t.yM), rotDeg: r.rotDeg });
    }
    return out;
  }

  /** Move parts by (dx, dy) metres (see movedPoses). Locked parts refuse (for a student), as do locked riders of a moved track. */
  moveBy(partIds: Iterable<string>, dxM: number, dyM: number): EditResult {
    const ids = new Set(partIds);
    for (const id of ids) if (this.isLocked(id)) return refuse('locked', id);
    const poses = this.movedPoses(ids, dxM, dyM);
    for (const id of poses.keys()) if (this.isLocked(id)) return refuse('locked', id);
    const parts = this.current.parts.map((p) => {
      const to = poses.get(p.id);
      return to && (to.xM !== p.xM || to.yM !== p.yM || to.rotDeg !== p.rotDeg) ? { ...p, ...to } : p;
    });
    if (parts.every((p, i) => p === this.current.parts[i])) return OK;
    return this.commit('bench.action.move', { part: [...ids].join(', ') }, { ...this.current, parts });
  }

  /** Put one part at (x, y) metres (a drag's end), snapped. */
  moveTo(partId: string, xM: number, yM: number): EditResult {
    const p = this.part(partId);
    if (!p) return refuse('unknownPart', partId);
    return this.moveBy([partId], xM - p.xM, yM - p.yM);
  }

  /**
   * Turn parts clockwise by `byDeg` (a quarter turn by default; benches that need it turn by any angle). A part
   * riding on a track turns only with its track (refused alone); a turned track takes its riders round its
   * centre.
   */
  rotate(partIds: Iterable<string>, byDeg = 90): EditResult {
    const ids = new Set(partIds);
    for (const id of ids) if (this.isLocked(id)) return refuse('locked', id);
    if (!ids.size || byDeg % 360 === 0) return OK;
    const turned = new Map<string, Pose>();
    for (const id of ids) {
      const p = this.part(id);
      if (!p) continue;
      const riding = mountOf(this.current, this.catalog, p);
      if (riding && !ids.has(riding.trackPart)) return refuse('mounted', id);
      if (riding) continue;
      turned.set(id, { xM: p.xM, yM: p.yM, rotDeg: normRot(p.rotDeg + byDeg) });
      if (!this.catalog.find(p.kind)?.track) continue;
      const a = (byDeg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
      for (const r of ridersOf(this.current, this.catalog, id)) {
        if (this.isLocked(r.id)) return refuse('locked', r.id);
        const dx = r.xM - p.xM, dy = r.yM - p.yM;
        turned.set(r.id, { xM: p.xM + dx * c - dy * s, yM: p.yM + dx * s + dy * c, rotDeg: normRot(r.rotDeg + byDeg) });
      }
    }
    const parts = this.current.parts.map((p) => (turned.has(p.id) ? { ...p, ...turned.get(p.id)! } : p));
    return this.commit('bench.action.rotate', { part: [...ids].join(', ') }, { ...this.current, parts });
  }

  /**
   * Turn one part clockwise by `byDeg` about a point of its own (`about`, its own metres before rotation), which
   * stays where it is on the table: a test tube tipped about its mouth pours where its mouth was held. A part
   * riding on a track turns only with its track (refused).
   */
  turnAbout(partId: string, byDeg: number, about: { xM: number; yM: number }): EditResult {
    if (this.isLocked(partId)) return refuse('locked', partId);
    const p = this.part(partId);
    if (!p) return refuse('unknownPart', partId);
    if (byDeg % 360 === 0) return OK;
    if (mountOf(this.current, this.catalog, p)) return refuse('mounted', partId);
    const offset = (rotDeg: number) => {
      const a = (rotDeg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
      return { x: about.xM * c - about.yM * s, y: about.xM * s + about.yM * c };
    };
    const rotDeg = normRot(p.rotDeg + byDeg);
    const from = offset(p.rotDeg), to = offset(rotDeg);
    const turned = { ...p, xM: this.clampX(p.xM + from.x - to.x), yM: this.clampY(p.yM + from.y - to.y), rotDeg };
    const parts = this.current.parts.map((q) => (q.id === partId ? turned : q));
    return this.commit('bench.action.rotate', { part: partId }, { ...this.current, parts });
  }

  /** Delete parts and every wire touching them. */
  remove(partIds: Iterable<string>): EditResult {
    const ids = new Set(partIds);
    for (const id of ids) if (this.isLocked(id)) return refuse('locked', id);
    if (!ids.size) return OK;
    const parts = this.current.parts.filter((p) => !ids.has(p.id));
    const links = this.current.links.filter((l) => !ids.has(l.from.part) && !ids.has(l.to.part));
    const result = this.commit('bench.action.remove', { part: [...ids].join(', ') }, { ...this.current, parts, links });
    this.selection = new Set();
    return result;
  }

  /** Wire two terminals together. Wiring to a locked part is allowed: the teacher locks placement, not use. */
  link(from: TerminalRef, to: TerminalRef): { ok: true; linkId: string } | { ok: false; refusal: EditRefusal } {
    for (const end of [from, to]) {
      const p = this.part(end.part);
      if (!p) return { ok: false, refusal: { reason: 'unknownPart', partId: end.part } };
      if (!this.catalog.get(p.kind).terminals.some((t) => t.name === end.terminal)) return { ok: false, refusal: { reason: 'unknownTerminal', partId: end.part, detail: end.terminal } };
    }
    if (sameTerminal(from, to)) return { ok: false, refusal: { reason: 'sameTerminal', partId: from.part } };
    if (this.current.links.some((l) => (sameTerminal(l.from, from) && sameTerminal(l.to, to)) || (sameTerminal(l.from, to) && sameTerminal(l.to, from)))) {
      return { ok: false, refusal: { reason: 'duplicateWire', partId: from.part } };
    }
    if (this.current.links.length >= MAX_LINKS) return { ok: false, refusal: { reason: 'tooMany' } };
    const used = new Set(this.current.links.map((l) => l.id));
    let n = 1;
    while (used.has(`w${n}`)) n++;
    const link: SetupLink = { id: `w${n}`, from, to };
    this.commit('bench.action.link', { from: `${from.part}.${from.terminal}`, to: `${to.part}.${to.terminal}` }, { ...this.current, links: [...this.current.links, link] });
    return { ok: true, linkId: link.id };
  }

  unlink(linkId: string): EditResult {
    const l = this.current.links.find((x) => x.id === linkId);
    if (!l) return OK;
    if (l.locked && this.role === 'student') return refuse('locked', l.from.part);
    return this.commit('bench.action.unlink', { from: `${l.from.part}.${l.from.terminal}`, to: `${l.to.part}.${l.to.terminal}` }, { ...this.current, links: this.current.links.filter((x) => x.id !== linkId) });
  }

  /** Wires attached to one terminal. */
  linksAt(ref: TerminalRef): SetupLink[] {
    return this.current.links.filter((l) => sameTerminal(l.from, ref) || sameTerminal(l.to, ref));
  }

  /**
   * Change a property. `live` properties (a switch, a slider) stay usable on locked parts: a teacher locks
   * where the rheostat is and its resistance, not whether a student may slide it.
   */
  setProp(partId: string, prop: string, raw: unknown): EditResult {
    const p = this.part(partId);
    if (!p) return refuse('unknownPart', partId);
    const def = this.catalog.get(p.kind);
    if (this.isLocked(partId) && !def.liveProps?.includes(prop)) return refuse('locked', partId);
    if (this.role === 'student' && p.mystery?.includes(prop)) return refuse('teacherOnly', partId);
    const r = this.catalog.parseProp(p.kind, prop, raw);
    if (!r.ok) return refuse('badValue', partId, r.message);
    if (p.props[prop] === r.value) return OK;
    const parts = this.current.parts.map((x) => (x.id === partId ? { ...x, props: { ...x.props, [prop]: r.value } } : x));
    return this.commit('bench.action.setProp', { part: partId, prop }, { ...this.current, parts });
  }

  /**
   * Change properties of several parts as one undoable step (pouring from a beaker into a cylinder changes
   * both). Each change is checked as `setProp` checks it; one refusal refuses all.
   */
  setProps(changes: { partId: string; prop: string; value: unknown }[], labelKey = 'bench.action.setProps'): EditResult {
    let parts = this.current.parts;
    for (const c of changes) {
      const p = parts.find((x) => x.id === c.partId);
      if (!p) return refuse('unknownPart', c.partId);
      const def = this.catalog.get(p.kind);
      if (this.isLocked(c.partId) && !def.liveProps?.includes(c.prop)) return refuse('locked', c.partId);
      if (this.role === 'student' && p.mystery?.includes(c.prop)) return refuse('teacherOnly', c.partId);
      const r = this.catalog.parseProp(p.kind, c.prop, c.value);
      if (!r.ok) return refuse('badValue', c.partId, r.message);
      parts = parts.map((x) => (x.id === c.partId ? { ...x, props: { ...x.props, [c.prop]: r.value } } : x));
    }
    if (parts === this.current.parts) return OK;
    return this.commit(labelKey, { part: [...new Set(changes.map((c) => c.partId))].join(', ') }, { ...this.current, parts });
  }

  /** Teacher marks: lock, hide, and mystery properties. */
  setMarks(partId: string, marks: { locked?: boolean; hidden?: boolean; mystery?: string[] }): EditResult {
    if (this.role !== 'teacher') return refuse('teacherOnly', partId);
    const p = this.part(partId);
    if (!p) return refuse('unknownPart', partId);
    const next: SetupPart = { ...p };
    for (const k of ['locked', 'hidden'] as const) {
      if (marks[k] === undefined) continue;
      if (marks[k]) next[k] = true;
      else delete next[k];
    }
    if (marks.mystery !== undefined) {
      const props = this.catalog.get(p.kind).props.map((s) => s.name);
      const m = marks.mystery.filter((x) => props.includes(x));
      if (m.length) next.mystery = m;
      else delete next.mystery;
    }
    const parts = this.current.parts.map((x) => (x.id === partId ? next : x));
    return this.commit('bench.action.marks', { part: partId }, { ...this.current, parts });
  }

  /** Teacher: tools and measurements the student does not get. */
  setHidden(what: { tools?: string[]; measurements?: string[] }): EditResult {
    if (this.role !== 'teacher') return refuse('teacherOnly');
    const next: Setup = { ...this.current };
    if (what.tools) next.hiddenTools = [...new Set(what.tools)];
    if (what.measurements) next.hiddenMeasurements = [...new Set(what.measurements)];
    return this.commit('bench.action.hide', {}, next);
  }

  // Selection (not undoable: it changes nothing in the setup).
  select(partId: string, additive = false): void {
    if (!this.part(partId)) return;
    if (!additive) this.selection = new Set([partId]);
    else {
      const s = new Set(this.selection);
      if (s.has(partId)) s.delete(partId);
      else s.add(partId);
      this.selection = s;
    }
  }
  selectAll(): void {
    this.selection = new Set(this.current.parts.filter((p) => !(p.hidden && this.role === 'student')).map((p) => p.id));
  }
  clearSelection(): void {
    this.selection = new Set();
  }
  /** Parts whose centre lies in a rectangle (a rubber-band selection), metres. */
  selectInRect(x0M: number, y0M: number, x1M: number, y1M: number, additive = false): void {
    const [ax, bx] = [Math.min(x0M, x1M), Math.max(x0M, x1M)];
    const [ay, by] = [Math.min(y0M, y1M), Math.max(y0M, y1M)];
    const inside = this.current.parts.filter((p) => p.xM >= ax && p.xM <= bx && p.yM >= ay && p.yM <= by).map((p) => p.id);
    this.selection = new Set([...(additive ? this.selection : []), ...inside]);
  }

  /** Where a terminal is on the table now, metres. */
  terminalAt(ref: TerminalRef): { xM: number; yM: number } {
    const p = this.part(ref.part);
    if (!p) throw new Error(`no part '${ref.part}'`);
    return terminalPositionM(this.catalog.get(p.kind), ref.terminal, p);
  }
}

/** An angle in [0, 360), with rounding noise of repeated turns taken off (a few parts in 10¹²). */
function normRot(deg: number): number {
  const r = ((deg % 360) + 360) % 360;
  const clean = Math.round(r * 1e9) / 1e9;
  return clean >= 360 ? 0 : clean;
}
