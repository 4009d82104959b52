import { describe, expect, it } from 'vitest';
import { amountOf, changeAmount, emptyContents, massOfG, type Contents } from './contents';
import { heatStep, softenedShare, waterBoilingPointK, waterVapourPressurePa, type HeatInput } from './heat';
import { molarMassOf } from './species';

const K = 273.15;
const water = (grams: number, tC: number): Contents => {
  const c = emptyContents(K + tC);
  changeAmount(c, 'H2O(l)', grams / molarMassOf('H2O(l)'));
  return c;
};
const input = (over: Partial<HeatInput>): HeatInput => ({ dtS: 1, powerW: 100, lossWPerK: 0, roomK: K + 20, glassJPerK: 0, pressurePa: 101325, open: true, ...over });

/** Run for `seconds` in steps of dtS; return the temperature (°C) each second. */
function run(c: Contents, seconds: number, h: Partial<HeatInput>, dtS = 0.5): number[] {
  const out = [c.temperatureK - K];
  for (let t = 0; t < seconds; t += dtS) {
    heatStep(c, input({ ...h, dtS }));
    if (Math.abs(((t + dtS) % 1)) < 1e-9) out.push(c.temperatureK - K);
  }
  return out;
}

describe('boiling point (Antoine equation for water)', () => {
  it('is 100 °C at 101.325 kPa and about 88 °C at 65 kPa (Lhasa); vapour pressure inverts it', () => {
    // CRC Handbook, "Boiling point of water at various pressures": 100.0 °C at 101.325 kPa, 88.0 °C at 65.0 kPa (±0.3).
    expect(waterBoilingPointK(101325) - K).toBeCloseTo(100, 1);
    expect(waterBoilingPointK(65000) - K).toBeGreaterThan(87.6);
    expect(waterBoilingPointK(65000) - K).toBeLessThan(88.4);
    // 200 kPa (a pressure cooker): 120.21 °C (IAPWS-IF97 steam tables); Antoine is within 0.3 K there.
    expect(Math.abs(waterBoilingPointK(200000) - K - 120.21)).toBeLessThan(0.3);
    for (const p of [50000, 80000, 101325, 150000]) expect(waterVapourPressurePa(waterBoilingPointK(p))).toBeCloseTo(p, -1);
  });
});

describe('heating water with a heater of known power', () => {
  it('warms at P/(c·m) with no loss: Q = c·m·ΔT (c = 4.18 J/(g·K), 人教版 九年级 第十三章第3节)', () => {
    const c = water(100, 20);
    heatStep(c, input({ dtS: 120, powerW: 100 }));
    // ΔT = P t / (c m) = 100 W × 120 s / (4.18 J/(g·K) × 100 g) = 28.708 K.
    expect(c.temperatureK - K).toBeCloseTo(20 + (100 * 120) / (4.18 * 100), 6);
  });

  it('includes the glass: ΔT = P t / (c m + C_glass)', () => {
    const c = water(100, 20);
    heatStep(c, input({ dtS: 60, powerW: 100, glassJPerK: 42 }));
    expect(c.temperatureK - K).toBeCloseTo(20 + (100 * 60) / (418 + 42), 6);
  });

  it('with a loss to the room follows Newton: T∞ + (T0 − T∞) e^{−Gt/C}', () => {
    const c = water(100, 20);
    heatStep(c, input({ dtS: 200, powerW: 50, lossWPerK: 0.8, roomK: K + 20 }));
    const tInf = 20 + 50 / 0.8;
    expect(c.temperatureK - K).toBeCloseTo(tInf + (20 - tInf) * Math.exp((-0.8 * 200) / 418), 6);
  });

  it('the same whether taken in one step or many (exact pieces)', () => {
    const a = water(100, 20), b = water(100, 20);
    heatStep(a, input({ dtS: 300, powerW: 80, lossWPerK: 0.5 }));
    for (let i = 0; i < 300; i++) heatStep(b, input({ dtS: 1, powerW: 80, lossWPerK: 0.5 }));
    expect(b.temperatureK).toBeCloseTo(a.temperatureK, 8);
  });

  it('boils at 100 °C, holds the temperature while it boils, and boils off m = P_net·t / L', () => {
    const c = water(100, 90);
    const trace = run(c, 400, { powerW: 100, lossWPerK: 0.5 });
    const tBoil = waterBoilingPointK(101325) - K;
    // Time to reach the boiling point: Newton's law from 90 °C.
    const cap = 100 * 4.18;
    const tInf = 20 + 100 / 0.5;
    const tReach = (-cap / 0.5) * Math.log((tBoil - tInf) / (90 - tInf));
    expect(Math.max(...trace)).toBeCloseTo(tBoil, 9);
    const boiling = trace.filter((t) => Math.abs(t - tBoil) < 1e-6);
    expect(boiling.length).toBeGreaterThan(400 - tReach - 2);
    // Water left: 100 g − (P − G (T_b − T_room)) (400 s − t_reach) / L, L = 2257 J/g at 100 °C.
    const boiledG = ((100 - 0.5 * (tBoil - 20)) * (400 - tReach)) / (2257 + 2.55 * (100 - tBoil));
    expect(massOfG(c, 'H2O(l)')).toBeCloseTo(100 - boiledG, 6);
  });

  it('boils lower at lower pressure (65 kPa: about 88 °C)', () => {
    const c = water(50, 80);
    run(c, 200, { powerW: 100, pressurePa: 65000 });
    expect(c.temperatureK).toBeCloseTo(waterBoilingPointK(65000), 9);
  });
});

describe('melting: a crystal at one temperature, an amorphous solid over a range', () => {
  it('海波 (Na2S2O3·5H2O) holds 48 °C until melted: plateau = m·L / P (L = 201 J/g)', () => {
    const c = emptyContents(K + 30);
    const grams = 20;
    changeAmount(c, 'Na2S2O3·5H2O(s)', grams / molarMassOf('Na2S2O3·5H2O(s)'));
    const P = 5;
    const trace = run(c, 1600, { powerW: P }, 0.5);
    const toMelt = (1.46 * grams * 18) / P; // from 30 to 48 °C: c_s·m·ΔT / P
    const plateau = (grams * 201) / P; // m·L / P = 804 s
    const at48 = trace.filter((t) => Math.abs(t - 48) < 1e-6).length;
    expect(at48).toBeGreaterThanOrEqual(Math.floor(plateau) - 1);
    expect(at48).toBeLessThanOrEqual(Math.ceil(plateau) + 1);
    // After melting, the liquid warms at P / (c_l m): 2.38 J/(g·K).
    const after = 1600 - toMelt - plateau;
    expect(c.temperatureK - K).toBeCloseTo(48 + (P * after) / (2.38 * grams), 6);
    expect(amountOf(c, 'Na2S2O3·5H2O(s)')).toBe(0);
  });

  it('paraffin has no plateau: the temperature rises all the time, slower while it softens', () => {
    const c = emptyContents(K + 30);
    changeAmount(c, 'C25H52(s)', 20 / molarMassOf('C25H52(s)'));
    const trace = run(c, 900, { powerW: 5 }, 0.5);
    for (let i = 1; i < trace.length; i++) expect(trace[i]).toBeGreaterThan(trace[i - 1]);
    // Energy: P t = c m (T − 30) + L m over the whole range once past 62 °C.
    const end = trace[trace.length - 1];
    expect(end).toBeGreaterThan(62);
    expect(5 * 900).toBeCloseTo(2.14 * 20 * (end - 30) + 150 * 20, 6);
    expect(softenedShare('C25H52(s)', K + 55)).toBeCloseTo(0.5, 9);
  });

  it('ice melts at 0 °C; ice dropped into warm water melts at once by the energy it has (settled on the next step)', () => {
    const c = water(100, 30);
    changeAmount(c, 'H2O(s)', 10 / molarMassOf('H2O(s)'));
    c.temperatureK = K + 30; // as a careless mix would leave it
    heatStep(c, input({ dtS: 1e-6, powerW: 0 }));
    // Energy above 0 °C: (100 × 4.18 + 10 × 2.1) J/K × 30 K = 13 170 J; melting 10 g takes 3 340 J (334 J/g),
    // the rest warms 110 g of water: T = 9 830 J / (110 g × 4.18 J/(g·K)) = 21.38 °C.
    expect(amountOf(c, 'H2O(s)')).toBe(0);
    const heat = (100 * 4.18 + 10 * 2.1) * 30 - 334 * 10;
    expect(c.temperatureK - K).toBeCloseTo(heat / (110 * 4.18), 6);
  });
});
