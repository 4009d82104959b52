/**
 * What a curriculum catalogue entry is: one required experiment (学生必做实验) of a Chinese curriculum
 * standard, named in both languages, placed in the textbook, with the experiments that cover it.
 *
 * The catalogue is content, not interface text, so its two languages live side by side here (like
 * projects/templates) instead of in src/i18n, whose catalogues load with the first screen: the entries
 * load with the Labs page, and their worksheets (the bulk of the text) only when someone opens one.
 * A test checks that every text has both languages.
 */
import type { ParamValue, Subject } from '../core';

export type CatalogLocale = 'zh-CN' | 'en';

/** The same text in both languages. */
export type Bilingual = Record<CatalogLocale, string>;

export function bi(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}

export const STANDARD_IDS = ['cn-compulsory-2022-physics', 'cn-compulsory-2022-chemistry', 'cn-senior-2020-physics', 'cn-senior-2020-chemistry'] as const;
export type StandardId = (typeof STANDARD_IDS)[number];

export type Stage = 'junior' | 'senior';

/** School years as Chinese schools count them: 8–9 junior secondary (初二、初三), 10–12 senior (高一–高三). */
export type Grade = 8 | 9 | 10 | 11 | 12;

export interface Standard {
  id: StandardId;
  subject: Subject;
  stage: Stage;
  /** The standard's own name. */
  name: Bilingual;
  /** A short name for filters and headings. */
  shortName: Bilingual;
  /** Which textbook the chapters refer to, and how sure we are of them. */
  textbook: Bilingual;
  /** How many required experiments the standard lists (the catalogue must have exactly these). */
  itemCount: number;
}

export interface CatalogEntry {
  standard: StandardId;
  /**
   * The item's number in the standard (junior lists: `4.1.1`, `1` … `8`), or for the senior lists,
   * which name no numbers, the module and place: `B1.2` = 必修第一册, second item; `X2.1` = 选择性必修第二册, first.
   */
  code: string;
  title: Bilingual;
  /** The school year in which 人教版 usually teaches it. */
  grade: Grade;
  /** Where 人教版 (People's Education Press, the most used edition) has it. */
  chapter: Bilingual;
  /**
   * Experiment ids (simulations/registry.ts: today's labs and the benches' curriculum presets) with which a
   * student can carry out this experiment and reach its conclusion. Empty until one exists: the item shows
   * as coming. Adding a bench preset here is a one-line change; a test checks every id is registered.
   */
  experiments: string[];
  /** Experiments that practise part of it, offered meanwhile (they do not count as coverage). */
  related?: string[];
  /** Starting values for an experiment or related experiment, by its id: the lab opens with them. */
  start?: Record<string, Record<string, ParamValue>>;
  /** Picture id (src/labs/pictures). */
  picture: string;
  /** What a teacher should know about the mapping (e.g. where the simulation differs from the bench). */
  note?: Bilingual;
}

/** One language of a worksheet. Covered items have every part; items still coming have at least goal and apparatus. */
export interface WorksheetText {
  goal: string;
  apparatus: string[];
  steps: string[];
  record: string[];
  questions: string[];
}

export type Worksheet = Record<CatalogLocale, WorksheetText>;

/**
 * How a reader sees a code: junior codes are the standards' own numbers (`4.1.1`, `7`); the senior ones
 * read `必修1-2` / `选必2-1` in Chinese, and stay `B1.2` / `X2.1` in English.
 */
export function displayCode(code: string, locale: CatalogLocale): string {
  const m = /^([BX])(\d)\.(\d+)$/.exec(code);
  if (!m || locale === 'en') return code;
  return `${m[1] === 'B' ? '必修' : '选必'}${m[2]}-${m[3]}`;
}

/** An entry's stable id across standards, e.g. `cn-senior-2020-physics/X1.2`. */
export function entryId(e: Pick<CatalogEntry, 'standard' | 'code'>): string {
  return `${e.standard}/${e.code}`;
}
