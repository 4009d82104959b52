import type { ProjectTemplate } from './template';

const params = {
  analyte: 'acetic',
  analyteConcMolL: 0.075,
  analyteVolumeML: 25,
  titrant: 'NaOH',
  titrantConcMolL: 0.1,
  indicator: 'phenolphthalein',
};

/** Worked starter: acid–base titration of (diluted) vinegar with sodium hydroxide. */
export const titrationTemplate: ProjectTemplate = {
  id: 'titration',
  subject: 'chemistry',
  simulations: ['titration'],
  text: {
    en: {
      title: 'How much acetic acid is in vinegar?',
      question: 'What is the acetic acid content of table vinegar, found by titration with sodium hydroxide?',
      summary: 'Titration lab: titrate diluted vinegar with 0.1 mol/L NaOH, find the equivalence point and the acid content.',
      cells: [
        { text: [{ heading: 2, text: 'Research question' }, { paragraph: 'How many grams of acetic acid does 100 mL of table vinegar contain? Is it close to the label (about 4–5 g per 100 mL)?' }] },
        {
          text: [
            { heading: 2, text: 'Background and hypothesis' },
            { paragraph: 'Acetic acid reacts with sodium hydroxide one to one:' },
            { math: '\\mathrm{CH_3COOH + NaOH \\longrightarrow CH_3COONa + H_2O}' },
            { paragraph: ['At the equivalence point ', { math: 'c_\\text{acid} V_\\text{acid} = c_\\text{NaOH} V_\\text{NaOH}' }, '. Because acetate is a weak base, the equivalence point lies above pH 7 (about 8.7), so phenolphthalein is a suitable indicator.'] },
            { paragraph: 'Vinegar is diluted ten times before titration so that about 20 mL of 0.1 mol/L NaOH is needed.' },
          ],
        },
        {
          text: [
            { heading: 2, text: 'Variables' },
            {
              bullets: [
                [{ text: 'Independent', bold: true }, ': volume of NaOH added.'],
                [{ text: 'Dependent', bold: true }, ': pH of the solution in the flask; indicator colour.'],
                [{ text: 'Controlled', bold: true }, ': 25.0 mL of diluted vinegar, NaOH concentration 0.100 mol/L, 25 °C.'],
              ],
            },
          ],
        },
        { experiment: { simulationId: 'titration', params, caption: '25.0 mL diluted vinegar titrated with 0.100 mol/L NaOH, phenolphthalein' } },
        {
          text: [
            { heading: 2, text: 'Method' },
            {
              numbered: [
                'Open the lab. Add NaOH in 1 mL steps and record the volume and pH after each step.',
                'Near the colour change, add 0.1 mL at a time.',
                'Stop at 30 mL. Repeat the whole titration twice more and average the end-point volumes.',
              ],
            },
          ],
        },
        { table: { ref: 'curve', name: 'Titration curve', columns: [{ name: 'V(NaOH)', unit: 'mL', key: 'volumeAddedML' }, { name: 'pH', unit: '', key: 'pH' }] } },
        { chart: { title: 'pH against volume of NaOH', table: 'curve', x: { column: 0 }, y: { column: 1 }, style: 'line', fit: 'none' } },
        {
          text: [
            { heading: 2, text: 'Analysis' },
            { paragraph: 'Read the equivalence volume from the steepest part of the curve. Then:' },
            { math: 'c_\\text{diluted} = \\frac{c_\\text{NaOH} V_\\text{eq}}{V_\\text{acid}}, \\quad c_\\text{vinegar} = 10\\,c_\\text{diluted}' },
            { math: '\\rho_\\text{acetic} = c_\\text{vinegar} \\cdot 60.05\\ \\mathrm{g/mol}' },
            { paragraph: 'Convert to grams per 100 mL and compare with the label.' },
          ],
        },
        { text: [{ heading: 2, text: 'Conclusion' }, { paragraph: 'State the acetic acid content with its uncertainty. Which step of the method limits the accuracy most?' }] },
        {
          text: [
            { heading: 2, text: 'References' },
            { numbered: [[{ text: 'OpenStax Chemistry 2e, §14.7 Acid-Base Titrations', href: 'https://openstax.org/books/chemistry-2e/pages/14-7-acid-base-titrations' }]] },
          ],
        },
      ],
    },
    'zh-CN': {
      title: '食醋中含有多少醋酸？',
      question: '用氢氧化钠溶液滴定，测定食醋中醋酸的含量是多少？',
      summary: '酸碱滴定实验：用 0.1 mol/L NaOH 滴定稀释后的食醋，确定滴定终点并计算醋酸含量。',
      cells: [
        { text: [{ heading: 2, text: '研究问题' }, { paragraph: '每 100 mL 食醋中含有多少克醋酸？与标签上的总酸含量（约 4～5 g/100 mL）是否接近？' }] },
        {
          text: [
            { heading: 2, text: '原理与假设' },
            { paragraph: '醋酸与氢氧化钠按 1∶1 反应：' },
            { math: '\\mathrm{CH_3COOH + NaOH \\longrightarrow CH_3COONa + H_2O}' },
            { paragraph: ['达到化学计量点时 ', { math: 'c_\\text{酸} V_\\text{酸} = c_\\text{NaOH} V_\\text{NaOH}' }, '。醋酸根是弱碱，化学计量点的 pH 大于 7（约 8.7），所以选用酚酞作指示剂。'] },
            { paragraph: '滴定前先把食醋稀释 10 倍，使消耗的 0.1 mol/L NaOH 约为 20 mL。' },
          ],
        },
        {
          text: [
            { heading: 2, text: '变量' },
            {
              bullets: [
                [{ text: '自变量', bold: true }, '：加入 NaOH 溶液的体积。'],
                [{ text: '因变量', bold: true }, '：锥形瓶中溶液的 pH 和指示剂颜色。'],
                [{ text: '控制变量', bold: true }, '：稀释后食醋 25.00 mL，NaOH 浓度 0.100 mol/L，温度 25 °C。'],
              ],
            },
          ],
        },
        { experiment: { simulationId: 'titration', params, caption: '用 0.100 mol/L NaOH 滴定 25.00 mL 稀释食醋，酚酞作指示剂' } },
        {
          text: [
            { heading: 2, text: '实验方法' },
            {
              numbered: [
                '打开实验室，每次加入 1 mL NaOH，记录加入的体积和溶液的 pH。',
                '接近变色时，每次只加 0.1 mL。',
                '加到 30 mL 为止。整个滴定再重复两次，求终点体积的平均值。',
              ],
            },
          ],
        },
        { table: { ref: 'curve', name: '滴定曲线数据', columns: [{ name: 'V(NaOH)', unit: 'mL', key: 'volumeAddedML' }, { name: 'pH', unit: '', key: 'pH' }] } },
        { chart: { title: 'pH 随 NaOH 体积的变化', table: 'curve', x: { column: 0 }, y: { column: 1 }, style: 'line', fit: 'none' } },
        {
          text: [
            { heading: 2, text: '数据分析' },
            { paragraph: '从曲线最陡的部分读出化学计量点的体积，然后计算：' },
            { math: 'c_\\text{稀释} = \\frac{c_\\text{NaOH} V_\\text{终点}}{V_\\text{酸}}, \\quad c_\\text{食醋} = 10\\,c_\\text{稀释}' },
            { math: '\\rho_\\text{醋酸} = c_\\text{食醋} \\cdot 60.05\\ \\mathrm{g/mol}' },
            { paragraph: '换算成每 100 mL 食醋中醋酸的克数，并与标签比较。' },
          ],
        },
        { text: [{ heading: 2, text: '结论' }, { paragraph: '写出醋酸含量及其误差范围。实验中哪一步对准确度影响最大？' }] },
        {
          text: [
            { heading: 2, text: '参考文献' },
            { numbered: ['人民教育出版社《普通高中教科书 化学 选择性必修1 化学反应原理》第三章“水溶液中的离子反应与平衡”，酸碱中和滴定。'] },
          ],
        },
      ],
    },
  },
};
