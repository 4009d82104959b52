/**
 * A metal strip (金属片, 1 cm wide, 8 cm long, 0.5 mm thick), drawn upright with its wire's clip at the top: zinc or
 * copper. Its bottom end dipped into a beaker's liquid makes it an electrode there (../cell.ts); its `clip` terminal
 * takes a wire to the other strip or to the meter.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

export const STRIP_METALS = ['zinc', 'copper'] as const;
/** The strip's bottom end and its clip, below and above its centre, metres. */
export const STRIP_HALF_M = 0.04;
/** A strip's mass, g: 1 cm × 8 cm × 0.5 mm of zinc (7.14 g/cm³) or copper (8.96 g/cm³). */
export const STRIP_VOLUME_CM3 = 0.4;

export const metalStrip: PartDefinition = {
  kind: 'metal-strip',
  bench: 'wet',
  labelKey: k('part.metal-strip'),
  idPrefix: 'M',
  widthM: 0.012,
  heightM: 0.08,
  props: [{ kind: 'choice', name: 'metal', labelKey: k('prop.metal'), options: STRIP_METALS.map((m) => ({ value: m, labelKey: k(`metal.${m}`) })), default: 'zinc' }],
  terminals: [{ name: 'clip', xM: 0, yM: -STRIP_HALF_M, labelKey: k('terminal.clip') }],
};
