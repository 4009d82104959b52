/**
 * What changed between two versions of a project (e.g. two submissions): cells added, removed, changed
 * or moved (matched by cell id), and a word-level diff of each changed cell's text.
 *
 * Every cell kind is first rendered to plain text through the projects/ accessors (read-only), so one
 * word diff serves text, tables, charts, experiments and images alike. Chinese has no spaces between
 * words: each Han character is its own token, which is how a Chinese teacher would mark corrections.
 *
 * Pure: imports yjs and projects/ only; runs in the browser and on the server.
 */
import type * as Y from 'yjs';
import { chartSeries, readChart, type ChartData, type ChartSeries } from './cells/chart';
import { readExperiment, type ExperimentData } from './cells/experiment';
import { readImage } from './cells/image';
import { readProgramSummary } from './cells/program-cell';
import { readRichText, richPlainText, type RichElement, type RichNode, type RichTextRun } from './cells/text';
import { readTable } from './cells/table';
import { plainExperimentDescription, tableValueText, type ExperimentDescription } from './export';
import { listCells, readMeta, type CellKind } from './schema';

/** Marks a formula in diff text: `MATH_OPEN + latex + MATH_CLOSE` is one token, so a changed formula shows as one change (the app typesets it). */
export const MATH_OPEN = '\uE000';
export const MATH_CLOSE = '\uE001';

/** How cells read as text (the app passes the reader's language; the server uses the defaults). */
export interface CellTextOptions {
  /** Formulas as MATH_OPEN…MATH_CLOSE tokens (default: formulas are left out of the text, as comment ranges count them). */
  math?: boolean;
  describeExperiment?: (e: ExperimentData) => ExperimentDescription;
  /** A chart in words: default `title`, `y against x`, the style and the fit in English. */
  describeChart?: (c: ChartData, s: ChartSeries) => string[];
  /** Table numbers with their column's significant digits (default: the stored value in full). */
  formatNumber?: (v: number, digits: number) => string;
  /** A program in words (default: `Program: name (n blocks)`). */
  describeProgram?: (p: { name: string; blocks: number }) => string;
}

/** Plain text of rich text with formulas kept as tokens (see MATH_OPEN). */
function richTextWithMath(nodes: RichNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return (n as RichTextRun).text;
      const e = n as RichElement;
      if (e.type === 'inlineMath') return MATH_OPEN + String(e.attrs.latex ?? '') + MATH_CLOSE;
      if (e.type === 'blockMath') return MATH_OPEN + String(e.attrs.latex ?? '') + MATH_CLOSE + '\n';
      return richTextWithMath(e.children) + (['paragraph', 'heading', 'codeBlock'].includes(e.type) ? '\n' : '');
    })
    .join('');
}

function defaultChartWords(c: ChartData, s: ChartSeries): string[] {
  const axes = s.error ? `x: ${c.x.columnId}, y: ${c.y.columnId}` : `${s.yLabel} against ${s.xLabel}`;
  return [c.title, axes, `${c.style}, fit: ${c.fit}`];
}

export type WordOp = { op: 'same' | 'added' | 'removed'; text: string };

export interface CellText {
  id: string;
  kind: CellKind;
  /** A short label: the first heading or line of a text cell, a table's or chart's name, a simulation id. */
  title: string;
  /** The whole content as plain text (what the diff compares). */
  text: string;
}

export type CellChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface CellChange {
  cellId: string;
  kind: CellKind;
  title: string;
  change: CellChangeKind;
  /** Position in the earlier / later version (null when absent there). */
  beforeIndex: number | null;
  afterIndex: number | null;
  /** True when the cell kept its content but its place among the common cells changed. */
  moved: boolean;
  /** Word diff of the cell's text: for changed cells (also all-added / all-removed for added and removed ones). */
  words: WordOp[];
}

export interface ProjectDiff {
  titleChanged: { before: string; after: string } | null;
  /** In the later version's order, with removed cells placed after the cell that preceded them before. */
  cells: CellChange[];
  counts: { added: number; removed: number; changed: number; unchanged: number; moved: number };
}

const num = (v: number | null) => (v === null ? '' : String(v));

function textTitle(nodes: RichNode[]): string {
  const heading = nodes.find((n) => n.type === 'heading') as RichElement | undefined;
  const source = heading ? richPlainText(heading.children) : richPlainText(nodes);
  return source.split('\n').find((l) => l.trim())?.trim().slice(0, 80) ?? '';
}

/** One cell as plain text, through the typed accessors of its kind. */
export function cellText(doc: Y.Doc, cellId: string, kind: CellKind, o: CellTextOptions = {}): CellText {
  switch (kind) {
    case 'text': {
      const nodes = readRichText(doc, cellId);
      const text = o.math ? richTextWithMath(nodes) : richPlainText(nodes);
      return { id: cellId, kind, title: textTitle(nodes), text: text.replace(/\n+$/, '') };
    }
    case 'table': {
      const t = readTable(doc, cellId);
      const head = t.columns.map((c) => (c.unit ? `${c.name} (${c.unit})` : c.name)).join(' | ');
      const rows = t.rows.map((r) => r.values.map((v, j) => (o.formatNumber ? tableValueText(v, t.columns[j], o.formatNumber) : num(v))).join(' | '));
      return { id: cellId, kind, title: t.name, text: [t.name, head, ...rows].join('\n') };
    }
    case 'chart': {
      const c = readChart(doc, cellId);
      const text = (o.describeChart ?? defaultChartWords)(c, chartSeries(doc, cellId)).filter(Boolean).join('\n');
      return { id: cellId, kind, title: c.title, text };
    }
    case 'experiment': {
      const e = readExperiment(doc, cellId);
      const d = o.describeExperiment ? o.describeExperiment(e) : plainExperimentDescription({ simulationId: e.simulationId, params: Object.fromEntries(Object.keys(e.params).sort().map((k) => [k, e.params[k]])) });
      const params = d.params.map((p) => `${p.label} = ${p.value}`);
      return { id: cellId, kind, title: d.title, text: [d.title, ...params, e.caption].filter(Boolean).join('\n') };
    }
    case 'image': {
      const i = readImage(doc, cellId);
      return { id: cellId, kind, title: i.caption || i.alt, text: [i.caption, i.alt, i.src].filter(Boolean).join('\n') };
    }
    case 'program': {
      const p = readProgramSummary(doc, cellId);
      return { id: cellId, kind, title: p.name, text: o.describeProgram ? o.describeProgram(p) : `Program${p.name ? `: ${p.name}` : ''} (${p.blocks} blocks)` };
    }
  }
}

/** Every cell of a document as plain text, in order. */
export function projectCellTexts(doc: Y.Doc, o: CellTextOptions = {}): CellText[] {
  return listCells(doc).map((c) => cellText(doc, c.id, c.kind, o));
}

// ---------- word diff ----------

/**
 * A formula (MATH_OPEN…MATH_CLOSE) whole; Han (and kana) characters one by one; words of other scripts
 * and numbers, joined across inner . , - ' (so "2.01" and "don't" stay whole but "mass." splits); runs
 * of spaces; any other single character.
 */
const TOKEN = /\uE000[^\uE001]*\uE001|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}_]+(?:[.,'’-][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}_]+)*|\s+|./gsu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Above this many token pairs the LCS table is not built; the middle is reported as one replacement. */
export const MAX_LCS_CELLS = 4_000_000;

function push(out: WordOp[], op: WordOp['op'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * Word-level diff (longest common subsequence of tokens, after trimming the common prefix and suffix).
 * Joining the `same`+`removed` texts gives `before`; joining `same`+`added` gives `after`.
 */
export function diffWords(before: string, after: string): WordOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: WordOp[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_LCS_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else if (n > 0 || m > 0) {
    // lcs[i][j] = LCS length of midA[i..] and midB[j..], flattened.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = midA[i] === midB[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(out, 'same', midA[i++]);
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        push(out, 'removed', midA[i++]);
      } else {
        push(out, 'added', midB[j++]);
      }
    }
  }
  push(out, 'same', a.slice(endA).join(''));
  return out;
}

// ---------- project diff ----------

/** Longest increasing subsequence of positions: the common cells that did not move. */
function stayingIds(commonInAfterOrder: { id: string; beforeIndex: number }[]): Set<string> {
  const xs = commonInAfterOrder;
  const tails: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  for (let k = 0; k < xs.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]].beforeIndex < xs[k].beforeIndex) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const keep = new Set<string>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep.add(xs[k].id);
  return keep;
}

export function diffProjects(before: Y.Doc, after: Y.Doc, o: CellTextOptions = {}): ProjectDiff {
  const a = projectCellTexts(before, o);
  const b = projectCellTexts(after, o);
  const aIndex = new Map(a.map((c, i) => [c.id, i]));
  const bIndex = new Map(b.map((c, i) => [c.id, i]));
  const common = b.filter((c) => aIndex.has(c.id)).map((c) => ({ id: c.id, beforeIndex: aIndex.get(c.id)! }));
  const staying = stayingIds(common);

  const changes: CellChange[] = [];
  const removedAfter = new Map<number, CellChange[]>(); // keyed by the later index they follow (-1: top)
  a.forEach((c, i) => {
    if (bIndex.has(c.id)) return;
    let anchor = -1;
    for (let k = i - 1; k >= 0; k--) {
      const bi = bIndex.get(a[k].id);
      if (bi !== undefined) {
        anchor = bi;
        break;
      }
    }
    const change: CellChange = {
      cellId: c.id, kind: c.kind, title: c.title, change: 'removed', beforeIndex: i, afterIndex: null, moved: false, words: c.text ? [{ op: 'removed', text: c.text }] : [],
    };
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), change]);
  });

  changes.push(...(removedAfter.get(-1) ?? []));
  b.forEach((c, j) => {
    const i = aIndex.get(c.id);
    if (i === undefined) {
      changes.push({ cellId: c.id, kind: c.kind, title: c.title, change: 'added', beforeIndex: null, afterIndex: j, moved: false, words: c.text ? [{ op: 'added', text: c.text }] : [] });
    } else {
      const old = a[i];
      const same = old.text === c.text && old.kind === c.kind;
      changes.push({
        cellId: c.id,
        kind: c.kind,
        title: c.title || old.title,
        change: same ? 'unchanged' : 'changed',
        beforeIndex: i,
        afterIndex: j,
        moved: !staying.has(c.id),
        words: same ? [] : diffWords(old.text, c.text),
      });
    }
    changes.push(...(removedAfter.get(j) ?? []));
  });

  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0, moved: 0 };
  for (const c of changes) {
    counts[c.change]++;
    if (c.moved) counts.moved++;
  }
  const ta = readMeta(before).title;
  const tb = readMeta(after).title;
  return { titleChanged: ta !== tb ? { before: ta, after: tb } : null, cells: changes, counts };
}
