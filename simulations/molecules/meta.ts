import type { SimulationMeta } from '../core/meta';
import { MOLECULE_IDS } from './library';

const K = 'chemistry.molecules';

export const moleculesMeta: SimulationMeta = {
  id: 'molecules',
  version: '2.0.0',
  subject: 'chemistry',
  titleKey: `${K}.title`,
  descriptionKey: `${K}.description`,
  params: [
    { kind: 'choice', name: 'molecule', labelKey: `${K}.param.molecule`, options: MOLECULE_IDS.map((id) => ({ value: id, labelKey: `${K}.molecule.${id}` })), default: 'water' },
    {
      kind: 'choice',
      name: 'style',
      labelKey: `${K}.param.style`,
      options: [
        { value: 'ball-and-stick', labelKey: `${K}.style.ball-and-stick` },
        { value: 'space-filling', labelKey: `${K}.style.space-filling` },
      ],
      default: 'ball-and-stick',
    },
    { kind: 'boolean', name: 'showLonePairs', labelKey: `${K}.param.showLonePairs`, default: false },
    { kind: 'boolean', name: 'autoRotate', labelKey: `${K}.param.autoRotate`, default: false },
  ],
  measurements: [
    { name: 'atomCount', unit: '', labelKey: `${K}.measure.atomCount`, digits: 2 },
    { name: 'bondCount', unit: '', labelKey: `${K}.measure.bondCount`, digits: 2 },
    { name: 'centralBondedAtoms', unit: '', labelKey: `${K}.measure.centralBondedAtoms`, digits: 1 },
    { name: 'centralLonePairs', unit: '', labelKey: `${K}.measure.centralLonePairs`, digits: 1 },
    { name: 'idealBondAngleDeg', unit: '°', labelKey: `${K}.measure.idealBondAngleDeg`, digits: 4 },
    { name: 'bondAngleDeg', unit: '°', labelKey: `${K}.measure.bondAngleDeg`, digits: 4 },
    { name: 'largestBondAngleDeg', unit: '°', labelKey: `${K}.measure.largestBondAngleDeg`, digits: 4 },
    { name: 'centralBondLengthPm', unit: 'pm', labelKey: `${K}.measure.centralBondLengthPm`, digits: 4 },
    { name: 'molarMassGMol', unit: 'g/mol', labelKey: `${K}.measure.molarMassGMol`, digits: 5 },
    { name: 'rotationDeg', unit: '°', labelKey: `${K}.measure.rotationDeg`, digits: 3 },
  ],
  events: [],
  recordDefaults: { params: ['molecule'], measurements: ['atomCount', 'centralBondedAtoms', 'centralLonePairs', 'idealBondAngleDeg', 'bondAngleDeg', 'centralBondLengthPm', 'molarMassGMol'] },
  fixedDtS: 1 / 60,
};
