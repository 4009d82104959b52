/**
 * Parameter schema and validation. One place decides whether a value is allowed, for the lab
 * frame's sliders, the headless CLI, Blockly's "set parameter" block and the notebook.
 */

import { wordList, type Translate } from './word-list';

export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

interface ParamBase {
  name: string;
  /** i18n key of the label. */
  labelKey: string;
  /** Show this control only while another parameter has one of these values (e.g. custom gravity). */
  showIf?: { param: string; equals: ParamValue[] };
}

export interface NumberParamSpec extends ParamBase {
  kind: 'number';
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

export interface ChoiceParamSpec extends ParamBase {
  kind: 'choice';
  options: { value: string; labelKey: string }[];
  default: string;
}

export interface BooleanParamSpec extends ParamBase {
  kind: 'boolean';
  default: boolean;
}

export type ParamSpec = NumberParamSpec | ChoiceParamSpec | BooleanParamSpec;

export interface ParamError {
  /** The parameter's name. */
  field: string;
  /** English message naming the field and the allowed values (the UI shows a translated one). */
  message: string;
  /** Human-readable allowed values, e.g. `0 … 90 deg` or `earth | moon | mars | custom`. */
  allowed: string;
}

export type ParamResult = { ok: true; values: ParamValues } | { ok: false; errors: ParamError[] };

export function allowedText(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${spec.min} … ${spec.max}${spec.unit ? ' ' + spec.unit : ''}`;
    case 'choice':
      return spec.options.map((o) => o.value).join(' | ');
    case 'boolean':
      return 'true | false';
  }
}

/**
 * The allowed values in the reader's language, for a form's message: a range with its unit, the choices by their
 * labels ("Earth, Moon or Mars" / "地球、月球或火星"), or the words for true/false. `allowedText` is the English
 * of the CLI and the logs.
 */
export function allowedWords(spec: ParamSpec, t: Translate): string {
  switch (spec.kind) {
    case 'number':
      return allowedText(spec);
    case 'choice':
      return wordList(spec.options.map((o) => t(o.labelKey)), t, 'or');
    case 'boolean':
      return t('app.list.boolean');
  }
}

/** Whether a parameter's control applies under the current values (see `showIf`). */
export function isParamVisible(spec: ParamSpec, values: ParamValues): boolean {
  return !spec.showIf || spec.showIf.equals.includes(values[spec.showIf.param]);
}

export function defaultParams(specs: readonly ParamSpec[]): ParamValues {
  const values: ParamValues = {};
  for (const s of specs) values[s.name] = s.default;
  return values;
}

/** Parse one raw value (from a CLI flag, a form field or JSON) against its spec. */
export function parseParam(spec: ParamSpec, raw: unknown): { ok: true; value: ParamValue } | { ok: false; error: ParamError } {
  const fail = (why: string) => ({
    ok: false as const,
    error: { field: spec.name, allowed: allowedText(spec), message: `${spec.name}: ${why}; allowed: ${allowedText(spec)}` },
  });
  switch (spec.kind) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n)) return fail(`${JSON.stringify(raw)} is not a number`);
      // A tiny tolerance so that 0.1 + 0.2 style slider values are not rejected at the edges.
      const eps = 1e-9 * Math.max(1, Math.abs(spec.max - spec.min));
      if (n < spec.min - eps || n > spec.max + eps) return fail(`${n} is out of range`);
      return { ok: true, value: Math.min(spec.max, Math.max(spec.min, n)) };
    }
    case 'choice': {
      if (typeof raw !== 'string' || !spec.options.some((o) => o.value === raw)) return fail(`${JSON.stringify(raw)} is not one of the choices`);
      return { ok: true, value: raw };
    }
    case 'boolean': {
      if (raw === true || raw === 'true' || raw === 1 || raw === '1') return { ok: true, value: true };
      if (raw === false || raw === 'false' || raw === 0 || raw === '0') return { ok: true, value: false };
      return fail(`${JSON.stringify(raw)} is not true or false`);
    }
  }
}

/**
 * Validate a partial set of raw values; missing ones take their defaults.
 * Unknown names are errors too (a typo must not silently do nothing).
 */
export function validateParams(specs: readonly ParamSpec[], raw: Record<string, unknown>): ParamResult {
  const values = defaultParams(specs);
  const errors: ParamError[] = [];
  for (const [name, value] of Object.entries(raw)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      const known = specs.map((s) => s.name).join(', ');
      errors.push({ field: name, allowed: known, message: `unknown parameter '${name}'; known parameters: ${known}` });
      continue;
    }
    const r = parseParam(spec, value);
    if (r.ok) values[name] = r.value;
    else errors.push(r.error);
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** Typed read of a number parameter inside a model (values are validated before reset). */
export function num(values: ParamValues, name: string): number {
  const v = values[name];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`parameter '${name}' must be a finite number`);
  return v;
}

export function str(values: ParamValues, name: string): string {
  const v = values[name];
  if (typeof v !== 'string') throw new Error(`parameter '${name}' must be a string`);
  return v;
}

export function bool(values: ParamValues, name: string): boolean {
  const v = values[name];
  if (typeof v !== 'boolean') throw new Error(`parameter '${name}' must be true or false`);
  return v;
}
