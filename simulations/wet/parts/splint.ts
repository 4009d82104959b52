/**
 * A wooden splint (木条), drawn lying with its tip at the right: glowing (带火星, blown out so only the tip
 * glows: the test for oxygen), or burning (燃着: the test that a jar is full of carbon dioxide, and that hydrogen
 * pops). Held with its tip in a jar's mouth or inside it, it meets that jar's gas (./chem/gas-tests.ts).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const SPLINT_STATES = ['glowing', 'burning', 'out'] as const;

export const splint: PartDefinition = {
  kind: 'splint',
  bench: 'wet',
  labelKey: k('part.splint'),
  idPrefix: 'S',
  widthM: 0.14,
  heightM: 0.006,
  props: [{ kind: 'choice', name: 'flame', labelKey: k('prop.flame'), options: SPLINT_STATES.map((s) => ({ value: s, labelKey: k(`flame.${s}`) })), default: 'glowing' }],
  terminals: [],
  liveProps: ['flame'],
};
