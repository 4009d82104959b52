import type { ExportLabels, ExportOptions } from '../../projects/export';
import { i18n, t } from '../i18n';
import { describeExperiment } from './experiment-description';

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
  return { labels: exportLabels(), describeExperiment, formatNumber: (v, digits) => i18n.number(v, digits) };
}
