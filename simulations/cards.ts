/**
 * What the Labs page shows of each simulation: id, subject, title and description keys, in registry order.
 * The registry (registry.ts) works a bench preset's meta out of its setup and part catalogue, tens of KB the
 * Labs page would otherwise load only to print a title; this index is that projection, written to
 * cards.json by `npm run cards` and kept equal to the registry by cards.test.ts.
 */
import type { Subject } from './core/meta';
import cards from './cards.json';

export interface SimulationCardInfo {
  id: string;
  subject: Subject;
  titleKey: string;
  descriptionKey: string;
}

export const simulationCards: readonly SimulationCardInfo[] = cards as SimulationCardInfo[];

export function findCard(id: string): SimulationCardInfo | undefined {
  return simulationCards.find((c) => c.id === id);
}

/** The card of a registry entry's meta (the one projection, used by `npm run cards` and the test). */
export function cardOf(meta: SimulationCardInfo): SimulationCardInfo {
  return { id: meta.id, subject: meta.subject, titleKey: meta.titleKey, descriptionKey: meta.descriptionKey };
}
