/**
 * The current in each wire on the table, for drawing moving charges. The engine solves nets (all the wires
 * joining some posts are one node), so a wire's own current is not in its solution: it follows from
 * Kirchhoff's current law on the wires of each net. Each post of a part sends a current into the net's wires
 * (what goes into the part there, with the sign turned); on a net whose wires form a tree each wire carries
 * the sum sent from the posts on its far side. A wire that closes a loop of wires (two leads between the same
 * posts) is given none: real leads of equal resistance would share it, and the picture would hardly differ.
 * A net with a post of a part whose currents per post the engine does not give (a relay) is left out.
 */
import { buildNets, terminalKey } from '../bench/nets';
import type { Setup } from '../bench/setup';
import type { CircuitElement, CircuitSolution, ElementReading } from './engine';
import type { CircuitOfSetup } from './circuit-of-setup';
import { circuitParts } from './parts';

/**
 * Current into an element at each of its nodes (amperes, in `element.nodes` order; they sum to 0), or null
 * when the reading does not say.
 */
export function nodeCurrentsA(e: CircuitElement, r: ElementReading): number[] | null {
  const i = r.currentA;
  switch (e.kind) {
    case 'rheostat': {
      // nodes [a, b, slider]: a → slider is currentA, slider → b is secondaryCurrentA
      const s = r.secondaryCurrentA ?? 0;
      return [i, -s, s - i];
    }
    case 'twoWaySwitch': {
      const c = [i, 0, 0];
      c[e.position === 'a' ? 1 : 2] = -i;
      return c;
    }
    case 'coupling':
      return null;
    default:
      return e.nodes.length === 2 ? [i, -i] : null;
  }
}

/** Link id → current along it in amperes, positive from its `from` post to its `to` post. */
export function wireCurrentsA(setup: Setup, circuit: CircuitOfSetup, solution: CircuitSolution | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of setup.links) out.set(l.id, 0);
  if (!solution?.ok) return out;
  const nets = buildNets(setup, circuitParts);
  // What each post sends into its net's wires.
  const sent = new Map<string, number>();
  const unknownNets = new Set<string>();
  const postsOf = new Map<string, Map<string, string[]>>(); // part → net name → its posts on that net
  for (const p of setup.parts) {
    const byNet = new Map<string, string[]>();
    for (const t of circuitParts.get(p.kind).terminals) {
      const net = `n${nets.netOf({ part: p.id, terminal: t.name })}`;
      byNet.set(net, [...(byNet.get(net) ?? []), terminalKey({ part: p.id, terminal: t.name })]);
    }
    postsOf.set(p.id, byNet);
  }
  for (const e of circuit.elements) {
    if (e.kind === 'coupling') continue;
    const part = circuit.partOf(e.name);
    const byNet = postsOf.get(part);
    const r = solution.elements[e.name];
    const into = r ? nodeCurrentsA(e, r) : null;
    if (!byNet) continue;
    e.nodes.forEach((net, k) => {
      if (!into) {
        unknownNets.add(net);
        return;
      }
      // A part with two posts on one net (shorted by a wire) sends it all from the first.
      const post = byNet.get(net)?.[0];
      if (post) sent.set(post, (sent.get(post) ?? 0) - into[k]);
    });
  }
  // Wires of each net as a forest: peel leaves, each leaf's wire carries what the leaf's side sends.
  const netOfPost = (key: string) => {
    const dot = key.indexOf('.');
    return `n${nets.netOf({ part: key.slice(0, dot), terminal: key.slice(dot + 1) })}`;
  };
  const adjacent = new Map<string, { link: string; other: string; forward: boolean }[]>();
  const seen = new Map<string, string>(); // union-find over posts, to find loop-closing wires
  const root = (k: string): string => {
    let r = k;
    while (seen.has(r) && seen.get(r) !== r) r = seen.get(r)!;
    return r;
  };
  for (const l of setup.links) {
    const a = terminalKey(l.from), b = terminalKey(l.to);
    if (unknownNets.has(netOfPost(a))) continue;
    if (!seen.has(a)) seen.set(a, a);
    if (!seen.has(b)) seen.set(b, b);
    const ra = root(a), rb = root(b);
    if (ra === rb) continue; // closes a loop of wires: none
    seen.set(ra, rb);
    adjacent.set(a, [...(adjacent.get(a) ?? []), { link: l.id, other: b, forward: true }]);
    adjacent.set(b, [...(adjacent.get(b) ?? []), { link: l.id, other: a, forward: false }]);
  }
  const carry = new Map(sent);
  const degree = new Map([...adjacent].map(([k, v]) => [k, v.length]));
  const leaves = [...degree].filter(([, d]) => d === 1).map(([k]) => k);
  const done = new Set<string>();
  while (leaves.length) {
    const post = leaves.pop()!;
    if (degree.get(post) !== 1) continue;
    const edge = adjacent.get(post)!.find((x) => !done.has(x.link));
    if (!edge) continue;
    done.add(edge.link);
    const amps = carry.get(post) ?? 0;
    // from the leaf to the other post: along the link when the leaf is its `from` post
    out.set(edge.link, edge.forward ? amps : -amps);
    carry.set(edge.other, (carry.get(edge.other) ?? 0) + amps);
    degree.set(post, 0);
    const d = (degree.get(edge.other) ?? 0) - 1;
    degree.set(edge.other, d);
    if (d === 1) leaves.push(edge.other);
  }
  return out;
}
