/**
 * Every page in zh-CN, in real Chromium: no English left in the interface (issue #14, item 8). The page's
 * text, its labels (aria-label, title, placeholder, alt) and its title are split into Latin words; each must
 * be a unit or symbol, a chemical formula, an abbreviation students meet in Chinese classrooms too (pH, CSV,
 * IUPAC…), a key name, or a name from the demo school's data (people type their own names). Code
 * (`<code>`, `<kbd>`, formulas typeset by KaTeX) and text marked as another language (`lang="en"`, the
 * language switch's "English") are not interface wording and are skipped. Needs `npx vite build` first.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELEMENTS } from '../../simulations/stoichiometry/periodic-table';
import { appPages, openAs, pageReady, type AppPage, type Role } from '../support/app-pages';
import { useServerAndBrowser } from '../support/server-and-browser';

const PASSWORD = 'e2e-wording-pass-42';

/** Units and symbols as printed in Chinese textbooks (SI units, quantities, functions). */
const UNITS_AND_SYMBOLS = [
  'kg', 'mg', 'mL', 'mol', 'mmol', 'nm', 'pm', 'ps', 'ms', 'rad', 'Hz', 'Pa', 'kPa', 'kJ', 'mA', 'kW', 'cm', 'mm', 'km',
  'sin', 'cos', 'tan', 'lg', 'ln', 'vx', 'vy', 'pH', 'pKa', 'dpH', 'dV', 'NkT', 'PA', 'Cd', 'mgh', 'mv', 'lx', 'Ek', 'Ep',
  // equilibrium constants as 人教版 选择性必修1 writes them (电离常数 Ka, Kb; 水的离子积 Kw; 溶度积 Ksp)
  'Ka', 'Kb', 'Kw', 'Ksp',
];
/** Abbreviations and names used untranslated in Chinese schools and software. */
const ABBREVIATIONS = [
  'SHA-256', 'CSV', 'PNG', 'HTML', 'Markdown', 'IUPAC', 'VSEPR', 'SHA', 'Blockly', 'KaTeX', 'LaTeX', 'QR', 'LED', 'URL', 'ID', 'https', 'http',
  // the spreadsheet programs and text encodings a class list comes from
  'Excel', 'WPS', 'UTF-8', 'GBK', 'xlsx',
  // the open formats the process evaluation is exported in
  'xAPI', 'JSON',
  // the school's open-data API and its tokens (API 令牌, as Chinese software says)
  'API',
];
/** Keyboard keys named in hints. */
const KEYS = ['Alt', 'Ctrl', 'Shift', 'Esc', 'Enter', 'Tab', 'Space', 'Delete', 'Backspace', 'Home', 'End'];
/**
 * The demo school's data (server/demo-school.ts): names people gave themselves, their classes and teams,
 * and their log-in names. User data, not interface wording.
 */
const DEMO_DATA = [
  'Ms', 'Wang', 'Dr', 'Li', 'Zhang', 'Ming', 'Liu', 'Yang', 'Chen', 'Jing', 'Zhao', 'Lei', 'Sun', 'Yue', 'Zhou', 'Ting',
  'Sprout', 'Demo', 'School', 'Office', 'Grade', 'Class', 'Team', 'admin', 'teacher', 'mentor', 'student1', 'student2', 'student3', 'student4', 'student5', 'student6',
];
const ALLOWED = new Set([...UNITS_AND_SYMBOLS, ...ABBREVIATIONS, ...KEYS, ...DEMO_DATA]);
const SYMBOLS = new Set(ELEMENTS.map((e) => e.symbol));

/** NaOH, CH3COOH, H2, O1 (an atom's label), CuSO: element symbols with counts. */
function isFormula(word: string): boolean {
  const parts = word.match(/[A-Z][a-z]?\d*/g);
  return !!parts && parts.join('') === word && parts.every((p) => SYMBOLS.has(p.replace(/\d+$/, '')));
}

/**
 * Designators and codes: circuit parts as textbooks letter them (L1, A1, RP1), curriculum codes (X1.1),
 * VSEPR notation (AX2E2), invite codes (BQ3N-HSTK).
 */
const isCode = (word: string) => /^[A-Z]{1,2}\d+$/.test(word) || /^AX\d(E\d)?$/.test(word) || /^[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(word);

function allowed(word: string): boolean {
  return ALLOWED.has(word) || isFormula(word) || isCode(word);
}

/** Latin words in the page's interface text, each with where it was found. */
async function latinWords(page: Page): Promise<{ word: string; where: string }[]> {
  const found = await page.evaluate(() => {
    const SKIP = 'script, style, noscript, template, code, kbd, samp, pre, .katex, [translate="no"]';
    const otherLanguage = (el: Element) => {
      const tagged = el.closest('[lang]');
      return !!tagged && tagged !== document.documentElement && !tagged.getAttribute('lang')!.startsWith('zh');
    };
    const out: [string, string][] = [];
    const add = (text: string, where: string) => {
      const clean = text.replace(/https?:\/\/\S+/g, ' ');
      for (const m of clean.matchAll(/[A-Za-z][A-Za-z0-9]*(?:-[A-Z0-9]+)?/g)) if (m[0].length > 1) out.push([m[0], `${where}: “${text.trim().slice(0, 90)}”`]);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(SKIP) || otherLanguage(el)) continue;
      add(n.textContent ?? '', `<${el.tagName.toLowerCase()}>`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest(SKIP) || otherLanguage(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr);
        if (v) add(v, `<${el.tagName.toLowerCase()} ${attr}>`);
      }
    }
    add(document.title, '<title>');
    return out;
  });
  return found.map(([word, where]) => ({ word, where }));
}

/**
 * ASCII colons after or before Chinese text ("小组留言: …", "回执码: 1-4N2M…"): Chinese text takes the full-width
 * "：" (GB/T 15834-2011 标点符号用法 §4.7). Times (13:51), ratios (负极 : 正极) and code are not wording.
 */
async function asciiColons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SKIP = 'script, style, noscript, template, code, kbd, samp, pre, .katex, [translate="no"]';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(SKIP)) continue;
      // this text and the start of what follows it (a label's value is often an element of its own)
      const text = `${n.textContent ?? ''}${(n.nextSibling?.textContent ?? '').slice(0, 2)}`.replace(/\s+/g, ' ');
      if (/[\u3400-\u9fff）》」』](?::| :(?! ))(?!\d)/.test(text)) out.push(`<${el.tagName.toLowerCase()}>: “${text.trim().slice(0, 90)}”`);
    }
    return [...new Set(out)];
  });
}

const app = useServerAndBrowser({ password: PASSWORD, timeoutMs: 120_000 });
const as = {} as Record<Role, Page>;
let pages: AppPage[] = [];

beforeAll(async () => {
  for (const role of ['anonymous', 'student', 'teacher', 'mentor', 'admin'] as const) {
    as[role] = await openAs(app.browser, app.server.url, role, { locale: 'zh-CN', viewport: { width: 1280, height: 900 }, password: PASSWORD });
  }
  pages = await appPages(as.student, as.teacher);
}, 120_000);

describe('zh-CN interface wording', () => {
  it('the allow-list itself: formulas and codes pass, English words do not', () => {
    for (const w of ['NaOH', 'CH3COOH', 'H2', 'O1', 'HCl', 'AX2E2', 'BQ3N-HSTK', 'RP1', 'X1']) expect(allowed(w), w).toBe(true);
    for (const w of ['linear', 'pendulum', 'lengthM', 'no', 'such', 'student', 'Play', 'English']) expect(allowed(w), w).toBe(false);
  });

  it('every page shows Chinese only, apart from units, symbols, formulas and names, with Chinese colons', async () => {
    expect(pages.length).toBeGreaterThan(process.env.APP_PAGES ? 0 : 20); // APP_PAGES: a run on a few pages
    const problems: string[] = [];
    for (const p of pages) {
      const page = as[p.as];
      await page.goto(app.server.url + p.path);
      await pageReady(page);
      expect(await page.evaluate(() => document.documentElement.lang), p.name).toBe('zh-CN');
      for (const where of await asciiColons(page)) problems.push(`${p.name} (${p.path}) as ${p.as}: an ASCII colon in Chinese text in ${where}`);
      const seen = new Set<string>();
      for (const { word, where } of await latinWords(page)) {
        if (allowed(word) || seen.has(word)) continue;
        seen.add(word);
        problems.push(`${p.name} (${p.path}) as ${p.as}: '${word}' in ${where}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
