import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { chartSeries, readChart } from '../cells/chart';
import { readExperiment } from '../cells/experiment';
import { readTable } from '../cells/table';
import { readRichText, richPlainText } from '../cells/text';
import { createProjectDoc, listCells, readMeta } from '../schema';
import { applyTemplate, listTemplates, templateLocale, templates, TEMPLATE_LOCALES } from './index';

describe('templates', () => {
  it('has a blank research project and three worked starters tied to labs', () => {
    expect(templates.map((t) => t.id)).toEqual(['blank', 'pendulum', 'projectile', 'titration']);
    expect(templates.flatMap((t) => t.simulations)).toEqual(expect.arrayContaining(['pendulum', 'projectile', 'titration']));
  });

  it('blank template covers every section of a research report, in both languages', () => {
    const en = createProjectDoc();
    applyTemplate(en, 'blank', 'en');
    const text = listCells(en)
      .filter((c) => c.kind === 'text')
      .map((c) => richPlainText(readRichText(en, c.id)))
      .join('');
    for (const s of ['Research question', 'Hypothesis', 'Variables', 'Method', 'Data', 'Analysis', 'Conclusion', 'References']) expect(text).toContain(s);
    const zh = createProjectDoc();
    applyTemplate(zh, 'blank', 'zh-CN');
    const zt = listCells(zh)
      .filter((c) => c.kind === 'text')
      .map((c) => richPlainText(readRichText(zh, c.id)))
      .join('');
    for (const s of ['研究问题', '假设', '变量', '实验方法', '数据', '分析', '结论', '参考文献']) expect(zt).toContain(s);
  });

  for (const tpl of templates) {
    it(`${tpl.id}: both languages have the same cell structure and apply cleanly`, () => {
      const kinds = TEMPLATE_LOCALES.map((l) => tpl.text[l].cells.map((c) => Object.keys(c)[0]));
      expect(kinds[0]).toEqual(kinds[1]);
      for (const l of TEMPLATE_LOCALES) {
        expect(tpl.text[l].title.length).toBeGreaterThan(3);
        expect(tpl.text[l].summary.length).toBeGreaterThan(3);
        const doc = createProjectDoc();
        applyTemplate(doc, tpl.id, l, { createdBy: 'seed', now: 1000 });
        const meta = readMeta(doc);
        expect(meta).toMatchObject({ title: tpl.text[l].title, templateId: tpl.id, locale: l, status: 'draft', subject: tpl.subject, createdAt: 1000 });
        const cells = listCells(doc);
        expect(cells.length).toBe(tpl.text[l].cells.length);
        for (const c of cells) {
          if (c.kind === 'experiment') expect(tpl.simulations).toContain(readExperiment(doc, c.id).simulationId);
          if (c.kind === 'chart') {
            const ch = readChart(doc, c.id);
            expect(readTable(doc, ch.tableId).columns.map((x) => x.id)).toEqual(expect.arrayContaining([ch.x.columnId, ch.y.columnId]));
            expect(chartSeries(doc, c.id).error).toBeNull();
          }
        }
        // a round trip through an update (what the server stores) keeps everything
        const copy = new Y.Doc({ gc: false });
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
        expect(copy.getArray('cells').toJSON()).toEqual(doc.getArray('cells').toJSON());
      }
    });
  }

  it('pendulum template charts T² against L with a linear fit', () => {
    const doc = createProjectDoc();
    applyTemplate(doc, 'pendulum', 'en');
    const chart = listCells(doc).find((c) => c.kind === 'chart')!;
    expect(readChart(doc, chart.id)).toMatchObject({ y: { transform: 'square' }, fit: 'linear' });
  });

  it('refuses unknown templates (listing the known ones) and non-empty documents', () => {
    expect(() => applyTemplate(createProjectDoc(), 'nope', 'en')).toThrow(/unknown template "nope"; known templates: blank, pendulum, projectile, titration/);
    const doc = createProjectDoc();
    applyTemplate(doc, 'blank', 'en');
    expect(() => applyTemplate(doc, 'blank', 'en')).toThrow(/empty project document/);
  });

  it('maps locales and lists templates for the picker', () => {
    expect(templateLocale('zh-TW')).toBe('zh-CN');
    expect(templateLocale('fr')).toBe('en');
    expect(listTemplates('zh-CN')[1].title).toBe('单摆的周期由什么决定？');
  });
});
