import type { ProjectTemplate } from './template';

const experiment = { simulationId: 'pendulum', params: { lengthM: 1, massKg: 0.5, angleDeg: 10, dampingKgps: 0, secondPendulum: false } };

/** Worked starter: how the period of a simple pendulum depends on its length and on the bob's mass. */
export const pendulumTemplate: ProjectTemplate = {
  id: 'pendulum',
  subject: 'physics',
  simulations: ['pendulum'],
  text: {
    en: {
      title: 'What sets the period of a pendulum?',
      question: 'How does the period of a simple pendulum depend on its length and on the mass of the bob?',
      summary: 'Pendulum lab: measure the period for several lengths and masses, plot T² against L and find g.',
      cells: [
        { text: [{ heading: 2, text: 'Research question' }, { paragraph: 'How does the period T of a simple pendulum depend on its length L and on the mass m of the bob?' }] },
        {
          text: [
            { heading: 2, text: 'Hypothesis' },
            { paragraph: ['For small swings the textbook model predicts ', { math: 'T = 2\\pi\\sqrt{L/g}' }, ': the period grows with the square root of the length and does not depend on the mass.'] },
            { paragraph: ['Squaring gives a straight line through the origin:'] },
            { math: 'T^2 = \\frac{4\\pi^2}{g}\\,L' },
          ],
        },
        {
          text: [
            { heading: 2, text: 'Variables' },
            {
              bullets: [
                [{ text: 'Independent', bold: true }, ': length L (0.2 m to 2 m); in part 2, mass m (0.1 kg to 2 kg).'],
                [{ text: 'Dependent', bold: true }, ': period T, timed over several swings.'],
                [{ text: 'Controlled', bold: true }, ': release angle 10°, no damping, same gravity.'],
              ],
            },
          ],
        },
        { experiment: { ...experiment, caption: 'Pendulum, L = 1 m, m = 0.5 kg, released at 10°' } },
        {
          text: [
            { heading: 2, text: 'Method' },
            {
              numbered: [
                'Open the lab from the experiment above. Keep the release angle at 10°.',
                'Part 1: set L to 0.2, 0.4, 0.6 … 2.0 m. For each, time 10 swings with the stopwatch and record T = t/10.',
                'Part 2: keep L = 1 m and set m to 0.1, 0.5, 1 and 2 kg. Record T again.',
                'Send each recorded table to this notebook, or type the values into the tables below.',
              ],
            },
          ],
        },
        { table: { ref: 'length', name: 'Part 1: period against length', columns: [{ name: 'L', unit: 'm', key: 'lengthM' }, { name: 'T', unit: 's', key: 'periodS' }] } },
        { chart: { title: 'T² against L', table: 'length', x: { column: 0 }, y: { column: 1, transform: 'square' }, style: 'scatter', fit: 'linear' } },
        { table: { ref: 'mass', name: 'Part 2: period against mass', columns: [{ name: 'm', unit: 'kg', key: 'massKg' }, { name: 'T', unit: 's', key: 'periodS' }] } },
        { chart: { title: 'T against m', table: 'mass', x: { column: 0 }, y: { column: 1 }, style: 'scatter', fit: 'linear' } },
        {
          text: [
            { heading: 2, text: 'Analysis' },
            { paragraph: ['If the model holds, the slope k of the T² against L line equals ', { math: '4\\pi^2/g' }, ', so'] },
            { math: 'g = \\frac{4\\pi^2}{k}' },
            { paragraph: 'Compute g from your fit and compare it with 9.81 m/s². Is the intercept close to zero? Does the mass chart show a slope close to zero?' },
          ],
        },
        { text: [{ heading: 2, text: 'Conclusion' }, { paragraph: 'Answer the question: what does the period depend on, and what not? How large was your error in g?' }] },
        {
          text: [
            { heading: 2, text: 'References' },
            { numbered: [[{ text: 'OpenStax College Physics 2e, §16.4 The Simple Pendulum', href: 'https://openstax.org/books/college-physics-2e/pages/16-4-the-simple-pendulum' }]] },
          ],
        },
      ],
    },
    'zh-CN': {
      title: '单摆的周期由什么决定？',
      question: '单摆的周期与摆长、摆球质量有什么关系？',
      summary: '单摆实验：测量不同摆长和不同质量下的周期，作 T²–L 图像并求重力加速度 g。',
      cells: [
        { text: [{ heading: 2, text: '研究问题' }, { paragraph: '单摆的周期 T 与摆长 L、摆球质量 m 有什么关系？' }] },
        {
          text: [
            { heading: 2, text: '假设' },
            { paragraph: ['在摆角很小时，教材给出的单摆周期公式为 ', { math: 'T = 2\\pi\\sqrt{L/g}' }, '：周期与摆长的平方根成正比，与摆球质量无关。'] },
            { paragraph: ['两边平方，得到一条过原点的直线：'] },
            { math: 'T^2 = \\frac{4\\pi^2}{g}\\,L' },
          ],
        },
        {
          text: [
            { heading: 2, text: '变量' },
            {
              bullets: [
                [{ text: '自变量', bold: true }, '：摆长 L（0.2 m～2 m）；第二部分为摆球质量 m（0.1 kg～2 kg）。'],
                [{ text: '因变量', bold: true }, '：周期 T，测量多次全振动的总时间求得。'],
                [{ text: '控制变量', bold: true }, '：释放角 10°，无阻尼，重力加速度不变。'],
              ],
            },
          ],
        },
        { experiment: { ...experiment, caption: '单摆，L = 1 m，m = 0.5 kg，从 10° 释放' } },
        {
          text: [
            { heading: 2, text: '实验方法' },
            {
              numbered: [
                '从上方的实验单元打开实验室，保持释放角为 10°。',
                '第一部分：摆长依次取 0.2、0.4、0.6……2.0 m，每次用秒表测 10 次全振动的时间 t，记录 T = t/10。',
                '第二部分：保持 L = 1 m，质量依次取 0.1、0.5、1、2 kg，再记录周期 T。',
                '把记录好的数据表发送到本笔记本，或直接填入下面的表格。',
              ],
            },
          ],
        },
        { table: { ref: 'length', name: '第一部分：周期与摆长', columns: [{ name: 'L', unit: 'm', key: 'lengthM' }, { name: 'T', unit: 's', key: 'periodS' }] } },
        { chart: { title: 'T²–L 图像', table: 'length', x: { column: 0 }, y: { column: 1, transform: 'square' }, style: 'scatter', fit: 'linear' } },
        { table: { ref: 'mass', name: '第二部分：周期与质量', columns: [{ name: 'm', unit: 'kg', key: 'massKg' }, { name: 'T', unit: 's', key: 'periodS' }] } },
        { chart: { title: 'T–m 图像', table: 'mass', x: { column: 0 }, y: { column: 1 }, style: 'scatter', fit: 'linear' } },
        {
          text: [
            { heading: 2, text: '数据分析' },
            { paragraph: ['若模型成立，T²–L 直线的斜率 k 等于 ', { math: '4\\pi^2/g' }, '，因此'] },
            { math: 'g = \\frac{4\\pi^2}{k}' },
            { paragraph: '由拟合结果算出 g，并与 9.81 m/s² 比较。截距是否接近零？T–m 图像的斜率是否接近零？' },
          ],
        },
        { text: [{ heading: 2, text: '结论' }, { paragraph: '回答研究问题：周期与哪些量有关，与哪些量无关？你测得的 g 误差有多大？' }] },
        {
          text: [
            { heading: 2, text: '参考文献' },
            { numbered: ['人民教育出版社《普通高中教科书 物理 选择性必修 第一册》第二章“机械振动”，单摆。'] },
          ],
        },
      ],
    },
  },
};
