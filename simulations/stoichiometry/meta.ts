import type { SimulationMeta } from '../core/meta';
import type { ParamSpec } from '../core/params';
import { ATOMIC_WEIGHT_TABLES } from './periodic-table';
import { REACTION_PRESETS } from './presets';

/** Measurement slots per side; equations with more species still work, the view lists them all. */
export const SPECIES_SLOTS = 5;
const K = 'chemistry.stoichiometry';

const amountParams: ParamSpec[] = Array.from({ length: SPECIES_SLOTS }, (_, i) => ({
  kind: 'number' as const,
  name: `amount${i + 1}`,
  labelKey: `${K}.param.amount${i + 1}`,
  unit: 'g | mol',
  min: 0,
  max: 10000,
  step: 0.01,
  default: 10,
}));

const slot = (side: 'reactant' | 'product', what: 'Mol' | 'G', unit: string) =>
  Array.from({ length: SPECIES_SLOTS }, (_, i) => ({ name: `${side}${i + 1}${what}`, unit, labelKey: `${K}.measure.${side}${i + 1}${what}`, digits: 4 }));

export const stoichiometryMeta: SimulationMeta = {
  id: 'stoichiometry',
  version: '2.0.0',
  subject: 'chemistry',
  titleKey: `${K}.title`,
  descriptionKey: `${K}.description`,
  params: [
    {
      kind: 'choice',
      name: 'reaction',
      labelKey: `${K}.param.reaction`,
      options: [...REACTION_PRESETS.map((p) => ({ value: p.id, labelKey: `${K}.reaction.${p.id}` })), { value: 'custom', labelKey: `${K}.reaction.custom` }],
      default: 'propane-combustion',
    },
    {
      kind: 'choice',
      name: 'amountUnit',
      labelKey: `${K}.param.amountUnit`,
      options: [{ value: 'g', labelKey: `${K}.unit.g` }, { value: 'mol', labelKey: `${K}.unit.mol` }],
      default: 'g',
    },
    {
      kind: 'choice',
      name: 'atomicWeights',
      labelKey: `${K}.param.atomicWeights`,
      options: ATOMIC_WEIGHT_TABLES.map((v) => ({ value: v, labelKey: `${K}.atomicWeights.${v}` })),
      default: 'iupac',
    },
    ...amountParams,
    { kind: 'number', name: 'reactionTimeS', labelKey: `${K}.param.reactionTimeS`, unit: 's', min: 0.1, max: 60, step: 0.1, default: 5 },
  ],
  measurements: [
    { name: 'progress', unit: '', labelKey: `${K}.measure.progress`, digits: 3 },
    { name: 'extentMol', unit: 'mol', labelKey: `${K}.measure.extentMol`, digits: 4 },
    { name: 'finalExtentMol', unit: 'mol', labelKey: `${K}.measure.finalExtentMol`, digits: 4 },
    { name: 'limitingReactant', unit: '', labelKey: `${K}.measure.limitingReactant`, digits: 1 },
    { name: 'reactantCount', unit: '', labelKey: `${K}.measure.reactantCount`, digits: 1 },
    { name: 'productCount', unit: '', labelKey: `${K}.measure.productCount`, digits: 1 },
    { name: 'totalMassG', unit: 'g', labelKey: `${K}.measure.totalMassG`, digits: 5 },
    ...slot('reactant', 'Mol', 'mol'),
    ...slot('reactant', 'G', 'g'),
    ...slot('product', 'Mol', 'mol'),
    ...slot('product', 'G', 'g'),
  ],
  events: [{ name: 'complete', labelKey: `${K}.event.complete` }],
  fixedDtS: 0.02,
};
