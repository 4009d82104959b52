/** A bar magnet (条形磁体), its north end (red, N) at the part's right end: pushed into a coil, moved past a compass. */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

/** A steel bar 8 cm long, 1.6 cm across, magnetised along its length. */
export const BAR_MAGNET = { lengthM: 0.08, radiusM: 0.008 } as const;

export const barMagnet: PartDefinition = {
  kind: 'bar-magnet',
  bench: 'circuits',
  labelKey: k('part.bar-magnet'),
  idPrefix: 'M',
  widthM: 0.08,
  heightM: 0.016,
  props: [{ kind: 'number', name: 'remanenceT', labelKey: k('prop.remanenceT'), unit: 'T', min: 0.05, max: 1.2, step: 0.05, default: 0.3 }],
  terminals: [],
};
