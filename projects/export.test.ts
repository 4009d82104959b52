import { describe, expect, it } from 'vitest';
import { addChartCell } from './cells/chart';
import { addExperimentCell } from './cells/experiment';
import { addImageCell } from './cells/image';
import { addTableCell, readTable } from './cells/table';
import { addTextCell } from './cells/text';
import { exportHtml, exportMarkdown } from './export';
import { exportImageSrc, exportLinkHref } from './export-urls';
import { cellMap, createProjectDoc, updateMeta } from './schema';
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
    expect(markdown).toContain('# Pendulum \\<study\\>');
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

describe('export against injected markup (issue #13 item 7)', () => {
  function hostile() {
    const doc = createProjectDoc();
    updateMeta(doc, { title: '<script>alert(1)</script>', question: 'Is <b>this</b> bold?' });
    addTextCell(doc, [
      { paragraph: ['raw <img src=x onerror=alert(1)> html and <!-- a comment -->'] },
      {
        paragraph: [
          { text: 'bad link', href: 'javascript:alert(1)' },
          ' ',
          { text: 'mixed case', href: 'JaVaScRiPt:alert(2)' },
          ' ',
          { text: 'split scheme', href: 'java\tscript:alert(3)' },
          ' ',
          { text: 'vb', href: 'vbscript:msgbox(4)' },
          ' ',
          { text: 'data', href: 'data:text/html,<script>alert(5)</script>' },
          ' ',
          { text: 'good', href: 'https://example.org/a_(b)' },
          ' ',
          { text: 'a` <b onclick=x>y</b> `z', code: true },
        ],
      },
      { paragraph: [{ math: 'a<b><script>alert(6)</script>' }] },
    ]);
    const ok = addImageCell(doc, { src: '/api/projects/p/images/1.png', alt: 'fine <img>', caption: 'cap', bytes: 10, mimeType: 'image/png' });
    const bad = addImageCell(doc, { src: '/api/projects/p/images/2.png', alt: 'the graph', caption: '', bytes: 10, mimeType: 'image/png' });
    // a raw Yjs client can write what the editor refuses
    cellMap(doc, bad).set('src', 'javascript:alert(7)');
    return { doc, ok };
  }

  it('Markdown: raw HTML is escaped, javascript: links and image sources are dropped, code and math cannot break out', () => {
    const { markdown } = exportMarkdown(hostile().doc, { projectId: 'p' });
    // no angle bracket that is not backslash-escaped, outside code spans
    const outsideCode = markdown.replace(/(`+)[^`]*?\1|``.*?``/gs, '');
    expect(outsideCode.match(/(^|[^\\])</gm)).toBeNull();
    expect(markdown).toContain('# \\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('raw \\<img src=x onerror=alert(1)\\> html and \\<!-- a comment --\\>');
    expect(markdown).not.toMatch(/script:|vbscript|data:text/i);
    expect(markdown).toContain('bad link mixed case split scheme vb data [good](https://example.org/a_%28b%29)');
    // the code span's fence is longer than the backticks inside it
    expect(markdown).toContain('``a` <b onclick=x>y</b> `z``');
    expect(markdown).toContain('$a\\lt b\\gt \\lt script\\gt alert(6)\\lt /script\\gt $');
    expect(markdown).toContain('![fine \\<img\\>](/api/projects/p/images/1.png)');
    expect(markdown).toContain('*the graph*');
  });

  it('HTML: the same address policy (no javascript: image source), text escaped', () => {
    const html = exportHtml(hostile().doc, { projectId: 'p', now: 0 });
    expect(html).not.toMatch(/<script|javascript:|vbscript:|data:text/i);
    expect(html).toContain('<img src="/api/projects/p/images/1.png" alt="fine &lt;img&gt;">');
    expect(html).toContain('<p><em>the graph</em></p>');
    expect(html).toContain('<a href="https://example.org/a_(b)">good</a>');
  });

  it('address policy: links to http(s), mailto and server paths; images also from inline raster data', () => {
    expect(exportLinkHref('https://a.example/x')).toBe('https://a.example/x');
    expect(exportLinkHref('mailto:t@school.cn')).toBe('mailto:t@school.cn');
    expect(exportLinkHref('/labs/pendulum')).toBe('/labs/pendulum');
    for (const bad of ['javascript:alert(1)', ' javascript:x', 'java\nscript:x', '//evil.example/x', 'file:///etc/passwd', 'data:text/html,x']) expect(exportLinkHref(bad)).toBeNull();
    expect(exportImageSrc('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(exportImageSrc('data:image/svg+xml;base64,PHN2Zz4=')).toBeNull();
    expect(exportImageSrc('javascript:alert(1)')).toBeNull();
  });
});
