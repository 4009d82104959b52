/**
 * 义务教育物理课程标准（2022年版）, 学生必做实验: 4.1 measuring (9) and 4.2 investigating (12).
 * Worksheets: ./worksheets/cn-compulsory-2022-physics.ts. A bench preset that covers an item goes into its
 * `experiments` list.
 */
import { bi, type CatalogEntry } from './entry';

const standard = 'cn-compulsory-2022-physics' as const;
const g8a = (zh: string, en: string) => bi(`八年级上册 ${zh}`, `Grade 8 vol. 1 · ${en}`);
const g8b = (zh: string, en: string) => bi(`八年级下册 ${zh}`, `Grade 8 vol. 2 · ${en}`);
const g9 = (zh: string, en: string) => bi(`九年级全一册 ${zh}`, `Grade 9 · ${en}`);

export const entries: CatalogEntry[] = [
  {
    standard, code: '4.1.1', grade: 8, picture: 'balance',
    title: bi('用托盘天平测量物体的质量', 'Measuring mass with a tray balance'),
    chapter: g8a('第六章 质量与密度 · 第1节 质量', 'Ch. 6 Mass and density · §1 Mass'),
    experiments: ['mechanics-balance'],
  },
  {
    standard, code: '4.1.2', grade: 8, picture: 'density',
    title: bi('测量固体和液体的密度', 'Measuring the density of solids and liquids'),
    chapter: g8a('第六章 质量与密度 · 第3节 测量物质的密度', 'Ch. 6 Mass and density · §3 Measuring density'),
    experiments: ['mechanics-density'],
  },
  {
    standard, code: '4.1.3', grade: 8, picture: 'thermometer',
    title: bi('用常见温度计测量温度', 'Measuring temperature with common thermometers'),
    chapter: g8a('第三章 物态变化 · 第1节 温度', 'Ch. 3 Changes of state · §1 Temperature'),
    experiments: ['wet-thermometer'],
  },
  {
    standard, code: '4.1.4', grade: 8, picture: 'ruler-watch',
    title: bi('用刻度尺测量长度，用表测量时间', 'Measuring length with a ruler and time with a watch'),
    chapter: g8a('第一章 机械运动 · 第1节 长度和时间的测量', 'Ch. 1 Mechanical motion · §1 Measuring length and time'),
    experiments: ['mechanics-ruler-watch'],
    related: ['pendulum'],
    start: { pendulum: { secondPendulum: false, angleDeg: 10 } },
    note: bi('单摆实验里的秒表可练习计时（测 30 次全振动的时间再求一次的时间）。', 'The stopwatch in the pendulum lab is good practice for timing (time 30 swings, then divide).'),
  },
  {
    standard, code: '4.1.5', grade: 8, picture: 'slope-cart',
    title: bi('测量物体运动的速度', 'Measuring the speed of a moving object'),
    chapter: g8a('第一章 机械运动 · 第4节 测量平均速度', 'Ch. 1 Mechanical motion · §4 Measuring average speed'),
    experiments: ['mechanics-speed', 'incline'],
    start: { incline: { angleDeg: 10, staticFriction: 0.05, kineticFriction: 0.05, lengthM: 3 } },
    note: bi(
      '课本的做法是让小车从斜面滑下，用刻度尺量路程、停表计时；斜面实验里用刻度尺工具和秒表工具做同样的测量（物块代替小车）。',
      'The textbook lets a cart run down a slope and measures distance with a ruler and time with a stopwatch; the incline lab does the same with its ruler and stopwatch tools (a block instead of the cart).',
    ),
  },
  {
    standard, code: '4.1.6', grade: 8, picture: 'force-gauge',
    title: bi('用弹簧测力计测量力', 'Measuring force with a spring force gauge'),
    chapter: g8b('第七章 力 · 第2节 弹力', 'Ch. 7 Force · §2 Elastic force'),
    experiments: ['mechanics-force-gauge'],
    related: ['spring'],
    start: { spring: { dampingKgps: 2 } },
    note: bi('弹簧实验展示测力计的原理：弹簧的伸长与所受拉力成正比。', 'The spring lab shows how a force gauge works: the spring stretches in proportion to the pull.'),
  },
  {
    standard, code: '4.1.7', grade: 9, picture: 'ammeter',
    title: bi('用电流表测量电流', 'Measuring current with an ammeter'),
    chapter: g9('第十五章 电流和电路 · 第4节 电流的测量', 'Ch. 15 Current and circuits · §4 Measuring current'),
    experiments: ['circuit-ammeter'],
  },
  {
    standard, code: '4.1.8', grade: 9, picture: 'voltmeter',
    title: bi('用电压表测量电压', 'Measuring voltage with a voltmeter'),
    chapter: g9('第十六章 电压 电阻 · 第1节 电压', 'Ch. 16 Voltage and resistance · §1 Voltage'),
    experiments: ['circuit-voltmeter'],
  },
  {
    standard, code: '4.1.9', grade: 9, picture: 'resistance-va',
    title: bi('用电流表和电压表测量电阻', 'Measuring resistance with an ammeter and a voltmeter'),
    chapter: g9('第十七章 欧姆定律 · 第3节 电阻的测量', 'Ch. 17 Ohm’s law · §3 Measuring resistance'),
    experiments: ['circuit-resistance-vi'],
  },
  {
    standard, code: '4.2.1', grade: 8, picture: 'boiling',
    title: bi('探究水在沸腾前后温度变化的特点', 'How the temperature of water changes before and during boiling'),
    chapter: g8a('第三章 物态变化 · 第3节 汽化和液化', 'Ch. 3 Changes of state · §3 Vaporisation and condensation'),
    experiments: ['wet-boiling'],
  },
  {
    standard, code: '4.2.2', grade: 8, picture: 'friction',
    title: bi('探究滑动摩擦力大小与哪些因素有关', 'What the sliding friction force depends on'),
    chapter: g8b('第八章 运动和力 · 第3节 摩擦力', 'Ch. 8 Motion and force · §3 Friction'),
    experiments: ['mechanics-friction'],
    related: ['incline', 'mechanics-two-force'],
    start: { incline: { angleDeg: 0, appliedForceN: 10, massKg: 1 } },
    note: bi(
      '斜面实验把倾角设为 0° 并施加拉力，可读出摩擦力并改变压力和接触面（摩擦因数）；但它不做“匀速拉动时读测力计”这一关键操作，所以只作参考。二力平衡实验（第八章第2节）的小卡片说明了匀速拉动时测力计的示数为什么等于摩擦力。',
      'The incline lab at 0° with a pulling force shows the friction force as normal force and surface (coefficient) change; it lacks the key step of reading a gauge while pulling at constant speed, so it is offered only as related. The card held by two strings (Ch. 8 §2, balanced forces) shows why a gauge pulled at constant speed reads the friction.',
    ),
  },
  {
    standard, code: '4.2.3', grade: 8, picture: 'manometer',
    title: bi('探究液体压强与哪些因素有关', 'What the pressure in a liquid depends on'),
    chapter: g8b('第九章 压强 · 第2节 液体的压强', 'Ch. 9 Pressure · §2 Pressure in liquids'),
    experiments: ['mechanics-pressure'],
  },
  {
    standard, code: '4.2.4', grade: 8, picture: 'buoyancy',
    title: bi('探究浮力大小与哪些因素有关', 'What the buoyant force depends on'),
    chapter: g8b('第十章 浮力 · 第1节 浮力', 'Ch. 10 Buoyancy · §1 Buoyant force'),
    experiments: ['mechanics-buoyancy', 'mechanics-archimedes'],
  },
  {
    standard, code: '4.2.5', grade: 8, picture: 'lever',
    title: bi('探究杠杆的平衡条件', 'The condition for a lever to balance'),
    chapter: g8b('第十二章 简单机械 · 第1节 杠杆', 'Ch. 12 Simple machines · §1 Levers'),
    experiments: ['mechanics-lever'],
  },
  {
    standard, code: '4.2.6', grade: 8, picture: 'reflection',
    title: bi('探究光的反射定律', 'The law of reflection of light'),
    chapter: g8a('第四章 光现象 · 第2节 光的反射', 'Ch. 4 Light · §2 Reflection'),
    experiments: ['optics-reflection'],
  },
  {
    standard, code: '4.2.7', grade: 8, picture: 'plane-mirror',
    title: bi('探究平面镜成像的特点', 'The image formed by a plane mirror'),
    chapter: g8a('第四章 光现象 · 第3节 平面镜成像', 'Ch. 4 Light · §3 Images in plane mirrors'),
    experiments: ['optics-plane-mirror'],
  },
  {
    standard, code: '4.2.8', grade: 8, picture: 'convex-lens',
    title: bi('探究凸透镜成像的规律', 'How a convex lens forms images'),
    chapter: g8a('第五章 透镜及其应用 · 第3节 凸透镜成像的规律', 'Ch. 5 Lenses · §3 Images formed by convex lenses'),
    experiments: ['optics-convex-lens'],
  },
  {
    standard, code: '4.2.9', grade: 9, picture: 'solenoid',
    title: bi('探究通电螺线管外部磁场的方向', 'The direction of the magnetic field outside a current-carrying solenoid'),
    chapter: g9('第二十章 电与磁 · 第2节 电生磁', 'Ch. 20 Electricity and magnetism · §2 Magnetism from current'),
    experiments: ['circuit-solenoid-field'],
  },
  {
    standard, code: '4.2.10', grade: 9, picture: 'induction',
    title: bi('探究导体在磁场中运动时产生感应电流的条件', 'When a conductor moving in a magnetic field produces an induced current'),
    chapter: g9('第二十章 电与磁 · 第5节 磁生电', 'Ch. 20 Electricity and magnetism · §5 Current from magnetism'),
    experiments: ['circuit-induction'],
  },
  {
    standard, code: '4.2.11', grade: 9, picture: 'series-parallel',
    title: bi('探究串联电路和并联电路中电流、电压的特点', 'Current and voltage in series and parallel circuits'),
    chapter: g9('第十五章 第5节 串、并联电路中电流的规律；第十六章 第2节 串、并联电路中电压的规律', 'Ch. 15 §5 Current in series and parallel circuits; Ch. 16 §2 Voltage in series and parallel circuits'),
    experiments: ['circuit-series-parallel'],
  },
  {
    standard, code: '4.2.12', grade: 9, picture: 'ohms-law',
    title: bi('探究电流与电压、电阻的关系', 'How current depends on voltage and resistance'),
    chapter: g9('第十七章 欧姆定律 · 第1节 电流与电压和电阻的关系', 'Ch. 17 Ohm’s law · §1 Current, voltage and resistance'),
    experiments: ['circuit-ohms-law'],
  },
];
