/**
 * The simulation contract (see ../../../shared/DESIGN.md, "A simulation").
 * A model is a plain TypeScript class you can step in Node: no DOM, no Svelte, no three.
 */
import type { SimulationMeta } from './meta';
import type { ParamValues } from './params';

/** Something notable the model detected during a step (e.g. `landed`, `equivalence`). */
export interface SimEvent {
  /** Event name as declared in `meta.events`. */
  name: string;
  /** Simulated time at which it happened, seconds (interpolated inside the step where it matters). */
  timeS: number;
}

/** Measurements are named numbers; units are declared once, in `meta.measurements`. */
export type Measurements = Record<string, number>;

export interface Simulation<State = unknown> {
  readonly meta: SimulationMeta;
  /** Simulated time since the last reset, seconds. */
  readonly timeS: number;
  /**
   * Start over with validated parameters (see `validateParams`). `seed` feeds the model's
   * seeded random generator; the same params and seed always give the same run.
   */
  reset(params: ParamValues, seed?: number): void;
  /** Advance by `dtS` seconds of simulated time; returns the events that happened in this step. */
  step(dtS: number): SimEvent[];
  /** Current values of every measurement declared in `meta.measurements`. */
  measure(): Measurements;
  /** Serializable snapshot of everything needed to continue the run exactly (JSON-safe). */
  state(): State;
  /** Continue from a snapshot made by `state()`. */
  restore(state: State): void;
  /**
   * Whether a parameter's control applies to the model as it is now configured, beyond the static
   * `showIf` (e.g. amount slots past the reactants of the current equation). Absent: every control
   * whose `showIf` holds applies.
   */
  controlApplies?(paramName: string): boolean;
  /**
   * The parameters as the model is configured now, when something other than the frame's controls can
   * change them (a bench whose bound part properties are edited on the table). The frame reads them when
   * the view says it reconfigured the model (`onConfigured`). Absent: the frame's values are the truth.
   */
  paramsNow?(): ParamValues;
  /**
   * What the user does not get as configured (a teacher's preset on a bench): lab-frame tools by name
   * (`stopwatch`, `ruler`, `probe`, `graph`) and measurements shown as numbers. Absent: nothing hidden.
   */
  hides?(): { tools: string[]; measurements: string[] };
  /**
   * Parameters whose values the user may not see as configured (a teacher's mystery value on a bench):
   * their controls do not apply, and their values stay out of recorded rows and of experiments sent to a
   * notebook. Absent: none.
   */
  secretParams?(): string[];
}

/** A factory so that registries, the CLI, tests and Blockly programs all build models the same way. */
export type SimulationFactory = () => Simulation;
