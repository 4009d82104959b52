/**
 * Molecules in 3D: the model builds the chosen molecule's geometry with VSEPR (geometry.ts, pure, no
 * three.js) and measures it. The only thing that changes in time is the optional auto-rotation angle.
 */
import type { SimulationMeta } from '../core/meta';
import { bool, str, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { findElement } from '../stoichiometry/periodic-table';
import { angleDeg, bondAnglesAt, buildMolecule, distanceA, type BuiltMolecule } from './geometry';
import { findMolecule } from './library';
import { moleculesMeta } from './meta';

export interface MoleculesState {
  params: ParamValues;
  timeS: number;
  rotationDeg: number;
}

/** Auto-rotation speed, degrees per second. */
export const SPIN_DEG_PER_S = 30;

export class MoleculesModel implements Simulation<MoleculesState> {
  readonly meta: SimulationMeta = moleculesMeta;
  timeS = 0;
  private params: ParamValues = {};
  private built!: BuiltMolecule;
  private rotation = 0;

  constructor(params?: ParamValues) {
    if (params) this.reset(params);
  }

  reset(params: ParamValues): void {
    const spec = findMolecule(str(params, 'molecule'));
    this.params = { ...params };
    this.built = buildMolecule(spec);
    this.timeS = 0;
    this.rotation = 0;
  }

  get molecule(): BuiltMolecule {
    return this.built;
  }

  get style(): 'ball-and-stick' | 'space-filling' {
    return str(this.params, 'style') === 'space-filling' ? 'space-filling' : 'ball-and-stick';
  }

  get showLonePairs(): boolean {
    return bool(this.params, 'showLonePairs');
  }

  get rotationDeg(): number {
    return this.rotation;
  }

  /** Distance between atoms i and j, pm. */
  distancePm(i: number, j: number): number {
    this.checkAtoms(i, j);
    return distanceA(this.built.positions[i], this.built.positions[j]) * 100;
  }

  /** Angle i–j–k at atom j, degrees. */
  angleDeg(i: number, j: number, k: number): number {
    this.checkAtoms(i, j, k);
    return angleDeg(this.built.positions[i], this.built.positions[j], this.built.positions[k]);
  }

  private checkAtoms(...idx: number[]): void {
    const n = this.built.positions.length;
    for (const i of idx) if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error(`atom index must be 0 … ${n - 1}, got ${i}`);
  }

  step(dtS: number): SimEvent[] {
    if (!(dtS >= 0) || !Number.isFinite(dtS)) throw new Error(`dtS must be a finite number ≥ 0, got ${dtS}`);
    this.timeS += dtS;
    if (bool(this.params, 'autoRotate')) this.rotation = (this.rotation + SPIN_DEG_PER_S * dtS) % 360;
    return [];
  }

  measure(): Measurements {
    const m = this.built;
    const angles = bondAnglesAt(m, 0);
    const centralBonds = m.bonds.filter((b) => b.a === 0 || b.b === 0);
    const meanLen = centralBonds.reduce((s, b) => s + distanceA(m.positions[b.a], m.positions[b.b]), 0) / centralBonds.length;
    const molar = m.elements.reduce((s, el) => s + findElement(el)!.atomicWeight, 0);
    return {
      atomCount: m.elements.length,
      bondCount: m.bonds.length,
      centralBondedAtoms: m.central.bonded,
      centralLonePairs: m.central.lonePairs,
      // 0 when there is no angle (a diatomic molecule): measurements are always numbers.
      idealBondAngleDeg: m.central.idealAnglesDeg[0] ?? 0,
      bondAngleDeg: angles[0] ?? 0,
      largestBondAngleDeg: angles[angles.length - 1] ?? 0,
      centralBondLengthPm: meanLen * 100,
      molarMassGMol: molar,
      rotationDeg: this.rotation,
    };
  }

  state(): MoleculesState {
    return { params: { ...this.params }, timeS: this.timeS, rotationDeg: this.rotation };
  }

  restore(state: MoleculesState): void {
    this.reset(state.params);
    this.timeS = state.timeS;
    this.rotation = state.rotationDeg;
  }
}
