import type { ProjectTemplate } from './template';

const base = { speedMps: 20, heightM: 0, massKg: 0.45, diameterM: 0.22, dragCoefficient: 0.47, airDensityKgpm3: 1.225 };

/** Worked starter: range against launch angle, in vacuum and with air resistance. */
export const projectileTemplate: ProjectTemplate = {
  id: 'projectile',
  subject: 'physics',
  simulations: ['projectile'],
  text: {
    en: {
      title: 'Which launch angle throws farthest?',
      question: 'How does the range of a projectile depend on the launch angle, with and without air resistance?',
      summary: 'Projectile lab: range against angle in vacuum and with drag; find the best angle in each case.',
      cells: [
        { text: [{ heading: 2, text: 'Research question' }, { paragraph: 'How does the range R of a ball launched from the ground depend on the launch angle θ, and does air resistance change the best angle?' }] },
        {
          text: [
            { heading: 2, text: 'Hypothesis' },
            { paragraph: ['Without air resistance the range on level ground is'] },
            { math: 'R = \\frac{v_0^2 \\sin 2\\theta}{g}' },
            { paragraph: ['so it is largest at ', { math: '\\theta = 45^\\circ' }, ' and equal for complementary angles (30° and 60°). With drag we expect shorter ranges and a best angle ', { text: 'below', italic: true }, ' 45°.'] },
          ],
        },
        {
          text: [
            { heading: 2, text: 'Variables' },
            {
              bullets: [
                [{ text: 'Independent', bold: true }, ': launch angle θ from 10° to 80° in steps of 10°; air resistance off or on.'],
                [{ text: 'Dependent', bold: true }, ': range R (horizontal distance at landing).'],
                [{ text: 'Controlled', bold: true }, ': launch speed 20 m/s, launch height 0 m, ball mass 0.45 kg, diameter 0.22 m.'],
              ],
            },
          ],
        },
        { experiment: { simulationId: 'projectile', params: { ...base, angleDeg: 45, airResistance: false }, caption: 'Football-sized ball, 20 m/s, no air resistance' } },
        { experiment: { simulationId: 'projectile', params: { ...base, angleDeg: 45, airResistance: true }, caption: 'The same ball with air resistance (drag coefficient 0.47)' } },
        {
          text: [
            { heading: 2, text: 'Method' },
            {
              numbered: [
                'Open the first experiment (no drag). For θ = 10°, 20° … 80°, launch and record the range.',
                'Open the second experiment (with drag) and repeat for the same angles.',
                'Put both ranges in the table below, one row per angle.',
              ],
            },
          ],
        },
        { table: { ref: 'range', name: 'Range against launch angle', columns: [{ name: 'θ', unit: '°' }, { name: 'R without drag', unit: 'm' }, { name: 'R with drag', unit: 'm' }] } },
        { chart: { title: 'Range without drag', table: 'range', x: { column: 0 }, y: { column: 1 }, style: 'scatter', fit: 'quadratic' } },
        { chart: { title: 'Range with drag', table: 'range', x: { column: 0 }, y: { column: 2 }, style: 'scatter', fit: 'quadratic' } },
        {
          text: [
            { heading: 2, text: 'Analysis' },
            { paragraph: ['A quadratic fit ', { math: 'R \\approx a\\theta^2 + b\\theta + c' }, ' has its peak at ', { math: '\\theta^* = -b/(2a)' }, '. Compute θ* for both cases. Compare the vacuum ranges with the formula above.'] },
          ],
        },
        { text: [{ heading: 2, text: 'Conclusion' }, { paragraph: 'Which angle gives the longest throw in each case? By how much does drag shorten the range at 45°?' }] },
        {
          text: [
            { heading: 2, text: 'References' },
            { numbered: [[{ text: 'OpenStax University Physics Volume 1, §4.3 Projectile Motion', href: 'https://openstax.org/books/university-physics-volume-1/pages/4-3-projectile-motion' }]] },
          ],
        },
      ],
    },
    'zh-CN': {
      title: '以多大角度抛出最远？',
      question: '有无空气阻力时，抛体的射程与抛射角有什么关系？',
      summary: '抛体运动实验：分别在真空和有空气阻力时测量射程与抛射角的关系，找出最佳抛射角。',
      cells: [
        { text: [{ heading: 2, text: '研究问题' }, { paragraph: '从地面抛出的小球，射程 R 与抛射角 θ 有什么关系？空气阻力会不会改变最佳抛射角？' }] },
        {
          text: [
            { heading: 2, text: '假设' },
            { paragraph: ['不计空气阻力时，水平地面上的射程为'] },
            { math: 'R = \\frac{v_0^2 \\sin 2\\theta}{g}' },
            { paragraph: ['因此在 ', { math: '\\theta = 45^\\circ' }, ' 时射程最大，互余的两个角（如 30° 和 60°）射程相等。考虑空气阻力后，射程会变短，最佳抛射角应', { text: '小于', italic: true }, ' 45°。'] },
          ],
        },
        {
          text: [
            { heading: 2, text: '变量' },
            {
              bullets: [
                [{ text: '自变量', bold: true }, '：抛射角 θ，从 10° 到 80°，每次增加 10°；有无空气阻力。'],
                [{ text: '因变量', bold: true }, '：射程 R（落地时的水平距离）。'],
                [{ text: '控制变量', bold: true }, '：初速度 20 m/s，抛出高度 0 m，球的质量 0.45 kg，直径 0.22 m。'],
              ],
            },
          ],
        },
        { experiment: { simulationId: 'projectile', params: { ...base, angleDeg: 45, airResistance: false }, caption: '足球大小的球，初速度 20 m/s，不计空气阻力' } },
        { experiment: { simulationId: 'projectile', params: { ...base, angleDeg: 45, airResistance: true }, caption: '同一个球，考虑空气阻力（阻力系数 0.47）' } },
        {
          text: [
            { heading: 2, text: '实验方法' },
            {
              numbered: [
                '打开第一个实验（无空气阻力），抛射角依次取 10°、20°……80°，每次发射并记录射程。',
                '打开第二个实验（有空气阻力），对同样的角度重复测量。',
                '把两种情况的射程填入下表，每个角度一行。',
              ],
            },
          ],
        },
        { table: { ref: 'range', name: '射程与抛射角', columns: [{ name: 'θ', unit: '°' }, { name: '无阻力射程 R', unit: 'm' }, { name: '有阻力射程 R', unit: 'm' }] } },
        { chart: { title: '无空气阻力时的射程', table: 'range', x: { column: 0 }, y: { column: 1 }, style: 'scatter', fit: 'quadratic' } },
        { chart: { title: '有空气阻力时的射程', table: 'range', x: { column: 0 }, y: { column: 2 }, style: 'scatter', fit: 'quadratic' } },
        {
          text: [
            { heading: 2, text: '数据分析' },
            { paragraph: ['用二次函数 ', { math: 'R \\approx a\\theta^2 + b\\theta + c' }, ' 拟合，其最高点在 ', { math: '\\theta^* = -b/(2a)' }, '。分别求出两种情况下的 θ*，并把无阻力时的射程与上面的公式比较。'] },
          ],
        },
        { text: [{ heading: 2, text: '结论' }, { paragraph: '两种情况下，各以多大角度抛出最远？在 45° 时，空气阻力使射程减少了多少？' }] },
        {
          text: [
            { heading: 2, text: '参考文献' },
            { numbered: ['人民教育出版社《普通高中教科书 物理 必修 第二册》第五章“抛体运动”。'] },
          ],
        },
      ],
    },
  },
};
