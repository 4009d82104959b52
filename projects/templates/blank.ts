import type { ProjectTemplate } from './template';

/** The blank research project: every section of a research report, each with a prompt. */
export const blankTemplate: ProjectTemplate = {
  id: 'blank',
  subject: 'other',
  simulations: [],
  text: {
    en: {
      title: 'My research project',
      question: '',
      summary: 'An empty research report: question, hypothesis, variables, method, data, analysis, conclusion, references.',
      cells: [
        { text: [{ heading: 2, text: 'Research question' }, { paragraph: 'What exactly do you want to find out? Write one question that an experiment can answer.' }] },
        { text: [{ heading: 2, text: 'Hypothesis' }, { paragraph: 'What do you expect to happen, and why? Use what you already know from class or from reading.' }] },
        {
          text: [
            { heading: 2, text: 'Variables' },
            {
              bullets: [
                [{ text: 'Independent variable', bold: true }, ': what you change on purpose.'],
                [{ text: 'Dependent variable', bold: true }, ': what you measure.'],
                [{ text: 'Controlled variables', bold: true }, ': what you keep the same, and how.'],
              ],
            },
          ],
        },
        { text: [{ heading: 2, text: 'Method' }, { numbered: ['Describe the set-up.', 'Describe each measurement step.', 'Say how many times you repeat each measurement.'] }] },
        { text: [{ heading: 2, text: 'Data' }, { paragraph: 'Record your measurements in the table below. Give every column a unit.' }] },
        { table: { ref: 'data', name: 'Measurements', columns: [{ name: 'x', unit: '' }, { name: 'y', unit: '' }] } },
        { text: [{ heading: 2, text: 'Analysis' }, { paragraph: 'Plot your data, describe the trend, and compare it with your hypothesis. Estimate the uncertainty of your results.' }] },
        { text: [{ heading: 2, text: 'Conclusion' }, { paragraph: 'Answer your research question in two or three sentences. What would you improve next time?' }] },
        { text: [{ heading: 2, text: 'References' }, { numbered: ['Author, title, publisher or website, year.'] }] },
      ],
    },
    'zh-CN': {
      title: '我的研究课题',
      question: '',
      summary: '空白研究报告：研究问题、假设、变量、方法、数据、分析、结论、参考文献。',
      cells: [
        { text: [{ heading: 2, text: '研究问题' }, { paragraph: '你到底想弄清楚什么？写出一个可以用实验回答的问题。' }] },
        { text: [{ heading: 2, text: '假设' }, { paragraph: '你预计会出现什么结果？为什么？请结合课堂所学或查阅的资料说明理由。' }] },
        {
          text: [
            { heading: 2, text: '变量' },
            {
              bullets: [
                [{ text: '自变量', bold: true }, '：你有意改变的量。'],
                [{ text: '因变量', bold: true }, '：你要测量的量。'],
                [{ text: '控制变量', bold: true }, '：需要保持不变的量，以及如何保持不变。'],
              ],
            },
          ],
        },
        { text: [{ heading: 2, text: '实验方法' }, { numbered: ['描述实验装置。', '逐步写出每一次测量的操作。', '说明每个测量重复几次。'] }] },
        { text: [{ heading: 2, text: '数据记录' }, { paragraph: '把测量结果记录在下面的表格中，每一列都要写明单位。' }] },
        { table: { ref: 'data', name: '测量数据', columns: [{ name: 'x', unit: '' }, { name: 'y', unit: '' }] } },
        { text: [{ heading: 2, text: '数据分析' }, { paragraph: '画出数据图像，描述变化规律，并与你的假设进行比较。估计结果的误差。' }] },
        { text: [{ heading: 2, text: '结论' }, { paragraph: '用两三句话回答你的研究问题。如果再做一次，你会改进哪些地方？' }] },
        { text: [{ heading: 2, text: '参考文献' }, { numbered: ['作者，题名，出版社或网站，年份。'] }] },
      ],
    },
  },
};
