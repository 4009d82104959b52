/**
 * A curriculum preset: a setup plus named parameters bound to part properties and named measurements
 * bound to part values. It becomes an experiment id in the registry, so `npm run sim -- <id> --set
 * resistanceOhm=10` works like any other experiment: the parameter specs are the bound properties' own
 * specs (unit, range, step), with the preset's value as default.
 */
import type { EventSpec, MeasurementSpec, SimulationMeta, Subject } from '../core/meta';
import type { ParamSpec } from '../core/params';
import type { PartCatalog } from './part';
import type { Setup } from './setup';

// Not setup.ts's findPart: the registry builds preset metas at start-up, and setup.ts brings the setup parser (setup-shape.ts) with it.
const findPart = (setup: Setup, partId: string) => setup.parts.find((p) => p.id === partId);

/**
 * A parameter bound to a part's property (`{ name, part, prop }`), a part's place (`distanceFrom`), or a
 * setting of the whole bench (`{ name, setting }`, e.g. the mechanics bench's g).
 */
export type PresetParam = PartParam | SettingParam;

export interface SettingParam {
  name: string;
  setting: string;
  labelKey?: string;
  min?: number;
  max?: number;
  part?: undefined;
  prop?: undefined;
  distanceFrom?: undefined;
}

interface PartParam {
  setting?: undefined;
  /** Parameter name (CLI `--set name=…`, lab-frame control). */
  name: string;
  part: string;
  /** The bound property; or `distanceFrom` instead. */
  prop?: string;
  /**
   * Instead of a property, the part's place: its distance (metres) from another part along that part's own
   * x axis, on the side `sign` (−1: before it). A candle's distance from the lens on an optical bench, a
   * weight's arm on a lever. Setting it moves the part there; moving the part on the table changes it.
   */
  distanceFrom?: { part: string; sign?: 1 | -1 };
  /** Label override; defaults to the property's own label (required for a distance). */
  labelKey?: string;
  /** Range override inside the property's own range (a preset may allow less); required for a distance. */
  min?: number;
  max?: number;
  /** Step of a distance (default 1 mm). */
  step?: number;
}

/** Where a part goes to stand at distance `d` from `ref` along ref's x axis (sign −1: before it): moved along that axis only, so its offset across it stays. */
export function placeAtDistance(ref: { xM: number; yM: number; rotDeg: number }, at: { xM: number; yM: number }, d: number, sign: 1 | -1 = 1): { xM: number; yM: number } {
  const a = (ref.rotDeg * Math.PI) / 180;
  const shift = sign * (d - distanceAlong(ref, at, sign));
  return { xM: at.xM + shift * Math.cos(a), yM: at.yM + shift * Math.sin(a) };
}

/** How far a part is from `ref` along its x axis (sign −1: measured backwards), rounded off below a nanometre. */
export function distanceAlong(ref: { xM: number; yM: number; rotDeg: number }, at: { xM: number; yM: number }, sign: 1 | -1 = 1): number {
  const a = (ref.rotDeg * Math.PI) / 180;
  return Math.round(sign * ((at.xM - ref.xM) * Math.cos(a) + (at.yM - ref.yM) * Math.sin(a)) * 1e9) / 1e9;
}

export interface PresetMeasurement extends MeasurementSpec {
  part: string;
  /** The engine's value name for that part (`readingA`, `voltageV`). */
  value: string;
}

export interface BenchPreset {
  id: string;
  version: string;
  subject: Subject;
  titleKey: string;
  descriptionKey: string;
  setup: Setup;
  params: PresetParam[];
  measurements: PresetMeasurement[];
  events?: EventSpec[];
  recordDefaults?: SimulationMeta['recordDefaults'];
  fixedDtS?: number;
}

/** The preset's SimulationMeta: parameters derived from the bound properties. Throws on a broken preset (a programming error, caught by tests). */
export function presetMeta(preset: BenchPreset, catalog: PartCatalog): SimulationMeta {
  const params: ParamSpec[] = preset.params.map((b) => {
    if (b.setting !== undefined) {
      const spec = catalog.settingSpec(b.setting);
      if (!spec) throw new Error(`preset ${preset.id}: parameter ${b.name} is bound to unknown setting ${b.setting}`);
      const current = preset.setup.settings?.[b.setting] ?? spec.default;
      // A setting's showIf (custom g shown only for 'custom') names another setting: kept when the preset binds it under that name.
      const showIf = spec.showIf && preset.params.some((o) => o.setting === spec.showIf!.param && o.name === spec.showIf!.param) ? spec.showIf : undefined;
      const base = { ...spec, name: b.name, labelKey: b.labelKey ?? spec.labelKey, showIf };
      if (spec.kind === 'number') return { ...base, kind: 'number', unit: spec.unit, step: spec.step, min: b.min ?? spec.min, max: b.max ?? spec.max, default: Number(current) } as ParamSpec;
      return { ...base, default: current } as ParamSpec;
    }
    const part = findPart(preset.setup, b.part);
    if (!part) throw new Error(`preset ${preset.id}: parameter ${b.name} is bound to missing part ${b.part}`);
    if (b.distanceFrom) {
      const ref = findPart(preset.setup, b.distanceFrom.part);
      if (!ref) throw new Error(`preset ${preset.id}: parameter ${b.name} measures from missing part ${b.distanceFrom.part}`);
      if (!b.labelKey || b.min === undefined || b.max === undefined) throw new Error(`preset ${preset.id}: distance ${b.name} needs labelKey, min and max`);
      const d = distanceAlong(ref, part, b.distanceFrom.sign);
      return { kind: 'number', name: b.name, labelKey: b.labelKey, unit: 'm', min: b.min, max: b.max, step: b.step ?? 0.001, default: d } satisfies ParamSpec;
    }
    if (!b.prop) throw new Error(`preset ${preset.id}: parameter ${b.name} needs a prop or distanceFrom`);
    const spec = catalog.propSpec(part.kind, b.prop);
    if (!spec) throw new Error(`preset ${preset.id}: ${part.kind} ${b.part} has no property ${b.prop}`);
    const current = part.props[b.prop] ?? spec.default;
    const base = { ...spec, name: b.name, labelKey: b.labelKey ?? spec.labelKey, showIf: undefined };
    if (spec.kind === 'number') {
      return { ...base, kind: 'number', unit: spec.unit, step: spec.step, min: b.min ?? spec.min, max: b.max ?? spec.max, default: Number(current) } as ParamSpec;
    }
    return { ...base, default: current as ParamSpec['default'] } as ParamSpec;
  });
  for (const m of preset.measurements) {
    if (!findPart(preset.setup, m.part)) throw new Error(`preset ${preset.id}: measurement ${m.name} reads missing part ${m.part}`);
  }
  return {
    id: preset.id,
    version: preset.version,
    subject: preset.subject,
    titleKey: preset.titleKey,
    descriptionKey: preset.descriptionKey,
    params,
    measurements: preset.measurements.map(({ name, unit, labelKey, digits, resolution }) => ({ name, unit, labelKey, digits, resolution })),
    events: preset.events ?? [],
    recordDefaults: preset.recordDefaults,
    fixedDtS: preset.fixedDtS ?? 0.01,
  };
}
