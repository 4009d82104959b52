import { describe, expect, it } from 'vitest';
import { findSimulation, simulations } from './registry';
import { mechanicsPresets } from './mechanics/presets';

const built = (setup: object) => Object.getOwnPropertyDescriptor(setup, 'parts')!.get === undefined;

describe('registry start-up', () => {
  it('importing it and finding an experiment builds no mechanics preset setup (issue #22: they cost ~145 ms at 4x CPU at import)', () => {
    expect(findSimulation('mechanics-density')?.id).toBe('mechanics-density');
    expect(findSimulation('pendulum')?.meta.id).toBe('pendulum');
    expect(mechanicsPresets.filter((p) => built(p.setup)).map((p) => p.id)).toEqual([]);
  });

  it('builds one preset meta (and its setup) when it is read, and every entry id is its meta id', () => {
    expect(findSimulation('mechanics-density')!.meta.params.map((p) => p.name)).toContain('volumeCm3');
    expect(mechanicsPresets.filter((p) => built(p.setup)).map((p) => p.id)).toEqual(['mechanics-density']);
    expect(findSimulation('mechanics-density')!.meta).toBe(findSimulation('mechanics-density')!.meta);
    for (const s of simulations) expect(s.id).toBe(s.meta.id);
    expect(new Set(simulations.map((s) => s.id)).size).toBe(simulations.length);
  });
});
