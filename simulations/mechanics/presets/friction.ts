/**
 * 4.2.2 探究滑动摩擦力大小与哪些因素有关 (人教版 八年级下册 第八章第3节): a wooden block on a long board pulled
 * along by a gauge held level; only while it slides at constant speed does the gauge read the friction (two
 * forces in balance). Weights on the block press harder; a towel or cotton cloth on the board is rougher.
 * Headless: the surface, the block's mass and how the hand pulls in; the reading out.
 */
import type { BenchPreset } from '../../bench/preset';
import { mechanicsSetup, part } from './layout';

const k = (s: string) => `mechanics.preset.${s}`;
export const FRICTION_ID = 'mechanics-friction';

export const frictionPreset: BenchPreset = {
  id: FRICTION_ID,
  version: '1',
  subject: 'physics',
  titleKey: k('friction.title'),
  descriptionKey: k('friction.description'),
  setup: mechanicsSetup(
    FRICTION_ID,
    'Sliding friction',
    [
      part('BD1', 'board', 0.35, 0.28, { surface: 'wood' }),
      part('K1', 'wooden-block', 0.2, 0.2, { massG: 200 }),
      part('F1', 'force-gauge', 0.35, 0.2455, { range: '5', pull: 'none' }, 90),
      part('W1', 'weight', 0.75, 0.28, { massG: 100 }),
      part('W2', 'weight', 0.8, 0.28, { massG: 100 }),
    ],
    [{ id: 'thread', from: { part: 'F1', terminal: 'hook' }, to: { part: 'K1', terminal: 'hook' } }],
  ),
  params: [
    { name: 'massG', part: 'K1', prop: 'massG' },
    { name: 'surface', part: 'BD1', prop: 'surface' },
    { name: 'pull', part: 'F1', prop: 'pull' },
  ],
  measurements: [{ name: 'readingN', part: 'F1', value: 'readingN', unit: 'N', labelKey: k('m.readingN'), resolution: 0.01 }],
  recordDefaults: { params: ['surface'], measurements: ['readingN'] },
};
