/**
 * What opening a lab waits for, started by the app's entry (main.ts) as soon as the URL is known, in
 * parallel with the lab page's code and its words: the experiment's family of entries (only that family:
 * simulations/families.ts), its view and model code (requested at once, not after the entries arrive), and
 * its model (built, so a bench preset's setup is ready too). Without it the view and model
 * chunks were requested only once the lab frame had mounted, a second round of requests after the
 * page's own (≈ 1 s later at 4× CPU on 2 Mbit/s, 100 ms; issue #22, item 3).
 * It also loads the locale's number data for the readouts in that wait (warmReadout).
 * Part of the entry chunk: no Svelte components, and the families' entries only by import().
 */
import type { Simulation } from '../../simulations/core/simulation';
import { warmReadout } from '../../simulations/core/readout';
import { loadSimulation, warmSimulationCode } from '../../simulations/families';
import { i18n } from '../i18n';

let pending: { id: string; model: Promise<Simulation> } | null = null;

/** Starts loading lab `id`'s entry, view and model; an unknown id loads the entries of the family its id names only. */
export function prefetchLab(id: string): void {
  warmSimulationCode(id);
  const model = loadSimulation(id).then((entry) => {
    if (!entry) throw new Error(`no simulation '${id}'`);
    // the frame's own loadView() then finds the module loaded or loading
    void entry.loadView().catch(() => undefined);
    return entry.createModel();
  });
  model.catch(() => undefined); // a failure is reported by the frame that takes it
  pending = { id, model };
  // the readouts' number formats, in the gap while the chunks above download (a task of its own)
  setTimeout(() => warmReadout(i18n.initialLocale()), 0);
}

/** The model prefetched for lab `id`, once (a second frame, or another lab, builds its own); null when there is none. */
export function takePrefetchedModel(id: string): Promise<Simulation> | null {
  if (pending?.id !== id) return null;
  const { model } = pending;
  pending = null;
  return model;
}
