/**
 * The curriculum catalogue: every required experiment of the four standards, in the standards' order,
 * and the worksheets, loaded one standard at a time (they are most of the text, and the Labs page needs
 * them only when someone opens one).
 */
import type { CatalogEntry, StandardId, Worksheet } from './entry';
import { entries as compulsoryPhysics } from './cn-compulsory-2022-physics';
import { entries as compulsoryChemistry } from './cn-compulsory-2022-chemistry';
import { entries as seniorPhysics } from './cn-senior-2020-physics';
import { entries as seniorChemistry } from './cn-senior-2020-chemistry';
import { findStandard } from './standards';

export const CATALOG: readonly CatalogEntry[] = [...compulsoryPhysics, ...compulsoryChemistry, ...seniorPhysics, ...seniorChemistry];

/** Worksheets of one standard, by entry code. */
export type Worksheets = Record<string, Worksheet>;

const worksheetLoaders: Record<StandardId, () => Promise<{ worksheets: Worksheets }>> = {
  'cn-compulsory-2022-physics': () => import('./worksheets/cn-compulsory-2022-physics'),
  'cn-compulsory-2022-chemistry': () => import('./worksheets/cn-compulsory-2022-chemistry'),
  'cn-senior-2020-physics': () => import('./worksheets/cn-senior-2020-physics'),
  'cn-senior-2020-chemistry': () => import('./worksheets/cn-senior-2020-chemistry'),
};

export async function loadWorksheets(standard: StandardId): Promise<Worksheets> {
  return (await worksheetLoaders[standard]()).worksheets;
}

export function subjectOf(entry: CatalogEntry) {
  return findStandard(entry.standard)!.subject;
}

export function stageOf(entry: CatalogEntry) {
  return findStandard(entry.standard)!.stage;
}

/** The catalogue entries an experiment covers (its `experiments` lists it). */
export function entriesCoveredBy(experimentId: string, catalog: readonly CatalogEntry[] = CATALOG): CatalogEntry[] {
  return catalog.filter((e) => e.experiments.includes(experimentId));
}
