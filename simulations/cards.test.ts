import { describe, expect, it } from 'vitest';
import { cardOf, findCard, simulationCards } from './cards';
import { findSimulation, simulations } from './registry';

describe('the Labs page’s card index', () => {
  it('is the registry’s projection, entry for entry and in order (after adding an experiment: npm run cards)', () => {
    expect(simulationCards, 'simulations/cards.json is stale: run `npm run cards`').toEqual(simulations.map((s) => cardOf(s.meta)));
  });

  it('finds a bench preset’s card by id, with the preset’s own keys', () => {
    const id = simulations.find((s) => s.meta.id.startsWith('circuit-'))!.meta.id;
    expect(findCard(id)).toEqual(cardOf(findSimulation(id)!.meta));
    expect(findCard('no-such-lab')).toBeUndefined();
  });
});
