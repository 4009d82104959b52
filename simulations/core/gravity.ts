/**
 * Gravity presets shared by the mechanics experiments (projectile, pendulum, spring, incline).
 * Values: Earth 9.81 m/s² (standard gravity 9.80665 m/s², to three significant figures);
 * Chinese textbook conventions: g = 9.8 N/kg, and g = 10 N/kg "for rough calculations" (人教版《物理》
 * 八年级下册, 第七章第3节 "重力"); Moon 1.62 m/s² and Mars 3.71 m/s² (NASA Planetary Fact Sheet,
 * surface gravity). 1 N/kg = 1 m/s².
 */
import { num, str, type ParamSpec, type ParamValues } from './params';

export const GRAVITY_PRESETS_MPS2 = { earth: 9.81, textbook: 9.8, estimate: 10, moon: 1.62, mars: 3.71 } as const;
export type GravityPreset = keyof typeof GRAVITY_PRESETS_MPS2 | 'custom';

/** The two parameters every mechanics experiment uses: a preset choice and a custom value. */
export function gravityParamSpecs(): ParamSpec[] {
  return [
    {
      kind: 'choice',
      name: 'gravity',
      labelKey: 'physics.gravity.label',
      options: [
        { value: 'earth', labelKey: 'physics.gravity.earth' },
        { value: 'textbook', labelKey: 'physics.gravity.textbook' },
        { value: 'estimate', labelKey: 'physics.gravity.estimate' },
        { value: 'moon', labelKey: 'physics.gravity.moon' },
        { value: 'mars', labelKey: 'physics.gravity.mars' },
        { value: 'custom', labelKey: 'physics.gravity.custom' },
      ],
      default: 'earth',
    },
    { kind: 'number', name: 'customGravityMps2', labelKey: 'physics.gravity.customValue', unit: 'm/s²', min: 0.1, max: 30, step: 0.01, default: 9.81, showIf: { param: 'gravity', equals: ['custom'] } },
  ];
}

/** Gravitational acceleration in m/s² from validated `gravity` / `customGravityMps2` values. */
export function gravityFromParams(values: ParamValues): number {
  const preset = str(values, 'gravity');
  if (preset === 'custom') return num(values, 'customGravityMps2');
  if (preset in GRAVITY_PRESETS_MPS2) return GRAVITY_PRESETS_MPS2[preset as keyof typeof GRAVITY_PRESETS_MPS2];
  throw new Error(`gravity: '${preset}' is not one of ${[...Object.keys(GRAVITY_PRESETS_MPS2), 'custom'].join(' | ')}`);
}
