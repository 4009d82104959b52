/**
 * Research project templates and `applyTemplate`, used by the app ("new project") and by the server
 * (POST /api/projects with a template id, demo seed). No DOM, no Node-only imports.
 */
import type * as Y from 'yjs';
import { addChartCell } from '../cells/chart';
import { addExperimentCell } from '../cells/experiment';
import { addTableCell, readTable } from '../cells/table';
import { addTextCell } from '../cells/text';
import { ProjectSchemaError, cellCount, transact, updateMeta } from '../schema';
import { blankTemplate } from './blank';
import { pendulumTemplate } from './pendulum';
import { projectileTemplate } from './projectile';
import { TEMPLATE_LOCALES, type ProjectTemplate, type TemplateLocale } from './template';
import { titrationTemplate } from './titration';

export * from './template';

export const templates: readonly ProjectTemplate[] = [blankTemplate, pendulumTemplate, projectileTemplate, titrationTemplate];

export function findTemplate(id: string): ProjectTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/** Any locale string → the template language (`zh`, `zh-TW` → zh-CN; anything else → en). */
export function templateLocale(locale: string): TemplateLocale {
  return (TEMPLATE_LOCALES as readonly string[]).includes(locale) ? (locale as TemplateLocale) : locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** What the "new project" picker shows. */
export function listTemplates(locale: string): { id: string; subject: string; title: string; summary: string }[] {
  const l = templateLocale(locale);
  return templates.map((t) => ({ id: t.id, subject: t.subject, title: t.text[l].title, summary: t.text[l].summary }));
}

/**
 * Fill an EMPTY project document from a template, in one transaction. `title` overrides the
 * template's title. Throws when the template id is unknown or the document already has cells.
 */
export function applyTemplate(
  doc: Y.Doc,
  templateId: string,
  locale: string,
  opts: { title?: string; createdBy?: string; now?: number } = {},
): void {
  const tpl = findTemplate(templateId);
  if (!tpl) throw new ProjectSchemaError(`unknown template "${templateId}"; known templates: ${templates.map((t) => t.id).join(', ')}`);
  if (cellCount(doc) > 0) throw new ProjectSchemaError('applyTemplate needs an empty project document');
  const l = templateLocale(locale);
  const text = tpl.text[l];
  const now = opts.now ?? Date.now();
  const ins = { createdBy: opts.createdBy ?? '', now };
  transact(doc, () => {
    updateMeta(doc, { title: opts.title?.trim() || text.title, question: text.question, subject: tpl.subject, status: 'draft', templateId: tpl.id, locale: l, createdAt: now });
    const tables = new Map<string, string>();
    for (const cell of text.cells) {
      if ('text' in cell) addTextCell(doc, cell.text, ins);
      else if ('experiment' in cell) addExperimentCell(doc, { ...cell.experiment, savedAt: now }, ins);
      else if ('table' in cell) tables.set(cell.table.ref, addTableCell(doc, cell.table, ins));
      else {
        const c = cell.chart;
        const tableId = tables.get(c.table);
        if (!tableId) throw new ProjectSchemaError(`template "${tpl.id}": chart "${c.title}" refers to unknown table "${c.table}"`);
        const cols = readTable(doc, tableId).columns;
        const col = (i: number) => {
          if (!cols[i]) throw new ProjectSchemaError(`template "${tpl.id}": chart "${c.title}" refers to column ${i} of a ${cols.length}-column table`);
          return cols[i].id;
        };
        addChartCell(
          doc,
          {
            title: c.title,
            tableId,
            x: { columnId: col(c.x.column), transform: c.x.transform ?? 'none' },
            y: { columnId: col(c.y.column), transform: c.y.transform ?? 'none' },
            style: c.style ?? 'scatter',
            fit: c.fit ?? 'none',
          },
          ins,
        );
      }
    }
  });
}
