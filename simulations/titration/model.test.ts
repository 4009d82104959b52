import { describe, expect, it } from 'vitest';
import { validateParams } from '../core/params';
import { runSimulation } from '../core/runner';
import { COMPOUNDS, customCompound, findCompound } from './acids';
import { pHAt, titrationCurve, type TitrationSetup } from './curve';
import { indicatorColor } from './indicators';
import { titrationMeta } from './meta';
import { TitrationModel, type EquivalenceEvent } from './model';
import { speciesFractions, speciate } from './ph-solver';

const KW = 1e-14;
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
  it('finds the equivalence point at 25.00 mL, pH 7.00, from the steepest slope', () => {
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
    expect(() => indicatorColor('litmus', 7)).toThrow(/allowed: none \| phenolphthalein/);
  });
});

describe('TitrationModel (time-based)', () => {
  const params = (raw: Record<string, unknown>) => {
    const r = validateParams(titrationMeta.params, raw);
    if (!r.ok) throw new Error(r.errors[0].message);
    return r.values;
  };
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
