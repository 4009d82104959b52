/**
 * The conditions for burning (junior chemistry 3; 人教版 化学 九年级上册 第七单元 课题1 实验7-1): the preset run
 * headless. Reference values: ignition temperatures white phosphorus 40 °C, red 240 °C (the textbook, beside
 * 实验7-1); 4P + 5O₂ = 2P₂O₅ (第五单元 课题3), molar masses from IUPAC 2021 standard atomic weights (P 30.974,
 * O 15.999): 4 × 30.974 = 123.90 g of phosphorus make 2 × 141.94 = 283.89 g of P₂O₅.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BenchModel } from '../bench/bench-model';
import { presetMeta } from '../bench/preset';
import type { Setup } from '../bench/setup';
import { defaultParams, type ParamValues } from '../core/params';
import { createWetModel } from './model';
import { wetParts } from './parts';
import { combustionPreset } from './presets/combustion';

const DT = 0.05;
vi.setConfig({ testTimeout: 30_000 });

function start(set: ParamValues = {}): BenchModel {
  const m = createWetModel(combustionPreset);
  m.reset({ ...defaultParams(presetMeta(combustionPreset, wetParts).params), ...set });
  return m;
}

/** Run for s seconds, collecting the events. */
function runFor(m: BenchModel, s: number): string[] {
  const seen: string[] = [];
  for (let t = 0; t < s - 1e-9; t += DT) for (const e of m.step(DT)) seen.push(e.name);
  return seen;
}

function editPart(m: BenchModel, id: string, props: Record<string, unknown>, move?: { xM: number; yM: number }): void {
  const setup: Setup = { ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, ...move, props: { ...p.props, ...props } as Setup['parts'][number]['props'] } : p)) };
  m.edit(setup);
}

const value = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const P2O5_PER_P = (2 * (2 * 30.974 + 5 * 15.999)) / (4 * 30.974);

describe('the conditions for burning (junior chemistry 3)', () => {
  it('over 80 °C water: white phosphorus on the plate burns, red does not, white under the water does not', () => {
    const m = start();
    const plateC = value(m, 'Cu1', 'temperatureC');
    // The plate lies between the two ignition temperatures: above 40 °C, far below 240 °C.
    expect(plateC).toBeGreaterThan(40);
    expect(plateC).toBeLessThan(80);
    const events = runFor(m, 20);
    expect(events).toContain('ignitesOnPlate');
    expect(events).not.toContain('ignitesUnderWater');
    expect(value(m, 'PH1', 'burning')).toBe(1);
    expect(value(m, 'PH2', 'burning')).toBe(0);
    expect(value(m, 'PH2', 'temperatureC')).toBeGreaterThan(40); // as hot as the white piece: the ignition temperature decides
    expect(value(m, 'PH3', 'burning')).toBe(0);
    expect(value(m, 'PH3', 'temperatureC')).toBeGreaterThan(40); // hot enough: what it lacks is oxygen
    expect(m.diagnostics().some((d) => d.key === 'wet.diag.phosphorusSmoke' && d.parts.includes('PH1'))).toBe(true);
  });

  it('oxygen blown through the tube onto the white phosphorus under the water: it burns under water', () => {
    const m = start();
    runFor(m, 5);
    editPart(m, 'G1', { flowing: true }, { xM: 0.31, yM: 0.445 - 0.07 });
    const events = runFor(m, 5);
    expect(events).toContain('ignitesUnderWater');
    expect(value(m, 'PH3', 'burning')).toBe(1);
    // The tube taken out again: the piece has no oxygen and goes out.
    editPart(m, 'G1', { flowing: false });
    expect(runFor(m, 1)).toContain('goesOut');
    expect(value(m, 'PH3', 'burning')).toBe(0);
  });

  it('oxygen blown onto it in cold water (30 °C, below 40 °C): it does not burn', () => {
    const m = start({ waterC: 30 });
    editPart(m, 'G1', { flowing: true }, { xM: 0.31, yM: 0.445 - 0.07 });
    runFor(m, 30);
    expect(value(m, 'PH3', 'burning')).toBe(0);
    expect(value(m, 'PH1', 'burning')).toBe(0); // the plate over 30 °C water is below 40 °C too
    expect(value(m, 'Cu1', 'temperatureC')).toBeLessThan(40);
  });

  it('a lamp heating the plate on a tripod brings the red phosphorus to 240 °C: it burns too', () => {
    const m = start();
    const setup: Setup = {
      ...m.setup,
      parts: [
        ...m.setup.parts.filter((p) => p.id !== 'B1' && p.id !== 'PH3'),
        { id: 'P1', kind: 'tripod', xM: 0.3, yM: 0.4035, rotDeg: 0, props: { gauze: false } },
        { id: 'L1', kind: 'alcohol-lamp', xM: 0.3, yM: 0.415, rotDeg: 0, props: { lit: true } },
      ],
    };
    m.edit(setup);
    const events = runFor(m, 60);
    expect(value(m, 'Cu1', 'temperatureC')).toBeGreaterThan(240);
    expect(events).toContain('ignitesOnPlate');
    expect(value(m, 'PH2', 'burnedG')).toBeGreaterThan(0);
  });

  it('burning follows 4P + 5O2 = 2P2O5: the smoke weighs 283.89/123.90 of the phosphorus burnt, and a piece burns out', () => {
    const m = start();
    runFor(m, 30);
    const burned = value(m, 'PH1', 'burnedG');
    expect(burned).toBeGreaterThan(0.01);
    expect(value(m, 'PH1', 'smokeG') / burned).toBeCloseTo(P2O5_PER_P, 6);
    expect(value(m, 'PH1', 'leftG') + burned).toBeCloseTo(0.2, 9);
    const events = runFor(m, 400);
    expect(value(m, 'PH1', 'leftG')).toBe(0);
    expect(value(m, 'PH1', 'smokeG')).toBeCloseTo(0.2 * P2O5_PER_P, 6);
    expect(events).toContain('goesOut');
  });

  it('white phosphorus taken out of the water into room air (20 °C) does not catch fire by itself within a minute', () => {
    const m = start({ waterC: 20 });
    editPart(m, 'PH3', {}, { xM: 0.6, yM: 0.44 });
    runFor(m, 60);
    expect(value(m, 'PH3', 'burning')).toBe(0);
    expect(value(m, 'PH3', 'temperatureC')).toBeCloseTo(20, 1);
  });
});
