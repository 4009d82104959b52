/**
 * Fixed and movable pulleys (人教版 八年级下册 第十二章第2节 "滑轮", 第3节 "机械效率"): a fixed pulley changes the
 * pull's direction, not its size (F = G, plus friction); a movable pulley halves it, its own weight included
 * (F = (G + G₀)/2); η = G h/(F s) with s = h or 2h.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../core/params';
import { arrange } from '../bench/placement';
import { createMechanicsModel } from './model';
import { mechanicsParts } from './parts';
import { forceGaugePreset } from './presets/force-gauge';
import { part } from './presets/layout';
import { tableOf } from './presets/tables';
import { pulleyEfficiency, pulleyPullN } from './pulleys';

const G = 9.8;

describe('pulleys', () => {
  it('fixed: F = G (ideal), 1.04 G with 4 % friction; movable: (G + G₀)/2, (G + G₀)(1.04)/2', () => {
    expect(pulleyPullN('fixed', 1.96, 0.392, 0)).toBeCloseTo(1.96, 12);
    expect(pulleyPullN('fixed', 1.96, 0.392, 0.04)).toBeCloseTo(1.96 * 1.04, 12);
    expect(pulleyPullN('movable', 1.96, 0, 0)).toBeCloseTo(0.98, 12);
    expect(pulleyPullN('movable', 1.96, 0.392, 0.04)).toBeCloseTo(((1.96 + 0.392) * 1.04) / 2, 12);
    expect(() => pulleyPullN('fixed', 1, 0, -0.1)).toThrow(/friction: -0.1 is not ≥ 0/);
  });

  it('efficiency: ideal fixed 1; movable with a 40 g pulley lifting 200 g: 200/(240 × 1.04) = 0.801', () => {
    expect(pulleyEfficiency('fixed', 1.96, pulleyPullN('fixed', 1.96, 0, 0))).toBeCloseTo(1, 12);
    expect(pulleyEfficiency('movable', 0.2 * G, pulleyPullN('movable', 0.2 * G, 0.04 * G, 0.04))).toBeCloseTo(0.2 / (0.24 * 1.04), 12);
    expect(pulleyEfficiency('movable', 0, 0)).toBeNaN();
  });

  it('on the bench: four 50 g weights on a movable pulley, the gauge tied to its rope reads (1.96 + 0.392) × 1.04 / 2 = 1.22 N (0.2 N divisions: 1.2)', () => {
    const m = createMechanicsModel(forceGaugePreset);
    m.reset({ ...defaultParams(m.meta.params), zeroN: 0 });
    const parts = [...m.setup.parts, part('PL1', 'pulley', 0.3, 0.2, { type: 'movable' })];
    const links = [
      { id: 'w1', from: { part: 'PL1', terminal: 'hook' }, to: { part: 'H1', terminal: 'ring' } },
      ...[2, 3, 4].map((i) => ({ id: `w${i}`, from: { part: `H${i - 1}`, terminal: 'hook' }, to: { part: `H${i}`, terminal: 'ring' } })),
      { id: 'r', from: { part: 'F1', terminal: 'hook' }, to: { part: 'PL1', terminal: 'rope' } },
    ];
    m.edit(arrange({ ...m.setup, parts, links }, mechanicsParts, tableOf(m.preset.id).heightM));
    expect(m.engine.value('PL1', 'loadN')).toBeCloseTo(0.2 * G, 9);
    expect(m.measure().forceN).toBeCloseTo(((0.2 + 0.04) * G * 1.04) / 2, 9);
    expect(m.measure().readingN).toBeCloseTo(1.2, 9);
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'PL1' ? { ...p, props: { ...p.props, type: 'fixed' } } : p)) });
    expect(m.measure().forceN).toBeCloseTo(0.2 * G * 1.04, 9); // 2.04 N: the fixed pulley only turns the pull round
  });
});
