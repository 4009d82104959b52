/**
 * The magnetic side of the circuits bench, stepped with the circuit: the field of the solenoids (with the
 * current the circuit gives them) and magnets on the table; compass needles that swing to it; conductor rods
 * whose motion through it (or a magnet's past them) makes an EMF, from the flux they sweep (swept-flux.ts);
 * galvanometer pointers that follow their coil's current with inertia (galvanometer-pointer.ts).
 *
 * Positions come from the setup, or while a part is being dragged from where the drag has it (`follow`), so a
 * rod dragged through a gap moves the galvanometer during the drag. Rod and magnet positions are remembered at
 * each step: the EMF of a step is the flux swept since the last one.
 */
import { coilFluxLinkage, compassAngleRad, stepCompassNeedle, type NeedleState, type Vec3 } from '../engine';
import { COIL_LENGTH_M, COIL_RADIUS_M } from '../parts/coil';
import type { Setup, SetupPart } from '../../bench/setup';
import { ROD_LEVEL_M } from '../parts/conductor-rod';
import { GALVANOMETER } from '../parts/galvanometer';
import { bearingDeg, tablePoint, toPartFrame, toWorld, vectorToPartFrame, vectorToWorld, type Pose } from './frame';
import { stepPointer, type PointerState } from './galvanometer-pointer';
import { fieldOfGroups, sourceGroups, type SourceGroup } from './sources';
import { sweptFluxWb, type RodEnds } from './swept-flux';

export const MAGNETIC_KINDS = new Set(['solenoid', 'compass', 'iron-filings', 'u-magnet', 'bar-magnet', 'conductor-rod', 'coil', 'galvanometer']);
/** Quadrature of a coil's linkage: slices along it, points round each turn (within 0.5 % of a fine rule, magnetism-bench.test.ts). */
export const COIL_SLICES = 4;
export const COIL_POINTS = 24;
/** Parts whose field moves with them. */
const SOURCE_KINDS = new Set(['solenoid', 'u-magnet', 'bar-magnet']);
/** The rod's length between the points where its leads are clamped, m. */
export const ROD_LENGTH_M = 0.1;

/** What swings (needles, pointers); positions are the setup's. */
export interface MagnetismState {
  needles: Record<string, NeedleState>;
  pointers: Record<string, PointerState>;
}

const poseOf = (p: SetupPart): Pose => ({ xM: p.xM, yM: p.yM, rotDeg: p.rotDeg });

/** A rod's ends in the world frame (a to b), at the height its level puts it. */
export function rodEnds(p: SetupPart): RodEnds {
  const z = ROD_LEVEL_M[String(p.props.level)] ?? 0;
  const pose = poseOf(p);
  return { a: toWorld(pose, { x: -ROD_LENGTH_M / 2, y: 0, z }), b: toWorld(pose, { x: ROD_LENGTH_M / 2, y: 0, z }) };
}

const sameEnds = (p: RodEnds, q: RodEnds) => p.a.x === q.a.x && p.a.y === q.a.y && p.a.z === q.a.z && p.b.x === q.b.x && p.b.y === q.b.y && p.b.z === q.b.z;
const samePose = (p: Pose, q: Pose) => p.xM === q.xM && p.yM === q.yM && p.rotDeg === q.rotDeg;

export class BenchMagnetism {
  private setup: Setup | null = null;
  /** Where parts are while a drag is in progress (same parts as `setup`, other places). */
  private posed: Setup | null = null;
  private groups: SourceGroup[] = [];
  private needles = new Map<string, NeedleState>();
  private pointers = new Map<string, PointerState>();
  private rodsBefore = new Map<string, RodEnds>();
  private posesBefore = new Map<string, Pose>();
  private emfs = new Map<string, number>();
  /** Each coil's flux linkage at the last step (Wb-turns) and what it was computed from. */
  private linkages = new Map<string, { wb: number; key: string }>();
  private currentOf: (partId: string) => number = () => 0;
  /** Anything magnetic on the table. */
  active = false;
  /** Bumped whenever the field may have changed (for views that draw it: iron filings). */
  fieldRevision = 0;

  /** Forget every swing and position: the next configure starts the needles and pointers at rest. */
  reset(): void {
    this.needles.clear();
    this.pointers.clear();
    this.rodsBefore.clear();
    this.posesBefore.clear();
    this.emfs.clear();
    this.linkages.clear();
  }

  /** A new setup (an edit, a reset): parts that are gone are forgotten, new ones start at rest. */
  configure(setup: Setup, currentOf: (partId: string) => number): void {
    this.setup = setup;
    this.posed = null;
    this.active = setup.parts.some((p) => MAGNETIC_KINDS.has(p.kind));
    if (!this.active) return;
    this.currentOf = currentOf;
    this.rebuild();
    const ids = new Set(setup.parts.map((p) => p.id));
    for (const m of [this.needles, this.pointers, this.rodsBefore, this.posesBefore, this.emfs, this.linkages]) for (const id of m.keys()) if (!ids.has(id)) m.delete(id);
    for (const p of setup.parts) {
      if (p.kind === 'compass' && !this.needles.has(p.id)) this.needles.set(p.id, { angleRad: compassAngleRad(this.fieldAtPart(p)), rateRadPerS: 0 });
      if (p.kind === 'galvanometer' && !this.pointers.has(p.id)) this.pointers.set(p.id, { positionA: currentOf(p.id), rateAps: 0 });
      if (p.kind === 'conductor-rod' && !this.rodsBefore.has(p.id)) this.rodsBefore.set(p.id, rodEnds(p));
      if (p.kind === 'coil' && !this.linkages.has(p.id)) this.linkages.set(p.id, this.linkage(p));
      if (p.kind === 'coil' && !this.posesBefore.has(p.id)) this.posesBefore.set(p.id, poseOf(p));
      if (SOURCE_KINDS.has(p.kind) && !this.posesBefore.has(p.id)) this.posesBefore.set(p.id, poseOf(p));
    }
  }

  /** Parts where a drag in progress has them (or null when it ends). */
  follow(setup: Setup | null): void {
    this.posed = setup;
    this.fieldRevision++;
  }

  /** The circuit's currents changed (a new solution): the solenoids' fields follow. */
  currentsChanged(currentOf: (partId: string) => number): void {
    this.currentOf = currentOf;
    if (this.active) this.rebuild();
  }

  private rebuild() {
    const s = this.posed ?? this.setup;
    if (s) this.groups = sourceGroups(s, this.currentOf);
    this.fieldRevision++;
  }

  /** Whether a rod or a magnet moved since the last step (a step must then be taken). */
  moved(): boolean {
    const s = this.posed ?? this.setup;
    if (!s || !this.active) return false;
    for (const p of s.parts) {
      if (p.kind === 'conductor-rod') {
        const before = this.rodsBefore.get(p.id);
        if (before && !sameEnds(before, rodEnds(p))) return true;
      } else if (SOURCE_KINDS.has(p.kind) || p.kind === 'coil') {
        const before = this.posesBefore.get(p.id);
        if (before && !samePose(before, poseOf(p))) return true;
      }
    }
    return false;
  }

  /**
   * The EMF (V, driving current from a to b inside it) of each rod and coil over a step of dt. A rod: the flux
   * it swept through every source's field since the last step, in that source's frame, over dt. A coil: minus
   * the change of its flux linkage over dt (Faraday). Remembers where things are now.
   */
  drives(dtS: number): Map<string, number> {
    this.emfs.clear();
    const s = this.posed ?? this.setup;
    if (!s || !this.active) return this.emfs;
    if (this.posed) this.rebuild();
    for (const p of s.parts) {
      if (p.kind !== 'conductor-rod') continue;
      const now = rodEnds(p);
      const before = this.rodsBefore.get(p.id) ?? now;
      let flux = 0;
      for (const g of this.groups) {
        const poseBefore = this.posesBefore.get(g.partId) ?? g.pose;
        const from = { a: toPartFrame(poseBefore, before.a), b: toPartFrame(poseBefore, before.b) };
        const to = { a: toPartFrame(g.pose, now.a), b: toPartFrame(g.pose, now.b) };
        if (sameEnds(from, to)) continue;
        flux += sweptFluxWb(g.local, from, to);
      }
      this.emfs.set(p.id, flux / dtS);
      this.rodsBefore.set(p.id, now);
    }
    for (const p of s.parts) {
      if (p.kind !== 'coil') continue;
      const now = this.linkage(p);
      const before = this.linkages.get(p.id) ?? now;
      // Faraday: ε = −dΛ/dt, Λ counted along the direction a current from a to b makes its own field point.
      this.emfs.set(p.id, now.key === before.key ? 0 : -(now.wb - before.wb) / dtS);
      this.linkages.set(p.id, now);
      this.posesBefore.set(p.id, poseOf(p));
    }
    for (const g of this.groups) this.posesBefore.set(g.partId, g.pose);
    return this.emfs;
  }

  /**
   * A coil's flux linkage from every source, each in its own frame (Wb-turns), with a key of what it depends
   * on (where the coil and the sources are, their currents) so an unchanged one is not computed again.
   */
  private linkage(p: SetupPart): { wb: number; key: string } {
    const pose = poseOf(p);
    const sense = p.props.winding === 'left' ? -1 : 1;
    const centre = toWorld(pose, { x: 0, y: 0, z: 0 });
    const axis = vectorToWorld(pose, { x: sense, y: 0, z: 0 });
    const key = JSON.stringify([pose, p.props.turns, sense, this.groups.map((g) => [g.pose, g.local])]);
    const before = this.linkages.get(p.id);
    if (before && before.key === key) return before;
    let wb = 0;
    for (const g of this.groups) {
      const coil = { center: toPartFrame(g.pose, centre), axis: vectorToPartFrame(g.pose, axis), turns: Number(p.props.turns), radiusM: COIL_RADIUS_M, lengthM: COIL_LENGTH_M };
      wb += coilFluxLinkage(g.local, coil, COIL_SLICES, COIL_POINTS);
    }
    return { wb, key };
  }

  /** Needles and pointers over a step, with the currents the circuit now has. */
  step(dtS: number): void {
    const s = this.posed ?? this.setup;
    if (!s || !this.active) return;
    for (const p of s.parts) {
      if (p.kind === 'compass') {
        const now = this.needles.get(p.id);
        if (now) this.needles.set(p.id, stepCompassNeedle(now, this.fieldAtPart(p), dtS));
      } else if (p.kind === 'galvanometer') {
        const now = this.pointers.get(p.id);
        if (now) this.pointers.set(p.id, stepPointer(now, this.currentOf(p.id), dtS, GALVANOMETER));
      }
    }
  }

  /** Whether anything still swings or moves (false: further steps change nothing until an edit). */
  restless(): boolean {
    if (!this.active) return false;
    for (const e of this.emfs.values()) if (e !== 0) return true;
    const s = this.posed ?? this.setup;
    for (const p of s?.parts ?? []) {
      const n = this.needles.get(p.id);
      if (n) {
        const off = Math.atan2(Math.sin(n.angleRad - compassAngleRad(this.fieldAtPart(p))), Math.cos(n.angleRad - compassAngleRad(this.fieldAtPart(p))));
        if (Math.abs(off) > 1e-5 || Math.abs(n.rateRadPerS) > 1e-5) return true;
      }
      const g = this.pointers.get(p.id);
      if (g && (Math.abs(g.positionA - this.currentOf(p.id)) > 1e-12 || Math.abs(g.rateAps) > 1e-11)) return true;
    }
    return false;
  }

  /** The field at a table point (metres, y down the page) at height z, world frame, T. */
  fieldAt(xM: number, yM: number, zM = 0): Vec3 {
    return fieldOfGroups(this.groups, tablePoint(xM, yM, zM));
  }

  private fieldAtPart(p: SetupPart): Vec3 {
    const at = this.posed?.parts.find((q) => q.id === p.id) ?? p;
    return this.fieldAt(at.xM, at.yM);
  }

  /** A magnetic part's live value, or undefined when the name is not one of its own. */
  value(p: SetupPart, name: string): number | undefined {
    if (p.kind === 'compass') {
      const n = this.needles.get(p.id);
      if (name === 'bearingDeg') return n ? bearingDeg({ x: Math.cos(n.angleRad), y: Math.sin(n.angleRad), z: 0 }) : NaN;
      if (name === 'fieldT') {
        const b = this.fieldAtPart(p);
        return Math.hypot(b.x, b.y);
      }
    }
    if (p.kind === 'galvanometer' && (name === 'readingUA' || name === 'readingA')) {
      const g = this.pointers.get(p.id);
      if (!g) return NaN;
      return name === 'readingUA' ? g.positionA * 1e6 : g.positionA;
    }
    if ((p.kind === 'conductor-rod' || p.kind === 'coil') && name === 'emfV') return this.emfs.get(p.id) ?? 0;
    if (p.kind === 'coil' && name === 'linkageWb') return this.linkages.get(p.id)?.wb ?? NaN;
    return undefined;
  }

  state(): MagnetismState {
    return { needles: Object.fromEntries(this.needles), pointers: Object.fromEntries(this.pointers) };
  }

  restore(s: Partial<MagnetismState> | undefined): void {
    if (!s) return;
    const finite = (...xs: unknown[]) => xs.every((x) => typeof x === 'number' && Number.isFinite(x));
    for (const [id, n] of Object.entries(s.needles ?? {})) if (this.needles.has(id) && finite(n?.angleRad, n?.rateRadPerS)) this.needles.set(id, { angleRad: n.angleRad, rateRadPerS: n.rateRadPerS });
    for (const [id, g] of Object.entries(s.pointers ?? {})) if (this.pointers.has(id) && finite(g?.positionA, g?.rateAps)) this.pointers.set(id, { positionA: g.positionA, rateAps: g.rateAps });
  }
}
