/**
 * An experiment cell in words, in the reader's language: the simulation's title and each parameter
 * that applies (a second pendulum's length only when there is one) with its label, value and unit —
 * `Length (pendulum 1) = 1 m`, never `lengthM=1`. Used by the experiment cell, the diff and the exports.
 * Parameters the simulation does not know (an older cell) are listed by name, so nothing is hidden, except
 * what the saved state keeps secret from students (a teacher's mystery value on a bench): that is never shown.
 * The caller passes the experiment's entry (undefined when there is none): the notebook page looks it up in
 * its family only (simulation-lookup.svelte.ts), exports and diffs in the whole registry (export-labels.ts),
 * so this module pulls no family's presets into the notebook's first download (issue #22).
 */
import type { ExperimentData } from '../../projects/cells/experiment';
import type { ExperimentDescription } from '../../projects/export';
import { isParamVisible, type ParamValues } from '../../simulations/core/params';
import type { SimulationEntry } from '../../simulations/simulation-entry';
import { i18n, t } from '../i18n';

export function describeExperiment(e: Pick<ExperimentData, 'simulationId' | 'params'> & { state?: unknown }, entry: SimulationEntry | undefined): ExperimentDescription {
  const meta = entry?.meta;
  if (!meta) return { title: e.simulationId, params: Object.entries(e.params).map(([k, v]) => ({ label: k, value: String(v) })) };
  const values = shownParams(e, entry) as ParamValues;
  const params: ExperimentDescription['params'] = [];
  for (const spec of meta.params) {
    const v = values[spec.name];
    if (v === undefined || !isParamVisible(spec, values)) continue;
    let value: string;
    if (spec.kind === 'number' && typeof v === 'number') value = `${i18n.number(v, 6)}${spec.unit ? (spec.unit === '°' ? '°' : ` ${spec.unit}`) : ''}`;
    else if (spec.kind === 'boolean') value = t(v === true ? 'notebook.experiment.yes' : 'notebook.experiment.no');
    else if (spec.kind === 'choice') value = t(spec.options.find((o) => o.value === v)?.labelKey ?? String(v));
    else value = String(v);
    params.push({ label: t(spec.labelKey), value });
  }
  for (const [k, v] of Object.entries(values)) if (!meta.params.some((p) => p.name === k)) params.push({ label: k, value: String(v) });
  return { title: t(meta.titleKey), params };
}

/** The cell's parameters without those its saved state keeps secret (a bench's mystery values; cells sent before they were left out). */
export function shownParams(e: Pick<ExperimentData, 'simulationId' | 'params'> & { state?: unknown }, entry: SimulationEntry | undefined): ExperimentData['params'] {
  const secret = entry?.secretParams?.(e.state ?? null) ?? [];
  if (!secret.length) return e.params;
  return Object.fromEntries(Object.entries(e.params).filter(([k]) => !secret.includes(k)));
}
