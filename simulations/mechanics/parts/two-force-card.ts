/**
 * The two-force apparatus (二力平衡): a light card (小卡片) with a string from each side running level over a pulley
 * on a post and down to a hook where hooked weights hang. The hand holds the card (turned by `twistDeg` in its
 * plane), lets it go, or cuts it in two and lets go (T cycles through them). Physics: two-force.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { CARD_APPARATUS } from '../two-force';

const k = (s: string) => `mechanics.${s}`;

/** The strings' level (the pulleys' tops) and the hooks at their ends, metres from the apparatus' centre. */
export const CARD_STRING_Y_M = -0.0725;
export const CARD_PULLEY_RADIUS_M = 0.0125;
export const CARD_HOOK_Y_M = 0.02;

export const twoForceCard: PartDefinition = {
  kind: 'two-force-card',
  bench: 'mechanics',
  labelKey: k('part.two-force-card'),
  idPrefix: 'TF',
  widthM: 2 * CARD_APPARATUS.pulleyM + 0.06,
  heightM: 0.26,
  props: [
    { kind: 'number', name: 'cardMassG', labelKey: k('prop.cardMassG'), unit: 'g', min: 1, max: 20, step: 1, default: 2 },
    { kind: 'number', name: 'twistDeg', labelKey: k('prop.twistDeg'), unit: '°', min: -60, max: 60, step: 5, default: 0 },
    {
      kind: 'choice',
      name: 'hand',
      labelKey: k('prop.hand'),
      options: [
        { value: 'holding', labelKey: k('hand.holding') },
        { value: 'released', labelKey: k('hand.released') },
        { value: 'cut', labelKey: k('hand.cut') },
      ],
      default: 'holding',
    },
  ],
  terminals: [
    { name: 'leftHook', xM: -CARD_APPARATUS.pulleyM - CARD_PULLEY_RADIUS_M, yM: CARD_HOOK_Y_M, labelKey: k('terminal.leftString'), hang: 'hook' },
    { name: 'rightHook', xM: CARD_APPARATUS.pulleyM + CARD_PULLEY_RADIUS_M, yM: CARD_HOOK_Y_M, labelKey: k('terminal.rightString'), hang: 'hook' },
  ],
  liveProps: ['hand', 'twistDeg'],
  rests: true,
};
