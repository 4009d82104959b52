/**
 * A setup: what is on a bench (parts with positions, rotation and typed properties), how they are wired,
 * and what a teacher locked, hid or made a mystery. Versioned JSON validated with zod; older versions are
 * migrated on the way in, so notebooks, files, links and QR codes from before keep opening.
 *
 *   version 1: the first shape; `mystery` was a boolean on a part (every property hidden).
 *   version 2: `mystery` lists the properties that are hidden (a cell can hide its internal resistance and
 *              show its EMF); links can be locked; `hiddenMeasurements`.
 *
 * `parseSetup(json, catalog)` checks the structure and then the meaning (known kinds, valid properties,
 * existing terminals, unique ids); every error names the field path, e.g. `parts[2].props.resistanceOhm`.
 */
import { z } from 'zod';
import type { PartCatalog } from './part';
import { MAX_LINKS, MAX_PARTS, SETUP_VERSION } from './setup-limits';

export { MAX_LINKS, MAX_PARTS, SETUP_VERSION };

const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,23}$/, 'an id: a letter, then up to 23 letters, digits, _ or -');
const coordinateM = z.number().finite().min(-100).max(100);
const propValue = z.union([z.number().finite(), z.string().max(200), z.boolean()]);
const terminalRef = z.object({ part: id, terminal: z.string().min(1).max(24) }).strict();
const toolName = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/);

const partV2 = z
  .object({
    id,
    kind: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a part kind: lowercase letters, digits and -'),
    xM: coordinateM,
    yM: coordinateM,
    rotDeg: z.number().finite().min(0).lt(360),
    props: z.record(z.string().max(40), propValue),
    locked: z.boolean().optional(),
    hidden: z.boolean().optional(),
    mystery: z.array(z.string().max(40)).max(20).optional(),
  })
  .strict();

const linkV2 = z.object({ id, from: terminalRef, to: terminalRef, locked: z.boolean().optional() }).strict();

export const setupSchema = z
  .object({
    version: z.literal(SETUP_VERSION),
    bench: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    title: z.string().max(200).optional(),
    parts: z.array(partV2).max(MAX_PARTS),
    links: z.array(linkV2).max(MAX_LINKS),
    /** Lab-frame tools and bench tools the student does not get (`stopwatch`, `ruler`, `probe`, `graph`, `bin`). */
    hiddenTools: z.array(toolName).max(20).optional(),
    /** Measurements the student does not see as numbers (they read the instrument instead). */
    hiddenMeasurements: z.array(z.string().max(60)).max(50).optional(),
    /** Settings of the whole bench (the mechanics bench's g), checked against the bench's catalogue. */
    settings: z.record(z.string().max(40), propValue).optional(),
  })
  .strict();

export type Setup = z.infer<typeof setupSchema>;
export type SetupPart = Setup['parts'][number];
export type SetupLink = Setup['links'][number];
export type TerminalRef = SetupLink['from'];

const setupV1 = z
  .object({
    version: z.literal(1),
    bench: z.string(),
    title: z.string().optional(),
    parts: z.array(z.object({ mystery: z.boolean().optional(), props: z.record(z.string(), z.unknown()) }).passthrough()),
    links: z.array(z.unknown()),
    hiddenTools: z.array(z.string()).optional(),
  })
  .strict();

/** One step from version n to n + 1 (structure only; the result is validated as the next version). */
const migrations: Record<number, (old: unknown) => unknown> = {
  1: (old) => {
    const v1 = setupV1.parse(old);
    return {
      ...v1,
      version: 2,
      parts: v1.parts.map(({ mystery, ...p }) => (mystery ? { ...p, mystery: Object.keys(p.props) } : p)),
    };
  },
};

export interface SetupError {
  /** Where, as a path into the JSON: `parts[2].props.resistanceOhm`, `links[0].to.terminal`, `version`. */
  field: string;
  message: string;
}

export type SetupResult = { ok: true; setup: Setup } | { ok: false; errors: SetupError[] };

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(setup)';
}

/** Bring any known version up to the current one. */
export function migrateSetup(json: unknown): { ok: true; value: unknown } | { ok: false; errors: SetupError[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, errors: [{ field: '(setup)', message: 'a setup is a JSON object' }] };
  let value: unknown = json;
  let version = (json as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SETUP_VERSION) {
    return { ok: false, errors: [{ field: 'version', message: `unknown setup version ${JSON.stringify(version)}; this app reads versions 1 … ${SETUP_VERSION}` }] };
  }
  while (version < SETUP_VERSION) {
    try {
      value = migrations[version](value);
    } catch (e) {
      const issues = e instanceof z.ZodError ? e.issues : [];
      return { ok: false, errors: issues.length ? issues.map((i) => ({ field: fieldPath(i.path), message: `${i.message} (in a version ${version} setup)` })) : [{ field: '(setup)', message: String(e) }] };
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
  const shaped = setupSchema.safeParse(migrated.value);
  if (!shaped.success) return { ok: false, errors: shaped.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message })) };
  const errors = checkSetup(shaped.data, catalog);
  return errors.length ? { ok: false, errors } : { ok: true, setup: normalizeProps(shaped.data, catalog) };
}

/** Parse setup text (a file, a decoded link): JSON syntax errors are reported like any other. */
export function parseSetupText(text: string, catalog: PartCatalog): SetupResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ field: '(file)', message: `not JSON: ${(e as Error).message}` }] };
  }
  return parseSetup(json, catalog);
}

/** The meaning of a well-shaped setup: bench, kinds, properties, terminals, references and unique ids. */
export function checkSetup(setup: Setup, catalog: PartCatalog): SetupError[] {
  const errors: SetupError[] = [];
  if (setup.bench !== catalog.bench) errors.push({ field: 'bench', message: `this is a '${setup.bench}' setup; expected '${catalog.bench}'` });
  const parts = new Map<string, SetupPart>();
  setup.parts.forEach((p, i) => {
    if (parts.has(p.id)) errors.push({ field: `parts[${i}].id`, message: `id '${p.id}' is used twice` });
    parts.set(p.id, p);
    const def = catalog.find(p.kind);
    if (!def) {
      errors.push({ field: `parts[${i}].kind`, message: `unknown part kind '${p.kind}'; allowed: ${catalog.kinds.join(', ')}` });
      return;
    }
    const props = catalog.validateProps(p.kind, p.props);
    if (!props.ok) for (const e of props.errors) errors.push({ field: `parts[${i}].props.${e.prop}`, message: e.message });
    (p.mystery ?? []).forEach((m, j) => {
      if (!def.props.some((s) => s.name === m)) errors.push({ field: `parts[${i}].mystery[${j}]`, message: `${p.kind} has no property '${m}'; properties: ${def.props.map((s) => s.name).join(', ')}` });
    });
  });
  if (setup.settings) {
    const r = catalog.validateSettings(setup.settings);
    if (!r.ok) for (const e of r.errors) errors.push({ field: `settings.${e.prop}`, message: e.message });
  }
  const linkIds = new Set<string>();
  setup.links.forEach((l, i) => {
    if (linkIds.has(l.id)) errors.push({ field: `links[${i}].id`, message: `id '${l.id}' is used twice` });
    linkIds.add(l.id);
    for (const end of ['from', 'to'] as const) {
      const ref = l[end];
      const part = parts.get(ref.part);
      if (!part) {
        errors.push({ field: `links[${i}].${end}.part`, message: `no part '${ref.part}' on the bench` });
        continue;
      }
      const def = catalog.find(part.kind);
      if (def && !def.terminals.some((t) => t.name === ref.terminal)) {
        errors.push({ field: `links[${i}].${end}.terminal`, message: `${part.kind} ${part.id} has no terminal '${ref.terminal}'; terminals: ${def.terminals.map((t) => t.name).join(', ')}` });
      }
    }
    if (l.from.part === l.to.part && l.from.terminal === l.to.terminal) errors.push({ field: `links[${i}]`, message: 'a wire must join two different terminals' });
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
