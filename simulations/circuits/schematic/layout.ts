/**
 * Laying out the diagram of an apparatus the way a textbook draws it: each loop a rectangle with the source on
 * its lower side, parts in series along the upper side left to right in the direction of the current, parts in
 * parallel one under another between two upright rails (a voltmeter under the bulb it measures), junction dots
 * where three lines meet, every meter with its + end towards the source's +.
 *
 * That works for every series–parallel circuit (school circuits are): the network between the source's ends is
 * reduced step by step, two elements in series at a junction nothing else touches, two between the same pair of
 * junctions in parallel, until one block is left (the classic series–parallel decomposition). A circuit that is
 * not (a bridge, a part half wired, a transformer joining two loops) is drawn where its parts stand on the
 * bench instead, with square-cornered lines, so the diagram always follows the apparatus.
 */
import type { Setup } from '../../bench/setup';
import { schematicOfSetup } from './derive';
import { routeDiagram, type Point } from './routes';
import { schematicSymbols, symbolOf, type PartSymbol } from './symbols';
import { buildNets } from '../../bench/nets';
import { circuitParts } from '../parts';

export interface DrawnSymbol {
  id: string;
  kind: string;
  xM: number;
  yM: number;
  rotDeg: number;
  props: Record<string, number | string | boolean>;
}

export interface Drawing {
  symbols: DrawnSymbol[];
  /** SVG path data of the lines. */
  lines: string[];
  dots: Point[];
  /** The drawing's extent, metres. */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** Laid out as a textbook diagram (true) or where the parts stand (false). */
  tidy: boolean;
}

const CELL_W = 0.12;
const CELL_H = 0.09;
const RAIL = 0.025;
const GAP = 0.08;

type Block =
  | { kind: 'leaf'; el: number; from: string; to: string }
  | { kind: 'series'; items: Block[] }
  | { kind: 'parallel'; items: Block[] };

interface El {
  id: string;
  symbol: PartSymbol;
  props: DrawnSymbol['props'];
  /** Symbol end → net (null: not joined). */
  nets: Record<string, number | null>;
}

/** The diagram of a bench setup, for this audience (a student's has no hidden parts). */
export function layoutDiagram(setup: Setup, audience: 'student' | 'teacher' = 'student'): Drawing {
  const visible: Setup = audience === 'teacher' ? setup : hideHidden(setup);
  return tidyLayout(visible) ?? placedLayout(visible);
}

function hideHidden(setup: Setup): Setup {
  const hidden = new Set(setup.parts.filter((p) => p.hidden).map((p) => p.id));
  if (!hidden.size) return setup;
  return { ...setup, parts: setup.parts.filter((p) => !hidden.has(p.id)), links: setup.links.filter((l) => !hidden.has(l.from.part) && !hidden.has(l.to.part)) };
}

// ---- where the parts stand -------------------------------------------------------------------------------

function placedLayout(setup: Setup): Drawing {
  const diagram = schematicOfSetup(setup);
  const routed = routeDiagram(diagram, (k) => schematicSymbols.get(k));
  const symbols = diagram.parts.map(({ id, kind, xM, yM, rotDeg, props }) => ({ id, kind, xM, yM, rotDeg, props }));
  const xs = symbols.flatMap((s) => [s.xM - 0.07, s.xM + 0.07]), ys = symbols.flatMap((s) => [s.yM - 0.06, s.yM + 0.06]);
  const box = xs.length ? { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } : { x0: 0, y0: 0, x1: 0.6, y1: 0.3 };
  return { symbols, lines: routed.lines.map((l) => l.d), dots: routed.dots, box, tidy: false };
}

// ---- the textbook layout -----------------------------------------------------------------------------------

// What drives a loop, drawn along its bottom: a cell or supply first; else a rod moving in a field or a coil a
// magnet moves in (the induction circuits' EMF).
const SOURCES = ['cell', 'battery', 'ac-source', 'conductor', 'inductor'];

function tidyLayout(setup: Setup): Drawing | null {
  const nets = buildNets(setup, circuitParts);
  const wired = new Set(setup.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
  const els: El[] = [];
  for (const p of setup.parts) {
    const symbol = symbolOf(p, wired);
    if (!symbol) continue;
    if (symbol.extra.length) return null;
    const n: El['nets'] = {};
    for (const [end, terminal] of Object.entries(symbol.ends)) n[end] = terminal !== null && wired.has(`${p.id}.${terminal}`) ? nets.netOf({ part: p.id, terminal }) : null;
    const def = schematicSymbols.get(symbol.symbol);
    els.push({ id: p.id, symbol, props: Object.fromEntries(def.props.map((s) => [s.name, p.props[s.name] ?? s.default])), nets: n });
  }
  if (!els.length) return null;
  // A net only one end sits on is as good as unjoined.
  const count = new Map<number, number>();
  for (const e of els) for (const n of Object.values(e.nets)) if (n !== null) count.set(n, (count.get(n) ?? 0) + 1);
  for (const e of els) for (const k of Object.keys(e.nets)) if (e.nets[k] !== null && count.get(e.nets[k]!)! < 2) e.nets[k] = null;

  const loose = els.filter((e) => Object.values(e.nets).every((n) => n === null));
  const joined = els.filter((e) => !loose.includes(e));
  // Every joined element a two-ended edge of one loop with a source.
  const edges: { el: number; a: number; b: number; ends: [string, string] }[] = [];
  for (const e of joined) {
    const used = Object.entries(e.nets).filter(([, n]) => n !== null) as [string, number][];
    if (used.length !== 2 || used[0][1] === used[1][1]) return null;
    edges.push({ el: els.indexOf(e), a: used[0][1], b: used[1][1], ends: [used[0][0], used[1][0]] });
  }
  const components = componentsOf(edges);
  const drawing: Drawing = { symbols: [], lines: [], dots: [], box: { x0: 0, y0: 0, x1: 0, y1: 0 }, tidy: true };
  let x = 0.04;
  let bottom = 0;
  for (const comp of components) {
    const sourceEdge = comp.find((e) => SOURCES.includes(els[e.el].symbol.symbol) && els[e.el].symbol.ends['+'] !== undefined) ?? comp.find((e) => SOURCES.includes(els[e.el].symbol.symbol));
    if (!sourceEdge) return null;
    const src = els[sourceEdge.el];
    const plusEnd = src.symbol.ends['+'] !== undefined ? '+' : sourceEdge.ends[0];
    const s = src.nets[plusEnd]!, t = sourceEdge.a === s ? sourceEdge.b : sourceEdge.a;
    const network = reduce(comp.filter((e) => e !== sourceEdge), s, t, els);
    if (!network) return null;
    const size = measure(network);
    const lineY = 0.06 + size.line;
    const w = Math.max(size.w, CELL_W + 0.04);
    draw(network, x + (w - size.w) / 2, lineY, els, drawing);
    // Stretch the top line to the loop's width when the network is narrower than the source.
    if (w > size.w) {
      drawing.lines.push(`M ${x} ${lineY} H ${x + (w - size.w) / 2} M ${x + (w + size.w) / 2} ${lineY} H ${x + w}`);
    }
    const yb = lineY + (size.h - size.line) + 0.07;
    const cx = x + w / 2;
    placeLeaf(sourceEdge.el, plusEnd, otherEnd(sourceEdge, plusEnd), cx - CELL_W / 2, yb, els, drawing);
    drawing.lines.push(`M ${x + w} ${lineY} V ${yb} H ${cx + CELL_W / 2}`, `M ${cx - CELL_W / 2} ${yb} H ${x} V ${lineY}`);
    bottom = Math.max(bottom, yb + 0.05);
    x += w + GAP;
  }
  // Parts joined to nothing wait in a row underneath.
  loose.forEach((e, i) => drawing.symbols.push({ id: e.id, kind: e.symbol.symbol, xM: 0.08 + i * 0.13, yM: bottom + 0.06, rotDeg: 0, props: e.props }));
  if (loose.length) bottom += 0.12;
  drawing.box = { x0: 0, y0: 0, x1: Math.max(x - GAP + 0.04, 0.08 + loose.length * 0.13), y1: bottom };
  return drawing;
}

function otherEnd(e: { ends: [string, string] }, end: string): string {
  return e.ends[0] === end ? e.ends[1] : e.ends[0];
}

function componentsOf<E extends { a: number; b: number }>(edges: E[]): E[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const e of edges) {
    if (!parent.has(e.a)) parent.set(e.a, e.a);
    if (!parent.has(e.b)) parent.set(e.b, e.b);
    const ra = find(e.a), rb = find(e.b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<number, E[]>();
  for (const e of edges) groups.set(find(e.a), [...(groups.get(find(e.a)) ?? []), e]);
  return [...groups.values()];
}

// ---- series–parallel reduction -----------------------------------------------------------------------------

interface Edge {
  a: number;
  b: number;
  block: Block;
}

function reverse(b: Block): Block {
  if (b.kind === 'leaf') return { ...b, from: b.to, to: b.from };
  if (b.kind === 'series') return { kind: 'series', items: [...b.items].reverse().map(reverse) };
  return { kind: 'parallel', items: b.items.map(reverse) };
}

function join(kind: 'series' | 'parallel', x: Block, y: Block): Block {
  const flat = (b: Block) => (b.kind === kind ? b.items : [b]);
  return { kind, items: [...flat(x), ...flat(y)] };
}

/** The network between junctions s and t as one block, or null when it is not series–parallel. */
function reduce(edges: { el: number; a: number; b: number; ends: [string, string] }[], s: number, t: number, els: El[]): Block | null {
  let list: Edge[] = edges.map((e) => ({ a: e.a, b: e.b, block: { kind: 'leaf', el: e.el, from: e.ends[0], to: e.ends[1] } }));
  if (!list.length) return null;
  for (;;) {
    if (list.length === 1) {
      const e = list[0];
      if (e.a === s && e.b === t) return e.block;
      if (e.a === t && e.b === s) return reverse(e.block);
      return null;
    }
    let changed = false;
    // In parallel: two between the same junctions (meters after what they measure).
    for (let i = 0; i < list.length && !changed; i++) {
      for (let j = i + 1; j < list.length && !changed; j++) {
        const p = list[i], q = list[j];
        const same = p.a === q.a && p.b === q.b, flipped = p.a === q.b && p.b === q.a;
        if (!same && !flipped) continue;
        const qb = flipped ? reverse(q.block) : q.block;
        const [first, second] = isMeterOnly(p.block, els) && !isMeterOnly(qb, els) ? [qb, p.block] : [p.block, qb];
        list = [...list.filter((_, k) => k !== i && k !== j), { a: p.a, b: p.b, block: join('parallel', first, second) }];
        changed = true;
      }
    }
    if (changed) continue;
    // In series: two meeting at a junction nothing else touches (not s or t).
    const degree = new Map<number, number[]>();
    list.forEach((e, i) => {
      degree.set(e.a, [...(degree.get(e.a) ?? []), i]);
      degree.set(e.b, [...(degree.get(e.b) ?? []), i]);
    });
    for (const [v, at] of degree) {
      if (v === s || v === t || at.length !== 2 || at[0] === at[1]) continue;
      const [p, q] = [list[at[0]], list[at[1]]];
      const pIn = p.b === v ? p : { a: p.b, b: p.a, block: reverse(p.block) };
      const qOut = q.a === v ? q : { a: q.b, b: q.a, block: reverse(q.block) };
      list = [...list.filter((_, k) => k !== at[0] && k !== at[1]), { a: pIn.a, b: qOut.b, block: join('series', pIn.block, qOut.block) }];
      changed = true;
      break;
    }
    if (!changed) return null;
  }
}

const METER_SYMBOLS = ['voltmeter'];
function isMeterOnly(b: Block, els: El[]): boolean {
  return b.kind === 'leaf' && METER_SYMBOLS.includes(els[b.el].symbol.symbol);
}

// ---- measuring and drawing blocks -------------------------------------------------------------------------

interface Size {
  w: number;
  h: number;
  /** How far the block's through line is below its top. */
  line: number;
}

function measure(b: Block): Size {
  if (b.kind === 'leaf') return { w: CELL_W, h: CELL_H, line: CELL_H / 2 };
  const sizes = b.items.map(measure);
  if (b.kind === 'series') {
    const line = Math.max(...sizes.map((s) => s.line));
    return { w: sizes.reduce((a, s) => a + s.w, 0), h: line + Math.max(...sizes.map((s) => s.h - s.line)), line };
  }
  return { w: Math.max(...sizes.map((s) => s.w)) + 2 * RAIL, h: sizes.reduce((a, s) => a + s.h, 0), line: sizes[0].line };
}

function draw(b: Block, x: number, lineY: number, els: El[], out: Drawing): void {
  const size = measure(b);
  if (b.kind === 'leaf') {
    placeLeaf(b.el, b.from, b.to, x, lineY, els, out);
    return;
  }
  if (b.kind === 'series') {
    let cx = x;
    for (const item of b.items) {
      draw(item, cx, lineY, els, out);
      cx += measure(item).w;
    }
    return;
  }
  const top = lineY - size.line;
  let y = top;
  const lines: number[] = [];
  b.items.forEach((item) => {
    const s = measure(item);
    const ly = y + s.line;
    lines.push(ly);
    draw(item, x + RAIL, ly, els, out);
    const right = x + RAIL + s.w;
    out.lines.push(`M ${x} ${ly} H ${x + RAIL} M ${right} ${ly} H ${x + size.w}`);
    y += s.h;
  });
  const last = lines[lines.length - 1];
  out.lines.push(`M ${x} ${lines[0]} V ${last} M ${x + size.w} ${lines[0]} V ${last}`);
  for (const ly of lines.slice(0, -1)) out.dots.push({ xM: x, yM: ly }, { xM: x + size.w, yM: ly });
}

/** A symbol in a cell of CELL_W from x, its `from` end towards the left, joined to the cell's edges. */
function placeLeaf(elIndex: number, from: string, to: string, x: number, lineY: number, els: El[], out: Drawing): void {
  const e = els[elIndex];
  const def = schematicSymbols.get(e.symbol.symbol);
  const f = def.terminals.find((t) => t.name === from)!, g = def.terminals.find((t) => t.name === to)!;
  const rot = f.xM <= g.xM ? 0 : 180;
  const cx = x + CELL_W / 2;
  out.symbols.push({ id: e.id, kind: e.symbol.symbol, xM: cx, yM: lineY, rotDeg: rot, props: e.props });
  const at = (t: { xM: number; yM: number }) => (rot === 0 ? { x: cx + t.xM, y: lineY + t.yM } : { x: cx - t.xM, y: lineY - t.yM });
  const pf = at(f), pg = at(g);
  out.lines.push(lead(x, lineY, pf), lead(x + CELL_W, lineY, pg));
}

/** A line from the cell's edge (ex, ey) to an end at p: straight when level, else out, across and in. */
function lead(ex: number, ey: number, p: { x: number; y: number }): string {
  if (Math.abs(p.y - ey) < 1e-9) return `M ${ex} ${ey} H ${p.x}`;
  const clear = p.y < ey ? p.y - 0.01 : p.y + 0.01;
  return `M ${p.x} ${p.y} V ${clear} H ${ex} V ${ey}`;
}
