import { describe, expect, it } from 'vitest';
import { simulations } from './registry';
import { familyOf, labCode, loadSimulation, type FamilyName } from './families';
import { entries as labEntries } from './lab-entries';
import { entries as circuitEntries } from './circuits/entries';
import { entries as opticsEntries } from './optics/entries';
import { entries as mechanicsEntries } from './mechanics/entries';
import { entries as wetEntries } from './wet/entries';

const FAMILIES: Record<FamilyName, readonly { id: string }[]> = { labs: labEntries, circuits: circuitEntries, optics: opticsEntries, mechanics: mechanicsEntries, wet: wetEntries };

describe('loading one family of experiments (issue #22)', () => {
  it('finds every entry of the full registry by its id alone, as the very entry the registry holds', async () => {
    expect(simulations.length).toBeGreaterThan(60);
    for (const s of simulations) expect(await loadSimulation(s.id), s.id).toBe(s);
  });

  it('routes each family’s entries to that family, and the families together are the registry, each entry once', () => {
    for (const [family, entries] of Object.entries(FAMILIES)) {
      expect(entries.length, family).toBeGreaterThan(0);
      for (const e of entries) expect(familyOf(e.id), e.id).toBe(family);
    }
    const all = Object.values(FAMILIES).flatMap((es) => es.map((e) => e.id));
    expect(all).toEqual(simulations.map((s) => s.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds nothing for an id no family lists, whichever family its prefix names', async () => {
    for (const id of ['no-such-lab', 'circuit-no-such-preset', 'optics-', 'mechanics-x', 'wet-nothing', 'circuits-ohms-law', '']) expect(await loadSimulation(id), id).toBeUndefined();
    expect(familyOf('circuits-ohms-law')).toBe('labs');
  });

  it('has the code of each of the nine labs, and of nothing else', () => {
    expect(Object.keys(labCode).sort()).toEqual(labEntries.map((e) => e.id).sort());
    expect(labEntries.length).toBe(9);
  });
});
