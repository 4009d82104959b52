/**
 * What is in the flask after some titrant has been added: the analyte and titrant systems at their diluted
 * concentrations (volumes add), and the pH of that mix from the charge balance (ph-solver.ts).
 */
import type { Compound } from './acids';
import { solvePH, type DissolvedSystem } from './ph-solver';

export interface TitrationSetup {
  analyte: Compound;
  analyteConcMolL: number;
  analyteVolumeML: number;
  titrant: Compound;
  titrantConcMolL: number;
}

/** The systems in the flask after `addedML` of titrant, with concentrations after dilution. */
export function flaskMix(s: TitrationSetup, addedML: number): DissolvedSystem[] {
  const total = s.analyteVolumeML + addedML;
  if (!(total > 0)) throw new Error('the flask is empty: analyte volume plus added titrant must be > 0 mL');
  const ca = (s.analyteConcMolL * s.analyteVolumeML) / total;
  const ct = (s.titrantConcMolL * addedML) / total;
  return [
    ...s.analyte.systems.map((system) => ({ system, concMolL: ca * system.perMole })),
    ...s.titrant.systems.map((system) => ({ system, concMolL: ct * system.perMole })),
  ];
}

export function pHAt(s: TitrationSetup, addedML: number): number {
  return solvePH(flaskMix(s, addedML));
}
