/**
 * A pulley (滑轮) on a stand: fixed (its axle held by the stand) or movable (hanging in the rope). Hooked weights
 * hang from its `hook`; a spring gauge's hook tied to its `rope` lifts them steadily. `massG`: the pulley's own
 * mass (lifted with a movable one); `friction`: its axle's friction as a fraction of the pull. Physics:
 * ../pulleys.ts.
 */
import type { PartDefinition } from '../../bench/part';
import { DEFAULT_PULLEY_FRICTION, PULLEY_TYPES } from '../pulleys';

const k = (s: string) => `mechanics.${s}`;

export const pulley: PartDefinition = {
  kind: 'pulley',
  bench: 'mechanics',
  labelKey: k('part.pulley'),
  idPrefix: 'PL',
  widthM: 0.06,
  heightM: 0.08,
  props: [
    { kind: 'choice', name: 'type', labelKey: k('prop.pulleyType'), options: PULLEY_TYPES.map((value) => ({ value, labelKey: k(`pulley.${value}`) })), default: 'fixed' },
    { kind: 'number', name: 'massG', labelKey: k('prop.pulleyMassG'), unit: 'g', min: 0, max: 200, step: 10, default: 40 },
    { kind: 'number', name: 'friction', labelKey: k('prop.pulleyFriction'), unit: '', min: 0, max: 0.3, step: 0.01, default: DEFAULT_PULLEY_FRICTION },
  ],
  terminals: [
    { name: 'rope', xM: 0.02, yM: -0.03, labelKey: k('terminal.rope') },
    { name: 'hook', xM: 0, yM: 0.035, labelKey: k('terminal.hook'), hang: 'hook' },
  ],
};
