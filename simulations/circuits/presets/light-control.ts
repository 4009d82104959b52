/**
 * 利用传感器制作简单的自动控制装置 (人教版 高中物理 选择性必修第二册 第五章第3节), the light-controlled lamp
 * (光控路灯): the control circuit is a 6 V supply, a switch, a photoresistor and the relay's coil in series; the
 * working circuit is a battery, the relay's common and normally-closed contacts and an LED lamp with its
 * resistor (a filament bulb works too: light-control.test.ts). In daylight the
 * photoresistor's resistance is low, the coil pulls the armature in and the lamp's circuit is open; at dusk the
 * resistance rises, the armature drops out and the lamp lights. It switches on below about 170 lx and off above
 * about 490 lx (the relay's drop-out and pull-in currents).
 */
import type { BenchPreset } from '../../bench/preset';
import { circuitSetup, part, wires } from './layout';

const k = (s: string) => `circuits.preset.${s}`;

export const lightControlPreset: BenchPreset = {
  id: 'circuit-light-control',
  version: '1',
  subject: 'physics',
  titleKey: k('lightControl.title'),
  descriptionKey: k('lightControl.description'),
  setup: circuitSetup(
    'A light-controlled lamp',
    [
      part('U1', 'dc-supply', 0.12, 0.14, { voltageV: 6 }),
      part('S1', 'switch', 0.36, 0.08, { closed: true }),
      part('RG1', 'photoresistor', 0.58, 0.1, { illuminanceLux: 1000 }),
      part('K1', 'relay', 0.5, 0.36),
      part('B1', 'battery-pack', 0.82, 0.5, { cellCount: 2 }),
      part('D1', 'led', 0.82, 0.28),
      part('R1', 'resistor', 0.82, 0.4, { resistanceOhm: 100 }),
    ],
    wires(['U1.+', 'S1.a'], ['S1.b', 'RG1.a'], ['RG1.b', 'K1.c1'], ['K1.c2', 'U1.-'], ['B1.+', 'K1.com'], ['K1.nc', 'D1.+'], ['D1.-', 'R1.a'], ['R1.b', 'B1.-']),
  ),
  params: [
    { name: 'illuminanceLux', part: 'RG1', prop: 'illuminanceLux' },
    { name: 'switchClosed', part: 'S1', prop: 'closed' },
  ],
  measurements: [
    { name: 'relayEnergised', part: 'K1', value: 'energised', unit: '', labelKey: k('m.relayEnergised') },
    { name: 'lampBrightness', part: 'D1', value: 'brightness', unit: '', labelKey: k('m.lampBrightness'), digits: 3 },
  ],
  recordDefaults: { params: ['illuminanceLux'], measurements: ['relayEnergised', 'lampBrightness'] },
};
