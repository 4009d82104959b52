import type { ExperimentDescription, ExportLabels, ExportOptions } from '../../projects/export';
import { i18n, t } from '../i18n';
import { findSimulation } from '../../simulations/registry';
import { describeExperiment } from './experiment-description';

/**
 * Any experiment in words, its entry looked up in the whole registry: for exports, diffs and the send dialog,
 * which import this module when they run (it pulls every family's entries; the notebook page's cells look up
 * their own family only: simulation-lookup.svelte.ts).
 */
export function describeAnyExperiment(e: Parameters<typeof describeExperiment>[0]): ExperimentDescription {
  return describeExperiment(e, findSimulation(e.simulationId));
}

/** Export headings in the reader's language. */
export function exportLabels(): ExportLabels {
  return {
    question: t('notebook.export.question'),
    experiment: t('notebook.kind.experiment'),
    openInLab: t('notebook.experiment.open'),
    table: t('notebook.kind.table'),
    chart: t('notebook.kind.chart'),
    program: t('notebook.kind.program'),
    noData: t('notebook.export.noData'),
    exportedAt: t('notebook.export.exportedAt'),
  };
}

/** Everything an export needs to read like the notebook: headings, experiments and numbers in the reader's language. */
export function readerExportOptions(): Pick<ExportOptions, 'labels' | 'describeExperiment' | 'formatNumber'> {
  return { labels: exportLabels(), describeExperiment: describeAnyExperiment, formatNumber: (v, digits) => i18n.number(v, digits) };
}
