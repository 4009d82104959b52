/**
 * B1.3 探究两个互成角度的力的合成规律 (人教版 必修第一册 第三章第4节): the board with the rubber band pinned at A and
 * the mark O 20 cm from it, two 5 N spring gauges (0.1 N divisions, read with an estimated digit) with their
 * strings tied to the knot. Move the gauges (drag them) until the knot rests on O:
 * record both readings and the strings' directions. Untie one (its string: Delete) and pull the knot to O with the other alone: record
 * its reading and direction. Drawn to scale, the parallelogram on F₁ and F₂ has the single force F as its diagonal
 * (the band pulls 4.8 N at O both times). Headless: how far right of the board's centre each gauge is held in; the
 * readings, the directions and how far the knot is from O out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const FORCE_COMPOSITION_ID = 'mechanics-force-composition';

export const forceCompositionPreset: BenchPreset = {
  id: FORCE_COMPOSITION_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('forceComposition.title'),
  descriptionKey: k('forceComposition.description'),
  setup: mechanicsSetup(FORCE_COMPOSITION_ID, 'Composing two forces at an angle', [part('FB1', 'force-board', 0.4, 0.3), part('G1', 'pull-gauge', 0.46, 0.18), part('G2', 'pull-gauge', 0.46, 0.42)], [
    { id: 'S1', from: { part: 'G1', terminal: 'hook' }, to: { part: 'FB1', terminal: 'knot' } },
    { id: 'S2', from: { part: 'G2', terminal: 'hook' }, to: { part: 'FB1', terminal: 'knot' } },
  ], {
    hiddenMeasurements: ['g1ForceN', 'g2ForceN'],
  }),
  params: [
    { name: 'g1XM', part: 'G1', distanceFrom: { part: 'FB1' }, labelKey: k('p.g1XM'), min: 0, max: 0.34 },
    { name: 'g2XM', part: 'G2', distanceFrom: { part: 'FB1' }, labelKey: k('p.g2XM'), min: 0, max: 0.34 },
  ],
  measurements: [
    { name: 'g1ReadingN', part: 'G1', value: 'readingN', unit: 'N', labelKey: k('m.g1ReadingN'), resolution: 0.01 },
    { name: 'g1AngleDeg', part: 'G1', value: 'angleDeg', unit: '°', labelKey: k('m.g1AngleDeg'), resolution: 1 },
    { name: 'g2ReadingN', part: 'G2', value: 'readingN', unit: 'N', labelKey: k('m.g2ReadingN'), resolution: 0.01 },
    { name: 'g2AngleDeg', part: 'G2', value: 'angleDeg', unit: '°', labelKey: k('m.g2AngleDeg'), resolution: 1 },
    { name: 'offOMm', part: 'FB1', value: 'offOMm', unit: 'mm', labelKey: k('m.offOMm'), resolution: 0.1 },
    { name: 'g1ForceN', part: 'G1', value: 'forceN', unit: 'N', labelKey: k('m.g1ForceN'), resolution: 0.001 },
    { name: 'g2ForceN', part: 'G2', value: 'forceN', unit: 'N', labelKey: k('m.g2ForceN'), resolution: 0.001 },
  ],
  recordDefaults: { params: [], measurements: ['g1ReadingN', 'g1AngleDeg', 'g2ReadingN', 'g2AngleDeg', 'offOMm'] },
};
