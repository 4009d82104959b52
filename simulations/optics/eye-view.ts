/**
 * What an eye on the bench sees (it looks along its own −x, towards where light comes from on a rail): every candle, LED object and pin, each by every way its light reaches the
 * eye (sight.ts): straight, reflected in a mirror or a glass plate, through a lens or a block. Each sighting
 * gives the direction the object appears in, how large it looks (angular size per metre of object), whether
 * it is upright and which way round, and how bright. A virtual image is found here, by looking, as a student
 * finds it: a candle's image in the glass plate, the magnified candle through a lens held inside its focal
 * length, a pin shifted by the glass block.
 */
import type { Setup, SetupPart } from '../bench/setup';
import { Frame } from './engine/pose';
import { sightingsOf } from './engine/sight';
import { isLitObject, PIN_RADIUS_M, wavelengthsOfPart, type OpticsScene } from './scene-of-setup';

export interface SeenObject {
  partId: string;
  kind: string;
  /** Lit (a burning candle, an LED that is on) or seen by the room's light. */
  lit: boolean;
  /** Angle from the eye's line of sight, radians: > 0 to the eye's right. */
  angleRad: number;
  /** How far away the object appears (to its image), metres; Infinity for parallel light. */
  apparentDistanceM: number;
  /** Apparent angle per metre of object size (radians per metre). */
  angularScalePerM: number;
  /** +1 upright, −1 upside down. */
  upright: 1 | -1;
  /** +1 as seen directly, −1 left and right swapped. */
  handedness: 1 | -1;
  /** Fraction of the object's light that reaches the eye this way (a glass plate: about 4 %). */
  intensity: number;
  /** Reflections on the way. */
  reflections: number;
  /** Where the object appears on the table (its image; NaN at infinity). */
  imageX: number;
  imageY: number;
}

/** The eye sees what lies within this angle of its line of sight. */
export const EYE_HALF_FIELD_RAD = (35 * Math.PI) / 180;

const VISIBLE = new Set(['candle', 'led-f', 'pin']);

export function eyeView(scene: OpticsScene, setup: Setup, eye: SetupPart): SeenObject[] {
  const f = new Frame(eye);
  // The eye looks along its own −x: on the optical bench's rail, back towards the light.
  const look = f.dir(-1, 0);
  const out: SeenObject[] = [];
  for (const obj of setup.parts) {
    if (!VISIBLE.has(obj.kind) || obj.hidden) continue;
    const wavelengthM = obj.kind === 'pin' ? 560e-9 : wavelengthsOfPart(obj)[0];
    const seen = sightingsOf(scene.tracer, obj.xM, obj.yM, eye.xM, eye.yM, {
      trace: { bounds: scene.bounds, minIntensity: 0.004 },
      wavelengthM,
      startOffsetM: obj.kind === 'pin' ? PIN_RADIUS_M * 1.05 : 0,
    });
    for (const s of seen) {
      const angleRad = Math.atan2(look.x * s.uy - look.y * s.ux, look.x * s.ux + look.y * s.uy);
      if (Math.abs(angleRad) > EYE_HALF_FIELD_RAD) continue;
      const upright = (s.handedness * (s.reflections % 2 === 0 ? 1 : -1)) as 1 | -1;
      out.push({
        partId: obj.id,
        kind: obj.kind,
        lit: isLitObject(obj),
        angleRad,
        apparentDistanceM: s.apparentDistanceM,
        angularScalePerM: s.angularScalePerM,
        upright,
        handedness: s.handedness,
        intensity: s.intensity,
        reflections: s.reflections,
        imageX: s.imageX,
        imageY: s.imageY,
      });
    }
  }
  return out;
}
