/**
 * A circuit as a graph, whichever way it is drawn: the elements (as symbols, with their ends and each end's
 * role) and the junctions their ends sit on. Built from the apparatus (a bench setup: wires join posts) or from
 * a diagram (a schematic setup: lines join symbol ends), so the two can be compared (same-circuit.ts): where
 * things lie and how the wires run do not matter, what is joined to what does.
 *
 * An end joined to nothing is open (`net: null`). A bench part that is no circuit element (a magnet, a compass)
 * is left out.
 */
import { buildNets } from '../../bench/nets';
import type { Setup } from '../../bench/setup';
import { circuitParts } from '../parts';
import { endRole, matchClass, schematicSymbols, symbolOf } from './symbols';

export interface GraphPort {
  /** The symbol's end ('+', 'a', 'common'). */
  end: string;
  /** Ends of one role are interchangeable ('end' of a resistor); a meter's '+' and '-' are not. */
  role: string;
  /** The junction, numbered from 0; null when the end is joined to nothing. */
  net: number | null;
}

export interface GraphElement {
  /** The part's id on its own drawing (bench part L1, or symbol L2 of a student's diagram). */
  id: string;
  symbol: string;
  /** What it is compared as (a cell and a battery are both a source). */
  cls: string;
  ports: GraphPort[];
}

export interface CircuitGraph {
  elements: GraphElement[];
  /** Number of junctions (ends sharing a net). */
  nets: number;
}

type RawPort = { end: string; role: string; key: string | null };

function finish(raw: { id: string; symbol: string; ports: RawPort[] }[]): CircuitGraph {
  // A junction is a net at least two ends sit on; an end alone on its net is open.
  const count = new Map<string, number>();
  for (const e of raw) for (const p of e.ports) if (p.key !== null) count.set(p.key, (count.get(p.key) ?? 0) + 1);
  const index = new Map<string, number>();
  const elements = raw.map((e) => ({
    id: e.id,
    symbol: e.symbol,
    cls: matchClass(e.symbol),
    ports: e.ports.map((p) => {
      if (p.key === null || (count.get(p.key) ?? 0) < 2) return { end: p.end, role: p.role, net: null };
      let n = index.get(p.key);
      if (n === undefined) index.set(p.key, (n = index.size));
      return { end: p.end, role: p.role, net: n };
    }),
  }));
  return { elements, nets: index.size };
}

/** The apparatus on a bench as a circuit graph. */
export function graphOfBench(setup: Setup): CircuitGraph {
  const nets = buildNets(setup, circuitParts);
  const wired = new Set(setup.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
  const raw: { id: string; symbol: string; ports: RawPort[] }[] = [];
  for (const p of setup.parts) {
    const s = symbolOf(p, wired);
    if (!s) continue;
    const netKey = (terminal: string) => (wired.has(`${p.id}.${terminal}`) ? String(nets.netOf({ part: p.id, terminal })) : null);
    const ports: RawPort[] = Object.entries(s.ends).map(([end, terminal]) => ({ end, role: endRole(s.symbol, end), key: terminal === null ? null : netKey(terminal) }));
    // A second range post wired as well: an end no symbol has, so it never matches a diagram.
    for (const post of s.extra) ports.push({ end: post, role: `extra:${post}`, key: netKey(post) });
    raw.push({ id: p.id, symbol: s.symbol, ports });
  }
  return finish(raw);
}

/** A circuit diagram (a setup of the schematic bench) as a circuit graph. */
export function graphOfSchematic(setup: Setup): CircuitGraph {
  const nets = buildNets(setup, schematicSymbols);
  const wired = new Set(setup.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
  return finish(
    setup.parts.map((p) => ({
      id: p.id,
      symbol: p.kind,
      ports: schematicSymbols.get(p.kind).terminals.map((t) => ({
        end: t.name,
        role: endRole(p.kind, t.name),
        key: wired.has(`${p.id}.${t.name}`) ? String(nets.netOf({ part: p.id, terminal: t.name })) : null,
      })),
    })),
  );
}
