import type { ExportLabels } from '../../projects/export';
import { t } from '../i18n';

/** Export headings in the reader's language. */
export function exportLabels(): ExportLabels {
  return {
    question: t('notebook.export.question'),
    experiment: t('notebook.kind.experiment'),
    openInLab: t('notebook.experiment.open'),
    table: t('notebook.kind.table'),
    chart: t('notebook.kind.chart'),
    program: t('notebook.kind.program'),
    noData: t('notebook.chart.noData'),
    exportedAt: t('notebook.export.exportedAt'),
  };
}
