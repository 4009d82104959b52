/**
 * Melting of a solid in a water bath (人教版 物理 八年级上册 第三章第2节 熔化和凝固), headless. Reference values:
 * 海波 (Na₂S₂O₃·5H₂O) melts at 48 °C (the textbook) taking 201 J/g (Abhat, Solar Energy 30 (1983) 313), its solid's
 * c = 1.46 J/(g·K); paraffin wax softens over 48–62 °C taking about 150 J/g, c = 2.14 J/(g·K) (CRC); the tube's
 * glass 5 J/K; the bath gives G_bath (T_water − T_tube) with G_bath = 0.3 W/K, a tube in it loses 0.02 W/K to the
 * 20 °C room (simulations/wet/heating.ts). Between transitions c·m·dT/dt = P; at 48 °C, m·L = ∫P dt.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams, type ParamValues } from '../../core/params';
import { heatCapacityJPerK } from '../chem/contents';
import type { WetBenchEngine } from '../bench-engine';
import { BATH_W_PER_K, BEAKER_GLASS_J_PER_K, BEAKER_LOSS_W_PER_K, TUBE_GLASS_J_PER_K, TUBE_IN_BATH_LOSS_W_PER_K } from '../heating';
import { createWetModel } from '../model';
import { wetParts } from '../parts';
import { meltingPreset } from './melting';

const DT = 0.05;
const ROOM_C = 20;

function start(set: ParamValues = {}): BenchModel {
  const m = createWetModel(meltingPreset);
  m.reset({ ...defaultParams(presetMeta(meltingPreset, wetParts).params), ...set });
  return m;
}
const value = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const contents = (m: BenchModel, id: string) => (m.engine as WetBenchEngine).contentsOf(id)!;

describe('melting in a water bath (junior physics, 熔化和凝固)', () => {
  it('the bath warms the tube at G_bath (T_water − T_tube) and cools by as much: c·m·dT/dt on both sides', () => {
    const m = start();
    // The lamp out, so the only heat into the tube is the bath's.
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'L1' ? { ...p, props: { ...p.props, lit: false } } : p)) } as Setup);
    const bathC = value(m, 'B1', 'temperatureC'), tubeC = value(m, 'T1', 'temperatureC');
    expect(bathC).toBe(50);
    expect(tubeC).toBeCloseTo(ROOM_C, 6);
    const tubeJPerK = heatCapacityJPerK(contents(m, 'T1')) + TUBE_GLASS_J_PER_K;
    const bathJPerK = heatCapacityJPerK(contents(m, 'B1')) + BEAKER_GLASS_J_PER_K;
    // 3 g of 海波 at 1.46 J/(g·K) and the glass: 9.4 J/K (the tube's air adds 0.03).
    expect(tubeJPerK).toBeCloseTo(3 * 1.46 + 5, 1);
    m.step(DT);
    const intoTube = BATH_W_PER_K * (50 - ROOM_C);
    expect((value(m, 'T1', 'temperatureC') - tubeC) / DT).toBeCloseTo(intoTube / tubeJPerK, 2);
    // The bath gives both tubes theirs and loses 0.35 W/K × 30 K to the room.
    const fromBath = 2 * intoTube + BEAKER_LOSS_W_PER_K * (50 - ROOM_C);
    expect((value(m, 'B1', 'temperatureC') - bathC) / DT).toBeCloseTo(-fromBath / bathJPerK, 3);
  });

  it('海波 holds 48 °C from the first melting to the last: the heat taken meanwhile is m·L = 3 g × 201 J/g', () => {
    const m = start();
    let melting = NaN, melted = NaN, inJ = 0, maxC = -Infinity, minC = Infinity;
    for (let i = 0; i < 20 * 900 && Number.isNaN(melted); i++) {
      const ev = m.step(DT);
      if (ev.some((e) => e.name === 'melting')) melting = m.timeS;
      if (ev.some((e) => e.name === 'melted')) melted = m.timeS;
      if (!Number.isNaN(melting) && Number.isNaN(melted)) {
        const c = value(m, 'T1', 'temperatureC');
        maxC = Math.max(maxC, c);
        minC = Math.min(minC, c);
        // What came in over the step: the bath's heat less the loss above the water (the tube at 48 °C).
        inJ += (BATH_W_PER_K * (value(m, 'B1', 'temperatureC') - 48) - TUBE_IN_BATH_LOSS_W_PER_K * (48 - ROOM_C)) * DT;
      }
    }
    expect(melting).toBeGreaterThan(30);
    expect(melted - melting).toBeGreaterThan(120); // minutes, as the textbook's curve
    expect(maxC - minC).toBeLessThan(1e-6);
    expect(maxC).toBeCloseTo(48, 6);
    expect(inJ).toBeGreaterThan(3 * 201 * 0.99);
    expect(inJ).toBeLessThan(3 * 201 * 1.01);
    expect(value(m, 'T1', 'meltedPct')).toBe(100);
    // Melted, it warms again (the liquid's c = 2.38 J/(g·K)).
    for (let i = 0; i < 20 * 30; i++) m.step(DT);
    expect(value(m, 'T1', 'temperatureC')).toBeGreaterThan(50);
  });

  it('lifted out of the bath, the melted 海波 solidifies at 48 °C: its temperature holds while it gives back m·L to the room', () => {
    const m = start({ hypoG: 2 });
    for (let i = 0; i < 20 * 900 && value(m, 'T1', 'meltedPct') < 100; i++) m.step(DT);
    expect(value(m, 'T1', 'meltedPct')).toBe(100);
    // Out of the water, 12 cm up, into the 20 °C air: it loses 0.1 W/K (heating.ts) and nothing comes in.
    m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === 'T1' ? { ...p, yM: p.yM - 0.12 } : p)) } as Setup);
    const temps: number[] = [];
    for (let i = 0; i < 20 * 1500 && value(m, 'T1', 'meltedPct') > 0; i++) {
      m.step(DT);
      if (value(m, 'T1', 'meltedPct') < 99 && value(m, 'T1', 'meltedPct') > 1) temps.push(value(m, 'T1', 'temperatureC'));
    }
    expect(temps.length).toBeGreaterThan(20 * 60);
    expect(Math.max(...temps) - Math.min(...temps)).toBeLessThan(1e-6);
    expect(temps[0]).toBeCloseTo(48, 6);
    // 98 % of 2 g × 201 J/g given to the room at 0.1 W/K × 28 K: 2.8 W, about 141 s.
    expect(temps.length * DT).toBeCloseTo((0.98 * 2 * 201) / (0.1 * 28), -1);
  });

  it('paraffin has no melting point: its thermometer rises in every half minute from 40 to 60 °C, slower while it softens', () => {
    const m = start();
    const readings: { t: number; c: number }[] = [];
    for (let i = 0; i < 20 * 900 && value(m, 'T2', 'temperatureC') < 60; i++) {
      m.step(DT);
      if (i % 600 === 0) readings.push({ t: m.timeS, c: value(m, 'T2', 'temperatureC') });
    }
    const between = readings.filter((r) => r.c > 40);
    expect(between.length).toBeGreaterThan(5);
    for (let i = 1; i < between.length; i++) expect(between[i].c - between[i - 1].c).toBeGreaterThan(0.3);
    // Apparent heat capacity while softening: c·m + m·L/ΔT = 3 × 2.14 + 3 × 150 / 14 = 38.6 J/K against 6.4 below 48 °C.
    const rise = (lo: number) => {
      const a = readings.find((r) => r.c > lo)!, b = readings.find((r) => r.t >= a.t + 30)!;
      return (b.c - a.c) / (b.t - a.t);
    };
    expect(rise(50)).toBeLessThan(rise(40));
  });

  it('each thermometer reads the solid its bulb is in, not the bath', () => {
    const m = start();
    for (let i = 0; i < 20 * 60; i++) m.step(DT);
    expect(value(m, 'B1', 'temperatureC') - value(m, 'T1', 'temperatureC')).toBeGreaterThan(3);
    expect(Math.abs(value(m, 'Th1', 'bulbC') - value(m, 'T1', 'temperatureC'))).toBeLessThan(2);
    expect(Math.abs(value(m, 'Th2', 'bulbC') - value(m, 'T2', 'temperatureC'))).toBeLessThan(2);
  });
});
