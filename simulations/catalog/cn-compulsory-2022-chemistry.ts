/**
 * 义务教育化学课程标准（2022年版）, 学生必做实验 (8). Worksheets: ./worksheets/cn-compulsory-2022-chemistry.ts.
 * A bench preset that covers an item goes into its `experiments` list.
 */
import { bi, type CatalogEntry } from './entry';

const standard = 'cn-compulsory-2022-chemistry' as const;
const up = (zh: string, en: string) => bi(`九年级上册 ${zh}`, `Grade 9 vol. 1 · ${en}`);
const down = (zh: string, en: string) => bi(`九年级下册 ${zh}`, `Grade 9 vol. 2 · ${en}`);

export const entries: CatalogEntry[] = [
  {
    standard, code: '1', grade: 9, picture: 'oxygen',
    title: bi('氧气的实验室制取与性质', 'Preparing oxygen in the laboratory and its properties'),
    chapter: up('第二单元 我们周围的空气 · 实验活动1', 'Unit 2 The air around us · Experiment activity 1'),
    experiments: ['wet-oxygen'],
  },
  {
    standard, code: '2', grade: 9, picture: 'carbon-dioxide',
    title: bi('二氧化碳的实验室制取与性质', 'Preparing carbon dioxide in the laboratory and its properties'),
    chapter: up('第六单元 碳和碳的氧化物 · 实验活动2', 'Unit 6 Carbon and its oxides · Experiment activity 2'),
    experiments: ['wet-carbon-dioxide'],
  },
  {
    standard, code: '3', grade: 9, picture: 'combustion',
    title: bi('燃烧条件的探究', 'Investigating the conditions for burning'),
    chapter: up('第七单元 燃料及其利用 · 实验活动3', 'Unit 7 Fuels and their use · Experiment activity 3'),
    experiments: ['wet-combustion'],
  },
  {
    standard, code: '4', grade: 9, picture: 'metals',
    title: bi('常见金属的物理性质和化学性质', 'Physical and chemical properties of common metals'),
    chapter: down('第八单元 金属和金属材料 · 实验活动4', 'Unit 8 Metals and metallic materials · Experiment activity 4'),
    experiments: ['wet-metals'],
  },
  {
    standard, code: '5', grade: 9, picture: 'solution-prep',
    title: bi('一定溶质质量分数的氯化钠溶液的配制', 'Making a sodium chloride solution of a given mass fraction'),
    chapter: down('第九单元 溶液 · 实验活动5', 'Unit 9 Solutions · Experiment activity 5'),
    experiments: ['wet-solution'],
  },
  {
    standard, code: '6', grade: 9, picture: 'filtration',
    title: bi('粗盐中难溶性杂质的去除', 'Removing insoluble impurities from crude salt'),
    chapter: down('第十一单元 盐 化肥 · 实验活动8', 'Unit 11 Salts and fertilisers · Experiment activity 8'),
    experiments: ['wet-coarse-salt'],
  },
  {
    standard, code: '7', grade: 9, picture: 'acid-base',
    title: bi('常见酸、碱的化学性质', 'Chemical properties of common acids and bases'),
    chapter: down('第十单元 酸和碱 · 实验活动6', 'Unit 10 Acids and bases · Experiment activity 6'),
    experiments: ['wet-acids-bases'],
    related: ['titration'],
    start: { titration: { analyte: 'HCl', titrant: 'NaOH', indicator: 'phenolphthalein' } },
    note: bi(
      '滴定实验可演示酸与碱的中和及指示剂的变色；酸与金属、金属氧化物、碳酸盐的反应见化学实验台。',
      'The titration lab shows neutralisation and how indicators change colour; the wet bench has the reactions of acids with metals, metal oxides and carbonates.',
    ),
  },
  {
    standard, code: '8', grade: 9, picture: 'electrolysis',
    title: bi('水的组成及变化的探究', 'Investigating the composition of water and its changes'),
    chapter: up('第四单元 自然界的水 · 课题3 水的组成', 'Unit 4 Water in nature · Topic 3 What water is made of'),
    experiments: ['wet-electrolysis'],
    related: ['stoichiometry'],
    start: { stoichiometry: { reaction: 'water-synthesis' } },
    note: bi(
      '化学计量实验可配平 2H₂ + O₂ → 2H₂O 并算出氢气与氧气 2∶1 的物质的量之比；电解水本身要等化学实验台。',
      'The reaction-amounts lab balances 2H₂ + O₂ → 2H₂O and gives the 2 : 1 amount ratio of hydrogen to oxygen; electrolysing water itself waits for the chemistry bench.',
    ),
  },
];
