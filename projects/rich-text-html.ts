/**
 * A text cell's rich text as static HTML: the notebook's previews and read-only views, and the HTML export
 * (export.ts). Kept apart from the export, which brings the table, chart, fit and CSV code: a notebook's
 * previews show before the editor is in, on a slow link (issue #22), and need only this.
 */
import type * as Y from 'yjs';
import { readRichText, type RichElement, type RichNode, type RichTextRun } from './cells/text';
import { exportLinkHref } from './export-urls';

export interface HtmlOptions {
  /** LaTeX → HTML (e.g. KaTeX MathML). Without it, math is shown as LaTeX source. */
  renderMath?: (latex: string, display: boolean) => string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function htmlInline(nodes: RichNode[], o: HtmlOptions): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') {
        const r = n as RichTextRun;
        let s = escapeHtml(r.text);
        if (r.marks.code) s = `<code>${s}</code>`;
        if (r.marks.bold) s = `<strong>${s}</strong>`;
        if (r.marks.italic) s = `<em>${s}</em>`;
        const href = r.marks.href ? exportLinkHref(r.marks.href) : null;
        if (href !== null) s = `<a href="${escapeHtml(href)}">${s}</a>`;
        return s;
      }
      const e = n as RichElement;
      if (e.type === 'inlineMath') return mathHtml(String(e.attrs.latex ?? ''), false, o);
      if (e.type === 'hardBreak') return '<br>';
      return htmlInline(e.children, o);
    })
    .join('');
}

function mathHtml(latex: string, display: boolean, o: HtmlOptions): string {
  if (o.renderMath) {
    try {
      return o.renderMath(latex, display);
    } catch {
      /* fall through to the source */
    }
  }
  return display ? `<pre class="math">${escapeHtml(latex)}</pre>` : `<code class="math">${escapeHtml(latex)}</code>`;
}

export function htmlBlocks(nodes: RichNode[], o: HtmlOptions): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return escapeHtml((n as RichTextRun).text);
      const e = n as RichElement;
      switch (e.type) {
        case 'heading': {
          const level = Math.min(6, Number(e.attrs.level ?? 2) + 1);
          return `<h${level}>${htmlInline(e.children, o)}</h${level}>`;
        }
        case 'paragraph':
          return `<p>${htmlInline(e.children, o)}</p>`;
        case 'blockMath':
          return `<div class="display-math">${mathHtml(String(e.attrs.latex ?? ''), true, o)}</div>`;
        case 'blockquote':
          return `<blockquote>${htmlBlocks(e.children, o)}</blockquote>`;
        case 'bulletList':
          return `<ul>${htmlBlocks(e.children, o)}</ul>`;
        case 'orderedList':
          return `<ol>${htmlBlocks(e.children, o)}</ol>`;
        case 'listItem':
          return `<li>${htmlBlocks(e.children, o)}</li>`;
        case 'codeBlock':
          return `<pre>${htmlInline(e.children, o)}</pre>`;
        case 'horizontalRule':
          return '<hr>';
        default:
          return htmlInline(e.children, o);
      }
    })
    .join('\n');
}

/** A text cell as static HTML (previews, read-only views). */
export function richTextHtml(doc: Y.Doc, cellId: string, renderMath?: HtmlOptions['renderMath']): string {
  return htmlBlocks(readRichText(doc, cellId), { renderMath });
}
