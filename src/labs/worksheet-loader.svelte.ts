/**
 * Worksheets load one standard at a time, when a teacher or student first opens (or points at) one:
 * they are most of the catalogue's text and the Labs page's first screen does not need them.
 */
import { loadWorksheets, type Worksheets } from '../../simulations/catalog/catalog';
import type { StandardId } from '../../simulations/catalog/entry';

export type WorksheetsState = { status: 'loading' } | { status: 'ready'; sheets: Worksheets } | { status: 'failed' };

export class WorksheetLoader {
  states = $state.raw<Partial<Record<StandardId, WorksheetsState>>>({});

  constructor(private readonly load: (standard: StandardId) => Promise<Worksheets> = loadWorksheets) {}

  /** Starts loading a standard's worksheets unless they are loaded or loading; a failed load is tried again. */
  request(standard: StandardId): void {
    const s = this.states[standard];
    if (s && s.status !== 'failed') return;
    this.set(standard, { status: 'loading' });
    this.load(standard).then(
      (sheets) => this.set(standard, { status: 'ready', sheets }),
      () => this.set(standard, { status: 'failed' }),
    );
  }

  private set(standard: StandardId, state: WorksheetsState): void {
    this.states = { ...this.states, [standard]: state };
  }
}
