/**
 * Are two drawings the same circuit? The apparatus and a diagram (实物图 and 电路图), or two diagrams, are
 * the same circuit when their elements can be paired, symbol for symbol, so that the ends of paired elements
 * sit on paired junctions: a graph isomorphism that keeps each end's role (a resistor's two ends may swap, a
 * meter's + and − may not). Layout, wire routes, ids and the number of wires into one junction do not matter.
 *
 * The search walks the given circuit from its source along the current's path (so an element is tried when
 * most of its junctions are already paired) and only pairs elements whose ends see junctions of the same
 * sizes; school circuits (tens of parts) take microseconds.
 *
 * When the drawings differ, the checker points at the first difference along that walk, in the words a
 * teacher uses: a part missing or extra; a meter the wrong way round; a part in series where it should be in
 * parallel (or the reverse); else which end joins what in each drawing (a missing wire joins nothing).
 */
import type { CircuitGraph, GraphElement } from './circuit-graph';

/** An end as the student is told it: element id, its symbol and which end. */
export interface EndRef {
  id: string;
  symbol: string;
  end: string;
}

export type Difference =
  | { code: 'count'; symbol: string; given: number; yours: number; givenParts: string[]; yourParts: string[] }
  | { code: 'polarity'; symbol: string; given: string; yours: string }
  | { code: 'extraPost'; symbol: string; given: string; yours: string; side: 'given' | 'yours' }
  | { code: 'placement'; symbol: string; given: string; yours: string; should: 'series' | 'parallel'; other: { symbol: string; given: string; yours: string } }
  | { code: 'connection'; symbol: string; given: string; yours: string; end: string; givenJoins: EndRef[]; yourJoins: EndRef[] }
  | { code: 'undecided' };

export interface CircuitComparison {
  same: boolean;
  /** Given element id → your element id (the pairing found, or the best partial one when they differ). */
  pairs: Map<string, string>;
  difference: Difference | null;
}

/** The limit of the search (a pathological drawing, never a school circuit): over it, no verdict. */
const MAX_STEPS = 500_000;

export function compareCircuits(given: CircuitGraph, yours: CircuitGraph): CircuitComparison {
  const order = walkOrder(given);
  const count = countDifference(given, yours, order);
  if (count) return { same: false, pairs: new Map(), difference: count };
  // A meter with both range posts wired has an end no symbol has: say so before anything else.
  for (const [g, which] of [[given, 'given'], [yours, 'yours']] as const) {
    const e = g.elements.find((x) => x.ports.some((p) => p.role.startsWith('extra:')));
    if (e) return { same: false, pairs: new Map(), difference: { code: 'extraPost', symbol: e.symbol, given: which === 'given' ? e.id : '', yours: which === 'yours' ? e.id : '', side: which } };
  }
  const found = isomorphism(given, yours, order);
  if (found.map) return { same: true, pairs: new Map([...found.map].map(([g, y]) => [given.elements[g].id, yours.elements[y].id])), difference: null };
  const explained = explain(given, yours, order);
  return { same: false, pairs: explained.pairs, difference: found.exhausted ? explained.difference : { code: 'undecided' } };
}

// ---- order of the walk ---------------------------------------------------------------------------------

const SOURCES = ['source', 'ac-source'];
const METERS = ['ammeter', 'voltmeter', 'galvanometer', 'ohmmeter'];

/** Elements in the order met walking from the first source's + end through junctions (breadth first). */
function walkOrder(g: CircuitGraph): number[] {
  const byNet: number[][] = Array.from({ length: g.nets }, () => []);
  g.elements.forEach((e, i) => e.ports.forEach((p) => p.net !== null && byNet[p.net].push(i)));
  const seen = new Set<number>();
  const order: number[] = [];
  const starts = [...g.elements.keys()].sort((a, b) => rank(g.elements[a]) - rank(g.elements[b]));
  for (const start of starts) {
    if (seen.has(start)) continue;
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const i = queue.shift()!;
      order.push(i);
      // From a source, the + end first: the walk follows the current out of it.
      const ports = [...g.elements[i].ports].sort((a, b) => (b.role === '+' ? 1 : 0) - (a.role === '+' ? 1 : 0));
      for (const p of ports) {
        if (p.net === null) continue;
        for (const j of byNet[p.net]) if (!seen.has(j)) (seen.add(j), queue.push(j));
      }
    }
  }
  return order;
}

const rank = (e: GraphElement) => (SOURCES.includes(e.cls) ? 0 : 1);

// ---- what is on each drawing -----------------------------------------------------------------------------

function countDifference(given: CircuitGraph, yours: CircuitGraph, order: number[]): Difference | null {
  const tally = (g: CircuitGraph) => {
    const m = new Map<string, GraphElement[]>();
    for (const e of g.elements) m.set(e.cls, [...(m.get(e.cls) ?? []), e]);
    return m;
  };
  const a = tally(given), b = tally(yours);
  const classes = [...new Set([...order.map((i) => given.elements[i].cls), ...yours.elements.map((e) => e.cls)])];
  for (const cls of classes) {
    const ga = a.get(cls) ?? [], yb = b.get(cls) ?? [];
    if (ga.length !== yb.length) {
      return { code: 'count', symbol: (ga[0] ?? yb[0]).symbol, given: ga.length, yours: yb.length, givenParts: ga.map((e) => e.id), yourParts: yb.map((e) => e.id) };
    }
  }
  return null;
}

// ---- the exact pairing -------------------------------------------------------------------------------------

/** Every way to pair a's ends with b's, role for role: b's port index for each of a's ports. */
function portPairings(a: GraphElement, b: GraphElement): number[][] {
  if (a.ports.length !== b.ports.length) return [];
  const roles = [...new Set(a.ports.map((p) => p.role))];
  let out: number[][] = [new Array(a.ports.length).fill(-1)];
  for (const role of roles) {
    const ai = a.ports.flatMap((p, i) => (p.role === role ? [i] : []));
    const bi = b.ports.flatMap((p, i) => (p.role === role ? [i] : []));
    if (ai.length !== bi.length) return [];
    const next: number[][] = [];
    for (const base of out) {
      for (const perm of permutations(bi)) {
        const m = [...base];
        ai.forEach((x, k) => (m[x] = perm[k]));
        next.push(m);
      }
    }
    out = next;
  }
  return out;
}

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

function netSizes(g: CircuitGraph): number[] {
  const size = new Array(g.nets).fill(0);
  for (const e of g.elements) for (const p of e.ports) if (p.net !== null) size[p.net]++;
  return size;
}

/** What an element must share with its partner: class, and each role's junction sizes. */
function signature(e: GraphElement, sizes: number[]): string {
  return `${e.cls}|${e.ports.map((p) => `${p.role}:${p.net === null ? 0 : sizes[p.net]}`).sort().join(',')}`;
}

/**
 * Colour refinement (1-dimensional Weisfeiler–Leman) on both drawings at once: an element's colour is its class
 * and the colours of the junctions on each of its roles, a junction's the colours and roles of what sits on it,
 * refined until nothing splits. Paired elements must share a colour, and drawings whose colours do not tally
 * are different circuits without any search (a moved wire in a ladder of thirty alike rungs).
 */
function refine(given: CircuitGraph, yours: CircuitGraph): { g: number[]; y: number[]; tally: boolean } {
  const dictionary = new Map<string, number>();
  const id = (key: string) => {
    let c = dictionary.get(key);
    if (c === undefined) dictionary.set(key, (c = dictionary.size));
    return c;
  };
  const graphs = [given, yours];
  const sizes = graphs.map(netSizes);
  let el = graphs.map((g, i) => g.elements.map((e) => id(signature(e, sizes[i]))));
  let net = graphs.map((g) => new Array<number>(g.nets).fill(id('net')));
  const classes = () => new Set([...el[0], ...el[1]]).size + new Set([...net[0], ...net[1]]).size;
  let before = -1;
  for (let round = 0; round < given.elements.length + given.nets + 2 && classes() !== before; round++) {
    before = classes();
    const nextNet = graphs.map((g, i) => {
      const seen: string[][] = Array.from({ length: g.nets }, () => []);
      g.elements.forEach((e, k) => e.ports.forEach((p) => p.net !== null && seen[p.net].push(`${el[i][k]}:${p.role}`)));
      return seen.map((list, n) => id(`n${net[i][n]}|${list.sort().join(',')}`));
    });
    const nextEl = graphs.map((g, i) => g.elements.map((e, k) => id(`e${el[i][k]}|${e.ports.map((p) => `${p.role}:${p.net === null ? '-' : nextNet[i][p.net]}`).sort().join(',')}`)));
    net = nextNet;
    el = nextEl;
  }
  const hist = (xs: number[]) => [...xs].sort((a, b) => a - b).join(',');
  return { g: el[0], y: el[1], tally: hist(el[0]) === hist(el[1]) && hist(net[0]) === hist(net[1]) };
}

function isomorphism(given: CircuitGraph, yours: CircuitGraph, order: number[]): { map: Map<number, number> | null; exhausted: boolean } {
  const colours = refine(given, yours);
  if (!colours.tally) return { map: null, exhausted: true };
  const gSig = colours.g;
  const ySig = colours.y;
  const netTo = new Map<number, number>(), netFrom = new Map<number, number>();
  const used = new Set<number>();
  const map = new Map<number, number>();
  let steps = 0;

  const search = (k: number): boolean => {
    if (k === order.length) return true;
    if (++steps > MAX_STEPS) return false;
    const gi = order[k];
    const ge = given.elements[gi];
    for (let yi = 0; yi < yours.elements.length; yi++) {
      if (used.has(yi) || ySig[yi] !== gSig[gi]) continue;
      const ye = yours.elements[yi];
      for (const pairing of portPairings(ge, ye)) {
        const bound: number[] = [];
        let ok = true;
        for (let p = 0; p < ge.ports.length && ok; p++) {
          const gn = ge.ports[p].net, yn = ye.ports[pairing[p]].net;
          if (gn === null || yn === null) {
            ok = gn === yn;
            continue;
          }
          const to = netTo.get(gn), from = netFrom.get(yn);
          if (to === undefined && from === undefined) {
            netTo.set(gn, yn);
            netFrom.set(yn, gn);
            bound.push(gn);
          } else ok = to === yn && from === gn;
        }
        if (ok) {
          used.add(yi);
          map.set(gi, yi);
          if (search(k + 1)) return true;
          used.delete(yi);
          map.delete(gi);
        }
        for (const gn of bound) {
          netFrom.delete(netTo.get(gn)!);
          netTo.delete(gn);
        }
        if (steps > MAX_STEPS) return false;
      }
    }
    return false;
  };
  const found = search(0);
  return { map: found ? map : null, exhausted: steps <= MAX_STEPS };
}

// ---- the first difference ---------------------------------------------------------------------------------

interface Side {
  g: CircuitGraph;
  /** Element indices on each net. */
  onNet: { el: number; port: number }[][];
}

function side(g: CircuitGraph): Side {
  const onNet: Side['onNet'] = Array.from({ length: g.nets }, () => []);
  g.elements.forEach((e, el) => e.ports.forEach((p, port) => p.net !== null && onNet[p.net].push({ el, port })));
  return { g, onNet };
}

/**
 * Pair elements one by one along the walk, each with the unpaired element of its class whose ends join the
 * most alike (already paired neighbours by identity, the others by class and role), then report the first
 * pair whose ends do not all join alike.
 */
function explain(given: CircuitGraph, yours: CircuitGraph, order: number[]): { pairs: Map<string, string>; difference: Difference } {
  const G = side(given), Y = side(yours);
  const gToY = new Map<number, number>(), yToG = new Map<number, number>();
  const chosen = new Map<number, { yi: number; pairing: number[]; agree: number }>();

  // The ends joined to one end, each as a key: a paired element by the given side's index, others by class.
  const joins = (s: Side, el: number, port: number, paired: (i: number) => number | undefined): string[] => {
    const net = s.g.elements[el].ports[port].net;
    if (net === null) return [];
    return s.onNet[net]
      .filter((x) => !(x.el === el && x.port === port))
      .map((x) => {
        const e = s.g.elements[x.el];
        const id = paired(x.el);
        return id === undefined ? `${e.cls}:${e.ports[x.port].role}` : `#${id}:${e.ports[x.port].role}`;
      })
      .sort();
  };
  const gJoins = (el: number, port: number) => joins(G, el, port, (i) => (gToY.has(i) || i === el ? i : undefined));
  const yJoins = (el: number, port: number, self: number) => joins(Y, el, port, (i) => (i === el ? self : yToG.get(i)));
  const agreeing = (gi: number, yi: number, pairing: number[]) =>
    given.elements[gi].ports.filter((_, p) => sameList(gJoins(gi, p), yJoins(yi, pairing[p], gi))).length;

  for (const gi of order) {
    const ge = given.elements[gi];
    let best: { yi: number; pairing: number[]; agree: number } | null = null;
    for (let yi = 0; yi < yours.elements.length; yi++) {
      if (yToG.has(yi) || yours.elements[yi].cls !== ge.cls) continue;
      for (const pairing of portPairings(ge, yours.elements[yi])) {
        const agree = agreeing(gi, yi, pairing);
        if (!best || agree > best.agree) best = { yi, pairing, agree };
      }
    }
    if (!best) continue;
    chosen.set(gi, best);
    gToY.set(gi, best.yi);
    yToG.set(best.yi, gi);
  }
  const pairs = new Map([...gToY].map(([g, y]) => [given.elements[g].id, yours.elements[y].id]));

  // The culprit: the pair with the most ends joined differently; among those, one in series where the other
  // drawing has it in parallel (or the reverse), then a meter (the usual mistake), then the first on the walk.
  const mismatched = (gi: number, c: { yi: number; pairing: number[] }) => given.elements[gi].ports.filter((_, p) => !sameList(gJoins(gi, p), yJoins(c.yi, c.pairing[p], gi))).length;
  const suspects = order
    .filter((gi) => chosen.has(gi))
    .map((gi, walk) => {
      const c = chosen.get(gi)!;
      return { gi, c, walk, wrong: mismatched(gi, c), placement: seriesOrParallel(G, Y, gi, c.yi, gToY), meter: METERS.includes(given.elements[gi].cls) };
    })
    .filter((x) => x.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || Number(!!b.placement) - Number(!!a.placement) || Number(b.meter) - Number(a.meter) || a.walk - b.walk);
  const culprit = suspects[0];
  if (culprit) {
    const { gi, c } = culprit;
    const ge = given.elements[gi], ye = yours.elements[c.yi];
    const bad = ge.ports.findIndex((_, p) => !sameList(gJoins(gi, p), yJoins(c.yi, c.pairing[p], gi)));
    const base = { symbol: ge.symbol, given: ge.id, yours: ye.id };
    // The same ends with + and − swapped: the wrong way round.
    const plus = ge.ports.findIndex((p) => p.role === '+'), minus = ge.ports.findIndex((p) => p.role === '-');
    if (plus >= 0 && minus >= 0) {
      const swapped = [...c.pairing];
      [swapped[plus], swapped[minus]] = [c.pairing[minus], c.pairing[plus]];
      const agree = ge.ports.every((_, p) => sameList(gJoins(gi, p), yJoins(c.yi, swapped[p], gi)));
      if (agree) return { pairs, difference: { code: 'polarity', ...base } };
    }
    if (culprit.placement) {
      const o = given.elements[culprit.placement.other];
      return { pairs, difference: { code: 'placement', ...base, should: culprit.placement.should, other: { symbol: o.symbol, given: o.id, yours: yours.elements[gToY.get(culprit.placement.other)!].id } } };
    }
    const endsOf = (s: Side, el: number, port: number): EndRef[] => {
      const net = s.g.elements[el].ports[port].net;
      if (net === null) return [];
      return s.onNet[net].filter((x) => x.el !== el).map((x) => ({ id: s.g.elements[x.el].id, symbol: s.g.elements[x.el].symbol, end: s.g.elements[x.el].ports[x.port].end }));
    };
    return {
      pairs,
      difference: { code: 'connection', ...base, end: ge.ports[bad].end, givenJoins: endsOf(G, gi, bad), yourJoins: endsOf(Y, c.yi, c.pairing[bad]) },
    };
  }
  return { pairs, difference: { code: 'undecided' } };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Elements sharing both junctions of a two-ended element (in parallel), or alone with it on one (in series). */
function relations(s: Side, el: number): { parallel: Set<number>; series: Set<number> } {
  const nets = s.g.elements[el].ports.map((p) => p.net);
  const parallel = new Set<number>(), series = new Set<number>();
  if (nets.length !== 2 || nets[0] === null || nets[1] === null || nets[0] === nets[1]) return { parallel, series };
  const at = nets.map((n) => new Set(s.onNet[n!].map((x) => x.el).filter((x) => x !== el)));
  for (const x of at[0]) if (at[1].has(x)) parallel.add(x);
  // In series: alone with it on a junction, a voltmeter's lead aside (an ideal voltmeter takes no current away).
  const carrying = (n: number) => s.onNet[nets[n]!].filter((x) => x.el !== el && s.g.elements[x.el].cls !== 'voltmeter');
  for (const n of [0, 1]) {
    const others = carrying(n);
    if (others.length === 1 && !parallel.has(others[0].el)) series.add(others[0].el);
  }
  return { parallel, series };
}

function seriesOrParallel(G: Side, Y: Side, gi: number, yi: number, gToY: Map<number, number>): { should: 'series' | 'parallel'; other: number } | null {
  const g = relations(G, gi), y = relations(Y, yi);
  for (const x of g.parallel) {
    const yx = gToY.get(x);
    if (yx !== undefined && !y.parallel.has(yx)) return { should: 'parallel', other: x };
  }
  for (const x of g.series) {
    const yx = gToY.get(x);
    if (yx !== undefined && y.parallel.has(yx)) return { should: 'series', other: x };
  }
  return null;
}
