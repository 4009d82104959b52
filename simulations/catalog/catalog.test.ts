/**
 * The catalogue names every required experiment of the four standards exactly once, in both languages,
 * with a worksheet, and every experiment it names exists in the registry with valid starting values.
 * The required lists below are ../shared/curriculum.md's (the 18th senior chemistry item, which that file
 * leaves to be confirmed, is 简单配合物的制备: see the entry's note); when that file is present the test
 * also checks it still says the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateParams } from '../core';
import { findSimulation } from '../registry';
import { CATALOG, loadWorksheets } from './catalog';
import { STANDARD_IDS, type StandardId, type WorksheetText } from './entry';
import { STANDARDS } from './standards';

const REQUIRED: Record<StandardId, string[]> = {
  'cn-compulsory-2022-physics': [
    '用托盘天平测量物体的质量', '测量固体和液体的密度', '用常见温度计测量温度', '用刻度尺测量长度，用表测量时间', '测量物体运动的速度',
    '用弹簧测力计测量力', '用电流表测量电流', '用电压表测量电压', '用电流表和电压表测量电阻', '探究水在沸腾前后温度变化的特点',
    '探究滑动摩擦力大小与哪些因素有关', '探究液体压强与哪些因素有关', '探究浮力大小与哪些因素有关', '探究杠杆的平衡条件', '探究光的反射定律',
    '探究平面镜成像的特点', '探究凸透镜成像的规律', '探究通电螺线管外部磁场的方向', '探究导体在磁场中运动时产生感应电流的条件',
    '探究串联电路和并联电路中电流、电压的特点', '探究电流与电压、电阻的关系',
  ],
  'cn-compulsory-2022-chemistry': [
    '氧气的实验室制取与性质', '二氧化碳的实验室制取与性质', '燃烧条件的探究', '常见金属的物理性质和化学性质',
    '一定溶质质量分数的氯化钠溶液的配制', '粗盐中难溶性杂质的去除', '常见酸、碱的化学性质', '水的组成及变化的探究',
  ],
  'cn-senior-2020-physics': [
    '长度的测量及其测量工具的选用', '探究小车速度随时间变化的规律', '探究弹簧弹力与形变量的关系', '探究两个互成角度的力的合成规律',
    '探究加速度与物体受力、物体质量的关系', '探究平抛运动的特点', '探究向心力大小与半径、角速度、质量的关系', '验证机械能守恒定律',
    '观察电容器的充、放电现象', '导体电阻率的测量', '练习使用多用电表', '测量电源的电动势和内阻', '验证动量守恒定律',
    '用单摆测量重力加速度的大小', '测量玻璃的折射率', '用双缝干涉测量光的波长', '探究影响感应电流方向的因素（感应电流产生的条件）',
    '探究变压器原、副线圈电压与匝数的关系', '利用传感器制作简单的自动控制装置', '用油膜法估测油酸分子的大小', '探究等温情况下一定质量气体压强与体积的关系',
  ],
  'cn-senior-2020-chemistry': [
    '配制一定物质的量浓度的溶液', '铁及其化合物的性质', '同周期、同主族元素性质的递变', '用化学沉淀法去除粗盐中的杂质离子',
    '不同价态含硫物质的转化', '化学能转化成电能', '化学反应速率的影响因素', '搭建球棍模型认识有机化合物分子结构的特点', '乙醇、乙酸的主要性质',
    '简单的电镀实验', '制作简单的燃料电池', '探究影响化学平衡移动的因素', '强酸与强碱的中和滴定', '盐类水解的应用', '乙酸乙酯的制备与性质',
    '有机化合物中常见官能团的检验', '糖类的性质',
    '简单配合物的制备',
  ],
};

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;

describe('curriculum catalogue', () => {
  it('lists every required item of each standard exactly once, and nothing else', () => {
    for (const std of STANDARDS) {
      const titles = CATALOG.filter((e) => e.standard === std.id).map((e) => e.title['zh-CN']);
      expect(titles.length, std.id).toBe(std.itemCount);
      expect([...titles].sort(), std.id).toEqual([...REQUIRED[std.id]].sort());
    }
    expect(CATALOG.length).toBe(21 + 8 + 21 + 18);
    expect(STANDARDS.map((s) => s.id)).toEqual([...STANDARD_IDS]);
  });

  it('agrees with ../shared/curriculum.md when it is there', () => {
    const root = resolve(import.meta.dirname, '../..');
    const file = [resolve(root, '../shared/curriculum.md'), resolve(root, '../../shared/curriculum.md')].find(existsSync);
    if (!file) return; // the list above is the check; the shared file is only on the team's machines
    const md = readFileSync(file, 'utf8');
    for (const [std, titles] of Object.entries(REQUIRED)) {
      const section = md.split(`## ${std}`)[1]?.split('\n## ')[0] ?? '';
      const named = titles.filter((t) => section.includes(t));
      // Every title the file names is ours; the 18th senior chemistry item is the one it leaves open.
      expect(named.length, std).toBe(std === 'cn-senior-2020-chemistry' ? titles.length - 1 : titles.length);
    }
  });

  it('gives every entry a unique code, both titles, a chapter and a grade that fits its stage', () => {
    const ids = new Set<string>();
    for (const e of CATALOG) {
      const id = `${e.standard}/${e.code}`;
      expect(ids.has(id), id).toBe(false);
      ids.add(id);
      expect(e.title['zh-CN'], id).toMatch(CJK);
      expect(e.title.en, id).toMatch(LATIN);
      expect(e.title.en, id).not.toMatch(CJK);
      expect(e.chapter['zh-CN'], id).toMatch(CJK);
      expect(e.chapter.en, id).not.toMatch(CJK);
      if (e.note) {
        expect(e.note['zh-CN'], id).toMatch(CJK);
        expect(e.note.en, id).not.toMatch(CJK);
      }
      const stage = STANDARDS.find((s) => s.id === e.standard)!.stage;
      expect(stage === 'junior' ? [8, 9] : [10, 11, 12], id).toContain(e.grade);
      expect(e.picture, id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('names only registered experiments, with starting values each experiment accepts', () => {
    for (const e of CATALOG) {
      const named = [...e.experiments, ...(e.related ?? [])];
      expect(new Set(named).size, `${e.code}: an experiment listed twice`).toBe(named.length);
      for (const id of named) expect(findSimulation(id), `${e.standard}/${e.code}: ${id}`).toBeDefined();
      for (const [id, values] of Object.entries(e.start ?? {})) {
        expect(named, `${e.code}: starting values for ${id}, which the entry does not list`).toContain(id);
        const r = validateParams(findSimulation(id)!.meta.params, values);
        expect(r.ok ? [] : r.errors.map((x) => x.message), `${e.standard}/${e.code} → ${id}`).toEqual([]);
      }
    }
  });

  it('maps today’s experiments to the items they cover', () => {
    const covering = (id: string) => CATALOG.filter((e) => e.experiments.includes(id)).map((e) => `${e.standard}/${e.code}`);
    expect(covering('pendulum')).toEqual(['cn-senior-2020-physics/X1.2']);
    expect(covering('projectile')).toEqual(['cn-senior-2020-physics/B2.1']);
    expect(covering('collisions')).toEqual(['cn-senior-2020-physics/X1.1']);
    expect(covering('gas')).toEqual(['cn-senior-2020-physics/X3.2']);
    expect(covering('wet-oil-film')).toEqual(['cn-senior-2020-physics/X3.1']);
    expect(covering('titration')).toEqual(['cn-senior-2020-chemistry/X1.2']);
    expect(covering('molecules')).toEqual(['cn-senior-2020-chemistry/B2.5']);
    expect(covering('wet-titration')).toEqual(['cn-senior-2020-chemistry/X1.2']);
    expect(covering('wet-molar-solution')).toEqual(['cn-senior-2020-chemistry/B1.1']);
    expect(covering('wet-reaction-rate')).toEqual(['cn-senior-2020-chemistry/B2.4']);
    expect(covering('wet-iron')).toEqual(['cn-senior-2020-chemistry/B1.2']);
    expect(covering('wet-periodic-trends')).toEqual(['cn-senior-2020-chemistry/B1.3']);
    expect(covering('wet-functional-groups')).toEqual(['cn-senior-2020-chemistry/X3.2']);
    expect(covering('wet-cell')).toEqual(['cn-senior-2020-chemistry/B2.3']);
    expect(covering('wet-ethanol-acetic')).toEqual(['cn-senior-2020-chemistry/B2.6']);
    expect(covering('wet-salt-hydrolysis')).toEqual(['cn-senior-2020-chemistry/X1.3']);
    expect(covering('wet-sulfur')).toEqual(['cn-senior-2020-chemistry/B2.2']);
    expect(covering('wet-crude-salt-ions')).toEqual(['cn-senior-2020-chemistry/B2.1']);
    expect(covering('wet-sugars')).toEqual(['cn-senior-2020-chemistry/X3.3']);
    expect(covering('wet-ester')).toEqual(['cn-senior-2020-chemistry/B2.6', 'cn-senior-2020-chemistry/X3.1']);
    // the circuits bench's presets
    expect(covering('circuit-ammeter')).toEqual(['cn-compulsory-2022-physics/4.1.7']);
    expect(covering('circuit-ohms-law')).toEqual(['cn-compulsory-2022-physics/4.2.12']);
    // the mechanics bench's senior presets
    expect(covering('mechanics-cart-velocity')).toEqual(['cn-senior-2020-physics/B1.1']);
    expect(covering('mechanics-cart-force')).toEqual(['cn-senior-2020-physics/B1.4']);
    expect(covering('mechanics-spring')).toEqual(['cn-senior-2020-physics/B1.2']);
    expect(covering('mechanics-length')).toEqual(['cn-senior-2020-physics/B3.2']);
    expect(covering('mechanics-energy')).toEqual(['cn-senior-2020-physics/B2.3']);
    expect(covering('mechanics-force-composition')).toEqual(['cn-senior-2020-physics/B1.3']);
    expect(covering('mechanics-centripetal')).toEqual(['cn-senior-2020-physics/B2.2']);
  });
});

describe('worksheets', () => {
  const parts = ['apparatus', 'steps', 'record', 'questions'] as const;

  for (const std of STANDARD_IDS) {
    it(`${std}: one per entry, in both languages, the same shape in each, complete for covered items`, async () => {
      const sheets = await loadWorksheets(std);
      const codes = CATALOG.filter((e) => e.standard === std).map((e) => e.code);
      expect(Object.keys(sheets).sort()).toEqual([...codes].sort());
      for (const entry of CATALOG.filter((e) => e.standard === std)) {
        const ws = sheets[entry.code];
        const zh: WorksheetText = ws['zh-CN'], en: WorksheetText = ws.en;
        const where = `${std}/${entry.code}`;
        expect(zh.goal, where).toMatch(CJK);
        expect(en.goal, where).toMatch(LATIN);
        expect(zh.apparatus.length, `${where} apparatus`).toBeGreaterThanOrEqual(2);
        for (const p of parts) {
          expect(en[p].length, `${where} ${p}: same number of lines in both languages`).toBe(zh[p].length);
          for (const line of zh[p]) expect(line.trim(), `${where} ${p}`).not.toBe('');
          for (const line of en[p]) expect(line, `${where} ${p} (en)`).not.toMatch(CJK);
        }
        expect(en.goal, where).not.toMatch(CJK);
        if (entry.experiments.length) {
          for (const p of parts) expect(zh[p].length, `${where}: a covered item needs ${p}`).toBeGreaterThan(0);
        }
      }
    });
  }
});
