import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { displayCode } from './entry';
import { filterCatalog, filterToSearch, isFiltered, NO_FILTER, parseFilter, type CatalogFilter } from './filter';

const codes = (f: Partial<CatalogFilter>) => filterCatalog(CATALOG, { ...NO_FILTER, ...f }).map((e) => `${e.standard}/${e.code}`);

describe('catalogue filter', () => {
  it('shows everything unfiltered', () => {
    expect(codes({}).length).toBe(68);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('searches titles in either language, ignoring case and full-width letters', () => {
    expect(codes({ query: '单摆' })).toEqual(['cn-senior-2020-physics/X1.2']);
    expect(codes({ query: 'simple PENDULUM' })).toEqual(['cn-senior-2020-physics/X1.2']);
    expect(codes({ query: 'ｐｅｎｄｕｌｕｍ' })).toEqual(['cn-senior-2020-physics/X1.2']);
    // every word must match: "density liquids" finds 4.1.2 but "density pendulum" nothing
    expect(codes({ query: 'density liquids' })).toEqual(['cn-compulsory-2022-physics/4.1.2']);
    expect(codes({ query: 'density pendulum' })).toEqual([]);
    expect(codes({ query: '4.2.12' })).toEqual(['cn-compulsory-2022-physics/4.2.12']);
    // senior codes as the Chinese page writes them
    expect(codes({ query: '选必1-2' })).toEqual(['cn-senior-2020-physics/X1.2', 'cn-senior-2020-chemistry/X1.2']);
    expect(codes({ query: 'X1.2 单摆' })).toEqual(['cn-senior-2020-physics/X1.2']);
  });

  it('filters by subject, stage, grade, standard and what runs now', () => {
    expect(codes({ subject: 'chemistry' }).length).toBe(8 + 18);
    expect(codes({ grade: 'junior' }).length).toBe(21 + 8);
    expect(codes({ grade: 'senior', subject: 'physics' }).length).toBe(21);
    expect(codes({ grade: '9', subject: 'chemistry' }).length).toBe(8);
    // junior physics in grade 9 is electricity and magnetism: 4.1.7–4.1.9 and 4.2.9–4.2.12
    expect(codes({ grade: '9', subject: 'physics' }).map((c) => c.split('/')[1])).toEqual(['4.1.7', '4.1.8', '4.1.9', '4.2.9', '4.2.10', '4.2.11', '4.2.12']);
    expect(codes({ standard: 'cn-senior-2020-chemistry', runnable: true })).toEqual(['cn-senior-2020-chemistry/B1.1', 'cn-senior-2020-chemistry/B1.2', 'cn-senior-2020-chemistry/B1.3', 'cn-senior-2020-chemistry/B2.1', 'cn-senior-2020-chemistry/B2.2', 'cn-senior-2020-chemistry/B2.3', 'cn-senior-2020-chemistry/B2.4', 'cn-senior-2020-chemistry/B2.5', 'cn-senior-2020-chemistry/B2.6', 'cn-senior-2020-chemistry/X1.1', 'cn-senior-2020-chemistry/X1.2', 'cn-senior-2020-chemistry/X1.3', 'cn-senior-2020-chemistry/X1.4', 'cn-senior-2020-chemistry/X1.5', 'cn-senior-2020-chemistry/X2.1', 'cn-senior-2020-chemistry/X3.1', 'cn-senior-2020-chemistry/X3.2', 'cn-senior-2020-chemistry/X3.3']);
    expect(codes({ subject: 'chemistry', standard: 'cn-senior-2020-physics' })).toEqual([]);
  });

  it('writes senior codes in Chinese as 必修/选必, and keeps the standards\' own numbers', () => {
    expect(displayCode('B1.2', 'zh-CN')).toBe('必修1-2');
    expect(displayCode('X3.1', 'zh-CN')).toBe('选必3-1');
    expect(displayCode('X3.1', 'en')).toBe('X3.1');
    expect(displayCode('4.1.1', 'zh-CN')).toBe('4.1.1');
    expect(displayCode('7', 'zh-CN')).toBe('7');
  });

  it('round-trips through the address and falls back to "all" for unknown values', () => {
    const f: CatalogFilter = { query: '电流', subject: 'physics', grade: '9', standard: 'cn-compulsory-2022-physics', runnable: true };
    expect(parseFilter('?' + filterToSearch(f))).toEqual(f);
    expect(filterToSearch(NO_FILTER)).toBe('');
    expect(parseFilter('?subject=biology&grade=13&standard=x&runnable=yes&q=')).toEqual(NO_FILTER);
    expect(parseFilter('?q=' + 'a'.repeat(500)).query.length).toBe(80);
  });
});
