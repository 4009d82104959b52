/**
 * Senior chemistry X1.5, 制作简单的燃料电池 (人教版 化学 选择性必修1 第四章, 实验活动5): two graphite rods (M1, M2) in
 * sodium sulfate solution (B1), a student supply (U1) and a centre-zero meter (A1). Wire the rods to the supply's
 * posts and switch on for a minute or two: hydrogen bubbles at the rod on −, oxygen at the rod on +. Switch off, take
 * the wires off the supply and join the rods through the meter: the pointer swings (about 0.98 V over the meter, the
 * solution and the electrodes, ~10 mA) and falls as the gas held in the rods is used up (../fuel-cell.ts).
 */
import type { BenchPreset } from '../../bench/preset';
import { part, wetSetup } from './layout';

const k = (s: string) => `wet.preset.${s}`;
const m = (s: string) => `wet.m.${s}`;

export const fuelCellPreset: BenchPreset = {
  id: 'wet-fuel-cell',
  version: '1',
  subject: 'chemistry',
  titleKey: k('fuelCell.title'),
  descriptionKey: k('fuelCell.description'),
  setup: wetSetup('Making a simple fuel cell', [
    part('B1', 'beaker', 0.3, 0.37, { liquid: 'na2so4', waterMl: 100 }),
    // Rods 3 cm apart, 2 cm under the solution (100 mL stand 2.9 cm deep in the beaker).
    part('M1', 'metal-strip', 0.285, 0.3725, { metal: 'graphite' }),
    part('M2', 'metal-strip', 0.315, 0.3725, { metal: 'graphite' }),
    part('U1', 'dc-supply', 0.47, 0.41),
    part('A1', 'galvanometer', 0.64, 0.3),
  ], [], { hiddenMeasurements: ['h2HeldMl', 'o2HeldMl'] }),
  params: [
    { name: 'currentA', part: 'U1', prop: 'currentA' },
    { name: 'on', part: 'U1', prop: 'on' },
  ],
  measurements: [
    { name: 'ammeterA', part: 'U1', value: 'ammeterA', unit: 'A', labelKey: m('ammeterA'), resolution: 0.01 },
    { name: 'currentMa', part: 'A1', value: 'currentMa', unit: 'mA', labelKey: m('currentMa'), resolution: 1 },
    { name: 'electrolysisChargeC', part: 'U1', value: 'chargeC', unit: 'C', labelKey: m('electrolysisChargeC'), digits: 4 },
    { name: 'cellChargeC', part: 'A1', value: 'chargeC', unit: 'C', labelKey: m('cellChargeC'), digits: 4 },
    { name: 'h2HeldMl', part: 'M1', value: 'h2HeldMl', unit: 'mL', labelKey: m('h2HeldMl'), digits: 3 },
    { name: 'o2HeldMl', part: 'M2', value: 'o2HeldMl', unit: 'mL', labelKey: m('o2HeldMl'), digits: 3 },
  ],
  events: [
    { name: 'gasOnRods', labelKey: k('event.gasOnRods') },
    { name: 'pointerMoves', labelKey: k('event.pointerMoves') },
  ],
  recordDefaults: { params: ['currentA'], measurements: ['ammeterA', 'currentMa', 'electrolysisChargeC', 'cellChargeC'] },
  fixedDtS: 0.05,
};
