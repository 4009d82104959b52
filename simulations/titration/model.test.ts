import { describe, expect, it } from 'vitest';
import { findMeasurement } from '../core/meta';
import { validateParams } from '../core/params';
import { formatReadout } from '../core/readout';
import { runSimulation } from '../core/runner';
import { COMPOUNDS, customCompound, findCompound } from './acids';
import { pHAt, titrationCurve, type TitrationSetup } from './curve';
import { chargeLevels } from './equivalence';
import { indicatorColor } from './indicators';
import { titrationMeta } from './meta';
import { TitrationModel, type EquivalenceEvent } from './model';
import { speciesFractions, speciate } from './ph-solver';

const KW = 1e-14;

function modelParams(raw: Record<string, unknown>) {
  const r = validateParams(titrationMeta.params, raw);
  if (!r.ok) throw new Error(r.errors[0].message);
  return r.values;
}
const NaOH = findCompound('NaOH');
const HCl = findCompound('HCl');

function weakAcidSetup(pKa: number): TitrationSetup {
  return { analyte: customCompound('acid', [pKa]), analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: NaOH, titrantConcMolL: 0.1 };
}

/**
 * Independent textbook references (Harris, Quantitative Chemical Analysis, 9th ed., §11-2 "Titration of
 * weak acid with strong base"): quadratic for the weak acid alone, the conjugate base's Kb = Kw/Ka at the
 * equivalence point, excess OH⁻ after it.
 */
function weakAcidReference(Ka: number, Ca: number, Va: number, Cb: number, Vb: number): number {
  const naMol = Ca * Va;
  const ohMol = Cb * Vb;
  const V = Va + Vb;
  if (Vb === 0) {
    const x = (-Ka + Math.sqrt(Ka * Ka + 4 * Ka * Ca)) / 2;
    return -Math.log10(x);
  }
  if (Math.abs(ohMol - naMol) < 1e-15) {
    const Kb = KW / Ka;
    const C = naMol / V;
    const oh = (-Kb + Math.sqrt(Kb * Kb + 4 * Kb * C)) / 2;
    return 14 + Math.log10(oh);
  }
  if (ohMol > naMol) return 14 + Math.log10((ohMol - naMol) / V);
  return -Math.log10(Ka) + Math.log10(ohMol / (naMol - ohMol)); // buffer region
}

describe('pH from the charge balance: weak acid with strong base (reference values within 0.01 pH)', () => {
  const s = weakAcidSetup(4.76);
  const Ka = 10 ** -4.76;
  it.each([
    [0, 2.88],
    [12.5, 4.76],
    [25, 8.73],
    [26, 11.29],
  ])('25.00 mL 0.1000 M acetic acid (pKa 4.76) + %s mL 0.1000 M NaOH → pH %s', (vb, textbook) => {
    const pH = pHAt(s, vb);
    expect(Math.abs(pH - weakAcidReference(Ka, 0.1, 25, 0.1, vb))).toBeLessThan(0.01);
    expect(Math.abs(pH - textbook)).toBeLessThan(0.01);
  });
  it('with Ka = 1.8e-5 the equivalence pH is 8.72', () => {
    const s18 = weakAcidSetup(-Math.log10(1.8e-5));
    expect(Math.abs(pHAt(s18, 25) - 8.72)).toBeLessThan(0.01);
    expect(Math.abs(pHAt(s18, 25) - weakAcidReference(1.8e-5, 0.1, 25, 0.1, 25))).toBeLessThan(0.005);
  });
  it('the table acetic acid (Harris pKa 4.756) is at pH = pKa at half-equivalence', () => {
    const s2 = { ...s, analyte: findCompound('acetic') };
    expect(Math.abs(pHAt(s2, 12.5) - 4.756)).toBeLessThan(0.01);
  });
});

describe('strong acid with strong base', () => {
  const s: TitrationSetup = { analyte: HCl, analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: NaOH, titrantConcMolL: 0.1 };
  it('is 7.00 at equivalence, 1.00 at the start, and follows the excess H⁺ before it', () => {
    expect(pHAt(s, 25)).toBeCloseTo(7.0, 6);
    expect(pHAt(s, 0)).toBeCloseTo(1.0, 4);
    // 24 mL: (2.5 − 2.4) mmol H⁺ in 49 mL (Harris §11-1)
    expect(Math.abs(pHAt(s, 24) + Math.log10(0.1 / 49))).toBeLessThan(0.01);
    expect(Math.abs(pHAt(s, 30) - (14 + Math.log10(0.5 / 55)))).toBeLessThan(0.01);
  });
  it('finds the equivalence point at 25.00 mL, pH 7.00', () => {
    const c = titrationCurve(s, { maxVolumeML: 50, points: 1000 });
    expect(c.equivalencePoints).toHaveLength(1);
    expect(c.equivalencePoints[0].volumeML).toBeCloseTo(25, 2);
    expect(c.equivalencePoints[0].pH).toBeCloseTo(7, 1);
    expect(c.volumeML).toHaveLength(1000);
    expect(c.dpHdV[500]).toBeGreaterThan(c.dpHdV[100]);
  });
});

describe('polyprotic and basic analytes', () => {
  it('phosphoric acid shows two clear equivalence points at 25 and 50 mL (third step too weak)', () => {
    const s: TitrationSetup = { analyte: findCompound('phosphoric'), analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: NaOH, titrantConcMolL: 0.1 };
    const eq = titrationCurve(s, { maxVolumeML: 90, points: 1000 }).equivalencePoints;
    expect(eq).toHaveLength(2);
    expect(eq[0].volumeML).toBeCloseTo(25, 1);
    expect(eq[1].volumeML).toBeCloseTo(50, 1);
    // Amphiprotic H2PO4⁻ and HPO4²⁻: pH ≈ (pKa1 + pKa2)/2 = 4.67 and (pKa2 + pKa3)/2 = 9.79 (Harris §10-3);
    // the exact balance at 0.033 M differs by a few hundredths, so the tolerance is 0.1.
    expect(Math.abs(eq[0].pH - (2.148 + 7.198) / 2)).toBeLessThan(0.1);
    expect(Math.abs(eq[1].pH - (7.198 + 12.375) / 2)).toBeLessThan(0.15);
  });
  it('ammonia titrated with HCl: falling curve, equivalence at pH of 0.05 M NH4⁺', () => {
    const s: TitrationSetup = { analyte: findCompound('ammonia'), analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: HCl, titrantConcMolL: 0.1 };
    const eq = titrationCurve(s, { maxVolumeML: 50, points: 500 }).equivalencePoints;
    expect(eq).toHaveLength(1);
    expect(eq[0].slopePerML).toBeLessThan(0);
    const ref = -Math.log10(Math.sqrt(10 ** -9.245 * 0.05)); // weak acid NH4⁺, Harris §9-4
    expect(Math.abs(eq[0].pH - ref)).toBeLessThan(0.02);
  });
  it('sulfuric acid (second step weak) is neutralised at 50 mL with a single jump', () => {
    const s: TitrationSetup = { analyte: findCompound('sulfuric'), analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: NaOH, titrantConcMolL: 0.1 };
    const eq = titrationCurve(s, { maxVolumeML: 70, points: 700 }).equivalencePoints;
    expect(eq).toHaveLength(1);
    expect(eq[0].volumeML).toBeCloseTo(50, 1);
  });
  it('species fractions sum to 1 and cross at each pKa (distribution diagram)', () => {
    const pKa = findCompound('phosphoric').systems[0].pKa;
    for (const lg of [-1, -4, -7.198, -10]) {
      const a = speciesFractions(pKa, lg);
      expect(a.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    }
    const a = speciesFractions(pKa, -7.198);
    expect(a[1]).toBeCloseTo(a[2], 10);
    const sp = speciate([{ system: findCompound('phosphoric').systems[0], concMolL: 0.1 }]);
    expect(sp.systems[0].concMolL.reduce((x, y) => x + y, 0)).toBeCloseTo(0.1, 12);
    expect(sp.hydroniumMolL * sp.hydroxideMolL).toBeCloseTo(KW, 20);
  });
  it('every table entry has a source and consistent species/pKa lengths; ≥ 12 entries', () => {
    expect(COMPOUNDS.length).toBeGreaterThanOrEqual(12);
    for (const c of COMPOUNDS) {
      expect(c.source.length).toBeGreaterThan(5);
      for (const s of c.systems) expect(s.species.length).toBe(s.pKa.length + 1);
      // every compound is neutral as added: Σ perMole × charge of its *added* form is checked by the pH of water
    }
    // pure water and any neutral salt of a strong acid and base are at pH 7
    expect(pHAt({ analyte: HCl, analyteConcMolL: 0.001, analyteVolumeML: 10, titrant: NaOH, titrantConcMolL: 0.001 }, 10)).toBeCloseTo(7, 6);
  });
  it('rejects unknown compounds and bad custom pKa counts with the allowed values', () => {
    expect(() => findCompound('vinegar')).toThrow(/allowed: HCl/);
    expect(() => customCompound('acid', [])).toThrow(/1 … 3/);
  });
});

describe('equivalence points from the chemistry (issue #14, item 15)', () => {
  // An equivalence point is where the titrant added is stoichiometrically equal to the analyte's protons:
  // V_eq = k·c_a·V_a / c_t for the k-th proton (Harris, Quantitative Chemical Analysis, 9th ed., §11-1 to 11-3).
  it('an equivalence point at 0.025 mL (2.5 mL of 0.001 M HCl, 0.1 M NaOH) is found, between two 0.05 mL samples', () => {
    const s: TitrationSetup = { analyte: HCl, analyteConcMolL: 0.001, analyteVolumeML: 2.5, titrant: NaOH, titrantConcMolL: 0.1 };
    const eq = titrationCurve(s, { maxVolumeML: 50, points: 1001 }).equivalencePoints;
    expect(eq).toHaveLength(1);
    expect(eq[0].volumeML).toBeCloseTo((0.001 * 2.5) / 0.1, 12);
    expect(eq[0].pH).toBeCloseTo(7, 6); // strong acid + strong base: neutral at equivalence
  });
  it('the second equivalence point of 25 mL 0.1 M H3PO4 at exactly 50 mL (the burette limit) is found and raised', () => {
    const s: TitrationSetup = { analyte: findCompound('phosphoric'), analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: NaOH, titrantConcMolL: 0.1 };
    const eq = titrationCurve(s, { maxVolumeML: 50, points: 1001 }).equivalencePoints;
    expect(eq.map((e) => e.volumeML)).toEqual([expect.closeTo(25, 9), expect.closeTo(50, 9)]);
    const m = new TitrationModel(modelParams({ analyte: 'phosphoric', tap: 'fast' }));
    const r = runSimulation(m, { timeS: 60 });
    const events = r.events.filter((e) => e.name === 'equivalence') as EquivalenceEvent[];
    expect(events.map((e) => e.volumeML)).toEqual([expect.closeTo(25, 9), expect.closeTo(50, 9)]);
    expect(events[1].timeS).toBeCloseTo(50, 9); // fast stream 1 mL/s
    // HPO4²⁻ is amphiprotic: pH ≈ (pKa2 + pKa3)/2 = 9.79 (Harris §10-3); the exact balance at 0.033 M gives 9.67.
    expect(Math.abs(events[1].pH - 9.79)).toBeLessThan(0.15);
  });
  it('Na2CO3 with HCl: two points at c·V/c_t and 2c·V/c_t, near pH 8.3 and 3.9 (phenolphthalein and methyl orange ends)', () => {
    // HCO3⁻ at the first point: pH ≈ (pKa1 + pKa2)/2 = 8.34; H2CO3* 0.033 M at the second: pH ≈ ½(pKa1 − log c) = 3.91.
    const s: TitrationSetup = { analyte: findCompound('carbonate'), analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: HCl, titrantConcMolL: 0.1 };
    const eq = titrationCurve(s, { maxVolumeML: 60, points: 601 }).equivalencePoints;
    expect(eq.map((e) => e.volumeML)).toEqual([expect.closeTo(25, 9), expect.closeTo(50, 9)]);
    expect(Math.abs(eq[0].pH - (6.351 + 10.329) / 2)).toBeLessThan(0.05);
    expect(Math.abs(eq[1].pH - 0.5 * (6.351 - Math.log10(2.5 / 75)))).toBeLessThan(0.05);
    expect(eq.every((e) => e.slopePerML < 0)).toBe(true);
  });
  it('proton bookkeeping: charge levels per mole of each compound', () => {
    expect(chargeLevels(findCompound('phosphoric'))).toEqual([0, -1, -2, -3]);
    expect(chargeLevels(findCompound('carbonate'))).toEqual([2, 1, 0]);
    expect(chargeLevels(findCompound('sulfuric'))).toEqual([-1, -2]);
    expect(chargeLevels(HCl)).toEqual([-1]);
    expect(chargeLevels(NaOH)).toEqual([1]);
  });
});

describe('indicators', () => {
  it('phenolphthalein is colourless in acid and pink above 10', () => {
    const acid = indicatorColor('phenolphthalein', 7);
    const base = indicatorColor('phenolphthalein', 11);
    expect(acid.r).toBeGreaterThan(200);
    expect(acid.g).toBeGreaterThan(200);
    expect(base.g).toBeLessThan(80);
    expect(base.r).toBeGreaterThan(200);
  });
  it('bromothymol blue: yellow at 5, blue at 9, in between at 6.8 (range 6.0–7.6)', () => {
    const y = indicatorColor('bromothymol-blue', 5);
    const b = indicatorColor('bromothymol-blue', 9);
    const m = indicatorColor('bromothymol-blue', 6.8);
    expect(y.r).toBeGreaterThan(y.b);
    expect(b.b).toBeGreaterThan(b.r);
    expect(m.b).toBeGreaterThan(y.b);
    expect(m.b).toBeLessThan(b.b);
  });
  it('methyl orange is red below 3.1 and yellow above 4.4; unknown ids are rejected', () => {
    expect(indicatorColor('methyl-orange', 2).g).toBeLessThan(70);
    expect(indicatorColor('methyl-orange', 6).g).toBeGreaterThan(180);
    expect(() => indicatorColor('red-cabbage', 7)).toThrow(/allowed: none \| phenolphthalein/);
  });
  it('litmus is red below 5.0, purple from 5.0 to 8.0 and blue above 8.0 (Chinese school textbook range)', () => {
    const red = indicatorColor('litmus', 3);
    const purple = indicatorColor('litmus', 6.5);
    const blue = indicatorColor('litmus', 10);
    expect(red.r).toBeGreaterThan(2 * red.b);
    expect(blue.b).toBeGreaterThan(2 * blue.r);
    expect(purple.r).toBeGreaterThan(purple.g);
    expect(purple.b).toBeGreaterThan(purple.g);
    expect(indicatorColor('litmus', 6)).toEqual(indicatorColor('litmus', 7.4)); // one purple across the range
    expect(titrationMeta.params.find((p) => p.name === 'indicator')).toMatchObject({ options: expect.arrayContaining([{ value: 'litmus', labelKey: 'chemistry.titration.indicator.litmus' }]) });
  });
});

describe('TitrationModel (time-based)', () => {
  const params = modelParams;
  it('runs headless until the equivalence event, reported with its volume and pH', () => {
    const m = new TitrationModel(params({ tap: 'slow' }));
    const r = runSimulation(m, { untilEvent: 'equivalence' });
    expect(r.reachedEvent).toBe(true);
    const ev = r.events[0] as EquivalenceEvent;
    expect(ev.volumeML).toBeCloseTo(25, 2);
    expect(Math.abs(ev.pH - 8.72)).toBeLessThan(0.02); // table pKa 4.756
    expect(ev.timeS).toBeCloseTo(25 / 0.25, 1); // slow stream 0.25 mL/s
    expect(r.measurements.equivalenceCount).toBe(1);
    expect(r.measurements.lastEquivalenceVolumeML).toBeCloseTo(25, 2);
    expect(r.measurements.analyteSpecies1MolL).toBeGreaterThan(r.measurements.analyteSpecies0MolL);
  });
  it('a closed tap adds nothing; the drop mode adds 0.05 mL/s', () => {
    const m = new TitrationModel(params({}));
    runSimulation(m, { timeS: 10 });
    expect(m.measure().volumeAddedML).toBe(0);
    m.setTap('drop');
    runSimulation(m, { timeS: 20 }); // from 10 s to 20 s
    expect(m.measure().volumeAddedML).toBeCloseTo(0.5, 9);
    expect(() => m.setTap('open')).toThrow(/closed \| drop \| slow \| fast/);
  });
  it('phosphoric acid in the model raises two equivalence events; the burette empties at 50 mL', () => {
    const m = new TitrationModel(params({ analyte: 'phosphoric', analyteVolumeML: 20, tap: 'fast' }));
    const r = runSimulation(m, { timeS: 60 });
    const eq = r.events.filter((e) => e.name === 'equivalence') as EquivalenceEvent[];
    expect(eq.map((e) => Math.round(e.volumeML * 10) / 10)).toEqual([20, 40]);
    expect(r.events.some((e) => e.name === 'buretteEmpty')).toBe(true);
    expect(r.measurements.volumeAddedML).toBeCloseTo(50, 9);
  });
  it('the burette is refilled: by the student after it ran dry, or at once with autoRefill', () => {
    // 25 mL 0.1 M H3PO4 with 0.04 M NaOH: equivalence points at 62.5 and 125 mL, beyond one burette.
    const m = new TitrationModel(params({ analyte: 'phosphoric', titrantConcMolL: 0.04, tap: 'fast' }));
    let r = runSimulation(m, { timeS: 60 });
    expect(r.events.map((e) => e.name)).toEqual(['buretteEmpty']);
    expect(r.events[0].timeS).toBeCloseTo(50, 9);
    expect(r.measurements.volumeAddedML).toBeCloseTo(50, 9);
    expect(r.measurements.flowRateMLs).toBe(0);
    expect(r.measurements.buretteReadingML).toBeCloseTo(50, 9);
    m.refill();
    expect(m.measure().buretteReadingML).toBe(0);
    r = runSimulation(m, { timeS: 80 });
    const eq = r.events.filter((e) => e.name === 'equivalence') as EquivalenceEvent[];
    expect(eq.map((e) => e.volumeML)).toEqual([expect.closeTo(62.5, 9)]);
    expect(eq[0].timeS).toBeCloseTo(60 + 12.5, 9); // tap opens again at 60 s with the burette refilled
    expect(r.measurements.volumeAddedML).toBeCloseTo(70, 9);
    expect(r.measurements.buretteReadingML).toBeCloseTo(20, 9);

    const auto = new TitrationModel(params({ analyte: 'phosphoric', titrantConcMolL: 0.04, tap: 'fast', autoRefill: true }));
    const ra = runSimulation(auto, { timeS: 130 });
    expect(ra.events.filter((e) => e.name === 'buretteEmpty').map((e) => e.timeS)).toEqual([expect.closeTo(50, 9), expect.closeTo(100, 9)]);
    expect((ra.events.filter((e) => e.name === 'equivalence') as EquivalenceEvent[]).map((e) => e.volumeML)).toEqual([expect.closeTo(62.5, 9), expect.closeTo(125, 9)]);
    expect(ra.measurements.volumeAddedML).toBeCloseTo(130, 9);
  });
  it('stops at the 250 mL flask and says so', () => {
    const m = new TitrationModel(params({ analyteVolumeML: 100, tap: 'fast', autoRefill: true }));
    const r = runSimulation(m, { timeS: 200 });
    expect(r.events.find((e) => e.name === 'flaskFull')?.timeS).toBeCloseTo(150, 9);
    expect(r.measurements.totalVolumeML).toBeCloseTo(250, 9);
    expect(r.measurements.flowRateMLs).toBe(0);
  });
  it('a state saved before refilling existed restores with the burette at 50 mL − added', () => {
    const m = new TitrationModel(params({}));
    m.restore({ params: params({ tap: 'slow' }), timeS: 40, addedML: 10, tap: 'slow', passed: 0 });
    expect(m.measure().buretteReadingML).toBeCloseTo(10, 12);
  });
  it('1 M HCl reads pH 0.00 on the meter and in the readouts (the solver gives −2e-13, rounding noise)', () => {
    // 1.000 M strong acid: [H⁺] = 1 M, pH = −log 1 = 0 (Harris §8-1); the meter resolves 0.01 pH.
    const m = new TitrationModel(params({ analyte: 'HCl', analyteConcMolL: 1 }));
    const pH = m.measure().pH;
    expect(Math.abs(pH)).toBeLessThan(1e-9);
    expect(formatReadout(pH, findMeasurement(titrationMeta, 'pH')!, 'en')).toBe('0.00');
    expect(formatReadout(m.measure().hydroxideMolL, findMeasurement(titrationMeta, 'hydroxideMolL')!, 'zh-CN')).toBe('1 × 10⁻¹⁴');
  });
  it('is deterministic and continues exactly from a saved state', () => {
    const p = params({ analyte: 'custom', customPkaCount: 2, customPka1: 3, customPka2: 8, tap: 'fast' });
    const a = new TitrationModel(p);
    runSimulation(a, { timeS: 12 });
    const saved = JSON.parse(JSON.stringify(a.state()));
    runSimulation(a, { timeS: 30 }); // the runner's timeS is an absolute end time
    const b = new TitrationModel(p);
    b.restore(saved);
    expect(b.timeS).toBe(12);
    runSimulation(b, { timeS: 30 });
    expect(a.measure().volumeAddedML).toBeCloseTo(30, 9);
    expect(b.measure()).toEqual(a.measure());
  });
});
