/**
 * `npm run sim -- --curriculum [--standard <id>] [--format json|csv]`: one row per required experiment,
 * with the experiments that cover it (empty when none does yet). Exit status 1 when an entry names an
 * experiment the registry does not have (a typo must not pass as coverage), 2 for a bad command line.
 */
import type { SimulationEntry } from '../registry';
import { CATALOG, subjectOf } from './catalog';
import { entryId, STANDARD_IDS, type CatalogEntry } from './entry';
import { isStandardId } from './standards';

export interface CurriculumRow {
  standard: string;
  code: string;
  /** The standard's own (Chinese) title. */
  title: string;
  titleEn: string;
  subject: string;
  grade: number;
  experiments: string[];
  related: string[];
}

export function curriculumRows(entries: readonly CatalogEntry[] = CATALOG): CurriculumRow[] {
  return entries.map((e) => ({
    standard: e.standard,
    code: e.code,
    title: e.title['zh-CN'],
    titleEn: e.title.en,
    subject: subjectOf(e),
    grade: e.grade,
    experiments: [...e.experiments],
    related: [...(e.related ?? [])],
  }));
}

/** Experiment ids named by entries (covering, related or with starting values) that are not registered. */
export function unknownExperiments(entries: readonly CatalogEntry[], known: (id: string) => boolean): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const named = new Set([...e.experiments, ...(e.related ?? []), ...Object.keys(e.start ?? {})]);
    for (const id of named) if (!known(id)) problems.push(`${entryId(e)}: unknown experiment '${id}'`);
  }
  return problems;
}

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export function curriculumCommand(args: string[], io: Io, registry: readonly SimulationEntry[]): number {
  let format: 'json' | 'csv' = 'json';
  let standard: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === '--format' && (value === 'json' || value === 'csv')) format = value;
    else if (flag === '--standard' && value !== undefined && isStandardId(value)) standard = value;
    else {
      const why =
        flag === '--format' ? `--format: ${JSON.stringify(value ?? '')} is not one of json | csv`
        : flag === '--standard' ? `--standard: ${JSON.stringify(value ?? '')} is not one of ${STANDARD_IDS.join(' | ')}`
        : `unknown option ${JSON.stringify(flag)} for --curriculum; allowed: --standard <id>, --format json|csv`;
      io.err(`sim: ${why}\n`);
      return 2;
    }
    i++;
  }
  const entries = CATALOG.filter((e) => !standard || e.standard === standard);
  const rows = curriculumRows(entries);
  if (format === 'csv') {
    const header = ['standard', 'code', 'title', 'titleEn', 'subject', 'grade', 'experiments', 'related'];
    const lines = rows.map((r) => [r.standard, r.code, r.title, r.titleEn, r.subject, r.grade, r.experiments.join(' '), r.related.join(' ')].map(csvCell).join(','));
    io.out([header.join(','), ...lines].join('\n') + '\n');
  } else {
    io.out(JSON.stringify(rows, null, 2) + '\n');
  }
  const unknown = unknownExperiments(entries, (id) => registry.some((s) => s.meta.id === id));
  for (const p of unknown) io.err(`sim: ${p}; registered experiments: ${registry.map((s) => s.meta.id).join(', ')}\n`);
  return unknown.length ? 1 : 0;
}
