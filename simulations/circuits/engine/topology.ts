/**
 * The circuit's shape, before any number is solved: which nodes ideal connections (0 Ω wires, closed
 * switches, ideal ammeters) join into one, which pieces of circuit are separate, and the mistakes that
 * leave no finite answer — a source shorted by an ideal path, ideal sources in a loop, a current source
 * with nowhere to send its current — reported with the parts involved, never as NaN.
 */
import type { CircuitElement, Diagnostic } from './elements';
import type { Primitive } from './primitives';

export class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }
  /** Joins the sets; false when they were already one. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[rb] = ra;
    return true;
  }
}

export const GROUND = '0';

export interface Topology {
  nodeNames: string[];
  nodeIndex: Map<string, number>;
  /** Node → merged group (nodes joined by ideal connections share one voltage). */
  groupOfNode: Int32Array;
  groupCount: number;
  /** Group → index of its voltage in the unknown vector, or −1 for a reference (0 V). */
  unknownOfGroup: Int32Array;
  /** Primitive indices of the ideal connections (R with 0 Ω); their currents come from KCL afterwards. */
  shorts: number[];
  references: string[];
  diagnostics: Diagnostic[];
  /** An error diagnostic was raised: no solution will be attempted. */
  fatal: boolean;
}

/** Two terminals of a primitive that conducts (joins pieces of circuit); XF gives two pairs. */
function conductingPairs(p: Primitive): [string, string][] {
  switch (p.type) {
    case 'R':
    case 'V':
    case 'C':
    case 'L':
    case 'D':
    case 'lamp':
      return [[p.a, p.b]];
    case 'XF':
      return [
        [p.a, p.b],
        [p.c, p.d],
      ];
    default:
      return [];
  }
}

export function primitiveNodes(p: Primitive): string[] {
  switch (p.type) {
    case 'K':
      return [];
    case 'XF':
      return [p.a, p.b, p.c, p.d];
    default:
      return [p.a, p.b];
  }
}

export function analyseTopology(elements: readonly CircuitElement[], prims: readonly Primitive[]): Topology {
  const nodeIndex = new Map<string, number>();
  const nodeNames: string[] = [];
  const node = (name: string) => {
    let i = nodeIndex.get(name);
    if (i === undefined) {
      i = nodeNames.length;
      nodeNames.push(name);
      nodeIndex.set(name, i);
    }
    return i;
  };
  for (const e of elements) if (e.kind !== 'coupling') for (const n of e.nodes) node(n);
  for (const p of prims) for (const n of primitiveNodes(p)) node(n);

  const nameOf = (p: Primitive) => elements[p.owner].name;
  const diagnostics: Diagnostic[] = [];
  const shorts: number[] = [];
  const merge = new UnionFind(nodeNames.length);
  prims.forEach((p, i) => {
    if (p.type === 'R' && p.ohm === 0) {
      shorts.push(i);
      merge.union(node(p.a), node(p.b));
    }
  });
  // Dense group numbering in node order.
  const groupOfNode = new Int32Array(nodeNames.length);
  const groupOfRoot = new Map<number, number>();
  for (let i = 0; i < nodeNames.length; i++) {
    const r = merge.find(i);
    let g = groupOfRoot.get(r);
    if (g === undefined) {
      g = groupOfRoot.size;
      groupOfRoot.set(r, g);
    }
    groupOfNode[i] = g;
  }
  const groupCount = groupOfRoot.size;
  const g = (name: string) => groupOfNode[nodeIndex.get(name)!];

  /** Parts along the ideal connections from node a to node b (breadth-first, shortest). */
  const idealPath = (a: string, b: string, extra: Primitive[] = []): string[] => {
    const adj = new Map<string, { to: string; part: string }[]>();
    const add = (x: string, y: string, part: string) => {
      if (!adj.has(x)) adj.set(x, []);
      adj.get(x)!.push({ to: y, part });
    };
    for (const i of shorts) {
      const p = prims[i] as Extract<Primitive, { type: 'R' }>;
      add(p.a, p.b, nameOf(p));
      add(p.b, p.a, nameOf(p));
    }
    for (const p of extra) {
      if (p.type !== 'V') continue;
      add(p.a, p.b, nameOf(p));
      add(p.b, p.a, nameOf(p));
    }
    const prev = new Map<string, { from: string; part: string }>();
    const queue = [a];
    const seen = new Set([a]);
    while (queue.length) {
      const x = queue.shift()!;
      if (x === b) break;
      for (const { to, part } of adj.get(x) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        prev.set(to, { from: x, part });
        queue.push(to);
      }
    }
    const parts: string[] = [];
    for (let x = b; prev.has(x); x = prev.get(x)!.from) parts.push(prev.get(x)!.part);
    return [...new Set(parts.reverse())];
  };

  // Sources shorted by ideal connections, and loops of ideal voltage sources.
  const sourceLoop = new UnionFind(groupCount);
  const idealSources: Primitive[] = [];
  for (const p of prims) {
    if (p.type !== 'V') continue;
    const kind = elements[p.owner].kind;
    if (g(p.a) === g(p.b)) {
      if (p.ohm === 0) {
        diagnostics.push({
          code: 'shortCircuit',
          severity: 'error',
          parts: [nameOf(p), ...idealPath(p.a, p.b).filter((x) => x !== nameOf(p))],
          message: `${nameOf(p)} is short-circuited by ${idealPath(p.a, p.b).join(', ') || 'a wire'}: with no resistance in the loop the current would be infinite`,
        });
      } else if (kind === 'voltageSource') {
        const path = idealPath(p.a, p.b);
        diagnostics.push({
          code: 'shortCircuit',
          severity: 'warning',
          parts: [nameOf(p), ...path.filter((x) => x !== nameOf(p))],
          message: `${nameOf(p)} is short-circuited by ${path.join(', ') || 'a wire'}: only its internal resistance limits the current`,
        });
      }
      continue;
    }
    if (p.ohm !== 0) continue;
    if (!sourceLoop.union(g(p.a), g(p.b))) {
      const others = idealPath(p.a, p.b, idealSources);
      diagnostics.push({
        code: 'sourceLoop',
        severity: 'error',
        parts: [nameOf(p), ...others.filter((x) => x !== nameOf(p))],
        message: `${[nameOf(p), ...others].join(', ')} form a loop of ideal sources and connections: the current in it is not determined`,
      });
    }
    idealSources.push(p);
  }

  // Separate pieces of circuit (islands), joined by anything that conducts.
  const island = new UnionFind(groupCount);
  for (const p of prims) for (const [a, b] of conductingPairs(p)) island.union(g(a), g(b));
  for (const p of prims) {
    if (p.type !== 'I' || (p.amps === 0 && !p.waveform)) continue;
    if (island.find(g(p.a)) !== island.find(g(p.b))) {
      diagnostics.push({
        code: 'currentSourceOpen',
        severity: 'error',
        parts: [nameOf(p)],
        nodes: [p.a, p.b],
        message: `${nameOf(p)} has no closed path for its current`,
      });
    }
  }

  // A reference per island: ground where there is one, else the − terminal of its first source, else its first node.
  const unknownOfGroup = new Int32Array(groupCount).fill(0);
  const referenceOfIsland = new Map<number, number>();
  const references: string[] = [];
  const hasGround = nodeIndex.has(GROUND);
  const pick = (name: string) => {
    const grp = g(name);
    const isl = island.find(grp);
    if (!referenceOfIsland.has(isl)) {
      referenceOfIsland.set(isl, grp);
      references.push(name);
    }
  };
  if (hasGround) pick(GROUND);
  for (const p of prims) if (p.type === 'V') pick(p.b);
  for (const name of nodeNames) pick(name);
  if (hasGround) {
    const groundIsland = island.find(g(GROUND));
    const floating = new Map<number, { nodes: string[]; parts: Set<string> }>();
    for (const name of nodeNames) {
      const isl = island.find(g(name));
      if (isl === groundIsland || name.includes('#')) continue;
      if (!floating.has(isl)) floating.set(isl, { nodes: [], parts: new Set() });
      floating.get(isl)!.nodes.push(name);
    }
    for (const e of elements) {
      if (e.kind === 'coupling') continue;
      for (const n of e.nodes) floating.get(island.find(g(n)))?.parts.add(e.name);
    }
    for (const f of floating.values()) {
      diagnostics.push({
        code: 'floatingNodes',
        severity: 'warning',
        parts: [...f.parts],
        nodes: f.nodes,
        message: `node${f.nodes.length > 1 ? 's' : ''} ${f.nodes.join(', ')} ha${f.nodes.length > 1 ? 've' : 's'} no DC path to ground (0); measured from ${f.nodes[0]} instead`,
      });
    }
  }
  let next = 0;
  const isReference = new Set(referenceOfIsland.values());
  for (let grp = 0; grp < groupCount; grp++) unknownOfGroup[grp] = isReference.has(grp) ? -1 : next++;

  diagnostics.push(...openCircuits(elements, prims, g, groupCount));

  return {
    nodeNames,
    nodeIndex,
    groupOfNode,
    groupCount,
    unknownOfGroup,
    shorts,
    references,
    diagnostics,
    fatal: diagnostics.some((d) => d.severity === 'error'),
  };
}

/**
 * A cell or supply with no closed path through the rest of the circuit: say so, naming the open parts
 * (open switches, blown fuses, ideal voltmeters in series) that break the loop. A source has no closed
 * path exactly when its branch is a bridge of the conduction graph, so the bridges are found first, for all
 * branches at once (Tarjan's low-link, iteratively), and only those sources are looked at further.
 */
function openCircuits(elements: readonly CircuitElement[], prims: readonly Primitive[], g: (n: string) => number, groupCount: number): Diagnostic[] {
  // Edges of the conduction graph between groups, remembering which primitive each came from.
  const from: number[] = [];
  const to: number[] = [];
  const prim: number[] = [];
  for (let i = 0; i < prims.length; i++) {
    for (const [a, b] of conductingPairs(prims[i])) {
      from.push(g(a));
      to.push(g(b));
      prim.push(i);
    }
  }
  const bridgePrims = bridges(groupCount, from, to, prim);
  const out: Diagnostic[] = [];
  for (let si = 0; si < prims.length; si++) {
    const src = prims[si];
    if (src.type !== 'V' || elements[src.owner].kind !== 'voltageSource' || !bridgePrims.has(si)) continue;
    const uf = new UnionFind(groupCount);
    for (let k = 0; k < from.length; k++) if (prim[k] !== si) uf.union(from[k], to[k]);
    const ca = uf.find(g(src.a));
    const cb = uf.find(g(src.b));
    if (ca === cb) continue;
    // The parts that break the loop: one terminal on each side of the break (an open switch, a relay's open
    // contact, a voltmeter in series). A part merely standing on one side (a relay whose coil is in another
    // circuit, while a wire is what is missing) is not named.
    const openParts: string[] = [];
    for (const e of elements) {
      if (e.kind === 'coupling' || e === elements[src.owner]) continue;
      let onA = false;
      let onB = false;
      for (const n of e.nodes) {
        const comp = uf.find(g(n));
        if (comp === ca) onA = true;
        else if (comp === cb) onB = true;
      }
      if (onA && onB) openParts.push(e.name);
    }
    out.push({
      code: 'openCircuit',
      severity: 'info',
      parts: [elements[src.owner].name, ...openParts],
      message: `no current flows through ${elements[src.owner].name}: the circuit is open${openParts.length ? ` at ${openParts.join(', ')}` : ''}`,
    });
  }
  return out;
}

/** Primitives whose edge is a bridge (its removal disconnects its ends); parallel edges are never bridges. */
function bridges(vertexCount: number, from: number[], to: number[], prim: number[]): Set<number> {
  const adjStart = new Int32Array(vertexCount + 1);
  for (let k = 0; k < from.length; k++) {
    adjStart[from[k] + 1]++;
    adjStart[to[k] + 1]++;
  }
  for (let v = 0; v < vertexCount; v++) adjStart[v + 1] += adjStart[v];
  const fill = adjStart.slice(0, vertexCount);
  const adjEdge = new Int32Array(2 * from.length);
  for (let k = 0; k < from.length; k++) {
    adjEdge[fill[from[k]]++] = k;
    adjEdge[fill[to[k]]++] = k;
  }
  const disc = new Int32Array(vertexCount).fill(-1);
  const low = new Int32Array(vertexCount);
  const parentEdge = new Int32Array(vertexCount).fill(-1);
  const cursor = new Int32Array(vertexCount);
  const stack: number[] = [];
  const out = new Set<number>();
  let time = 0;
  for (let root = 0; root < vertexCount; root++) {
    if (disc[root] >= 0) continue;
    disc[root] = low[root] = time++;
    cursor[root] = adjStart[root];
    stack.push(root);
    while (stack.length) {
      const v = stack[stack.length - 1];
      if (cursor[v] < adjStart[v + 1]) {
        const k = adjEdge[cursor[v]++];
        if (k === parentEdge[v]) continue;
        const w = from[k] === v ? to[k] : from[k];
        if (disc[w] < 0) {
          disc[w] = low[w] = time++;
          parentEdge[w] = k;
          cursor[w] = adjStart[w];
          stack.push(w);
        } else if (disc[w] < low[v]) low[v] = disc[w];
      } else {
        stack.pop();
        const k = parentEdge[v];
        if (k >= 0) {
          const u = from[k] === v ? to[k] : from[k];
          if (low[v] < low[u]) low[u] = low[v];
          if (low[v] > disc[u]) out.add(prim[k]);
        }
      }
    }
  }
  return out;
}
