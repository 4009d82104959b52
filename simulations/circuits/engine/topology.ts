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

  diagnostics.push(...openCircuits(elements, prims, nodeNames, g, groupCount));

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
 * (open switches, blown fuses, ideal voltmeters in series) that break the loop.
 */
function openCircuits(elements: readonly CircuitElement[], prims: readonly Primitive[], nodeNames: string[], g: (n: string) => number, groupCount: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const sources = prims.map((p, i) => [p, i] as const).filter(([p]) => p.type === 'V' && elements[p.owner].kind === 'voltageSource');
  for (const [src, si] of sources) {
    if (src.type !== 'V') continue;
    const uf = new UnionFind(groupCount);
    prims.forEach((p, i) => {
      if (i !== si) for (const [a, b] of conductingPairs(p)) uf.union(g(a), g(b));
    });
    const ca = uf.find(g(src.a));
    const cb = uf.find(g(src.b));
    if (ca === cb) continue;
    const openParts: string[] = [];
    for (const e of elements) {
      if (e.kind === 'coupling' || e === elements[src.owner]) continue;
      const comps = new Set(e.nodes.map((n) => uf.find(g(n))));
      if (comps.size > 1 && (comps.has(ca) || comps.has(cb))) openParts.push(e.name);
    }
    out.push({
      code: 'openCircuit',
      severity: 'info',
      parts: [elements[src.owner].name, ...openParts],
      message: `no current flows through ${elements[src.owner].name}: the circuit is open${openParts.length ? ` at ${openParts.join(', ')}` : ''}`,
    });
  }
  void nodeNames;
  return out;
}
