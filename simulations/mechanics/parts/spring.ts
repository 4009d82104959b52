/**
 * A spring (弹簧) hung from the clamp of an iron stand, a vertical 30 cm ruler on the stand beside it (zero at the
 * top) and a pointer on the spring's lower end; hooked weights hang from the hook on a light rod below the pointer.
 * Its behaviour: ../spring-extension.ts (Hooke's law up to the elastic limit, a permanent set past it).
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

/** The spring's top (the clamp), metres from the part's centre; the ruler's zero is SPRING_TOP_ON_RULER_M above it. */
export const SPRING_TOP_Y_M = -0.15;
export const SPRING_HOOK_Y_M = 0.17;

export const spring: PartDefinition = {
  kind: 'spring',
  bench: 'mechanics',
  labelKey: k('part.spring'),
  idPrefix: 'SP',
  widthM: 0.1,
  heightM: 0.36,
  props: [],
  terminals: [{ name: 'hook', xM: 0, yM: SPRING_HOOK_Y_M, labelKey: k('terminal.hook'), hang: 'hook' }],
};
