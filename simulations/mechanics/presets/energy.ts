/**
 * B2.3 验证机械能守恒定律 (人教版 必修第二册 第八章第5节): the drop stand with its ticker timer, a 200 g weight on
 * the tape. Let the weight go (T on the stand) and, when it has landed, read the tape: the first gap (≈ 2 mm: it
 * was let go as the first dot was printed), then at several dots n the distance hₙ from the first dot and the
 * speed vₙ = (hₙ₊₁ − hₙ₋₁)/(2T) (set the dot read on the stand); compare ΔEp = m g hₙ with ΔEk = ½ m vₙ²: equal
 * within the readings, ΔEk a little less (ΔEk/ΔEp = 1 − f/(m g) = 0.985 with the tape's 0.03 N). Headless: the
 * weight, the resistance, the start and the dot in; the readings and energies, the true acceleration and the
 * ratio (hidden) out, at the event 'landed'.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const ENERGY_ID = 'mechanics-energy';

export const energyPreset: BenchPreset = {
  id: ENERGY_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('energy.title'),
  descriptionKey: k('energy.description'),
  setup: mechanicsSetup(ENERGY_ID, 'Conservation of mechanical energy', [part('DT1', 'drop-timer', 0.3, 0.55)], [], { hiddenMeasurements: ['accelerationMps2', 'ratio'] }),
  params: [
    { name: 'massG', part: 'DT1', prop: 'massG' },
    { name: 'resistanceN', part: 'DT1', prop: 'resistanceN' },
    { name: 'start', part: 'DT1', prop: 'start' },
    { name: 'dot', part: 'DT1', prop: 'dot' },
  ],
  measurements: [
    { name: 'firstGapM', part: 'DT1', value: 'firstGapM', unit: 'm', labelKey: k('m.firstGapM'), resolution: 0.0001 },
    { name: 'hM', part: 'DT1', value: 'hM', unit: 'm', labelKey: k('m.hM'), resolution: 0.0001 },
    { name: 'vMps', part: 'DT1', value: 'vMps', unit: 'm/s', labelKey: k('m.vMps'), resolution: 0.001 },
    { name: 'dEpJ', part: 'DT1', value: 'dEpJ', unit: 'J', labelKey: k('m.dEpJ'), resolution: 0.0001 },
    { name: 'dEkJ', part: 'DT1', value: 'dEkJ', unit: 'J', labelKey: k('m.dEkJ'), resolution: 0.0001 },
    { name: 'ratio', part: 'DT1', value: 'ratio', unit: '', labelKey: k('m.energyRatio'), resolution: 0.0001 },
    { name: 'accelerationMps2', part: 'DT1', value: 'accelerationMps2', unit: 'm/s²', labelKey: k('m.accelerationMps2'), resolution: 0.0001 },
  ],
  events: [{ name: 'landed', labelKey: k('e.weightLanded') }],
  recordDefaults: { params: ['dot'], measurements: ['firstGapM', 'hM', 'vMps', 'dEpJ', 'dEkJ'] },
};
