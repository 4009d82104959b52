/**
 * 普通高中物理课程标准（2017年版2020年修订）, 学生必做实验 (21): 12 in the required modules (必修, codes B),
 * 9 in the elective-required modules (选择性必修, codes X). Code `B1.2` = 必修第一册, second item.
 * Worksheets: ./worksheets/cn-senior-2020-physics.ts. A bench preset that covers an item goes into its
 * `experiments` list.
 */
import { bi, type CatalogEntry } from './entry';

const standard = 'cn-senior-2020-physics' as const;
const b = (n: 1 | 2 | 3, zh: string, en: string) => bi(`必修第${'一二三'[n - 1]}册 ${zh}`, `Required module ${n} · ${en}`);
const x = (n: 1 | 2 | 3, zh: string, en: string) => bi(`选择性必修第${'一二三'[n - 1]}册 ${zh}`, `Elective-required module ${n} · ${en}`);

export const entries: CatalogEntry[] = [
  {
    standard, code: 'B1.1', grade: 10, picture: 'ticker-tape',
    title: bi('探究小车速度随时间变化的规律', 'How the velocity of a cart changes with time'),
    chapter: b(1, '第二章 匀变速直线运动的研究 · 第1节 实验：探究小车速度随时间变化的规律', 'Ch. 2 Uniformly accelerated motion · §1 Experiment'),
    experiments: ['mechanics-cart-velocity'],
    related: ['incline'],
    start: { incline: { angleDeg: 10, staticFriction: 0.05, kineticFriction: 0.05, lengthM: 3 } },
  },
  {
    standard, code: 'B1.2', grade: 10, picture: 'spring-ruler',
    title: bi('探究弹簧弹力与形变量的关系', 'How the force of a spring depends on its extension'),
    chapter: b(1, '第三章 相互作用——力 · 第1节 重力与弹力（实验）', 'Ch. 3 Interactions: force · §1 Gravity and elastic force (experiment)'),
    experiments: ['mechanics-spring', 'spring'],
    start: { spring: { dampingKgps: 2, displacementM: 0.05 } },
    note: bi(
      '力学实验台：弹簧挂在铁架台上，旁边竖直放刻度尺，逐个挂钩码读指针；超过弹性限度后弹簧不能恢复原长。弹簧实验中的弹簧是理想弹簧，可观察振动。',
      'On the mechanics bench the spring hangs from a stand beside a vertical ruler; hang the weights one by one and read the pointer; past its elastic limit the spring stays stretched. The spring lab’s spring is ideal and shows the oscillation.',
    ),
  },
  {
    standard, code: 'B1.3', grade: 10, picture: 'force-table',
    title: bi('探究两个互成角度的力的合成规律', 'How two forces at an angle combine'),
    chapter: b(1, '第三章 相互作用——力 · 第4节 力的合成和分解（实验）', 'Ch. 3 Interactions: force · §4 Composition and resolution of forces (experiment)'),
    experiments: ['mechanics-force-composition'],
  },
  {
    standard, code: 'B1.4', grade: 10, picture: 'cart-pulley',
    title: bi('探究加速度与物体受力、物体质量的关系', 'How acceleration depends on force and mass'),
    chapter: b(1, '第四章 运动和力的关系 · 第2节 实验：探究加速度与力、质量的关系', 'Ch. 4 Motion and force · §2 Experiment'),
    experiments: ['mechanics-cart-force'],
    related: ['incline'],
    start: { incline: { angleDeg: 0, staticFriction: 0, kineticFriction: 0, appliedForceN: 2, massKg: 1 } },
  },
  {
    standard, code: 'B2.1', grade: 10, picture: 'projectile',
    title: bi('探究平抛运动的特点', 'The features of horizontal projectile motion'),
    chapter: b(2, '第五章 抛体运动 · 第3节 实验：探究平抛运动的特点', 'Ch. 5 Projectile motion · §3 Experiment'),
    experiments: ['projectile'],
    start: { projectile: { angleDeg: 0, heightM: 2, speedMps: 3, airResistance: false } },
  },
  {
    standard, code: 'B2.2', grade: 10, picture: 'centripetal',
    title: bi('探究向心力大小与半径、角速度、质量的关系', 'How centripetal force depends on radius, angular velocity and mass'),
    chapter: b(2, '第六章 圆周运动 · 第2节 向心力（实验）', 'Ch. 6 Circular motion · §2 Centripetal force (experiment)'),
    experiments: ['mechanics-centripetal'],
  },
  {
    standard, code: 'B2.3', grade: 10, picture: 'free-fall-tape',
    title: bi('验证机械能守恒定律', 'Verifying the conservation of mechanical energy'),
    chapter: b(2, '第八章 机械能守恒定律 · 第5节 实验：验证机械能守恒定律', 'Ch. 8 Conservation of mechanical energy · §5 Experiment'),
    experiments: ['mechanics-energy', 'incline'],
    related: ['pendulum'],
    start: { incline: { angleDeg: 30, staticFriction: 0, kineticFriction: 0, lengthM: 5 }, pendulum: { secondPendulum: false } },
    note: bi(
      '力学实验台：重物带着纸带穿过打点计时器下落，读纸带比较 mgh 与 ½mv²；纸带与限位孔间的摩擦使 ΔEk 略小于 ΔEp。斜面实验对应课本“参考案例2：研究沿斜面下滑物体的机械能”。',
      'On the mechanics bench a weight falls pulling its tape through the ticker timer; read the tape and compare mgh with ½mv²; the tape rubbing in the timer makes ΔEk a little less than ΔEp. The incline lab is the textbook’s second case (a body sliding down a slope).',
    ),
  },
  {
    standard, code: 'B3.1', grade: 11, picture: 'capacitor',
    title: bi('观察电容器的充、放电现象', 'Observing a capacitor charge and discharge'),
    chapter: b(3, '第十章 静电场中的能量 · 第4节 电容器的电容（实验）', 'Ch. 10 Energy in electrostatic fields · §4 Capacitance (experiment)'),
    experiments: ['circuit-capacitor'],
  },
  {
    standard, code: 'B3.2', grade: 11, picture: 'caliper',
    title: bi('长度的测量及其测量工具的选用', 'Measuring length and choosing the measuring tool'),
    chapter: b(3, '第十一章 电路及其应用 · 第3节 实验：导体电阻率的测量（一、长度的测量及测量工具的选用）', 'Ch. 11 Circuits · §3 Experiment: resistivity (part 1, measuring length)'),
    experiments: ['mechanics-length'],
  },
  {
    standard, code: 'B3.3', grade: 11, picture: 'resistivity',
    title: bi('导体电阻率的测量', 'Measuring the resistivity of a conductor'),
    chapter: b(3, '第十一章 电路及其应用 · 第3节 实验：导体电阻率的测量', 'Ch. 11 Circuits · §3 Experiment: measuring resistivity'),
    experiments: ['circuit-resistivity'],
  },
  {
    standard, code: 'B3.4', grade: 11, picture: 'multimeter',
    title: bi('练习使用多用电表', 'Using a multimeter'),
    chapter: b(3, '第十一章 电路及其应用 · 第5节 实验：练习使用多用电表', 'Ch. 11 Circuits · §5 Experiment: using a multimeter'),
    experiments: ['circuit-multimeter'],
  },
  {
    standard, code: 'B3.5', grade: 11, picture: 'emf',
    title: bi('测量电源的电动势和内阻', 'Measuring the EMF and internal resistance of a source'),
    chapter: b(3, '第十二章 电能 能量守恒定律 · 第3节 实验：电池电动势和内阻的测量', 'Ch. 12 Electric energy · §3 Experiment: EMF and internal resistance'),
    experiments: ['circuit-emf-internal-resistance'],
  },
  {
    standard, code: 'X1.1', grade: 11, picture: 'collisions',
    title: bi('验证动量守恒定律', 'Verifying the conservation of momentum'),
    chapter: x(1, '第一章 动量守恒定律 · 第4节 实验：验证动量守恒定律', 'Ch. 1 Conservation of momentum · §4 Experiment'),
    experiments: ['collisions'],
    start: { collisions: { mode: 'track' } },
    note: bi(
      '两滑块在无摩擦导轨上碰撞（相当于气垫导轨加光电门）；可调恢复系数，比较弹性碰撞与完全非弹性碰撞。',
      'Two gliders collide on a frictionless track (like an air track with light gates); change the restitution to compare elastic and perfectly inelastic collisions.',
    ),
  },
  {
    standard, code: 'X1.2', grade: 11, picture: 'pendulum',
    title: bi('用单摆测量重力加速度的大小', 'Measuring g with a simple pendulum'),
    chapter: x(1, '第二章 机械振动 · 第5节 实验：用单摆测量重力加速度', 'Ch. 2 Mechanical oscillations · §5 Experiment'),
    experiments: ['pendulum'],
    start: { pendulum: { secondPendulum: false, angleDeg: 5 } },
  },
  {
    standard, code: 'X1.3', grade: 11, picture: 'refraction',
    title: bi('测量玻璃的折射率', 'Measuring the refractive index of glass'),
    chapter: x(1, '第四章 光 · 第1节 光的折射（实验）', 'Ch. 4 Light · §1 Refraction (experiment)'),
    experiments: ['optics-refraction-glass'],
  },
  {
    standard, code: 'X1.4', grade: 11, picture: 'double-slit',
    title: bi('用双缝干涉测量光的波长', 'Measuring the wavelength of light by double-slit interference'),
    chapter: x(1, '第四章 光 · 第4节 实验：用双缝干涉测量光的波长', 'Ch. 4 Light · §4 Experiment'),
    experiments: ['optics-double-slit'],
  },
  {
    standard, code: 'X2.1', grade: 11, picture: 'coil-magnet',
    title: bi('探究影响感应电流方向的因素（感应电流产生的条件）', 'What decides the direction of an induced current (and when one flows)'),
    chapter: x(2, '第二章 电磁感应 · 第1节 楞次定律（实验）', 'Ch. 2 Electromagnetic induction · §1 Lenz’s law (experiment)'),
    experiments: ['circuit-coil-magnet'],
  },
  {
    standard, code: 'X2.2', grade: 11, picture: 'transformer',
    title: bi('探究变压器原、副线圈电压与匝数的关系', 'How a transformer’s voltages depend on its numbers of turns'),
    chapter: x(2, '第三章 交变电流 · 第3节 变压器（实验）', 'Ch. 3 Alternating current · §3 Transformers (experiment)'),
    experiments: ['circuit-transformer'],
  },
  {
    standard, code: 'X2.3', grade: 11, picture: 'sensor-relay',
    title: bi('利用传感器制作简单的自动控制装置', 'Building a simple automatic control with a sensor'),
    chapter: x(2, '第五章 传感器 · 第3节 利用传感器制作简单的自动控制装置', 'Ch. 5 Sensors · §3 A simple automatic control'),
    experiments: ['circuit-light-control'],
  },
  {
    standard, code: 'X3.1', grade: 11, picture: 'oil-film',
    title: bi('用油膜法估测油酸分子的大小', 'Estimating the size of an oleic acid molecule with an oil film'),
    chapter: x(3, '第一章 分子动理论 · 第2节 实验：用油膜法估测油酸分子的大小', 'Ch. 1 Molecular kinetic theory · §2 Experiment'),
    experiments: ['wet-oil-film'],
  },
  {
    standard, code: 'X3.2', grade: 11, picture: 'syringe-gauge',
    title: bi('探究等温情况下一定质量气体压强与体积的关系', 'Pressure and volume of a fixed mass of gas at constant temperature'),
    chapter: x(3, '第二章 气体、固体和液体 · 第2节 气体的等温变化（实验）', 'Ch. 2 Gases, solids and liquids · §2 Isothermal changes of a gas (experiment)'),
    experiments: ['gas'],
    start: { gas: { hold: 'temperature' } },
    note: bi(
      '气体实验是二维的分子模型：“体积”是面积（nm²），压强是单位长度上的力（N/m），但保持温度不变时 p·V 同样不变，可由数据得到 p ∝ 1/V。课本用注射器和压强计，这里用活塞位置和压强计读数。',
      'The gas lab is a two-dimensional molecular model: “volume” is an area (nm²) and pressure a force per length (N/m), yet at constant temperature p·V stays constant just the same and the data give p ∝ 1/V. The textbook uses a syringe and a gauge; here the piston position and the gauge reading play their part.',
    ),
  },
];
