import { describe, expect, it } from 'vitest';
import { addChartCell } from './cells/chart';
import { addExperimentCell } from './cells/experiment';
import { addTableCell, readTable } from './cells/table';
import { addTextCell } from './cells/text';
import { exportHtml, exportMarkdown } from './export';
import { createProjectDoc, updateMeta } from './schema';
import { applyTemplate } from './templates';

function sample() {
  const doc = createProjectDoc();
  updateMeta(doc, { title: 'Pendulum <study>', question: 'Does T depend on L?' });
  addTextCell(doc, [
    { heading: 2, text: 'Hypothesis' },
    { paragraph: ['We expect ', { math: 'T = 2\\pi\\sqrt{L/g}' }, ' and ', { text: 'no', bold: true }, ' mass effect (', { text: 'source', href: 'https://openstax.org' }, ').'] },
    { math: 'T^2 = kL' },
    { numbered: ['one', 'two'] },
    { quote: 'quoted' },
  ]);
  addExperimentCell(doc, { simulationId: 'pendulum', params: { lengthM: 1 }, caption: 'run' });
  const tid = addTableCell(doc, { name: 'Data 1', columns: [{ name: 'L', unit: 'm' }, { name: 'T', unit: 's' }], rows: [[1, 2], [2, 2.83], [3, 3.46]] });
  const cols = readTable(doc, tid).columns;
  addChartCell(doc, { title: 'T vs L', tableId: tid, x: { columnId: cols[0].id, transform: 'none' }, y: { columnId: cols[1].id, transform: 'square' }, style: 'scatter', fit: 'linear' });
  return doc;
}

describe('export', () => {
  it('writes Markdown with math, lists, quotes, a lab link and one CSV per table', () => {
    const { markdown, csv } = exportMarkdown(sample(), { projectId: 'p1' });
    expect(markdown).toContain('# Pendulum <study>');
    expect(markdown).toContain('### Hypothesis');
    expect(markdown).toContain('We expect $T = 2\\pi\\sqrt{L/g}$ and **no** mass effect ([source](https://openstax.org)).');
    expect(markdown).toContain('$$\nT^2 = kL\n$$');
    expect(markdown).toContain('1. one\n2. two');
    expect(markdown).toContain('> quoted');
    expect(markdown).toMatch(/\(\/labs\/pendulum\?project=p1&cell=k\w+\)/);
    expect(markdown).toContain('| L (m) | T (s) |\n| --- | --- |\n| 1 | 2 |');
    expect(markdown).toMatch(/Chart: T vs L\*\* \(T² \(s²\) \/ L \(m\), n = 3\) — y = [\d.]+·x [+−] [\d.]+, R² = (1\.0000|0\.99\d\d)/);
    expect(csv).toEqual([{ fileName: 'table-1-Data-1.csv', content: 'L (m),T (s)\n1,2\n2,2.83\n3,3.46\n' }]);
  });

  it('writes one self-contained HTML file: escaped text, inline CSS and SVG, print rules, no external resources', () => {
    const html = exportHtml(sample(), { projectId: 'p1', renderMath: (l, d) => `<math data-display="${d}">${l}</math>`, now: 0 });
    expect(html).toContain('<title>Pendulum &lt;study&gt;</title>');
    expect(html).toContain('<math data-display="false">T = 2\\pi\\sqrt{L/g}</math>');
    expect(html).toContain('<div class="display-math"><math data-display="true">T^2 = kL</math></div>');
    expect(html).toContain('<ol><li><p>one</p></li>');
    expect(html).toMatch(/<svg [^>]*viewBox="0 0 560 320".*<polyline class="fit"/s);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).not.toMatch(/src="http/);
  });

  it('exports every template in both languages without throwing', () => {
    for (const id of ['blank', 'pendulum', 'projectile', 'titration']) {
      for (const l of ['en', 'zh-CN']) {
        const doc = createProjectDoc();
        applyTemplate(doc, id, l);
        expect(exportMarkdown(doc, { projectId: 'x' }).markdown.length).toBeGreaterThan(200);
        expect(exportHtml(doc, { projectId: 'x' })).toContain(`lang="${l}"`);
      }
    }
  });
});
