/**
 * The spring beside the ruler (B1.2, 人教版 必修第一册 第三章第1节 "重力与弹力": F = k x within the elastic limit;
 * past it the spring does not come back). k = 40 N/m, limit 3.0 N, g = 9.8 N/kg.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../core/params';
import { arrange } from '../bench/placement';
import type { BenchModel } from '../bench/bench-model';
import { SCHOOL_SPRING, SPRING_TOP_ON_RULER_M, permanentSetM, springExtensionM, springPointerReadM } from './spring-extension';
import { createMechanicsModel } from './model';
import { mechanicsParts } from './parts';
import { springPreset } from './presets/spring';
import { tableOf } from './presets/tables';

const G = 9.8, K = 40;

describe('the spring', () => {
  it('within the elastic limit x = F/k and it springs back; the set is 0', () => {
    for (const f of [0, 0.49, 1.47, 2.94, 3.0]) expect(springExtensionM(f, f, SCHOOL_SPRING)).toBeCloseTo(f / K, 12);
    expect(springExtensionM(0, 2.94, SCHOOL_SPRING)).toBe(0);
  });

  it('past it: (F − Fₑ)·4/k more, and unloaded it keeps (F_max − Fₑ)·3/k', () => {
    const f = 3.92; // eight 50 g weights
    expect(springExtensionM(f, f, SCHOOL_SPRING)).toBeCloseTo(3 / K + (0.92 * 4) / K, 12);
    expect(permanentSetM(f, SCHOOL_SPRING)).toBeCloseTo((0.92 * 3) / K, 12);
    expect(springExtensionM(0, f, SCHOOL_SPRING)).toBeCloseTo((0.92 * 3) / K, 12);
    expect(springExtensionM(0.49, f, SCHOOL_SPRING)).toBeCloseTo((0.92 * 3) / K + 0.49 / K, 12);
  });

  it('the pointer is read on the ruler to 0.1 mm: natural length 10 cm below a top at 1.82 cm', () => {
    expect(springPointerReadM(0, SCHOOL_SPRING)).toBeCloseTo(SPRING_TOP_ON_RULER_M + 0.1, 12);
    expect(springPointerReadM(0.01225, SCHOOL_SPRING)).toBeCloseTo(0.1305, 12); // 11.82 + 1.225 = 13.045 → 13.05 cm (0.1 mm)
  });
});

function hangChain(m: BenchModel, n: number) {
  const ids = Array.from({ length: n }, (_, i) => `H${i + 1}`);
  const links = ids.map((id, i) => ({ id: `t${i}`, from: { part: i === 0 ? 'SP1' : ids[i - 1], terminal: 'hook' }, to: { part: id, terminal: 'ring' } }));
  m.edit(arrange({ ...m.setup, links }, mechanicsParts, tableOf(m.preset.id).heightM));
  return m.measure();
}

describe('B1.2 on the bench', () => {
  it('six 50 g weights one by one: F against x = reading − first reading is a line through 0 with slope k = 40 N/m (least squares within 1 %)', () => {
    const m = createMechanicsModel(springPreset);
    m.reset(defaultParams(m.meta.params));
    const r0 = m.measure().readingM;
    const xs: number[] = [], fs: number[] = [];
    for (let n = 1; n <= 6; n++) {
      const r = hangChain(m, n);
      expect(r.hungG).toBe(50 * n);
      xs.push(r.readingM - r0);
      fs.push(n * 0.05 * G);
    }
    const k = fs.reduce((s, f, i) => s + f * xs[i], 0) / xs.reduce((s, x) => s + x * x, 0); // through the origin
    expect(Math.abs(k - K) / K).toBeLessThan(0.01);
    expect(m.diagnostics().map((d) => d.key)).not.toContain('mechanics.diag.springOverstretched');
  });

  it('eight weights take it past the limit; all taken off, the pointer stays (F_max − Fₑ)·3/k = 6.9 cm low and the bench says so', () => {
    const m = createMechanicsModel(springPreset);
    m.reset(defaultParams(m.meta.params));
    const r0 = m.measure().readingM;
    hangChain(m, 8);
    expect(m.diagnostics().map((d) => d.key)).toContain('mechanics.diag.springOverstretched');
    const after = hangChain(m, 0);
    expect(after.hungG).toBe(0);
    expect(Math.abs(after.readingM - r0 - ((8 * 0.05 * G - 3) * 3) / K)).toBeLessThanOrEqual(0.00005 + 1e-12);
    // Saved and restored, the spring stays overstretched.
    const copy = createMechanicsModel(springPreset);
    copy.restore(m.state());
    expect(copy.engine.value('SP1', 'setM')).toBeCloseTo(((8 * 0.05 * G - 3) * 3) / K, 12);
  });
});
