/**
 * Senior physics X3.1, 用油膜法估测油酸分子的大小 (人教版 物理 选择性必修第三册 第一章第2节 实验), on the wet bench
 * (../oil-film.ts, ../engine/film-step.ts). Three droppers of oleic acid in alcohol, 1 mL made up to 200, 500 and 1000 mL
 * (R1–R3; R2 held over the small cylinder Q1), a 5 mL cylinder divided in 0.1 mL, and a shallow tray of water (O1) with
 * talc on it. The student squeezes drops into the cylinder and counts them to 1 mL (drops per mL, N), moves the dropper
 * over the tray and lets one drop fall, waits for the film to spread, lays the glass plate with its 1 cm grid on the
 * tray (the outline traced and its squares counted by the half rule) and reads d = V/S: V = (1/N mL) × the dilution.
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const oilFilmPreset: BenchPreset = {
  id: 'wet-oil-film',
  version: '1',
  subject: 'physics',
  titleKey: k('oilFilm.title'),
  descriptionKey: k('oilFilm.description'),
  setup: wetSetup(
    'Estimating the size of an oleic acid molecule',
    [
      part('Q1', 'small-cylinder', 0.1, 0.39),
      // R2 (1 mL in 500 mL) held with its tip 2 cm above the cylinder's mouth; the other two stand by.
      part('R2', 'dropper', 0.1, 0.25, { reagent: 'oleic500', drops: 40 }),
      part('R1', 'dropper', 0.04, 0.1, { reagent: 'oleic200', drops: 1 }),
      part('R3', 'dropper', 0.16, 0.1, { reagent: 'oleic1000', drops: 1 }),
      part('O1', 'oil-tray', 0.52, 0.435, { talc: 'thin', plate: false }),
    ],
    [],
    { hiddenMeasurements: ['filmAreaCm2', 'tracedAreaCm2', 'trueNm'] },
  ),
  params: [
    { name: 'drops', part: 'R2', prop: 'drops', labelKey: k('oilFilm.drops') },
    { name: 'squeeze', part: 'R2', prop: 'squeeze', labelKey: k('oilFilm.squeeze') },
    { name: 'talc', part: 'O1', prop: 'talc' },
    { name: 'plate', part: 'O1', prop: 'plate' },
  ],
  measurements: [
    { name: 'cylinderDrops', part: 'Q1', value: 'drops', unit: '', labelKey: m('cylinderDrops'), resolution: 1 },
    { name: 'cylinderMl', part: 'Q1', value: 'readingMl', unit: 'mL', labelKey: m('smallCylinderMl'), resolution: 0.1 },
    { name: 'dropsPerMl', part: 'Q1', value: 'dropsPerMl', unit: '', labelKey: m('dropsPerMl'), digits: 3 },
    { name: 'trayDrops', part: 'O1', value: 'drops', unit: '', labelKey: m('trayDrops'), resolution: 1 },
    { name: 'filmAreaCm2', part: 'O1', value: 'filmAreaCm2', unit: 'cm²', labelKey: m('filmAreaCm2'), digits: 4 },
    { name: 'squares', part: 'O1', value: 'squares', unit: '', labelKey: m('squares'), resolution: 1 },
    { name: 'countedAreaCm2', part: 'O1', value: 'countedAreaCm2', unit: 'cm²', labelKey: m('countedAreaCm2'), resolution: 1 },
    { name: 'tracedAreaCm2', part: 'O1', value: 'tracedAreaCm2', unit: 'cm²', labelKey: m('tracedAreaCm2'), digits: 4 },
    { name: 'moleculeNm', part: 'O1', value: 'moleculeNm', unit: 'nm', labelKey: m('moleculeNm'), digits: 3 },
    { name: 'trueNm', part: 'O1', value: 'trueNm', unit: 'nm', labelKey: m('trueNm'), digits: 3 },
  ],
  events: [
    { name: 'filmSpread', labelKey: k('event.filmSpread') },
    { name: 'traced', labelKey: k('event.traced') },
  ],
  recordDefaults: { params: [], measurements: ['cylinderDrops', 'cylinderMl', 'dropsPerMl', 'trayDrops', 'squares', 'countedAreaCm2', 'moleculeNm'] },
  fixedDtS: 0.05,
};
