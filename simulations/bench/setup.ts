/**
 * A setup: what is on a bench (parts with positions, rotation and typed properties), how they are wired,
 * and what a teacher locked, hid or made a mystery. Versioned JSON, its shape checked in setup-shape.ts; older versions are
 * migrated on the way in, so notebooks, files, links and QR codes from before keep opening.
 *
 *   version 1: the first shape; `mystery` was a boolean on a part (every property hidden).
 *   version 2: `mystery` lists the properties that are hidden (a cell can hide its internal resistance and
 *              show its EMF); links can be locked; `hiddenMeasurements`.
 *
 * `parseSetup(json, catalog)` checks the structure and then the meaning (known kinds, valid properties,
 * existing terminals, unique ids); every error names the field path, e.g. `parts[2].props.resistanceOhm`.
 */
import type { PartCatalog } from './part';
import { fieldPath, ruledProblem, setupShapeErrors, setupV1ShapeErrors, typeWord, type ShapeError } from './setup-shape';
import { MAX_LINKS, MAX_PARTS, SETUP_VERSION } from './setup-limits';

export { MAX_LINKS, MAX_PARTS, SETUP_VERSION, fieldPath };

/** A property's value: a finite number, text (≤ 200 characters) or a switch. */
export type PropValue = number | string | boolean;

/** One end of a wire (or a mounting): a part's terminal. */
export type TerminalRef = {
  part: string;
  terminal: string;
};

export type SetupPart = {
  id: string;
  kind: string;
  xM: number;
  yM: number;
  /** 0 ≤ rotDeg < 360 */
  rotDeg: number;
  props: Record<string, PropValue>;
  locked?: boolean;
  hidden?: boolean;
  /** The properties a student does not see (version 2). */
  mystery?: string[];
};

export type SetupLink = {
  id: string;
  from: TerminalRef;
  to: TerminalRef;
  locked?: boolean;
};

/** The current version's shape (a type, not an interface: it is JSON, assignable to Record<string, unknown>); its rules (patterns, ranges, sizes) are checked in setup-shape.ts. */
export type Setup = {
  version: typeof SETUP_VERSION;
  bench: string;
  title?: string;
  parts: SetupPart[];
  links: SetupLink[];
  /** Lab-frame tools and bench tools the student does not get (`stopwatch`, `ruler`, `probe`, `graph`, `bin`). */
  hiddenTools?: string[];
  /** Measurements the student does not see as numbers (they read the instrument instead). */
  hiddenMeasurements?: string[];
  /** Settings of the whole bench (the mechanics bench's g), checked against the bench's catalogue. */
  settings?: Record<string, PropValue>;
};

interface SetupV1 {
  version: 1;
  bench: string;
  title?: string;
  parts: ({ mystery?: boolean; props: Record<string, unknown> } & Record<string, unknown>)[];
  links: unknown[];
  hiddenTools?: string[];
}

/** One step from version n to n + 1 (structure only; the result is validated as the next version). Throws the errors of a bad shape. */
const migrations: Record<number, (old: unknown) => unknown> = {
  1: (old) => {
    const errors = setupV1ShapeErrors(old);
    if (errors.length) throw new SetupShapeError(errors);
    const v1 = old as SetupV1;
    return {
      ...v1,
      version: 2,
      parts: v1.parts.map(({ mystery, ...p }) => (mystery ? { ...p, mystery: Object.keys(p.props) } : p)),
    };
  },
};

class SetupShapeError extends Error {
  constructor(readonly errors: SetupError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** Where, as a path into the JSON (`parts[2].props.resistanceOhm`, `links[0].to.terminal`, `version`); the English message; the rule broken and its values (setup-shape.ts SETUP_RULES). */
export type SetupError = ShapeError;

const ruled = ruledProblem;

export type SetupResult = { ok: true; setup: Setup } | { ok: false; errors: SetupError[] };

/** Bring any known version up to the current one. */
export function migrateSetup(json: unknown): { ok: true; value: unknown } | { ok: false; errors: SetupError[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, errors: [{ field: '(setup)', message: 'a setup is a JSON object', rule: 'setup_wrong_type', params: { expected: 'object', got: typeWord(json) } }] };
  let value: unknown = json;
  let version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SETUP_VERSION) {
    return { ok: false, errors: [ruled('version', 'setup_unknown_version', { value: String(JSON.stringify(version)), latest: SETUP_VERSION })] };
  }
  while (version < SETUP_VERSION) {
    try {
      value = migrations[version](value);
    } catch (e) {
      const errors = e instanceof SetupShapeError ? e.errors : [];
      return { ok: false, errors: errors.length ? errors.map((i) => ({ ...i, message: `${i.message} (in a version ${version} setup)` })) : [{ field: '(setup)', message: String(e) }] };
    }
    version++;
  }
  return { ok: true, value };
}

/**
 * Parse a setup from JSON (already decoded from text): migrate, check the structure, then check it against
 * the bench's parts. Never throws on bad input.
 */
export function parseSetup(json: unknown, catalog: PartCatalog): SetupResult {
  const migrated = migrateSetup(json);
  if (!migrated.ok) return migrated;
  const shapeErrors = setupShapeErrors(migrated.value);
  if (shapeErrors.length) return { ok: false, errors: shapeErrors };
  const shaped = migrated.value as Setup;
  const errors = checkSetup(shaped, catalog);
  return errors.length ? { ok: false, errors } : { ok: true, setup: normalizeProps(shaped, catalog) };
}

/** Parse setup text (a file, a decoded link): JSON syntax errors are reported like any other. */
export function parseSetupText(text: string, catalog: PartCatalog): SetupResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ field: '(file)', message: `not JSON: ${(e as Error).message}`, rule: 'setup_not_json', params: {} }] };
  }
  return parseSetup(json, catalog);
}

/** The meaning of a well-shaped setup: bench, kinds, properties, terminals, references and unique ids. */
export function checkSetup(setup: Setup, catalog: PartCatalog): SetupError[] {
  const errors: SetupError[] = [];
  if (setup.bench !== catalog.bench) errors.push(ruled('bench', 'setup_wrong_bench', { value: setup.bench, expected: catalog.bench }));
  const parts = new Map<string, SetupPart>();
  setup.parts.forEach((p, i) => {
    if (parts.has(p.id)) errors.push(ruled(`parts[${i}].id`, 'setup_id_twice', { value: p.id }));
    parts.set(p.id, p);
    const def = catalog.find(p.kind);
    if (!def) {
      errors.push(ruled(`parts[${i}].kind`, 'setup_unknown_kind', { value: p.kind, allowed: catalog.kinds.join(', ') }));
      return;
    }
    const props = catalog.validateProps(p.kind, p.props);
    if (!props.ok) for (const e of props.errors) errors.push({ ...e.problem, field: `parts[${i}].props.${e.prop}`, message: e.message });
    (p.mystery ?? []).forEach((m, j) => {
      if (!def.props.some((s) => s.name === m)) errors.push(ruled(`parts[${i}].mystery[${j}]`, 'setup_no_property', { kind: p.kind, value: m, allowed: def.props.map((s) => s.name).join(', ') }));
    });
  });
  if (setup.settings) {
    const r = catalog.validateSettings(setup.settings);
    if (!r.ok) for (const e of r.errors) errors.push({ ...e.problem, field: `settings.${e.prop}`, message: e.message });
  }
  const linkIds = new Set<string>();
  setup.links.forEach((l, i) => {
    if (linkIds.has(l.id)) errors.push(ruled(`links[${i}].id`, 'setup_id_twice', { value: l.id }));
    linkIds.add(l.id);
    for (const end of ['from', 'to'] as const) {
      const ref = l[end];
      const part = parts.get(ref.part);
      if (!part) {
        errors.push(ruled(`links[${i}].${end}.part`, 'setup_no_part', { value: ref.part }));
        continue;
      }
      const def = catalog.find(part.kind);
      if (def && !def.terminals.some((t) => t.name === ref.terminal)) {
        errors.push(ruled(`links[${i}].${end}.terminal`, 'setup_no_terminal', { kind: part.kind, part: part.id, value: ref.terminal, allowed: def.terminals.map((t) => t.name).join(', ') }));
      }
    }
    if (l.from.part === l.to.part && l.from.terminal === l.to.terminal) errors.push(ruled(`links[${i}]`, 'setup_same_terminal'));
  });
  return errors;
}

/** Every part carries all its properties (defaults filled, numbers clamped to range by validation); so do the settings. */
function normalizeProps(setup: Setup, catalog: PartCatalog): Setup {
  const settings = catalog.settings.length ? catalog.validateSettings(setup.settings ?? {}) : null;
  return {
    ...setup,
    ...(settings?.ok ? { settings: settings.values } : {}),
    parts: setup.parts.map((p) => {
      const r = catalog.validateProps(p.kind, p.props);
      return r.ok ? { ...p, props: r.values } : p;
    }),
  };
}

export function emptySetup(bench: string): Setup {
  return { version: SETUP_VERSION, bench, parts: [], links: [] };
}

export function findPart(setup: Setup, partId: string): SetupPart | undefined {
  return setup.parts.find((p) => p.id === partId);
}

export const sameTerminal = (a: TerminalRef, b: TerminalRef) => a.part === b.part && a.terminal === b.terminal;
