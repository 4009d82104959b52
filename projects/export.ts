/**
 * Export a project: Markdown with one CSV per table, or one self-contained HTML file that prints well
 * (inline CSS, charts as inline SVG, math as MathML when a renderer is given — the app passes KaTeX
 * with `output: 'mathml'`, which every current browser draws without fonts or scripts).
 */
import type * as Y from 'yjs';
import { chartSeries, readChart } from './cells/chart';
import { experimentLabHref, readExperiment, type ExperimentData } from './cells/experiment';
import { readImage } from './cells/image';
import { readTable, type TableColumn, type TableData } from './cells/table';
import { readRichText, type RichElement, type RichNode, type RichTextRun } from './cells/text';
import { escapeHtml, htmlBlocks, type HtmlOptions } from './rich-text-html';
import { tableDataToCsv } from './csv';
import { exportImageSrc, exportLinkHref } from './export-urls';
import { fitEquation } from './fit';
import { listCells, readMeta } from './schema';

/** Labels in the reader's language (the app passes i18n strings). */
export interface ExportLabels {
  question: string;
  experiment: string;
  openInLab: string;
  table: string;
  chart: string;
  program: string;
  noData: string;
  exportedAt: string;
}
export const ENGLISH_LABELS: ExportLabels = {
  question: 'Research question',
  experiment: 'Experiment',
  openInLab: 'open in the lab',
  table: 'Table',
  chart: 'Chart',
  program: 'Program',
  noData: 'no data yet',
  exportedAt: 'Exported',
};

/** An experiment in words (the app's describer translates names and adds units; see describeExperiment). */
export interface ExperimentDescription {
  title: string;
  params: { label: string; value: string }[];
}

/** Without a describer: the simulation id and the raw parameters. */
export function plainExperimentDescription(e: Pick<ExperimentData, 'simulationId' | 'params'>): ExperimentDescription {
  return { title: e.simulationId, params: Object.entries(e.params).map(([label, v]) => ({ label, value: String(v) })) };
}

/** A table value as shown: with the column's significant digits when it has them (the stored value keeps full precision). */
export function tableValueText(v: number | null, col: Pick<TableColumn, 'digits'>, formatNumber?: (v: number, digits: number) => string): string {
  if (v === null) return '';
  if (col.digits === undefined) return String(v);
  return formatNumber ? formatNumber(v, col.digits) : String(Number(v.toPrecision(col.digits)));
}

export interface ExportOptions extends HtmlOptions {
  projectId: string;
  labels?: ExportLabels;
  /** Experiment cells in the reader's language (default: simulation id and raw parameters). */
  describeExperiment?: (e: ExperimentData) => ExperimentDescription;
  /** Numbers with the given significant digits in the reader's locale (default: plain rounding). */
  formatNumber?: (v: number, digits: number) => string;
  /** Base URL for lab links in exported files. */
  origin?: string;
  now?: number;
}


// ---------- Markdown ----------
//
// Whatever the document holds is written as text, never as markup a Markdown viewer would act on:
// Markdown punctuation and the angle brackets of raw HTML are backslash-escaped (CommonMark 0.31, §2.4),
// code gets a fence longer than any backtick run in it, math has `<` and `>` as \lt and \gt, and link
// and image addresses pass export-urls.ts (no `javascript:` links or image sources).

/** Text as a Markdown viewer shows it literally. */
export function mdText(s: string): string {
  return s.replace(/([\\`*_[\]<>|~$])/g, '\\$1');
}

/** An inline code span that no backtick or HTML in `text` can end early. */
function mdCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** LaTeX between $…$: the same math, with no `<` or `>` a viewer without math support could read as HTML. */
function mdMath(latex: string): string {
  return latex.replace(/</g, '\\lt ').replace(/>/g, '\\gt ');
}

/** An address inside (…): no parenthesis, angle bracket or backslash can end it or start markup. */
function mdAddress(url: string): string {
  return url.replace(/[()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function mdLink(text: string, href: string): string {
  const safe = exportLinkHref(href);
  return safe === null ? text : `[${text}](${mdAddress(safe)})`;
}

function mdInline(nodes: RichNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') {
        const r = n as RichTextRun;
        let s = r.marks.code ? mdCode(r.text) : mdText(r.text);
        if (r.marks.bold) s = `**${s}**`;
        if (r.marks.italic) s = `*${s}*`;
        if (r.marks.href) s = mdLink(s, r.marks.href);
        return s;
      }
      const e = n as RichElement;
      if (e.type === 'inlineMath') return `$${mdMath(String(e.attrs.latex ?? ''))}$`;
      if (e.type === 'hardBreak') return '  \n';
      return mdInline(e.children);
    })
    .join('');
}

/** The plain text under `nodes` (code blocks). */
function plainText(nodes: RichNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? (n as RichTextRun).text : (n as RichElement).type === 'hardBreak' ? '\n' : plainText((n as RichElement).children))).join('');
}

function mdBlocks(nodes: RichNode[], indent = ''): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (n.type === 'text') continue;
    const e = n as RichElement;
    switch (e.type) {
      case 'heading':
        out.push('#'.repeat(Math.min(6, Number(e.attrs.level ?? 2) + 1)) + ' ' + mdInline(e.children));
        break;
      case 'paragraph':
        out.push(indent + mdInline(e.children));
        break;
      case 'blockMath':
        out.push(`$$\n${mdMath(String(e.attrs.latex ?? ''))}\n$$`);
        break;
      case 'blockquote':
        out.push(...mdBlocks(e.children).map((l) => l.replace(/^/gm, '> ')));
        break;
      case 'bulletList':
      case 'orderedList':
        out.push(
          e.children
            .map((li, i) => {
              const marker = e.type === 'bulletList' ? '- ' : `${i + 1}. `;
              const inner = mdBlocks((li as RichElement).children ?? []).join('\n');
              return indent + marker + inner.replace(/\n/g, '\n' + indent + ' '.repeat(marker.length));
            })
            .join('\n'),
        );
        break;
      case 'codeBlock': {
        const code = plainText(e.children);
        const fence = '`'.repeat(Math.max(3, ...(code.match(/`+/g) ?? []).map((r) => r.length + 1)));
        out.push(`${fence}\n${code}\n${fence}`);
        break;
      }
      case 'horizontalRule':
        out.push('---');
        break;
      default:
        out.push(mdInline(e.children));
    }
  }
  return out;
}

function csvFileName(name: string, index: number): string {
  const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'table';
  return `table-${index}-${base}.csv`;
}

function mdTable(t: TableData, o: ExportOptions): string {
  if (!t.columns.length) return '';
  const head = '| ' + t.columns.map((c) => mdText(c.unit ? `${c.name} (${c.unit})` : c.name)).join(' | ') + ' |';
  const sep = '| ' + t.columns.map(() => '---').join(' | ') + ' |';
  const rows = t.rows.map((r) => '| ' + r.values.map((v, j) => tableValueText(v, t.columns[j], o.formatNumber)).join(' | ') + ' |');
  return [head, sep, ...rows].join('\n');
}

export interface MarkdownExport {
  markdown: string;
  /** One CSV file per table cell, referenced from the Markdown. */
  csv: { fileName: string; content: string }[];
}

export function exportMarkdown(doc: Y.Doc, opts: ExportOptions): MarkdownExport {
  const L = opts.labels ?? ENGLISH_LABELS;
  const meta = readMeta(doc);
  const parts: string[] = [`# ${mdText(meta.title)}`];
  if (meta.question) parts.push(`**${mdText(L.question)}:** ${mdText(meta.question)}`);
  const csv: MarkdownExport['csv'] = [];
  for (const c of listCells(doc)) {
    if (c.kind === 'text') parts.push(...mdBlocks(readRichText(doc, c.id)));
    else if (c.kind === 'experiment') {
      const e = readExperiment(doc, c.id);
      const d = (opts.describeExperiment ?? plainExperimentDescription)(e);
      const params = d.params.map((p) => mdText(`${p.label} = ${p.value}`)).join(', ');
      const lab = mdLink(mdText(L.openInLab), (opts.origin ?? '') + experimentLabHref(opts.projectId, c.id, e.simulationId));
      parts.push(`**${mdText(L.experiment)}: ${mdText(d.title)}** — ${mdText(e.caption)}  \n${params}  \n${lab}`);
    } else if (c.kind === 'table') {
      const t = readTable(doc, c.id);
      const fileName = csvFileName(t.name, csv.length + 1);
      csv.push({ fileName, content: tableDataToCsv(t) });
      parts.push(`**${mdText(L.table)}: ${mdText(t.name)}** ([CSV](${fileName}))\n\n${mdTable(t, opts)}`);
    } else if (c.kind === 'chart') {
      const ch = readChart(doc, c.id);
      const s = chartSeries(doc, c.id);
      const fit = s.fit ? ` — ${mdText(fitEquation(s.fit))}, R² = ${s.fit.rSquared.toFixed(4)}` : '';
      parts.push(`**${mdText(L.chart)}: ${mdText(ch.title)}** (${mdText(s.yLabel)} / ${mdText(s.xLabel)}, n = ${s.points.length})${fit}`);
    } else if (c.kind === 'image') {
      const im = readImage(doc, c.id);
      const src = exportImageSrc(im.src);
      const image = src === null ? `*${mdText(im.alt)}*` : `![${mdText(im.alt)}](${mdAddress(src)})`;
      parts.push(`${image}${im.caption ? `\n*${mdText(im.caption)}*` : ''}`);
    } else if (c.kind === 'program') {
      parts.push(`*${mdText(L.program)}*`);
    }
  }
  return { markdown: parts.join('\n\n') + '\n', csv };
}

// ---------- HTML ----------

function htmlTable(t: TableData, o: ExportOptions): string {
  const head = t.columns.map((c) => `<th>${escapeHtml(c.name)}${c.unit ? ` <span class="unit">(${escapeHtml(c.unit)})</span>` : ''}</th>`).join('');
  const rows = t.rows.map((r) => `<tr>${r.values.map((v, j) => `<td>${escapeHtml(tableValueText(v, t.columns[j], o.formatNumber))}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${escapeHtml(t.name)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min];
  const step0 = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** A small static SVG chart (points, optional line and fit curve) for print. */
export function chartSvg(s: ReturnType<typeof chartSeries>, style: 'scatter' | 'line', width = 560, height = 320): string {
  const pad = { l: 56, r: 16, t: 12, b: 44 };
  if (!s.points.length) return '';
  let [x0, x1] = [Math.min(...s.points.map((p) => p.x)), Math.max(...s.points.map((p) => p.x))];
  let [y0, y1] = [Math.min(...s.points.map((p) => p.y)), Math.max(...s.points.map((p) => p.y))];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const sx = (x: number) => pad.l + ((x - x0) / (x1 - x0)) * (width - pad.l - pad.r);
  const sy = (y: number) => height - pad.b - ((y - y0) / (y1 - y0)) * (height - pad.t - pad.b);
  const parts: string[] = [];
  for (const t of niceTicks(x0, x1)) parts.push(`<line x1="${sx(t)}" x2="${sx(t)}" y1="${pad.t}" y2="${height - pad.b}" class="grid"/><text x="${sx(t)}" y="${height - pad.b + 16}" text-anchor="middle">${t}</text>`);
  for (const t of niceTicks(y0, y1)) parts.push(`<line x1="${pad.l}" x2="${width - pad.r}" y1="${sy(t)}" y2="${sy(t)}" class="grid"/><text x="${pad.l - 6}" y="${sy(t) + 4}" text-anchor="end">${t}</text>`);
  if (style === 'line') parts.push(`<polyline class="data" points="${s.points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}"/>`);
  for (const p of s.points) parts.push(`<circle cx="${sx(p.x)}" cy="${sy(p.y)}" r="3"/>`);
  if (s.fit) {
    const fit = s.fit;
    const pts: string[] = [];
    for (let i = 0; i <= 80; i++) {
      const x = x0 + ((x1 - x0) * i) / 80;
      const y = fit.predict(x);
      if (Number.isFinite(y) && y >= y0 - (y1 - y0) && y <= y1 + (y1 - y0)) pts.push(`${sx(x)},${sy(Math.min(y1, Math.max(y0, y)))}`);
    }
    parts.push(`<polyline class="fit" points="${pts.join(' ')}"/>`);
  }
  parts.push(`<text x="${(pad.l + width - pad.r) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(s.xLabel)}</text>`);
  parts.push(`<text transform="translate(14 ${(pad.t + height - pad.b) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(s.yLabel)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(s.yLabel)} / ${escapeHtml(s.xLabel)}">${parts.join('')}</svg>`;
}

const PRINT_CSS = `
body{font:16px/1.55 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.8rem;margin-bottom:.2rem}h2,h3{margin-top:1.6rem}
.question{font-style:italic;color:#333}.meta{color:#666;font-size:.85rem}
table{border-collapse:collapse;margin:1rem 0;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding-bottom:.3rem}
th,td{border:1px solid #bbb;padding:.2rem .6rem;text-align:right}th{background:#f1f4f1}
.experiment{border-left:4px solid #2f7d4b;padding:.4rem .8rem;background:#f5faf6;margin:1rem 0}
figure{margin:1rem 0}figcaption{font-size:.9rem;color:#333}svg text{font-size:11px;fill:#333}
svg .grid{stroke:#e3e3e3}svg circle{fill:#2f6fb5}svg .data{fill:none;stroke:#2f6fb5}svg .fit{fill:none;stroke:#c0392b;stroke-width:1.5}
blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1rem;color:#444}.display-math{text-align:center;margin:.8rem 0}
img{max-width:100%}
@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}figure,table,.experiment{break-inside:avoid}h2,h3{break-after:avoid}}
`;

export function exportHtml(doc: Y.Doc, opts: ExportOptions): string {
  const L = opts.labels ?? ENGLISH_LABELS;
  const meta = readMeta(doc);
  const body: string[] = [`<h1>${escapeHtml(meta.title)}</h1>`];
  if (meta.question) body.push(`<p class="question"><strong>${escapeHtml(L.question)}:</strong> ${escapeHtml(meta.question)}</p>`);
  body.push(`<p class="meta">${escapeHtml(L.exportedAt)}: ${new Date(opts.now ?? Date.now()).toISOString().slice(0, 10)}</p>`);
  for (const c of listCells(doc)) {
    if (c.kind === 'text') body.push(htmlBlocks(readRichText(doc, c.id), opts));
    else if (c.kind === 'experiment') {
      const e = readExperiment(doc, c.id);
      const d = (opts.describeExperiment ?? plainExperimentDescription)(e);
      const params = d.params.map((p) => `<span class="param">${escapeHtml(p.label)} = ${escapeHtml(p.value)}</span>`).join(' · ');
      const href = (opts.origin ?? '') + experimentLabHref(opts.projectId, c.id, e.simulationId);
      body.push(`<div class="experiment"><strong>${escapeHtml(L.experiment)}: ${escapeHtml(d.title)}</strong>${e.caption ? ` — ${escapeHtml(e.caption)}` : ''}<br>${params}<br><a href="${escapeHtml(href)}">${escapeHtml(L.openInLab)}</a></div>`);
    } else if (c.kind === 'table') body.push(htmlTable(readTable(doc, c.id), opts));
    else if (c.kind === 'chart') {
      const ch = readChart(doc, c.id);
      const s = chartSeries(doc, c.id);
      const fit = s.fit ? ` — ${escapeHtml(fitEquation(s.fit))}, R² = ${s.fit.rSquared.toFixed(4)}` : '';
      body.push(`<figure>${s.points.length ? chartSvg(s, ch.style) : `<p>${escapeHtml(L.noData)}</p>`}<figcaption>${escapeHtml(ch.title)}${fit}</figcaption></figure>`);
    } else if (c.kind === 'image') {
      const im = readImage(doc, c.id);
      const src = exportImageSrc(im.src);
      const image = src === null ? `<p><em>${escapeHtml(im.alt)}</em></p>` : `<img src="${escapeHtml(src)}" alt="${escapeHtml(im.alt)}">`;
      body.push(`<figure>${image}<figcaption>${escapeHtml(im.caption)}</figcaption></figure>`);
    } else if (c.kind === 'program') body.push(`<p><em>${escapeHtml(L.program)}</em></p>`);
  }
  return `<!doctype html>\n<html lang="${escapeHtml(meta.locale || 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(meta.title)}</title><style>${PRINT_CSS}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
