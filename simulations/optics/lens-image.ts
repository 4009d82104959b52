/**
 * The image an optical system forms of an object, found the way the light finds it: a pencil of rays from
 * the object point, aimed at the lens (or mirror) and traced exactly through everything on the table
 * (screens left out), meets at the image or spreads from it (imaging.ts). Distances along the element's
 * axis from its centre; real images positive, virtual negative (the textbook's convention).
 */
import type { SetupPart } from '../bench/setup';
import { bestFocus, fanRays, imageOfPoint, mainPencil, outgoingGroups, type Axis } from './engine/imaging';
import { Frame } from './engine/pose';
import { wavelengthsOfPart, type OpticsScene } from './scene-of-setup';

export interface SystemImage {
  /** From the element's centre along its axis, away from the object: > 0 real (beyond it), < 0 virtual (on the object's side). NaN: no image (the rays leave parallel). */
  imageDistanceM: number;
  /** Image height over object height: < 0 inverted. */
  magnification: number;
  kind: 'real' | 'virtual' | 'none';
  /** The object's distance from the element's centre along its axis. */
  objectDistanceM: number;
}

const PENCIL_RAYS = 61;
/** An eye's pupil in a lit room. */
const EYE_PUPIL_M = 0.004;
const OFF_AXIS_M = 0.001;

/** The axis of a lens or mirror part, pointing away from a point on the light's side. */
export function axisFacing(element: SetupPart, from: { xM: number; yM: number }): Axis {
  const f = new Frame(element);
  const d = f.dir(1, 0);
  const side = (from.xM - element.xM) * d.x + (from.yM - element.yM) * d.y;
  const s = side <= 0 ? 1 : -1;
  return { x: element.xM, y: element.yM, ux: s * d.x, uy: s * d.y };
}

export function imageBy(scene: OpticsScene, element: SetupPart, object: SetupPart): SystemImage {
  const isMirror = element.kind.endsWith('mirror');
  // For a mirror the light comes back: the image lies on the object's side, in front of the mirror.
  const towardsObject = axisFacing(element, object);
  const axis: Axis = isMirror ? { ...towardsObject, ux: -towardsObject.ux, uy: -towardsObject.uy } : towardsObject;
  const along = (object.xM - element.xM) * towardsObject.ux + (object.yM - element.yM) * towardsObject.uy;
  const objectDistanceM = -along;
  const foot = { x: element.xM + along * towardsObject.ux, y: element.yM + along * towardsObject.uy };
  const own = new Set<number>();
  scene.elements.forEach((e, i) => e.id === element.id && e.behaviour !== 'absorber' && own.add(i));
  const wavelengthM = wavelengthsOfPart(object)[0] ?? 589e-9;
  const opts = { towards: (e: number) => own.has(e), rays: PENCIL_RAYS, wavelengthM, trace: { bounds: scene.bounds }, disc: true };
  let { focus } = imageOfPoint(scene.tracer, foot, axis, opts);
  if (focus.kind === 'none') return { imageDistanceM: NaN, magnification: NaN, kind: 'none', objectDistanceM };
  if (focus.kind === 'virtual') {
    // A virtual image is where an eye looking through the element's middle sees it: a pencil as wide as a
    // pupil (4 mm), not the whole aperture (whose rim, by spherical aberration, points elsewhere).
    const pupil = EYE_PUPIL_M / 2 / Math.max(objectDistanceM, 1e-3);
    const narrow = (from: { x: number; y: number }) => {
      const a = Math.atan2(element.yM - from.y, element.xM - from.x);
      scene.tracer.trace(fanRays(from.x, from.y, [[a - pupil, a + pupil]], 21, wavelengthM), { bounds: scene.bounds, ignoreScreens: true, partialReflections: false });
      return mainPencil(outgoingGroups(scene.tracer));
    };
    const lines = narrow(foot);
    focus = bestFocus(lines, axis);
    if (focus.kind === 'none') return { imageDistanceM: NaN, magnification: NaN, kind: 'none', objectDistanceM };
    const vx = -axis.uy, vy = axis.ux;
    const offLines = narrow({ x: foot.x + OFF_AXIS_M * vx, y: foot.y + OFF_AXIS_M * vy });
    return { imageDistanceM: focus.sM, magnification: spotCentre(offLines, axis, focus.sM) / OFF_AXIS_M, kind: focus.kind, objectDistanceM };
  }
  // A point 1 mm across the axis: where its pencil crosses the same plane.
  const vx = -axis.uy, vy = axis.ux;
  const off = imageOfPoint(scene.tracer, { x: foot.x + OFF_AXIS_M * vx, y: foot.y + OFF_AXIS_M * vy }, axis, opts);
  const spot = off.lines.length ? spotCentre(off.lines, axis, focus.sM) : NaN;
  return { imageDistanceM: focus.sM, magnification: spot / OFF_AXIS_M, kind: focus.kind, objectDistanceM };
}

function spotCentre(lines: { x: number; y: number; dx: number; dy: number; intensity: number }[], axis: Axis, sM: number): number {
  const vx = -axis.uy, vy = axis.ux;
  let w = 0, m = 0;
  for (const l of lines) {
    const du = l.dx * axis.ux + l.dy * axis.uy;
    if (!(du > 1e-9)) continue;
    const px = l.x - axis.x, py = l.y - axis.y;
    const along = px * axis.ux + py * axis.uy, trans = px * vx + py * vy;
    const b = (l.dx * vx + l.dy * vy) / du;
    m += l.intensity * (trans + b * (sM - along));
    w += l.intensity;
  }
  return w > 0 ? m / w : NaN;
}
