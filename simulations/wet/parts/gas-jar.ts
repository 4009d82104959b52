/**
 * A gas jar (集气瓶, 125 mL) with its glass plate (玻璃片), and how it collects: over water (排水法: full of
 * water, upside down in a trough), by upward displacement of air (向上排空气法: mouth up, for gases heavier than
 * air: O₂, CO₂) or downward (向下排空气法: mouth down, for lighter ones: H₂). Covered with the plate it is closed.
 * Its `dip` terminal is where a delivery tube's end goes: at the mouth under water, or to the bottom of the jar.
 * `collecting`: the jar is over the tube's end (or the tube in the jar); until then the bubbles go into the room
 * (over water: the tube's end in the trough beside the jar, waiting for the bubbles to come steadily).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const GAS_JAR_ML = 125;
export const COLLECTIONS = ['water', 'upward', 'downward'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const gasJar: PartDefinition = {
  kind: 'gas-jar',
  bench: 'wet',
  labelKey: k('part.gas-jar'),
  idPrefix: 'J',
  widthM: 0.065,
  heightM: 0.12,
  props: [
    { kind: 'choice', name: 'collection', labelKey: k('prop.collection'), options: COLLECTIONS.map((c) => ({ value: c, labelKey: k(`collection.${c}`) })), default: 'water' },
    { kind: 'boolean', name: 'covered', labelKey: k('prop.covered'), default: false },
    { kind: 'boolean', name: 'collecting', labelKey: k('prop.collecting'), default: true },
  ],
  terminals: [{ name: 'dip', xM: 0, yM: 0, labelKey: k('terminal.dip') }],
  liveProps: ['covered', 'collecting'],
};
