/**
 * Senior chemistry X1.5, 制作简单的燃料电池, headless (人教版 化学 选择性必修1 第四章, 实验活动5). References: Faraday's law,
 * H₂ at I/(2F) and O₂ at I/(4F), 2 : 1 by volume (人教版 选择性必修1 第四章第二节; 九年级上册 第四单元 实验4-6); the cell
 * gives back at most the charge that made its gas (2F per mol of H₂); its EMF about 1 V, below the reversible
 * 1.23 V = −ΔG°/(2F) (ΔG°f(H₂O, l) = −237.1 kJ/mol, NBS tables), the rest lost to the oxygen electrode's overpotential.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams } from '../../core/params';
import { FARADAY } from '../chem/kinetics';
import { gasMolarVolumeMl } from '../chem/species';
import { fuelCellEmfV, HELD_MAX_MOL } from '../fuel-cell';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { fuelCellPreset } from './fuel-cell';

const DT = 0.05;
const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

function start(): BenchModel {
  const m = createWetModel(fuelCellPreset);
  m.reset(defaultParams(presetMeta(fuelCellPreset, wetParts).params));
  return m;
}

function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

const wire = (a: string, ta: string, b: string, tb: string, id: string): Setup['links'][number] => ({ id, from: { part: a, terminal: ta }, to: { part: b, terminal: tb } });
const setOn = (m: BenchModel, on: boolean) => m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'U1' ? { ...p, props: { ...p.props, on } } : p)) });

/** Electrolyse for `s` seconds (M1 on −, M2 on +), switch off, then join the rods through the meter (M2 to its +). */
function charge(m: BenchModel, s: number): string[] {
  m.edit({ ...m.setup, links: [wire('M1', 'clip', 'U1', '-', 'w1'), wire('M2', 'clip', 'U1', '+', 'w2')] });
  setOn(m, true);
  const events = runFor(m, s);
  setOn(m, false);
  m.edit({ ...m.setup, links: [wire('M1', 'clip', 'A1', '-', 'w3'), wire('M2', 'clip', 'A1', '+', 'w4')] });
  return events;
}

describe('a simple fuel cell from two graphite rods in sodium sulfate solution (X1.5)', () => {
  it('electrolysis: hydrogen at −, oxygen at +, 2 : 1, I·t/(2F) and I·t/(4F) in all', () => {
    const m = start();
    const events = charge(m, 60);
    expect(v(m, 'U1', 'chargeC')).toBeCloseTo(0.3 * 60, 6);
    const h2 = v(m, 'M1', 'h2Ml') + v(m, 'M1', 'h2HeldMl'), o2 = v(m, 'M2', 'o2Ml') + v(m, 'M2', 'o2HeldMl');
    expect(h2).toBeCloseTo(((0.3 * 60) / (2 * FARADAY)) * gasMolarVolumeMl(293.15, 101300), 6); // 20 °C, 101.3 kPa
    expect(h2 / o2).toBeCloseTo(2, 6);
    expect(events).toContain('gasOnRods');
  });

  it('joined through the meter: about 10 mA at first, falling as the held gas is used; charge back ≤ the electrolysis charge', () => {
    const m = start();
    charge(m, 60);
    runFor(m, 0.5);
    const first = v(m, 'A1', 'trueMa');
    // 0.98 V over the meter (5 Ω), 3 cm of 5 % Na₂SO₄ (27.3 Ω) and the electrodes (60 Ω).
    expect(first).toBeCloseTo((0.98 / (5 + 0.03 / (5.5 * 2e-4) + 60)) * 1000, 0);
    expect(v(m, 'A1', 'currentMa')).toBe(11);
    runFor(m, 60);
    const later = v(m, 'A1', 'trueMa');
    expect(later).toBeLessThan(0.8 * first);
    runFor(m, 600);
    expect(v(m, 'A1', 'trueMa')).toBeLessThan(0.1 * first);
    const back = v(m, 'A1', 'chargeC');
    // All it can give: 2F per mol of hydrogen the rod held (5e-6 mol, 0.96 C), far below the 18 C put in.
    expect(back).toBeLessThanOrEqual(2 * FARADAY * HELD_MAX_MOL.H2 + 1e-9);
    expect(back).toBeGreaterThan(0.8 * 2 * FARADAY * HELD_MAX_MOL.H2);
    expect(back).toBeLessThan(v(m, 'U1', 'chargeC'));
  });

  it('a short charge (2 s, less than the rods hold) gives back no more than it put in', () => {
    const m = start();
    charge(m, 2);
    runFor(m, 1200);
    expect(v(m, 'A1', 'chargeC')).toBeLessThanOrEqual(v(m, 'U1', 'chargeC') + 1e-9);
    expect(v(m, 'A1', 'chargeC')).toBeGreaterThan(0.8 * v(m, 'U1', 'chargeC'));
  });

  it('the EMF is below the reversible 1.23 V (−ΔG°/2F) and zero without either gas; the meter the other way round reads negative', () => {
    expect(237_100 / (2 * FARADAY)).toBeCloseTo(1.229, 3);
    expect(fuelCellEmfV(HELD_MAX_MOL.H2, HELD_MAX_MOL.O2, 293.15)).toBeLessThan(1.229);
    expect(fuelCellEmfV(HELD_MAX_MOL.H2, HELD_MAX_MOL.O2, 293.15)).toBeGreaterThan(0.9);
    expect(fuelCellEmfV(0, HELD_MAX_MOL.O2, 293.15)).toBe(0);
    const m = start();
    m.edit({ ...m.setup, links: [wire('M1', 'clip', 'A1', '-', 'w3'), wire('M2', 'clip', 'A1', '+', 'w4')] });
    runFor(m, 2);
    expect(v(m, 'A1', 'currentMa')).toBe(0); // never electrolysed: no gas, no current
    const r = start();
    charge(r, 30);
    r.edit({ ...r.setup, links: [wire('M1', 'clip', 'A1', '+', 'w3'), wire('M2', 'clip', 'A1', '-', 'w4')] });
    runFor(r, 1);
    expect(v(r, 'A1', 'currentMa')).toBe(-11);
  });
});
