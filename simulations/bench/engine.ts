/**
 * What a bench's engine gives the generic bench model. Each bench (circuits, optics, mechanics, wet) has
 * one: it turns a setup into its own physics (a netlist, rays, bodies, solutions), steps it, and answers
 * questions about parts ("what does ammeter A1 read", "how bright is bulb L1"). Pure: no DOM.
 */
import type { SimEvent } from '../core/simulation';
import type { PartCatalog } from './part';
import type { Setup } from './setup';

/** A problem with the setup, in words a student understands (the UI translates `key`). */
export interface BenchDiagnostic {
  /** i18n key, e.g. `physics.circuits.diag.shortCircuit`. */
  key: string;
  vars?: Record<string, string | number>;
  /** The parts concerned (highlighted on the table). */
  parts: string[];
  severity: 'error' | 'warning' | 'info';
}

export interface BenchEngine {
  readonly catalog: PartCatalog;
  /**
   * Take a validated setup: build the physics from it. Called at reset and after every edit; keeps what
   * should survive an edit (a capacitor's charge, a blown fuse) for parts that are still there.
   * `seed` feeds any randomness (instrument noise).
   */
  configure(setup: Setup, seed: number): void;
  /** Start over: forget every state (charges, blown fuses) and configure afresh. */
  reset(setup: Setup, seed: number): void;
  step(dtS: number, timeS: number): SimEvent[];
  /** A live value of a part (`readingA`, `brightness`, `currentA`); NaN when the part has no such value now. */
  value(partId: string, name: string): number;
  diagnostics(): BenchDiagnostic[];
  /** JSON-safe state beyond the setup (charges, blown fuses, noise generator). */
  state(): unknown;
  restore(state: unknown): void;
  /**
   * Optional: a number that changes whenever anything the view shows of the engine may have changed (a step that
   * changed the state, an edit, a restore, a meter's tremble). While it stays the same the view skips redrawing
   * live values (a settled circuit costs no redraw per frame). Engines without it are redrawn every frame.
   */
  revision?(): number;
  /**
   * Optional: where parts are while a drag is in progress (null when it ends), for physics that acts while a
   * part moves (a conductor dragged through a magnet's gap). The setup itself changes only when the drag ends.
   */
  follow?(setup: Setup | null): void;
}
