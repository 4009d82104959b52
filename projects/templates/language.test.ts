import { describe, expect, it } from 'vitest';
import { setTextBlocks } from '../cells/text';
import { listCells, readMeta, updateMeta, createProjectDoc } from '../schema';
import { applyTemplate } from './index';
import { switchTemplateLanguage, untouchedTemplate } from './language';
import { SAMPLE_PROJECTS } from './samples';

describe('a template project in the other language', () => {
  it('switches an untouched project to English as a whole, with the sample title translated', () => {
    const doc = createProjectDoc();
    applyTemplate(doc, 'pendulum', 'zh-CN', { title: SAMPLE_PROJECTS[0].title['zh-CN'], now: 1000 });
    expect(untouchedTemplate(doc)).toEqual({ templateId: 'pendulum', locale: 'zh-CN' });
    const cellsBefore = listCells(doc).length;
    expect(switchTemplateLanguage(doc, 'en')).toBe(true);
    const meta = readMeta(doc);
    expect([meta.title, meta.locale, meta.createdAt, meta.question]).toEqual([SAMPLE_PROJECTS[0].title.en, 'en', 1000, 'How does the period of a simple pendulum depend on its length and on the mass of the bob?']);
    expect(listCells(doc)).toHaveLength(cellsBefore);
    expect(untouchedTemplate(doc)).toEqual({ templateId: 'pendulum', locale: 'en' });
    // already English: nothing to do
    expect(switchTemplateLanguage(doc, 'en')).toBe(false);
  });

  it('keeps a title the team chose', () => {
    const doc = createProjectDoc();
    applyTemplate(doc, 'titration', 'en', { title: 'Our vinegar', now: 1 });
    expect(switchTemplateLanguage(doc, 'zh-CN')).toBe(true);
    expect(readMeta(doc)).toMatchObject({ title: 'Our vinegar', locale: 'zh-CN' });
  });

  it('never rewrites a project someone has written in, or a submitted one', () => {
    const written = createProjectDoc();
    applyTemplate(written, 'pendulum', 'zh-CN', { now: 1 });
    setTextBlocks(written, listCells(written)[0].id, [{ heading: 2, text: '研究问题' }, { paragraph: '我们的问题' }]);
    expect(untouchedTemplate(written)).toBeNull();
    expect(switchTemplateLanguage(written, 'en')).toBe(false);
    expect(readMeta(written).locale).toBe('zh-CN');

    const submitted = createProjectDoc();
    applyTemplate(submitted, 'pendulum', 'zh-CN', { now: 1 });
    updateMeta(submitted, { status: 'submitted' });
    expect(untouchedTemplate(submitted)).toBeNull();

    // the blank research project's headings switch too
    const blank = createProjectDoc();
    applyTemplate(blank, 'blank', 'zh-CN', { now: 1 });
    expect(switchTemplateLanguage(blank, 'en')).toBe(true);
    expect(readMeta(blank).locale).toBe('en');
  });
});
