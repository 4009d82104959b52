/** What a simulation declares about itself: parameters, measurements and events, with units and i18n keys. */
import type { ParamSpec } from './params';
import type { ReadoutFormat } from './readout';

export type Subject = 'physics' | 'chemistry';

/** How a readout shows the measurement: `resolution` (the finest step, in `unit`) and/or `digits`. */
export interface MeasurementSpec extends ReadoutFormat {
  name: string;
  /** SI (or customary lab) unit symbol, e.g. `m`, `m/s`, `s`, `J`, `mL`, `mol/L`; `''` for dimensionless. */
  unit: string;
  /** i18n key of the label shown to students. */
  labelKey: string;
}

export interface EventSpec {
  name: string;
  labelKey: string;
}

export interface SimulationMeta {
  /** Stable id used in URLs, notebooks, Blockly programs and the CLI (`projectile`, `titration`). */
  id: string;
  /** Bumped when the model's results change; stored with recorded data as provenance. */
  version: string;
  subject: Subject;
  titleKey: string;
  descriptionKey: string;
  params: ParamSpec[];
  measurements: MeasurementSpec[];
  events: EventSpec[];
  /**
   * Columns the recorder starts with (the student can change them): the independent variables and
   * the results. Defaults to every number parameter and every measurement.
   */
  recordDefaults?: { params: string[]; measurements: string[] };
  /**
   * Simulated seconds per real second at 1× speed (default 1). Molecular motion runs at picoseconds:
   * the gas uses about 1e-10 so that particles cross the box in a few seconds on screen.
   */
  timeScale?: number;
  /** Suggested fixed physics step, seconds. */
  fixedDtS: number;
  /**
   * A lighter setting to offer when this computer cannot keep real time (a heavy lab on an old PC): the
   * number parameter `param` set to `value` (gas: 300 particles instead of 1 000). Offered only while the
   * parameter is above `value`.
   */
  lighter?: { param: string; value: number };
}

export function findMeasurement(meta: SimulationMeta, name: string): MeasurementSpec | undefined {
  return meta.measurements.find((m) => m.name === name);
}
