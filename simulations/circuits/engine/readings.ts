/**
 * From the solved unknowns to what students read: every node's voltage, and per element its current,
 * voltage and power (plus temperature, blown, closed … where it has them).
 *
 * Ideal connections (0 Ω) have no voltage to divide by, so their currents come from Kirchhoff's current
 * law: the currents the other branches take out of each node must flow in through the connections. When
 * ideal connections form loops (two closed switches in parallel) the split is not determined by the ideal
 * circuit; the engine gives the one equal tiny resistances would give (the least-squares flow), which is
 * what real, nearly-ideal wires do.
 */
import type { CircuitElement, ElementReading } from './elements';
import { ohmmeterReadingOhm } from './meters';
import type { Primitive, Role } from './primitives';
import { MnaSystem, type StepContext } from './system';
import { primitiveNodes } from './topology';

export interface RawReadings {
  nodes: Record<string, number>;
  /** Per primitive index: current from a to b (XF: the secondary's, from c to d). */
  primCurrent: Float64Array;
}

export function nodeVoltages(sys: MnaSystem): Record<string, number> {
  const out: Record<string, number> = {};
  const { topo, x } = sys;
  for (const [name, i] of topo.nodeIndex) {
    if (name.includes('#')) continue;
    out[name] = clean(MnaSystem.v(x, topo.unknownOfGroup[topo.groupOfNode[i]]));
  }
  return out;
}

export function primitiveCurrents(sys: MnaSystem, ctx: StepContext): Float64Array {
  const { prims, topo } = sys;
  const current = new Float64Array(prims.length);
  // Net current leaving each node through the non-ideal primitives.
  const leaving = new Float64Array(topo.nodeNames.length);
  const at = (name: string) => topo.nodeIndex.get(name)!;
  prims.forEach((p, i) => {
    if (p.type === 'K' || (p.type === 'R' && p.ohm === 0)) return;
    if (p.type === 'XF') {
      const i2 = sys.x[sys.branch[i]];
      const i1 = -p.ratio * i2;
      current[i] = i2;
      leaving[at(p.a)] += i1;
      leaving[at(p.b)] -= i1;
      leaving[at(p.c)] += i2;
      leaving[at(p.d)] -= i2;
      return;
    }
    const c = sys.primitiveCurrent(i, ctx);
    current[i] = c;
    const [a, b] = primitiveNodes(p);
    leaving[at(a)] += c;
    leaving[at(b)] -= c;
  });
  shortCurrents(sys, leaving, current);
  return current;
}

/** Solve the ideal connections' currents group by group (least-squares flow, see the header). */
function shortCurrents(sys: MnaSystem, leaving: Float64Array, current: Float64Array): void {
  const { prims, topo } = sys;
  const byGroup = new Map<number, number[]>();
  for (const i of topo.shorts) {
    const p = prims[i] as Extract<Primitive, { type: 'R' }>;
    const grp = topo.groupOfNode[topo.nodeIndex.get(p.a)!];
    if (!byGroup.has(grp)) byGroup.set(grp, []);
    byGroup.get(grp)!.push(i);
  }
  for (const edges of byGroup.values()) {
    const local = new Map<number, number>();
    const ends = edges.map((i) => {
      const p = prims[i] as Extract<Primitive, { type: 'R' }>;
      return [p.a, p.b].map((name) => {
        const node = topo.nodeIndex.get(name)!;
        if (!local.has(node)) local.set(node, local.size);
        return local.get(node)!;
      });
    });
    const m = local.size;
    // Laplacian with unit weights; potential of local node 0 fixed at 0.
    const size = m - 1;
    const A = new Float64Array(size * size);
    const rhs = new Float64Array(size);
    for (const [u, w] of ends) {
      if (u === w) continue;
      if (u > 0) A[(u - 1) * size + (u - 1)] += 1;
      if (w > 0) A[(w - 1) * size + (w - 1)] += 1;
      if (u > 0 && w > 0) {
        A[(u - 1) * size + (w - 1)] -= 1;
        A[(w - 1) * size + (u - 1)] -= 1;
      }
    }
    for (const [node, l] of local) if (l > 0) rhs[l - 1] = -leaving[node];
    const phi = new Float64Array(m);
    phi.set(denseSolve(A, rhs, size), 1);
    edges.forEach((i, e) => {
      const [u, w] = ends[e];
      current[i] = phi[u] - phi[w];
    });
  }
}

/** Gaussian elimination with partial pivoting for the small connection groups. */
function denseSolve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let r = k + 1; r < n; r++) if (Math.abs(A[r * n + k]) > Math.abs(A[p * n + k])) p = r;
    if (p !== k) {
      for (let c = 0; c < n; c++) [A[k * n + c], A[p * n + c]] = [A[p * n + c], A[k * n + c]];
      [b[k], b[p]] = [b[p], b[k]];
    }
    const piv = A[k * n + k];
    if (piv === 0) continue;
    for (let r = k + 1; r < n; r++) {
      const l = A[r * n + k] / piv;
      if (l === 0) continue;
      for (let c = k; c < n; c++) A[r * n + c] -= l * A[k * n + c];
      b[r] -= l * b[k];
    }
  }
  const x = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    let v = b[k];
    for (let c = k + 1; c < n; c++) v -= A[k * n + c] * x[c];
    const piv = A[k * n + k];
    x[k] = piv === 0 ? 0 : v / piv;
  }
  return x;
}

/** Per element, its primitives by role (built once per compiled circuit). */
export type RoleTable = (Map<Role, number> | undefined)[];

export function roleTable(elementCount: number, prims: readonly Primitive[]): RoleTable {
  const out: RoleTable = new Array(elementCount);
  for (let i = 0; i < prims.length; i++) {
    const p = prims[i];
    (out[p.owner] ??= new Map()).set(p.role, i);
  }
  return out;
}

/** Readings per element from the node voltages and primitive currents. */
export function elementReadings(
  elements: readonly CircuitElement[],
  roles: RoleTable,
  nodes: Record<string, number>,
  current: Float64Array,
  extra: (e: CircuitElement, owner: number) => Partial<ElementReading> | null,
): Record<string, ElementReading> {
  const out: Record<string, ElementReading> = {};
  for (let owner = 0; owner < elements.length; owner++) {
    const e = elements[owner];
    const byRole = roles[owner];
    let r: ElementReading;
    switch (e.kind) {
      case 'coupling':
        r = { currentA: 0, voltageV: 0, powerW: 0 };
        break;
      case 'rheostat': {
        const [a, b, s] = e.nodes;
        const ia = roleCurrent(byRole, 'a', current);
        const ib = roleCurrent(byRole, 'b', current);
        r = { currentA: ia, voltageV: diff(nodes, a, s), powerW: diff(nodes, a, s) * ia + diff(nodes, s, b) * ib, secondaryCurrentA: ib, secondaryVoltageV: diff(nodes, s, b) };
        break;
      }
      case 'twoWaySwitch': {
        const [c, a, b] = e.nodes;
        const to = e.position === 'a' ? a : b;
        r = { currentA: roleCurrent(byRole, 'main', current), voltageV: diff(nodes, c, to), powerW: diff(nodes, c, to) * roleCurrent(byRole, 'main', current) };
        break;
      }
      case 'transformer': {
        const [p1, p2, s1, s2] = e.nodes;
        const i2 = e.ideal ? roleCurrent(byRole, 'main', current) : roleCurrent(byRole, 'secondary', current);
        const i1 = e.ideal ? -(e.secondaryTurns / e.primaryTurns) * i2 : roleCurrent(byRole, 'primary', current);
        r = { currentA: i1, voltageV: diff(nodes, p1, p2), powerW: diff(nodes, p1, p2) * i1 + diff(nodes, s1, s2) * i2, secondaryCurrentA: i2, secondaryVoltageV: diff(nodes, s1, s2) };
        break;
      }
      case 'relay': {
        const [c1, c2] = e.nodes;
        const ic = roleCurrent(byRole, 'coil', current);
        r = { currentA: ic, voltageV: diff(nodes, c1, c2), powerW: diff(nodes, c1, c2) * ic, secondaryCurrentA: roleCurrent(byRole, 'contact', current) };
        break;
      }
      case 'ohmmeter': {
        // The branch runs from the black lead (+ of the cell) to the red lead; current entering red is −that.
        const i = -roleCurrent(byRole, 'main', current);
        const v = diff(nodes, e.nodes[0], e.nodes[1]);
        r = { currentA: i, voltageV: v, powerW: v * i, measuredResistanceOhm: ohmmeterReadingOhm(i, e.testVoltageV, e.internalResistanceOhm) };
        break;
      }
      default: {
        const v = diff(nodes, e.nodes[0], e.nodes[1]);
        const i = roleCurrent(byRole, 'main', current);
        r = { currentA: i, voltageV: v, powerW: v * i };
      }
    }
    r.currentA = clean(r.currentA);
    r.voltageV = clean(r.voltageV);
    r.powerW = clean(r.powerW);
    const more = extra(e, owner);
    out[e.name] = more ? Object.assign(r, more) : r;
  }
  return out;
}

function roleCurrent(byRole: Map<Role, number> | undefined, role: Role, current: Float64Array): number {
  const i = byRole?.get(role);
  return i === undefined ? 0 : current[i];
}

function diff(nodes: Record<string, number>, a: string, b: string): number {
  return (nodes[a] ?? 0) - (nodes[b] ?? 0);
}

/** −0 and values within rounding of zero print as 0; nothing non-finite ever leaves the engine. */
export function clean(v: number): number {
  if (!Number.isFinite(v)) return 0;
  return Math.abs(v) < 1e-300 ? 0 : v;
}
