/**
 * The generic bench model: a `Simulation` over a setup and a bench engine, so the lab frame's tools,
 * recorder, notebook hand-off, Blockly lab blocks and `npm run sim` work for every bench unchanged.
 *
 * The setup is the model's state. `reset(params)` applies the preset's parameters to their bound part
 * properties in the setup as it is now (so a student's own wiring survives a reset) and restarts time;
 * `edit(setup)` takes a new setup from the editor. `state()` carries the setup, so "Send to notebook"
 * and reopening the experiment cell restore the built apparatus.
 *
 * Who is looking (`audience`): for a student, controls bound to mystery properties do not apply (their
 * values would show), and the preset's hidden tools and measurements are hidden (`hides`).
 */
import type { SimulationMeta } from '../core/meta';
import type { ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { secretParams, type Audience } from './audience';
import type { BenchDiagnostic, BenchEngine } from './engine';
export type { Audience } from './audience';
import { distanceAlong, placeAtDistance, presetMeta, type BenchPreset } from './preset';
import { findPart, parseSetup, type Setup } from './setup';


export interface BenchState {
  setup: Setup;
  timeS: number;
  seed: number;
  engine: unknown;
}

export class BenchModel implements Simulation<BenchState> {
  readonly meta: SimulationMeta;
  timeS = 0;
  audience: Audience = 'student';
  /** Bumped whenever the setup changes (edit, reset with new parameters, restore): views re-sync on it. */
  setupRevision = 0;
  private current: Setup;
  private seed = 1;

  constructor(
    readonly preset: BenchPreset,
    readonly engine: BenchEngine,
  ) {
    this.meta = presetMeta(preset, engine.catalog);
    this.current = preset.setup;
  }

  get setup(): Setup {
    return this.current;
  }

  get catalog() {
    return this.engine.catalog;
  }

  reset(params: ParamValues, seed = 1): void {
    this.seed = seed;
    this.current = this.withParams(this.current, params);
    this.setupRevision++;
    this.timeS = 0;
    this.engine.reset(this.current, seed);
  }

  /** A new setup from the editor (validated by construction there; checked again here). Time goes on. */
  edit(setup: Setup): void {
    const r = parseSetup(setup, this.catalog);
    if (!r.ok) throw new Error(`invalid setup: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    this.current = r.setup;
    this.setupRevision++;
    this.engine.configure(this.current, this.seed);
  }

  /** Parts where a drag in progress has them (null when it ends): engines whose physics acts while parts move follow it. */
  follow(setup: Setup | null): void {
    this.engine.follow?.(setup);
  }

  /** Back to the preset's own setup (the teacher's, with its locks), time restarting. */
  resetToPreset(): void {
    this.current = this.preset.setup;
    this.setupRevision++;
    this.timeS = 0;
    this.engine.reset(this.current, this.seed);
  }

  step(dtS: number): SimEvent[] {
    const events = this.engine.step(dtS, this.timeS);
    this.timeS += dtS;
    return events;
  }

  measure(): Measurements {
    const out: Measurements = {};
    for (const m of this.preset.measurements) out[m.name] = this.engine.value(m.part, m.value);
    return out;
  }

  diagnostics(): BenchDiagnostic[] {
    return this.engine.diagnostics();
  }

  state(): BenchState {
    return { setup: this.current, timeS: this.timeS, seed: this.seed, engine: this.engine.state() };
  }

  restore(saved: BenchState): void {
    if (typeof saved !== 'object' || saved === null) throw new Error('bench state: expected an object with a setup');
    // A plain copy: the state may arrive wrapped (a reactive proxy from the page, a Yjs map's value), and
    // engines keep parts of it (structuredClone refuses proxies). It is JSON by contract.
    const state = JSON.parse(JSON.stringify(saved)) as BenchState;
    const r = parseSetup(state.setup, this.catalog);
    if (!r.ok) throw new Error(`bench state: ${r.errors.map((e) => `setup.${e.field}: ${e.message}`).join('; ')}`);
    this.current = r.setup;
    this.setupRevision++;
    this.seed = Number.isInteger(state.seed) ? state.seed : 1;
    this.timeS = Number.isFinite(state.timeS) && state.timeS >= 0 ? state.timeS : 0;
    this.engine.reset(this.current, this.seed);
    if (state.engine !== undefined && state.engine !== null) this.engine.restore(state.engine);
  }

  /** A control applies while its part (and a distance's reference) is on the bench, and (for a student) its property is no mystery. */
  controlApplies(paramName: string): boolean {
    const b = this.preset.params.find((p) => p.name === paramName);
    if (!b || b.setting !== undefined) return true;
    const part = findPart(this.current, b.part);
    if (!part) return false;
    if (b.distanceFrom && !findPart(this.current, b.distanceFrom.part)) return false;
    return !this.secretParams().includes(paramName);
  }

  /** Parameters whose values this audience may not see as the setup is now (bound to a mystery property or a hidden part). */
  secretParams(): string[] {
    return secretParams(this.preset.params, this.current.parts, this.audience);
  }

  paramsNow(): ParamValues {
    const out: ParamValues = {};
    for (const b of this.preset.params) {
      if (b.setting !== undefined) {
        const v = this.current.settings?.[b.setting];
        if (v !== undefined) out[b.name] = v;
        continue;
      }
      const part = findPart(this.current, b.part);
      if (!part) continue;
      if (b.distanceFrom) {
        const ref = findPart(this.current, b.distanceFrom.part);
        if (ref) out[b.name] = distanceAlong(ref, part, b.distanceFrom.sign);
        continue;
      }
      const v = b.prop ? part.props[b.prop] : undefined;
      if (v !== undefined) out[b.name] = v;
    }
    return out;
  }

  hides(): { tools: string[]; measurements: string[] } {
    if (this.audience === 'teacher') return { tools: [], measurements: [] };
    const measurements = new Set(this.current.hiddenMeasurements ?? []);
    // A measurement that reads a mystery part's value directly would give the secret away.
    for (const m of this.preset.measurements) {
      const part = findPart(this.current, m.part);
      if (part?.mystery?.length && this.engine.catalog.propSpec(part.kind, m.value)) measurements.add(m.name);
    }
    return { tools: this.current.hiddenTools ?? [], measurements: [...measurements] };
  }

  private withParams(setup: Setup, params: ParamValues): Setup {
    let parts = setup.parts;
    let settings = setup.settings;
    for (const b of this.preset.params) if (b.name in params && b.setting !== undefined) settings = { ...settings, [b.setting]: params[b.name] };
    // Properties first, then places (a distance is measured from where its reference stands).
    for (const b of this.preset.params) {
      if (!(b.name in params) || b.setting !== undefined || b.distanceFrom || !b.prop) continue;
      const prop = b.prop;
      parts = parts.map((p) => (p.id === b.part ? { ...p, props: { ...p.props, [prop]: params[b.name] } } : p));
    }
    for (const b of this.preset.params) {
      if (!(b.name in params) || b.setting !== undefined || !b.distanceFrom) continue;
      const ref = parts.find((p) => p.id === b.distanceFrom!.part);
      const part = parts.find((p) => p.id === b.part);
      if (!ref || !part || distanceAlong(ref, part, b.distanceFrom.sign) === params[b.name]) continue;
      const to = placeAtDistance(ref, part, Number(params[b.name]), b.distanceFrom.sign);
      parts = parts.map((p) => (p.id === b.part ? { ...p, xM: Math.round(to.xM * 1e9) / 1e9, yM: Math.round(to.yM * 1e9) / 1e9 } : p));
    }
    return parts === setup.parts && settings === setup.settings ? setup : { ...setup, parts, settings };
  }
}
