/**
 * A U-shaped magnet (蹄形磁体) lying on its side on the table: its two arms one above the other, the upper
 * pole face over the lower with a gap between them where a conductor can pass. The field in the gap is
 * vertical: downwards with the N pole on top. Seen from above the upper arm hides the gap; the pole face is
 * at the open end (the part's right end), the bend at the left.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

/**
 * The poles as the engine models them: two coaxial discs of magnetised steel (radius, thickness) facing
 * each other across the gap, their centre `poleXM` from the part's centre along its length. The bend that
 * joins them outside the gap is left out: it carries the flux back but adds little field in the gap.
 */
export const U_MAGNET = { poleRadiusM: 0.02, poleThicknessM: 0.015, gapM: 0.02, poleXM: 0.04 } as const;

export const uMagnet: PartDefinition = {
  kind: 'u-magnet',
  bench: 'circuits',
  labelKey: k('part.u-magnet'),
  idPrefix: 'M',
  widthM: 0.16,
  heightM: 0.05,
  props: [
    {
      kind: 'choice',
      name: 'northPole',
      labelKey: k('prop.northPole'),
      options: [
        { value: 'up', labelKey: k('northPole.up') },
        { value: 'down', labelKey: k('northPole.down') },
      ],
      default: 'up',
    },
    { kind: 'number', name: 'remanenceT', labelKey: k('prop.remanenceT'), unit: 'T', min: 0.1, max: 1.2, step: 0.05, default: 0.5 },
  ],
  terminals: [],
};
