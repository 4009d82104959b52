/**
 * What weighs on what, on the mechanics bench drawn from the side: each part's own mass (a vessel with its
 * liquid), the liquid levels of vessels with what is immersed in them, the buoyancy on what is immersed
 * (Archimedes: F = ρ_liquid g V_immersed) and the mass each support carries: a balance pan, a block on a board,
 * a gauge's or a lever hole's hook. Positions come from placement (bench/placement.ts: resting, stacking,
 * hanging); this module adds the masses. Pure.
 */
import type { PartCatalog } from '../bench/part';
import { footprint, hangingFrom, supports, type Support } from '../bench/placement';
import type { Setup, SetupPart, TerminalRef } from '../bench/setup';
import { CYLINDERS, levelM } from '../bench/instruments/measuring-cylinder';
import { liquidOf, solidDensityKgM3, type Liquid } from './materials';
import { BEAKER_BOTTOM_Y_M, BEAKER_GLASS_G, BEAKER_INNER_RADIUS_M } from './parts/beaker';
import { CYLINDER_BOTTOM_Y_M, CYLINDER_GLASS_G } from './parts/measuring-cylinder';
import { TANK_BOTTOM_Y_M, TANK_INNER_HALF_WIDTH_M } from './parts/tank';
import { BUCKET_MASS_G, CAN_BOTTOM_Y_M, CAN_CAPACITY_ML, CAN_GLASS_G, CAN_INNER_RADIUS_M } from './parts/overflow-can';
import { overflowMl, type Spills } from './overflow-can';

/** Brass of the weights and hooked weights (8.4 ×10³ kg/m³, OIML R 111 reference density 8 000; school brass ~8.4). */
const BRASS_KG_M3 = 8.4e3;

export interface VesselState {
  id: string;
  liquid: Liquid;
  liquidMl: number;
  /** Liquid plus what is immersed, mL (before any spill). */
  volumeMl: number;
  /** Inside bottom and liquid surface on the table, metres (y down). */
  bottomYM: number;
  surfaceYM: number;
  /** Inside, metres either side of the vessel's centre. */
  halfWidthM: number;
  /** What runs over an overflow can's spout now, mL (0 for other vessels; overflow-can.ts keeps what ran out). */
  overflowMl: number;
}

export interface Loads {
  supports: Map<string, Support>;
  hanging: Map<string, TerminalRef>;
  vessels: Map<string, VesselState>;
  /** Immersed volume of each part, m³, and the vessel it is in. */
  immersed: Map<string, { vessel: string; volumeM3: number }>;
  /** The part's own mass, kg (a vessel's with its liquid). */
  ownKg(id: string): number;
  /** The part with everything resting on it or hanging from it, less the buoyancy on what is immersed, kg. */
  carriedKg(id: string): number;
  /** Parts hung into a vessel that stand on its bottom (their thread slack), and the vessel. */
  grounded: Map<string, string>;
  /** What hangs from one hook (its chain), less buoyancy, kg. */
  onHookKg(ref: TerminalRef): number;
}

/** The volume of a part that can be immersed, m³ (samples and weights; the rest are treated as not going in). */
export function solidVolumeM3(p: SetupPart): number {
  if (p.kind === 'sample') return Number(p.props.volumeCm3) * 1e-6;
  if (p.kind === 'weight' || p.kind === 'hooked-weight') return (Number(p.props.massG) / 1000) / BRASS_KG_M3;
  return 0;
}

export function ownMassKg(p: SetupPart): number {
  switch (p.kind) {
    case 'sample':
      return solidDensityKgM3(p.props.material) * Number(p.props.volumeCm3) * 1e-6;
    case 'weight':
    case 'hooked-weight':
    case 'wooden-block':
      return Number(p.props.massG) / 1000;
    case 'measuring-cylinder':
      return (CYLINDER_GLASS_G[String(p.props.capacityMl)] + liquidOf(p.props.liquid).densityKgM3 * heldMl(p) * 1e-3) / 1000;
    case 'beaker':
      return (BEAKER_GLASS_G + liquidOf(p.props.liquid).densityKgM3 * Number(p.props.liquidMl) * 1e-3) / 1000;
    case 'overflow-can':
      return (CAN_GLASS_G + liquidOf(p.props.liquid).densityKgM3 * Number(p.props.liquidMl) * 1e-3) / 1000;
    case 'bucket':
      return BUCKET_MASS_G / 1000;
    case 'force-gauge':
      return 0.06;
    default:
      return 0;
  }
}

/** The tank's liquid, mL: its inside is 17 cm wide and 10 cm from front to back. */
function tankMl(p: SetupPart): number {
  return 2 * TANK_INNER_HALF_WIDTH_M * 0.1 * Number(p.props.liquidDepthM) * 1e6;
}

/** The liquid a cylinder holds after any spill (liquid alone), mL. */
function heldMl(p: SetupPart): number {
  const spec = CYLINDERS[String(p.props.capacityMl)];
  return Math.min(Number(p.props.liquidMl), spec.capacityMl + spec.spareMl);
}

function vesselGeometry(p: SetupPart): { bottomYM: number; halfWidthM: number; heightOf: (ml: number) => number } | null {
  if (p.kind === 'measuring-cylinder') {
    const spec = CYLINDERS[String(p.props.capacityMl)];
    return { bottomYM: p.yM + CYLINDER_BOTTOM_Y_M, halfWidthM: spec.innerRadiusM, heightOf: (ml) => levelM(ml, spec) };
  }
  if (p.kind === 'beaker') return { bottomYM: p.yM + BEAKER_BOTTOM_Y_M, halfWidthM: BEAKER_INNER_RADIUS_M, heightOf: (ml) => (ml * 1e-6) / (Math.PI * BEAKER_INNER_RADIUS_M ** 2) };
  if (p.kind === 'overflow-can') {
    // The liquid stands no higher than the spout: the rest runs out.
    return { bottomYM: p.yM + CAN_BOTTOM_Y_M, halfWidthM: CAN_INNER_RADIUS_M, heightOf: (ml) => (Math.min(ml, CAN_CAPACITY_ML) * 1e-6) / (Math.PI * CAN_INNER_RADIUS_M ** 2) };
  }
  if (p.kind === 'tank') {
    const depth = Number(p.props.liquidDepthM);
    // The tank's depth is set directly: its level does not move for a probe or a sample.
    return { bottomYM: p.yM + TANK_BOTTOM_Y_M, halfWidthM: TANK_INNER_HALF_WIDTH_M, heightOf: () => depth };
  }
  return null;
}

/** Part of a box below a surface, as a fraction of its height (the box is upright: a sample, a weight). */
function fractionBelow(top: number, bottom: number, surfaceYM: number): number {
  if (bottom <= top) return 0;
  return Math.min(1, Math.max(0, (bottom - surfaceYM) / (bottom - top)));
}

/** `spills`: what each overflow can has lost over its spout and each bucket caught (overflow-can.ts). */
export function loadsOf(setup: Setup, catalog: PartCatalog, floorYM: number, spills: Spills = new Map()): Loads {
  const byId = new Map(setup.parts.map((p) => [p.id, p]));
  const sup = supports(setup, catalog, floorYM);
  const hanging = hangingFrom(setup, catalog);
  const vessels = new Map<string, VesselState>();
  const immersed = new Map<string, { vessel: string; volumeM3: number }>();

  const geometry = new Map<string, NonNullable<ReturnType<typeof vesselGeometry>>>();
  for (const p of setup.parts) {
    const g = vesselGeometry(p);
    if (g) geometry.set(p.id, g);
  }
  // Which vessel each solid is in: its centre inside the vessel's walls, its bottom above the inside bottom.
  const candidates: { part: SetupPart; vessel: string; top: number; bottom: number }[] = [];
  for (const p of setup.parts) {
    if (!solidVolumeM3(p)) continue;
    const box = footprint(p, catalog.get(p.kind));
    for (const [vid, g] of geometry) {
      const v = byId.get(vid)!;
      // Inside the walls, above the bottom (a hung part let down too far stands on the bottom: see `grounded`).
      if (Math.abs(p.xM - v.xM) < g.halfWidthM && box.top < g.bottomYM && box.bottom > g.bottomYM - 0.3) {
        candidates.push({ part: p, vessel: vid, top: box.top, bottom: box.bottom });
        break;
      }
    }
  }
  // Level and immersion depend on each other: a few fixed-point passes settle it (the immersed volume changes
  // the level by V/A, which changes the immersed volume by at most that fraction again).
  const immersedM3 = new Map<string, number>();
  for (let pass = 0; pass < 100; pass++) {
    let changed = 0;
    for (const [vid, g] of geometry) {
      const v = byId.get(vid)!;
      const liquid = liquidOf(v.props.liquid);
      const liquidMl = v.kind === 'measuring-cylinder' ? heldMl(v) : v.kind === 'tank' ? tankMl(v) : Math.max(0, Number(v.props.liquidMl) + (spills.get(vid)?.ml ?? 0));
      let inMl = 0;
      for (const c of candidates) if (c.vessel === vid) inMl += (immersedM3.get(c.part.id) ?? 0) * 1e6;
      const volumeMl = liquidMl + inMl;
      const surfaceYM = liquidMl > 0 ? g.bottomYM - g.heightOf(volumeMl) : g.bottomYM;
      vessels.set(vid, { id: vid, liquid, liquidMl, volumeMl, bottomYM: g.bottomYM, surfaceYM, halfWidthM: g.halfWidthM, overflowMl: v.kind === 'overflow-can' ? overflowMl(liquidMl, inMl) : 0 });
      for (const c of candidates) {
        if (c.vessel !== vid) continue;
        const full = solidVolumeM3(c.part);
        let vol = liquidMl > 0 ? full * fractionBelow(c.top, c.bottom, surfaceYM) : 0;
        // Resting and lighter than the liquid: it floats, displacing its own weight of liquid.
        if (!hanging.has(c.part.id)) vol = Math.min(vol, ownMassKg(c.part) / liquid.densityKgM3);
        changed = Math.max(changed, Math.abs(vol - (immersedM3.get(c.part.id) ?? 0)));
        immersedM3.set(c.part.id, vol);
      }
    }
    if (changed < 1e-15) break;
  }
  for (const c of candidates) if ((immersedM3.get(c.part.id) ?? 0) > 0) immersed.set(c.part.id, { vessel: c.vessel, volumeM3: immersedM3.get(c.part.id)! });
  // A part hung into a vessel and let down onto its bottom stands on it: the thread goes slack, the gauge
  // no longer carries it (the textbook's warning: 物体不要碰到容器底), the vessel does.
  const grounded = new Map<string, string>();
  for (const c of candidates) if (hanging.has(c.part.id) && c.bottom >= geometry.get(c.vessel)!.bottomYM - 1e-4) grounded.set(c.part.id, c.vessel);

  const buoyancyKg = (id: string) => {
    const im = immersed.get(id);
    return im ? vessels.get(im.vessel)!.liquid.densityKgM3 * im.volumeM3 : 0;
  };
  // What rests on or hangs from each part.
  const above = new Map<string, string[]>();
  const add = (under: string, id: string) => above.set(under, [...(above.get(under) ?? []), id]);
  for (const [id, s] of sup) if (s && typeof s === 'object') add(s.part, id);
  for (const [id, hook] of hanging) add(grounded.get(id) ?? hook.part, id);

  const memo = new Map<string, number>();
  const carriedKg = (id: string, seen: Set<string> = new Set()): number => {
    if (memo.has(id)) return memo.get(id)!;
    if (seen.has(id)) return 0;
    seen.add(id);
    const p = byId.get(id);
    if (!p) return 0;
    // What ran over a can's spout left it, and is in the bucket that caught it.
    let m = ownMassKg(p) + (spills.get(id)?.kg ?? 0) - buoyancyKg(id);
    for (const q of above.get(id) ?? []) m += carriedKg(q, seen);
    // The liquid pushes up on what is immersed in it and down, as hard, on its vessel: a sample resting on the
    // bottom weighs on the vessel in full, one hung into it from outside by its buoyancy.
    for (const [pid, im] of immersed) if (im.vessel === id) m += buoyancyKg(pid);
    memo.set(id, m);
    return m;
  };
  const onHookKg = (ref: TerminalRef) => {
    let m = 0;
    for (const [id, hook] of hanging) if (hook.part === ref.part && hook.terminal === ref.terminal && !grounded.has(id)) m += carriedKg(id);
    return m;
  };
  return { supports: sup, hanging, vessels, immersed, grounded, ownKg: (id) => (byId.has(id) ? ownMassKg(byId.get(id)!) + (spills.get(id)?.kg ?? 0) : NaN), carriedKg: (id) => carriedKg(id), onHookKg };
}
