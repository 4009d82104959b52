/**
 * Where a teacher's saved setup comes from when assigning (issue #19): a share link (`/labs/<id>#setup=…`),
 * a notebook experiment cell's link (`/labs/<id>?project=…&cell=…`) or a setup file. The bench parts are
 * loaded only when a setup is read (simulations/bench-presets.ts), so the classes page stays light.
 */
import type { Setup, SetupError } from '../../simulations/bench/setup';
import type { MysteryRange } from '../../simulations/bench/mystery-values';

export type SetupSource =
  | { kind: 'share'; experimentId: string; encoded: string }
  | { kind: 'notebook'; experimentId: string; projectId: string; cellId: string }
  | { kind: 'none' };

/** What a pasted link points at; `kind: 'none'` for anything that is not a lab link carrying a setup. */
export function setupSourceOfLink(text: string, origin: string): SetupSource {
  let url: URL;
  try {
    url = new URL(text.trim(), origin);
  } catch {
    return { kind: 'none' };
  }
  const m = /^\/labs\/([^/]+)\/?$/.exec(url.pathname);
  if (!m) return { kind: 'none' };
  const experimentId = decodeURIComponent(m[1]);
  const encoded = new URLSearchParams(url.hash.replace(/^#/, '')).get('setup');
  if (encoded) return { kind: 'share', experimentId, encoded };
  const projectId = url.searchParams.get('project'), cellId = url.searchParams.get('cell');
  if (projectId && cellId) return { kind: 'notebook', experimentId, projectId, cellId };
  return { kind: 'none' };
}

export type SetupRead = { ok: true; experimentId: string; setup: Setup } | { ok: false; message: string };

async function catalogOf(experimentId: string) {
  const { benchPreset } = await import('../../simulations/bench-presets');
  return benchPreset(experimentId);
}

/** A setup's problems in the reader's language (the rule's words, errors.json), the English where a problem names no rule. */
async function errorText(errors: readonly SetupError[]): Promise<string> {
  const [{ i18n, t }, { setupProblemText }] = await Promise.all([import('../i18n'), import('../../simulations/bench/problem-words')]);
  await i18n.need(['errors']).catch(() => undefined); // without the words, the English
  return errors.map((e) => setupProblemText(e, t)).join('; ');
}

/** A setup from a pasted link (share or notebook cell). */
export async function readSetupLink(text: string, origin: string): Promise<SetupRead> {
  const src = setupSourceOfLink(text, origin);
  if (src.kind === 'none') return { ok: false, message: 'link' };
  const bench = await catalogOf(src.experimentId);
  if (!bench) return { ok: false, message: `${src.experimentId}: not a bench experiment` };
  if (src.kind === 'share') {
    const { decodeSetup } = await import('../../simulations/bench/share');
    const r = await decodeSetup(src.encoded, bench.catalog);
    return r.ok ? { ok: true, experimentId: src.experimentId, setup: r.setup } : { ok: false, message: await errorText(r.errors) };
  }
  const [{ openProjectLink }, { readExperiment }, { parseSetup }] = await Promise.all([
    import('../notebook/project-link'), import('../../projects/cells/experiment'), import('../../simulations/bench/setup'),
  ]);
  const link = await openProjectLink(src.projectId);
  try {
    const exp = readExperiment(link.doc, src.cellId);
    const state = exp.state as { setup?: unknown } | null;
    if (!state || typeof state !== 'object' || !state.setup) return { ok: false, message: 'the notebook cell holds no bench setup' };
    const r = parseSetup(state.setup, bench.catalog);
    return r.ok ? { ok: true, experimentId: exp.simulationId || src.experimentId, setup: r.setup } : { ok: false, message: await errorText(r.errors) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  } finally {
    link.close();
  }
}

/** A setup from a file, for the chosen experiment's bench. */
export async function readSetupFileFor(text: string, experimentId: string): Promise<SetupRead> {
  const bench = await catalogOf(experimentId);
  if (!bench) return { ok: false, message: `${experimentId}: not a bench experiment` };
  const { readSetupFile } = await import('../../simulations/bench/share');
  const r = readSetupFile(text, bench.catalog);
  return r.ok ? { ok: true, experimentId, setup: r.setup } : { ok: false, message: await errorText(r.errors) };
}

export interface MysteryProp {
  part: string;
  kind: string;
  prop: string;
  /** The property's label (i18n key). */
  labelKey: string;
  unit: string;
  value: number;
  /** The property's own range. */
  min: number;
  max: number;
  step: number;
}

/** The numeric mystery properties of a setup, with their units and ranges. */
export async function mysteryProps(setup: Setup, experimentId: string): Promise<MysteryProp[]> {
  const bench = await catalogOf(experimentId);
  if (!bench) return [];
  return setup.parts.flatMap((p) =>
    (p.mystery ?? []).flatMap((prop) => {
      const spec = bench.catalog.propSpec(p.kind, prop);
      const v = p.props[prop];
      return spec?.kind === 'number' && typeof v === 'number' ? [{ part: p.id, kind: p.kind, prop, labelKey: spec.labelKey, unit: spec.unit, value: v, min: spec.min, max: spec.max, step: spec.step }] : [];
    }),
  );
}

/** A first range for a mystery value: half to one and a half times the setup's value, inside the property's range, on its step. */
export function defaultRange(m: MysteryProp): MysteryRange {
  const round = (x: number) => Number((Math.round(x / m.step) * m.step).toFixed(6));
  return { part: m.part, prop: m.prop, min: round(Math.max(m.min, m.value * 0.5)), max: round(Math.min(m.max, m.value * 1.5)) };
}
