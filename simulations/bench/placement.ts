/**
 * Parts that rest on, stand in and hang from one another, for benches drawn from the side (mechanics; the wet
 * bench's beakers on a balance): a part that `rests` falls when put down until it sits on a surface below it
 * (a pan, a block's top, a vessel's inside bottom) or on the table's bottom edge; a part whose `ring` terminal
 * is linked to a `hook` hangs on that hook (ring on hook: a hooked weight on a gauge, a block by its loop of
 * thread), so lowering the gauge lowers the block; what rests on or hangs from a part moves with it.
 *
 * `arrange(setup)` applies all of this to a whole setup and is idempotent: the editor runs it after every
 * edit of a bench that uses placement, so a setup on the table is always physically possible. Positions only:
 * what the loads do (a balance tipping, a gauge stretching) is the engine's. Pure.
 */
import type { PartCatalog, PartDefinition } from './part';
import type { Setup, SetupPart, TerminalRef } from './setup';
import { terminalPositionM } from './part';

/** How close a part's bottom must be to a surface to rest on it, metres. */
export const TOUCH_M = 0.003;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The table-space box around a part's footprint, turned as the part is. */
export function footprint(part: Pick<SetupPart, 'xM' | 'yM' | 'rotDeg'>, def: PartDefinition): Box {
  const a = (part.rotDeg * Math.PI) / 180;
  const c = Math.abs(Math.cos(a)), s = Math.abs(Math.sin(a));
  const hw = (def.widthM * c + def.heightM * s) / 2, hh = (def.widthM * s + def.heightM * c) / 2;
  return { left: part.xM - hw, right: part.xM + hw, top: part.yM - hh, bottom: part.yM + hh };
}

export interface PlacedSurface {
  part: string;
  name: string;
  left: number;
  right: number;
  yM: number;
}

/** A part's surfaces on the table (only those that are horizontal as the part is turned). */
export function surfacesOf(part: SetupPart, def: PartDefinition): PlacedSurface[] {
  const out: PlacedSurface[] = [];
  for (const s of def.surfaces ?? []) {
    if (s === 'top') {
      const b = footprint(part, def);
      out.push({ part: part.id, name: 'top', left: b.left, right: b.right, yM: b.top });
      continue;
    }
    const a = (part.rotDeg * Math.PI) / 180;
    const c = Math.cos(a), sn = Math.sin(a);
    const at = (x: number) => ({ x: part.xM + x * c - s.yM * sn, y: part.yM + x * sn + s.yM * c });
    const p = at(s.xM - s.widthM / 2), q = at(s.xM + s.widthM / 2);
    if (Math.abs(p.y - q.y) > 1e-9) continue;
    out.push({ part: part.id, name: s.name, left: Math.min(p.x, q.x), right: Math.max(p.x, q.x), yM: p.y });
  }
  return out;
}

/** Which hook each hanging part hangs from: its `ring` linked to another part's `hook`. */
export function hangingFrom(setup: Setup, catalog: PartCatalog): Map<string, TerminalRef> {
  const role = (ref: TerminalRef) => {
    const p = setup.parts.find((x) => x.id === ref.part);
    return p ? catalog.find(p.kind)?.terminals.find((t) => t.name === ref.terminal)?.hang : undefined;
  };
  const out = new Map<string, TerminalRef>();
  for (const l of setup.links) {
    const a = role(l.from), b = role(l.to);
    if (a === 'ring' && b === 'hook' && !out.has(l.from.part)) out.set(l.from.part, l.to);
    else if (a === 'hook' && b === 'ring' && !out.has(l.to.part)) out.set(l.to.part, l.from);
  }
  return out;
}

export type Support = { part: string; surface: string } | 'floor' | 'hanging' | null;

/** What holds each part up: a surface of another part, the floor, a hook, or nothing (held, clamped). */
export function supports(setup: Setup, catalog: PartCatalog, floorYM: number): Map<string, Support> {
  const hanging = hangingFrom(setup, catalog);
  const surfaces = setup.parts.flatMap((p) => surfacesOf(p, catalog.get(p.kind)));
  const out = new Map<string, Support>();
  for (const p of setup.parts) {
    const def = catalog.get(p.kind);
    if (hanging.has(p.id)) {
      out.set(p.id, 'hanging');
      continue;
    }
    if (!def.rests) {
      out.set(p.id, null);
      continue;
    }
    const box = footprint(p, def);
    const on = surfaces.filter((s) => s.part !== p.id && Math.abs(s.yM - box.bottom) <= TOUCH_M && p.xM >= s.left && p.xM <= s.right).sort((a, b) => a.yM - b.yM)[0];
    out.set(p.id, on ? { part: on.part, surface: on.name } : Math.abs(floorYM - box.bottom) <= TOUCH_M ? 'floor' : null);
  }
  return out;
}

/** The parts that rest on or hang from `ids`, directly or through others (not including `ids`). */
export function carriedBy(setup: Setup, catalog: PartCatalog, ids: Iterable<string>, floorYM: number): Set<string> {
  const sup = supports(setup, catalog, floorYM);
  const hanging = hangingFrom(setup, catalog);
  const under = new Map<string, string>();
  for (const [id, s] of sup) if (s && typeof s === 'object') under.set(id, s.part);
  for (const [id, hook] of hanging) under.set(id, hook.part);
  const start = new Set(ids);
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, below] of under) {
      if (!start.has(id) && !out.has(id) && (start.has(below) || out.has(below))) {
        out.add(id);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Make the setup physically possible: hanging parts with their rings on their hooks, resting
 * parts down onto the highest surface beneath their centre (or the floor), each carrying what is on it.
 * `held` parts (picked up with the keyboard, being moved) and what they carry stay where they are.
 */
export function arrange(setup: Setup, catalog: PartCatalog, floorYM: number, held: Iterable<string> = []): Setup {
  const parts = new Map(setup.parts.map((p) => [p.id, p]));
  const hanging = hangingFrom(setup, catalog);
  const heldIds = new Set(held);
  for (const id of carriedBy(setup, catalog, heldIds, floorYM)) heldIds.add(id);
  const carried = (id: string) => carriedBy({ ...setup, parts: [...parts.values()] }, catalog, [id], floorYM);
  const shift = (id: string, dx: number, dy: number) => {
    if (Math.abs(dx) < 1e-12 && Math.abs(dy) < 1e-12) return;
    for (const x of [id, ...carried(id)]) {
      const p = parts.get(x)!;
      parts.set(x, { ...p, xM: p.xM + dx, yM: p.yM + dy });
    }
  };
  // 1. Hanging: from the top of each chain down (a hook's own part placed before what hangs from it).
  const order = [...hanging.keys()].sort((a, b) => parts.get(a)!.yM - parts.get(b)!.yM);
  for (let pass = 0; pass < 3; pass++) {
    for (const id of order) {
      if (heldIds.has(id)) continue;
      const hookRef = hanging.get(id)!;
      const hookPart = parts.get(hookRef.part), p = parts.get(id)!;
      if (!hookPart) continue;
      const def = catalog.get(p.kind);
      const ring = def.terminals.find((t) => t.hang === 'ring' && setup.links.some((l) => (l.from.part === id && l.from.terminal === t.name) || (l.to.part === id && l.to.terminal === t.name)));
      if (!ring) continue;
      const hook = terminalPositionM(catalog.get(hookPart.kind), hookRef.terminal, hookPart);
      const at = terminalPositionM(def, ring.name, p);
      shift(id, hook.xM - at.xM, hook.yM - at.yM);
    }
  }
  // 2. Resting: lowest first, so a stack settles from the bottom up.
  const resting = [...parts.values()].filter((p) => catalog.get(p.kind).rests && !hanging.has(p.id) && !heldIds.has(p.id));
  resting.sort((a, b) => footprint(b, catalog.get(b.kind)).bottom - footprint(a, catalog.get(a.kind)).bottom);
  for (const r of resting) {
    const p = parts.get(r.id)!;
    const box = footprint(p, catalog.get(p.kind));
    const mine = carried(p.id);
    let landY = floorYM;
    for (const q of parts.values()) {
      if (q.id === p.id || mine.has(q.id)) continue;
      for (const s of surfacesOf(q, catalog.get(q.kind))) {
        if (p.xM >= s.left && p.xM <= s.right && s.yM >= box.bottom - TOUCH_M && s.yM < landY) landY = s.yM;
      }
    }
    shift(p.id, 0, landY - box.bottom);
  }
  const next = setup.parts.map((p) => {
    const q = parts.get(p.id)!;
    const round = (v: number) => Math.round(v * 1e9) / 1e9;
    return q.xM === p.xM && q.yM === p.yM ? p : { ...p, xM: round(q.xM), yM: round(q.yM) };
  });
  return next.every((p, i) => p === setup.parts[i]) ? setup : { ...setup, parts: next };
}
