/**
 * A metal strip (金属片, 1 cm wide, 8 cm long, 0.5 mm thick), drawn upright with its wire's clip at the top: zinc,
 * copper, iron (the piece to be plated) or graphite (a carbon rod). Its bottom end dipped into a beaker's liquid makes it an electrode there (../cell.ts); its `clip` terminal
 * takes a wire to the other strip or to the meter.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `wet.${s}`;

/** Zinc, copper, iron (an iron key or sheet to be plated, 铁制镀件), or a graphite rod (石墨棒, for a fuel cell). */
export const STRIP_METALS = ['zinc', 'copper', 'iron', 'graphite'] as const;
/** The strip's bottom end and its clip, below and above its centre, metres. */
export const STRIP_HALF_M = 0.04;
/** A strip's volume, cm³: 1 cm × 8 cm × 0.5 mm (zinc 7.14 g/cm³, copper 8.96, iron 7.87). */
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
