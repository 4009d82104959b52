/**
 * The law-of-reflection demonstrator (光的反射定律演示器, 人教版 八年级上册 第四章第2节): a plane mirror lying
 * flat, a white card standing on it at right angles, the normal ON on the card and a protractor scale
 * around O (0° along ON, 90° along the mirror on each side). A laser clipped to the card's rim at an angle
 * from ON shines along the card at O. The ray is traced (a mirror reflects by r = d − 2(d·n)n; nothing here
 * assumes the law) and the reflected ray is read where it meets the rim, to the scale's 1°. Folding the half
 * of the card opposite the laser back takes the reflected ray off the card: it stays in the plane of the
 * incident ray and the normal, which the folded half is no longer in.
 *
 * In the part's own frame, as the card is seen face on: O at (0, DISC_O_Y), ON pointing up (−y), the mirror
 * along y = DISC_O_Y.
 */
import type { SetupPart } from '../bench/setup';
import { planeMirrorElements } from './engine/elements';
import { CompiledScene } from './engine/scene';
import { Tracer } from './engine/tracer';
import { wavelengthsOfPart } from './scene-of-setup';

export const DISC_RADIUS_M = 0.11;
export const DISC_O_Y = 0.055;
/** The scale's smallest division. */
export const DISC_DIVISION_DEG = 1;

export interface DiscRays {
  /** The laser's place on the rim and O, in the part's frame. */
  laser: { x: number; y: number };
  o: { x: number; y: number };
  /** Where the reflected ray meets the rim (in the part's frame), or null if it does not come back up. */
  rim: { x: number; y: number } | null;
  /** The angles from ON: the incident ray's (the laser's place) and the reflected ray's, degrees, signed (< 0: left of ON). */
  incidentDeg: number;
  reflectedDeg: number;
  /** Whether the reflected ray shows on the card (not when its half is folded back). */
  onCard: boolean;
  /** As read on the scale, to the division (NaN when not on the card). */
  incidenceReadDeg: number;
  reflectionReadDeg: number;
  wavelengthM: number;
}

const read = (deg: number) => Math.round(deg / DISC_DIVISION_DEG) * DISC_DIVISION_DEG;

export function discRays(part: SetupPart): DiscRays {
  const phi = (Number(part.props.laserAngleDeg) * Math.PI) / 180;
  const o = { x: 0, y: DISC_O_Y };
  const laser = { x: o.x + DISC_RADIUS_M * Math.sin(phi), y: o.y - DISC_RADIUS_M * Math.cos(phi) };
  // The mirror in the card's frame: along the bottom edge through O, reflecting upwards (−y).
  const mirror = planeMirrorElements(part.id, { xM: 0, yM: DISC_O_Y, rotDeg: 90 }, 2 * DISC_RADIUS_M + 0.02, 1);
  const tracer = new Tracer(new CompiledScene(mirror));
  const wavelengthM = wavelengthsOfPart(part)[0];
  tracer.trace([{ x: laser.x, y: laser.y, dx: o.x - laser.x, dy: o.y - laser.y, wavelengthM, intensity: 1 }], { bounds: { x0: -1, y0: -1, x1: 1, y1: 1 } });
  const r = tracer.result;
  const incidentDeg = (phi * 180) / Math.PI;
  let rim: DiscRays['rim'] = null, reflectedDeg = NaN;
  if (r.segmentCount >= 2) {
    const hx = r.seg[4], hy = r.seg[5];
    const dx = r.seg[6] - hx, dy = r.seg[7] - hy, l = Math.hypot(dx, dy);
    // From the hit point (O) out to the rim of radius R around O.
    if (dy < 0) {
      rim = { x: hx + (DISC_RADIUS_M * dx) / l, y: hy + (DISC_RADIUS_M * dy) / l };
      reflectedDeg = (Math.atan2(dx, -dy) * 180) / Math.PI;
    }
  }
  // The half without the laser folds back: a reflected ray off ON is then off the card.
  const onCard = rim !== null && !(part.props.folded === true && Math.abs(reflectedDeg) > 0.5);
  return {
    laser,
    o,
    rim,
    incidentDeg,
    reflectedDeg,
    onCard,
    incidenceReadDeg: read(Math.abs(incidentDeg)),
    reflectionReadDeg: onCard ? read(Math.abs(reflectedDeg)) : NaN,
    wavelengthM,
  };
}
