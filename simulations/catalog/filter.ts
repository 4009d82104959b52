/**
 * Browsing the catalogue: by subject, school year or stage, standard, a title search in either language,
 * and "runs now" (covered). The Labs page keeps the filter in its address, so a link opens the same view.
 */
import type { Subject } from '../core';
import { displayCode, STANDARD_IDS, type CatalogEntry, type Grade, type StandardId } from './entry';
import { findStandard } from './standards';

export const GRADE_FILTERS = ['all', 'junior', '8', '9', 'senior', '10', '11', '12'] as const;
export type GradeFilter = (typeof GRADE_FILTERS)[number];

export interface CatalogFilter {
  query: string;
  subject: Subject | 'all';
  grade: GradeFilter;
  standard: StandardId | 'all';
  /** Only items an experiment covers today. */
  runnable: boolean;
}

export const NO_FILTER: CatalogFilter = { query: '', subject: 'all', grade: 'all', standard: 'all', runnable: false };

/** The longest search kept (a pasted paragraph is cut, not searched). */
export const MAX_QUERY_LENGTH = 80;

/** Case and full-width forms (全角) do not matter ("ＬＥＤ" finds "LED", NFKC), and runs of spaces count as one. */
function normalise(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function gradeMatches(grade: Grade, stage: 'junior' | 'senior', f: GradeFilter): boolean {
  if (f === 'all') return true;
  if (f === 'junior' || f === 'senior') return stage === f;
  return String(grade) === f;
}

/** Whether an entry passes the filter. The search matches every word in either title or the code (as written in either language). */
export function entryMatches(entry: CatalogEntry, f: CatalogFilter): boolean {
  const std = findStandard(entry.standard);
  if (!std) return false;
  if (f.subject !== 'all' && std.subject !== f.subject) return false;
  if (f.standard !== 'all' && entry.standard !== f.standard) return false;
  if (!gradeMatches(entry.grade, std.stage, f.grade)) return false;
  if (f.runnable && entry.experiments.length === 0) return false;
  const words = normalise(f.query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystacks = [entry.title['zh-CN'], entry.title.en, entry.code, displayCode(entry.code, 'zh-CN')].map(normalise);
  return words.every((w) => haystacks.some((h) => h.includes(w)));
}

export function filterCatalog(entries: readonly CatalogEntry[], f: CatalogFilter): CatalogEntry[] {
  return entries.filter((e) => entryMatches(e, f));
}

export function isFiltered(f: CatalogFilter): boolean {
  return f.query.trim() !== '' || f.subject !== 'all' || f.grade !== 'all' || f.standard !== 'all' || f.runnable;
}

/** Reads a filter from an address's query; anything unknown falls back to "all" (an old or mistyped link still opens). */
export function parseFilter(search: string | URLSearchParams): CatalogFilter {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = q.get(name);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  return {
    query: (q.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    subject: pick('subject', ['all', 'physics', 'chemistry'] as const, 'all'),
    grade: pick('grade', GRADE_FILTERS, 'all'),
    standard: pick('standard', ['all', ...STANDARD_IDS] as const, 'all'),
    runnable: q.get('runnable') === '1',
  };
}

/** The query string for a filter (without `?`), leaving out what is not filtered. */
export function filterToSearch(f: CatalogFilter): string {
  const q = new URLSearchParams();
  if (f.query.trim()) q.set('q', f.query.trim());
  if (f.subject !== 'all') q.set('subject', f.subject);
  if (f.grade !== 'all') q.set('grade', f.grade);
  if (f.standard !== 'all') q.set('standard', f.standard);
  if (f.runnable) q.set('runnable', '1');
  return q.toString();
}
