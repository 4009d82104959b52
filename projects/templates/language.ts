/**
 * A project follows the language of whoever starts it: one created from a template gets the template in
 * its creator's language. One that nobody has written in yet (every cell still as the template made it,
 * e.g. a demo project seeded in the other language) can be switched to the template's other language
 * as a whole: `untouchedTemplate` says whether it can, `switchTemplateLanguage` does it in one
 * transaction. The title follows when it is the template's or the demo sample's own title.
 */
import type * as Y from 'yjs';
import { projectCellTexts } from '../diff';
import { tableRowCount } from '../cells/table';
import { cellsArray, createProjectDoc, listCells, readMeta, transact } from '../schema';
import { applyTemplate, findTemplate, templateLocale } from './index';
import { SAMPLE_PROJECTS } from './samples';
import { TEMPLATE_LOCALES, type TemplateLocale } from './template';

/** The template and language of a project nobody has written in yet, or null. */
export function untouchedTemplate(doc: Y.Doc): { templateId: string; locale: TemplateLocale } | null {
  const meta = readMeta(doc);
  if (!meta.templateId || !findTemplate(meta.templateId) || meta.status !== 'draft') return null;
  if (!(TEMPLATE_LOCALES as readonly string[]).includes(meta.locale)) return null;
  const locale = meta.locale as TemplateLocale;
  const fresh = createProjectDoc();
  try {
    applyTemplate(fresh, meta.templateId, locale, { now: 0 });
    if (readMeta(fresh).question !== meta.question) return null;
    // cheap checks first (a notebook in use has more cells, or rows in its tables), the texts last
    const mine = listCells(doc);
    const theirs = listCells(fresh);
    if (mine.length !== theirs.length || mine.some((c, i) => c.kind !== theirs[i].kind)) return null;
    if (mine.some((c, i) => c.kind === 'table' && tableRowCount(doc, c.id) !== tableRowCount(fresh, theirs[i].id))) return null;
    const shape = (d: Y.Doc) => JSON.stringify(projectCellTexts(d, { math: true }).map((c) => [c.kind, c.text]));
    return shape(fresh) === shape(doc) ? { templateId: meta.templateId, locale } : null;
  } finally {
    fresh.destroy();
  }
}

/** The title in the other language when it is the template's or a demo sample's own title; else null (kept). */
function translatedTitle(templateId: string, title: string, from: TemplateLocale, to: TemplateLocale): string | null {
  const tpl = findTemplate(templateId)!;
  if (title === tpl.text[from].title) return tpl.text[to].title;
  const sample = SAMPLE_PROJECTS.find((s) => s.templateId === templateId && s.title[from] === title);
  return sample ? sample.title[to] : null;
}

/**
 * Rewrite an untouched template project in `to` (`zh-CN` or `en`). Returns false (and changes
 * nothing) when someone has written in it, or it is in that language already.
 */
export function switchTemplateLanguage(doc: Y.Doc, to: string): boolean {
  const found = untouchedTemplate(doc);
  const target = templateLocale(to);
  if (!found || found.locale === target) return false;
  const meta = readMeta(doc);
  const title = translatedTitle(found.templateId, meta.title, found.locale, target) ?? meta.title;
  transact(doc, () => {
    const cells = cellsArray(doc);
    cells.delete(0, cells.length);
    applyTemplate(doc, found.templateId, target, { title, now: meta.createdAt || Date.now() });
  });
  return true;
}
