import type { SimulationMeta } from '../core/meta';
import type { ParamSpec } from '../core/params';
import { COMPOUNDS } from './acids';
import { INDICATOR_IDS } from './indicators';

/** Tap settings and their flow rates, mL/s (a drop is about 0.05 mL; one drop per second). */
export const TAP_RATES_ML_S = { closed: 0, drop: 0.05, slow: 0.25, fast: 1.0 } as const;
export type TapMode = keyof typeof TAP_RATES_ML_S;
export const TAP_MODES = Object.keys(TAP_RATES_ML_S) as TapMode[];

/** A 50 mL burette (class A burettes hold 50.00 mL); the student refills it when it runs dry. */
export const BURETTE_CAPACITY_ML = 50;
/** A 250 mL conical (Erlenmeyer) flask, the usual titration flask: analyte plus titrant fit in it. */
export const FLASK_CAPACITY_ML = 250;
/** Measurement slots for species concentrations (the largest systems have 4 species). */
export const SPECIES_SLOTS = 4;

const K = 'chemistry.titration';
const custom = { param: 'analyte', equals: ['custom'] };
const compoundOptions = COMPOUNDS.map((c) => ({ value: c.id, labelKey: c.nameKey }));

const params: ParamSpec[] = [
  { kind: 'choice', name: 'analyte', labelKey: `${K}.param.analyte`, options: [...compoundOptions, { value: 'custom', labelKey: `${K}.compound.custom` }], default: 'acetic' },
  { kind: 'number', name: 'analyteConcMolL', labelKey: `${K}.param.analyteConcMolL`, unit: 'mol/L', min: 0.001, max: 1, step: 0.001, default: 0.1 },
  { kind: 'number', name: 'analyteVolumeML', labelKey: `${K}.param.analyteVolumeML`, unit: 'mL', min: 1, max: 100, step: 0.5, default: 25 },
  { kind: 'choice', name: 'titrant', labelKey: `${K}.param.titrant`, options: compoundOptions, default: 'NaOH' },
  { kind: 'number', name: 'titrantConcMolL', labelKey: `${K}.param.titrantConcMolL`, unit: 'mol/L', min: 0.001, max: 1, step: 0.001, default: 0.1 },
  { kind: 'choice', name: 'tap', labelKey: `${K}.param.tap`, options: TAP_MODES.map((m) => ({ value: m, labelKey: `${K}.tap.${m}` })), default: 'closed' },
  { kind: 'choice', name: 'indicator', labelKey: `${K}.param.indicator`, options: INDICATOR_IDS.map((id) => ({ value: id, labelKey: `${K}.indicator.${id}` })), default: 'phenolphthalein' },
  { kind: 'choice', name: 'customKind', showIf: custom, labelKey: `${K}.param.customKind`, options: [{ value: 'acid', labelKey: `${K}.customKind.acid` }, { value: 'base', labelKey: `${K}.customKind.base` }], default: 'acid' },
  { kind: 'number', name: 'customPkaCount', showIf: custom, labelKey: `${K}.param.customPkaCount`, unit: '', min: 1, max: 3, step: 1, default: 1 },
  { kind: 'number', name: 'customPka1', showIf: custom, labelKey: `${K}.param.customPka1`, unit: '', min: -2, max: 16, step: 0.01, default: 4.76 },
  { kind: 'number', name: 'customPka2', showIf: custom, labelKey: `${K}.param.customPka2`, unit: '', min: -2, max: 16, step: 0.01, default: 7.2 },
  { kind: 'number', name: 'customPka3', showIf: custom, labelKey: `${K}.param.customPka3`, unit: '', min: -2, max: 16, step: 0.01, default: 12.3 },
  { kind: 'boolean', name: 'showDerivative', labelKey: `${K}.param.showDerivative`, default: false },
  { kind: 'boolean', name: 'autoRefill', labelKey: `${K}.param.autoRefill`, default: false },
];

const species = (who: 'analyte' | 'titrant') =>
  Array.from({ length: SPECIES_SLOTS }, (_, j) => ({ name: `${who}Species${j}MolL`, unit: 'mol/L', labelKey: `${K}.measure.${who}Species${j}MolL`, digits: 4 }));

export const titrationMeta: SimulationMeta = {
  id: 'titration',
  version: '2.0.0',
  subject: 'chemistry',
  titleKey: `${K}.title`,
  descriptionKey: `${K}.description`,
  params,
  measurements: [
    { name: 'volumeAddedML', unit: 'mL', labelKey: `${K}.measure.volumeAddedML`, resolution: 0.01 },
    { name: 'buretteReadingML', unit: 'mL', labelKey: `${K}.measure.buretteReadingML`, resolution: 0.01 },
    { name: 'pH', unit: '', labelKey: `${K}.measure.pH`, resolution: 0.01 },
    { name: 'hydroniumMolL', unit: 'mol/L', labelKey: `${K}.measure.hydroniumMolL`, digits: 3 },
    { name: 'hydroxideMolL', unit: 'mol/L', labelKey: `${K}.measure.hydroxideMolL`, digits: 3 },
    { name: 'totalVolumeML', unit: 'mL', labelKey: `${K}.measure.totalVolumeML`, resolution: 0.01 },
    { name: 'flowRateMLs', unit: 'mL/s', labelKey: `${K}.measure.flowRateMLs`, resolution: 0.01 },
    { name: 'equivalenceCount', unit: '', labelKey: `${K}.measure.equivalenceCount`, resolution: 1 },
    { name: 'lastEquivalenceVolumeML', unit: 'mL', labelKey: `${K}.measure.lastEquivalenceVolumeML`, resolution: 0.01 },
    { name: 'lastEquivalencePH', unit: '', labelKey: `${K}.measure.lastEquivalencePH`, resolution: 0.01 },
    ...species('analyte'),
    ...species('titrant'),
  ],
  events: [
    { name: 'equivalence', labelKey: `${K}.event.equivalence` },
    { name: 'buretteEmpty', labelKey: `${K}.event.buretteEmpty` },
    { name: 'flaskFull', labelKey: `${K}.event.flaskFull` },
  ],
  recordDefaults: { params: ['analyte', 'analyteConcMolL', 'analyteVolumeML', 'titrant', 'titrantConcMolL'], measurements: ['volumeAddedML', 'pH', 'lastEquivalenceVolumeML', 'lastEquivalencePH'] },
  fixedDtS: 0.05,
};
