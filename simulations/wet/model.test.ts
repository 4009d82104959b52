/**
 * The wet bench's presets headless, against textbook values and the consequences the textbooks warn about.
 * Sources: 人教版 化学 九年级上册 (第二单元 课题3 制取氧气, 第五单元 课题3 利用化学方程式的简单计算, 第六单元 课题2
 * 二氧化碳制取的研究); 人教版 物理 八年级上册 第三章 (温度, 汽化和液化); CRC Handbook, vapour pressure of water
 * (80.0 kPa at 93.5 °C, 101.325 kPa at 100.0 °C).
 */
import { describe, expect, it, vi } from 'vitest';
import type { BenchModel } from '../bench/bench-model';
import type { BenchPreset } from '../bench/preset';
import { presetMeta } from '../bench/preset';
import type { Setup } from '../bench/setup';
import { defaultParams, type ParamValues } from '../core/params';
import { createWetModel } from './model';
import { wetParts } from './parts';
import { wetPresets } from './presets';
import { boilingPreset } from './presets/boiling';
import { carbonDioxidePreset } from './presets/carbon-dioxide';
import { oxygenPreset } from './presets/oxygen';
import { thermometerPreset } from './presets/thermometer';
import { parallaxC, thermometerReading } from './thermometer-reading';

const DT = 0.05;
// Minutes of simulated time per test: on a loaded machine more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

function start(preset: BenchPreset, set: ParamValues = {}): BenchModel {
  const m = createWetModel(preset);
  m.reset({ ...defaultParams(presetMeta(preset, wetParts).params), ...set });
  return m;
}

/** Run until an event (or a time limit), returning the time it came. */
function runUntil(m: BenchModel, event: string, limitS: number): number {
  for (let t = 0; t < limitS; t += DT) if (m.step(DT).some((e) => e.name === event)) return m.timeS;
  return NaN;
}

function runFor(m: BenchModel, s: number): void {
  for (let t = 0; t < s - 1e-9; t += DT) m.step(DT);
}

function editPart(m: BenchModel, id: string, props: Record<string, unknown>, move?: { xM: number; yM: number }): void {
  const setup: Setup = { ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, ...move, props: { ...p.props, ...props } as Setup['parts'][number]['props'] } : p)) };
  m.edit(setup);
}

const value = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);

describe('wet bench presets', () => {
  it('each preset has its metadata', () => {
    for (const p of wetPresets) expect(presetMeta(p, wetParts).measurements.length).toBeGreaterThan(0);
  });
});

describe('oxygen from potassium permanganate (junior chemistry 1)', () => {
  it('7.9 g of KMnO4 heated to the end gives 0.80 g of O2 (half of the textbook 15.8 g → 1.6 g)', () => {
    const m = start(oxygenPreset, { kmno4G: 7.9 });
    runFor(m, 600);
    expect(value(m, 'T1', 'kmno4LeftG')).toBeLessThan(1e-3);
    expect(value(m, 'T1', 'o2MadeG')).toBeCloseTo(0.8, 2);
  });

  it('the first bubbles are the tube air; collecting once they come steadily gives purer oxygen than collecting at once', () => {
    const early = start(oxygenPreset, { collecting: true });
    runUntil(early, 'jarFull', 600);
    const patient = start(oxygenPreset);
    expect(runUntil(patient, 'bubbles', 10)).toBeLessThan(5);
    expect(value(patient, 'T1', 'o2MadeMl')).toBeLessThan(0.01); // air pushed out as the tube warms
    runUntil(patient, 'steadyBubbles', 600);
    editPart(patient, 'J1', { collecting: true });
    expect(runUntil(patient, 'jarFull', 600)).toBeGreaterThan(0);
    expect(value(early, 'J1', 'o2Percent')).toBeLessThan(90);
    expect(value(patient, 'J1', 'o2Percent')).toBeGreaterThan(95);
  });

  it('a glowing splint relights in the jar of oxygen and keeps glowing in air', () => {
    const m = start(oxygenPreset);
    runUntil(m, 'steadyBubbles', 600);
    editPart(m, 'J1', { collecting: true });
    runUntil(m, 'jarFull', 600);
    runFor(m, 2);
    expect(value(m, 'S1', 'burning')).toBe(0);
    const jar = m.setup.parts.find((p) => p.id === 'J1')!;
    // The splint held upright, tip down, 3 cm inside the jar.
    editPart(m, 'S1', {}, { xM: jar.xM, yM: jar.yM - 0.07 + 0.03 });
    expect(runUntil(m, 'splintRelights', 1)).toBeGreaterThan(0);
    expect(value(m, 'S1', 'burning')).toBe(1);
  });

  it('putting the lamp out with the tube still in the water sucks water back and cracks the hot tube; taking the tube out first does not', () => {
    const careless = start(oxygenPreset, { collecting: true });
    runUntil(careless, 'jarFull', 600);
    editPart(careless, 'L1', { lit: false });
    expect(runUntil(careless, 'suckBack', 30)).toBeGreaterThan(0);
    expect(value(careless, 'T1', 'cracked')).toBe(1);
    expect(careless.diagnostics().map((d) => d.key)).toContain('wet.diag.suckBack');

    const careful = start(oxygenPreset, { collecting: true });
    runUntil(careful, 'jarFull', 600);
    careful.edit({ ...careful.setup, links: [] });
    editPart(careful, 'L1', { lit: false });
    runFor(careful, 60);
    expect(value(careful, 'T1', 'cracked')).toBe(0);
  });

  it('hydrogen peroxide gives oxygen quickly with manganese dioxide and hardly at all without', () => {
    const flask = (mno2G: number): BenchPreset => ({
      ...oxygenPreset,
      id: 'h2o2',
      setup: {
        ...oxygenPreset.setup,
        parts: [
          { id: 'T1', kind: 'conical-flask', xM: 0.2, yM: 0.38, rotDeg: 0, props: { ...wetParts.defaultProps('conical-flask'), h2o2Ml: 30, h2o2Percent: 5, mno2G } },
          ...oxygenPreset.setup.parts.filter((p) => p.kind === 'gas-jar' || p.kind === 'splint'),
        ],
      },
      params: [],
      measurements: [{ name: 'o2', part: 'T1', value: 'o2MadeMl', unit: 'mL', labelKey: 'wet.m.o2MadeMl' }],
    });
    const withCatalyst = start(flask(1)), without = start(flask(0));
    runFor(withCatalyst, 60);
    runFor(without, 60);
    expect(value(withCatalyst, 'T1', 'o2MadeMl')).toBeGreaterThan(30);
    expect(value(without, 'T1', 'o2MadeMl')).toBeLessThan(0.1);
    expect(without.diagnostics().map((d) => d.key)).toContain('wet.diag.noCatalyst');
  });
});

describe('carbon dioxide from marble and dilute hydrochloric acid (junior chemistry 2)', () => {
  it('10 g of marble with enough acid gives 4.4 g of CO2 (2.44 L at 20 °C)', () => {
    const m = start(carbonDioxidePreset, { marbleG: 10, hclMl: 100, hclPercent: 20, marbleGrain: 'powder' });
    runFor(m, 300);
    expect(value(m, 'F1', 'marbleLeftG')).toBeLessThan(1e-3);
    // 0.0999 mol CO2 · 24.06 L/mol at 20 °C, 101.3 kPa
    expect(value(m, 'F1', 'co2MadeMl') / 1000).toBeCloseTo((10 / 100.09) * 8.314462618 * 293.15 / 101.3, 1);
  });

  it('a burning splint at the mouth of the jar goes out once the jar fills; powdered marble reacts faster than chips', () => {
    const m = start(carbonDioxidePreset);
    const jar = m.setup.parts.find((p) => p.id === 'J1')!;
    editPart(m, 'S1', {}, { xM: jar.xM, yM: jar.yM - 0.06 - 0.07 + 0.005 });
    expect(runUntil(m, 'splintOut', 300)).toBeGreaterThan(20);
    expect(value(m, 'J1', 'co2Percent')).toBeGreaterThan(25);
    const chips = start(carbonDioxidePreset), powder = start(carbonDioxidePreset, { marbleGrain: 'powder' });
    runFor(chips, 10);
    runFor(powder, 10);
    expect(value(powder, 'F1', 'co2MadeMl')).toBeGreaterThan(5 * value(chips, 'F1', 'co2MadeMl'));
  });

  it('the gas bubbled into limewater turns it milky', () => {
    const m = start(carbonDioxidePreset);
    m.edit({ ...m.setup, links: [{ id: 'd1', from: { part: 'F1', terminal: 'stopper' }, to: { part: 'T2', terminal: 'dip' } }] });
    expect(runUntil(m, 'limewaterMilky', 120)).toBeGreaterThan(0);
    expect(value(m, 'T2', 'cloudiness')).toBeGreaterThan(0.15);
  });
});

describe('heat: the thermometer and boiling water (junior physics 4.1.3, 4.2.1)', () => {
  it('reads to 1 °C with the eye level, too high from above and too low from below', () => {
    expect(parallaxC('above')).toBeCloseTo(2 * Math.tan(Math.PI / 6), 6);
    expect(thermometerReading(50.2, 'level')).toBe(50);
    expect(thermometerReading(50.2, 'above')).toBe(51);
    expect(thermometerReading(50.2, 'below')).toBe(49);
  });

  it('the reading taken at once is too low; after the column settles it is the water temperature', () => {
    const m = start(thermometerPreset, { startC: 60 });
    runFor(m, 8); // one time constant: 63 % of the way from 20 °C
    expect(value(m, 'Th1', 'bulbC')).toBeCloseTo(20 + 0.632 * (value(m, 'B1', 'temperatureC') - 20), 0);
    expect(runUntil(m, 'thermometerSteady', 120)).toBeGreaterThan(20);
    runFor(m, 30);
    expect(Math.abs(value(m, 'Th1', 'readingC') - value(m, 'B1', 'temperatureC'))).toBeLessThanOrEqual(1);
  });

  it('water warms at (P − G·ΔT)/(c·m + C_glass), then stays at the boiling point for the pressure while it boils away', () => {
    for (const [kPa, bp] of [
      [101.325, 100.0],
      [80, 93.5],
    ]) {
      const m = start(boilingPreset, { pressureKPa: kPa, startC: 90 });
      runFor(m, 1);
      // 70 W in, 0.35 W/K × 70 K out, 100.2 mL·0.998 g/mL of water at 4.18 J/(g·K) and 84 J/K of glass
      const rate = (70 - 0.35 * 70) / (100 * 4.18 + 84);
      expect(value(m, 'B1', 'temperatureC') - 90).toBeCloseTo(rate, 2);
      if (bp > 95) expect(runUntil(m, 'boiling', 400)).toBeGreaterThan(60);
      else runFor(m, 200);
      const before = value(m, 'B1', 'liquidMl');
      runFor(m, 120);
      expect(value(m, 'B1', 'temperatureC')).toBeCloseTo(bp, 1);
      expect(value(m, 'Th1', 'readingC')).toBe(Math.round(bp));
      // 120 s of (70 − 0.35·ΔT) W into latent heat 2257 J/g
      expect(before - value(m, 'B1', 'liquidMl')).toBeCloseTo((120 * (70 - 0.35 * (bp - 20))) / 2257 / 0.998, 0);
    }
  });

  it('a beaker heated without the gauze cracks', () => {
    const m = start(boilingPreset);
    editPart(m, 'P1', { gauze: false });
    expect(runUntil(m, 'beakerCracked', 20)).toBeGreaterThan(4);
    expect(m.diagnostics().map((d) => d.key)).toContain('wet.diag.beakerCracked');
  });
});

describe('electrolysis of water (junior chemistry 8)', () => {
  const molarMl = (8.314462618 * 293.15) / 101300 * 1e6;

  it('gives hydrogen and oxygen as I·t/(2F) and I·t/(4F), less what saturates each arm’s water: a little over 2 : 1, V(H2) − 2V(O2) → 2c(O2) − c(H2)', async () => {
    const { electrolysisPreset } = await import('./presets/electrolysis');
    const { ARM_WATER_L, HENRY_MOL_PER_L } = await import('./electrolysis');
    const m = start(electrolysisPreset, { currentA: 0.5 });
    expect(runUntil(m, 'gasSeen', 60)).toBeLessThan(30);
    runFor(m, 60 - m.timeS);
    const early = value(m, 'E1', 'ratio');
    runFor(m, 540);
    const h2 = value(m, 'E1', 'h2TrueMl'), o2 = value(m, 'E1', 'o2TrueMl');
    const F = 96485.33212, it = 0.5 * 600;
    const capH2 = HENRY_MOL_PER_L['H2(g)'] * ARM_WATER_L * molarMl, capO2 = HENRY_MOL_PER_L['O2(g)'] * ARM_WATER_L * molarMl;
    expect(h2).toBeCloseTo((it / (2 * F)) * molarMl - capH2, 1);
    expect(o2).toBeCloseTo((it / (4 * F)) * molarMl - capO2, 1);
    expect(h2 - 2 * o2).toBeCloseTo(2 * capO2 - capH2, 1);
    expect(early).toBeGreaterThan(value(m, 'E1', 'ratio'));
    expect(value(m, 'E1', 'ratio')).toBeGreaterThan(2);
    expect(value(m, 'E1', 'ratio')).toBeLessThan(2.2);
    expect(value(m, 'E1', 'h2Ml')).toBe(Math.round(h2 * 10) / 10);
  });

  it('pure water hardly conducts: next to no gas', async () => {
    const { electrolysisPreset } = await import('./presets/electrolysis');
    const m = start(electrolysisPreset, { electrolyte: false });
    runFor(m, 120);
    expect(value(m, 'E1', 'h2TrueMl')).toBeLessThan(0.01);
    expect(m.diagnostics().map((d) => d.key)).toContain('wet.diag.noElectrolyte');
  });
});

describe('a 6 % sodium chloride solution (junior chemistry 5)', () => {
  /** 3.0 g weighed to balance, water poured until the cylinder reads 47 mL from where the eye is, mixed and stirred. */
  async function make(eye: 'level' | 'above' | 'below', saltG = 3): Promise<BenchModel> {
    const { solutionPreset } = await import('./presets/solution');
    const { parallaxMl, CYLINDERS } = await import('../bench/instruments/measuring-cylinder');
    const poured = Math.round((47 - parallaxMl(eye, CYLINDERS['50'])) * 10) / 10;
    const m = start(solutionPreset, { saltG, waterMl: poured, eye });
    expect(value(m, 'C1', 'readingMl')).toBe(47);
    editPart(m, 'B1', { mixIn: true });
    runFor(m, 120);
    return m;
  }

  it('3.0 g on the 0.1 g balance swings about the middle; 2.8 g leaves the pointer right of it', async () => {
    const { solutionPreset } = await import('./presets/solution');
    const ok = start(solutionPreset, { saltG: 3 }), short = start(solutionPreset, { saltG: 2.8 });
    expect(value(ok, 'W1', 'balanced')).toBe(1);
    expect(value(ok, 'W1', 'readingG')).toBe(3);
    expect(value(short, 'W1', 'balanced')).toBe(0);
    expect(value(short, 'W1', 'pointerDivisions')).toBeLessThan(-0.5);
  });

  it('3.0 g of salt and 47 mL of water read at eye level make 6.0 % (人教版 九年级下册 实验活动5: 3 g / 50 g)', async () => {
    const m = await make('level');
    expect(value(m, 'B1', 'undissolvedG')).toBeLessThan(1e-3);
    // 3.0 g / (3.0 g + 47 mL × 0.998 g/mL)
    expect(value(m, 'B1', 'massFractionPct')).toBeCloseTo((100 * 3) / (3 + 47 * 0.998), 1);
  });

  it('the cylinder read from above holds less water than it says: the solution comes out stronger; from below, weaker', async () => {
    const above = await make('above'), below = await make('below');
    expect(value(above, 'C1', 'heldMl')).toBeLessThan(46);
    expect(value(above, 'B1', 'massFractionPct')).toBeGreaterThan(6.1);
    expect(value(below, 'B1', 'massFractionPct')).toBeLessThan(5.9);
  });
});

describe('chemical properties of acids and bases (junior chemistry 7)', () => {
  async function tubes(set: ParamValues = {}) {
    const { acidsBasesPreset } = await import('./presets/acids-bases');
    return start(acidsBasesPreset, set);
  }
  const colour = async (m: BenchModel, id: string) => {
    const { appearanceOf } = await import('./chem/appearance');
    return appearanceOf((m.engine as import('./bench-engine').WetBenchEngine).contentsOf(id)!).liquid!;
  };

  it('litmus turns red in the acid, phenolphthalein pink in the alkali; pH paper reads 0 and 14 for 5 % solutions', async () => {
    const m = await tubes();
    runFor(m, 1);
    // 5 % HCl is 1.4 mol/L (pH −0.1), 5 % NaOH 1.3 mol/L (pH 14.1): the paper's ends.
    expect(value(m, 'T1', 'pH')).toBe(0);
    expect(value(m, 'T2', 'pH')).toBe(14);
    const red = await colour(m, 'T1'), pink = await colour(m, 'T2');
    expect(red.r).toBeGreaterThan(red.b + 30);
    expect(pink.r).toBeGreaterThan(pink.g + 60);
  });

  it('magnesium in enough acid gives n(Mg) of hydrogen: 0.05 g → 49 mL at 20 °C; copper gives none (it stands after hydrogen)', async () => {
    const mg = await tubes({ tube3Added: 'magnesium', zincG: 0.05 });
    runFor(mg, 150);
    expect(value(mg, 'T3', 'h2MadeMl')).toBeCloseTo(((0.05 / 24.305) * 8.314462618 * 293.15 * 1000) / 101.3, 0);
    const cu = await tubes({ tube3Added: 'copper' });
    runFor(cu, 60);
    expect(value(cu, 'T3', 'h2MadeMl')).toBe(0);
  });

  it('rust dissolves in the acid to a yellow solution; marble gives carbon dioxide', async () => {
    const m = await tubes();
    runFor(m, 120);
    const yellow = await colour(m, 'T4');
    expect(yellow.b).toBeLessThan(yellow.g - 20);
    expect(value(m, 'T5', 'co2MadeMl')).toBeGreaterThan(5);
  });

  it('neutralisation: sodium hydroxide from a burette over the tube of acid with phenolphthalein turns it pink at n(NaOH) = n(HCl)', async () => {
    const { acidsBasesPreset } = await import('./presets/acids-bases');
    const tube = acidsBasesPreset.setup.parts.find((p) => p.id === 'T1')!;
    // The burette's tip (15 cm below its centre) 1 cm above the standing tube's mouth (9 cm above the tube's centre).
    const burette = { id: 'D1', kind: 'burette', xM: tube.xM, yM: tube.yM - 0.09 - 0.01 - 0.15, rotDeg: 0, props: { ...wetParts.defaultProps('burette'), naohMolL: 0.5, tap: 'slow' } };
    const preset: BenchPreset = { ...acidsBasesPreset, setup: { ...acidsBasesPreset.setup, parts: [...acidsBasesPreset.setup.parts, burette] } };
    const m = start(preset);
    editPart(m, 'T1', { added: 'phenolphthalein' });
    expect(runUntil(m, 'endPoint', 60)).toBeGreaterThan(0);
    // 3 mL of 5 % HCl (1.0245 g/mL, CRC) is 4.215 mmol: 8.43 mL of 0.5 mol/L NaOH; the pink comes within a drop.
    const eqMl = ((3 * 1.0245 * 0.05) / 36.46 / 0.5) * 1000;
    expect(Math.abs(value(m, 'D1', 'deliveredMl') - eqMl)).toBeLessThan(0.05);
    expect(value(m, 'T1', 'pH')).toBeGreaterThanOrEqual(8);
    const pink = await colour(m, 'T1');
    expect(pink.r).toBeGreaterThan(pink.g + 30);
  });
});

describe('chemical properties of metals (junior chemistry 4)', () => {
  it('in the same acid hydrogen comes fastest from magnesium, then zinc, then iron, none from copper; iron displaces copper, copper displaces silver', async () => {
    const { metalsPreset } = await import('./presets/metals');
    const m = start(metalsPreset);
    runFor(m, 30);
    const [mg, zn, fe, cu] = ['T1', 'T2', 'T3', 'T4'].map((id) => value(m, id, 'h2MadeMl'));
    expect(mg).toBeGreaterThan(zn);
    expect(zn).toBeGreaterThan(fe);
    expect(fe).toBeGreaterThan(0);
    expect(cu).toBe(0);
    runFor(m, 120);
    // Fe + CuSO4 = FeSO4 + Cu, Cu + 2AgNO3 = Cu(NO3)2 + 2Ag: a coat within minutes (a milligram over a nail's 2 cm² is
    // half a micrometre of copper, red to the eye); the metal that does not displace leaves none.
    expect(value(m, 'T5', 'copperG')).toBeGreaterThan(0.001);
    expect(value(m, 'T6', 'silverG')).toBeGreaterThan(0.001);
    const swapped = start(metalsPreset, { tube5Added: 'copper' });
    runFor(swapped, 60);
    expect(value(swapped, 'T5', 'copperG')).toBeCloseTo(1, 6); // copper in copper sulfate: nothing happens
    const { emptyContents } = await import('./chem/contents');
  });

  it('a burning splint at the magnesium tube’s mouth pops sharply (hydrogen mixed with air, 4–75 %), and the pop burns it; at the copper tube it just burns', async () => {
    const { metalsPreset } = await import('./presets/metals');
    const { gasFractions } = await import('./chem/contents');
    const withSplint: BenchPreset = { ...metalsPreset, setup: { ...metalsPreset.setup, parts: [...metalsPreset.setup.parts, { id: 'S1', kind: 'splint', xM: 0.5, yM: 0.1, rotDeg: 90, props: { flame: 'burning' } }] } };
    const m = start(withSplint);
    runFor(m, 2);
    const h2 = gasFractions((m.engine as import('./bench-engine').WetBenchEngine).contentsOf('T1')!)['H2(g)'];
    // Magnesium ribbon in 5 % acid: after 2 s the open tube's gas is a third or more hydrogen, inside the limits.
    expect(h2).toBeGreaterThan(0.04);
    expect(h2).toBeLessThan(0.75);
    // The tube stands mouth up (rotated 270°): its mouth 9 cm above its centre; the splint's tip 5 mm above that.
    const tube = (id: string) => m.setup.parts.find((p) => p.id === id)!;
    editPart(m, 'S1', {}, { xM: tube('T4').xM, yM: tube('T4').yM - 0.09 - 0.07 - 0.005 });
    runFor(m, 1);
    expect(value(m, 'S1', 'burning')).toBe(1);
    editPart(m, 'S1', {}, { xM: tube('T1').xM, yM: tube('T1').yM - 0.09 - 0.07 - 0.005 });
    expect(runUntil(m, 'sharpPop', 1)).toBeGreaterThan(0);
    expect(gasFractions((m.engine as import('./bench-engine').WetBenchEngine).contentsOf('T1')!)['H2(g)'] ?? 0).toBeLessThan(0.04);
    expect(value(m, 'S1', 'burning')).toBe(1);
  });

  it('a flame put into a jar of hydrogen mixed with air (125 mL, over the 60 mL a pop stays a pop in) explodes, and the bench says so', async () => {
    const { metalsPreset } = await import('./presets/metals');
    const { gasFractions } = await import('./chem/contents');
    const jar = { id: 'J1', kind: 'gas-jar', xM: 0.3, yM: 0.15, rotDeg: 0, props: { ...wetParts.defaultProps('gas-jar'), collection: 'water' } };
    const splint = { id: 'S1', kind: 'splint', xM: 0.6, yM: 0.1, rotDeg: 90, props: { flame: 'burning' } };
    const preset: BenchPreset = { ...metalsPreset, setup: { ...metalsPreset.setup, parts: [...metalsPreset.setup.parts, jar, splint], links: [{ id: 'd1', from: { part: 'T1', terminal: 'stopper' }, to: { part: 'J1', terminal: 'dip' } }] } };
    const m = start(preset);
    runFor(m, 10);
    // The magnesium's hydrogen pushed the tube's air before it: the jar holds a mixture inside 4–75 %.
    const h2 = gasFractions((m.engine as import('./bench-engine').WetBenchEngine).contentsOf('J1')!)['H2(g)'];
    expect(value(m, 'J1', 'gasMl')).toBeGreaterThan(20);
    expect(h2).toBeGreaterThan(0.04);
    expect(h2).toBeLessThan(0.75);
    editPart(m, 'S1', {}, { xM: 0.3, yM: 0.15 - 0.07 });
    expect(runUntil(m, 'explosion', 1)).toBeGreaterThan(0);
    expect(m.diagnostics().map((d) => d.key)).toContain('wet.diag.hydrogenExploded');
    expect(gasFractions((m.engine as import('./bench-engine').WetBenchEngine).contentsOf('J1')!)['H2(g)'] ?? 0).toBeLessThan(0.04);
  });
});
