/** How the diff view reads cells: in the reader's language, numbers as the notebook shows them, formulas as tokens to typeset. */
import type { CellTextOptions } from '../../projects/diff';
import { i18n, t } from '../i18n';
import { describeAnyExperiment } from '../notebook/export-labels';

export function readerDiffOptions(): CellTextOptions {
  return {
    math: true,
    describeExperiment: describeAnyExperiment,
    formatNumber: (v, digits) => i18n.number(v, digits),
    describeChart: (c, s) => [
      c.title,
      s.error ? t('review.diff.chartNoAxes') : t('review.diff.chartAxes', { y: s.yLabel, x: s.xLabel }),
      t('review.diff.chartStyle', { style: t(c.style === 'line' ? 'notebook.chart.line' : 'notebook.chart.scatter'), fit: t(`notebook.chart.fit.${c.fit}`) }),
    ],
    describeProgram: (p) => `${t('notebook.kind.program')}${p.name ? ` · ${p.name}` : ''} · ${t('notebook.program.blocks', { n: p.blocks })}`,
  };
}
