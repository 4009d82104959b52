/**
 * What a screen shows. The bench is drawn from above: rays are traced in the plane of the table, at the
 * height of the flame. A candle's flame and an LED's "F" also stand up out of that plane; lenses and
 * spherical mirrors are round, so a point of the object at a distance r from the screen's axis (across the
 * table, up, or both) images like the point at r across the table (rotational symmetry about the axis):
 * each of a few object distances r is traced as a pencil in the plane, and every point of the object takes
 * the spot of its r, turned to its own direction. So the screen shows the image upside down and
 * left-right reversed when a lens makes it so, sharp where the rays meet and spread into a blur circle
 * elsewhere, and only a faint glow when no image is there (a virtual image is never on a screen).
 */
import type { Setup, SetupPart } from '../bench/setup';
import { directionsToward, fanRays } from './engine/imaging';
import { Frame } from './engine/pose';
import { isLitObject, wavelengthsOfPart, type OpticsScene } from './scene-of-setup';
import { objectPoints } from './object-shapes';

export interface ScreenSpot {
  /** Across the screen (its own +y, metres from its centre) and up (metres). */
  acrossM: number;
  upM: number;
  /** Blur radius (RMS) of the point's light on the screen. */
  radiusM: number;
  /** Relative irradiance (power per area, arbitrary units shared by every screen). */
  irradiance: number;
  wavelengthM: number;
  /** Which object point it is the image of: its height on the object. */
  objectId: string;
  objectUpM: number;
}

export interface ScreenPicture {
  spots: ScreenSpot[];
  /** Light spread over the whole screen (light that comes straight from the objects, not through an element). */
  glow: number;
  /** Blur (RMS diameter) of each lit object's middle point through the element that images it (NaN: no such light). */
  blurM: Map<string, number>;
}

/** How sharp a spot can get (the flame's own detail, diffraction at a school lens's aperture): 0.15 mm. */
export const SHARPEST_RADIUS_M = 0.00015;
const RADII = 9;
const RAYS_PER_PENCIL = 81;

interface Pencil {
  centre: number;
  rms: number;
  power: number;
}

/** The pencils of one object point at distance r from the axis, in the plane: the brightest family through something, and the direct light. */
function pencilsAt(scene: OpticsScene, screen: number, origin: { x: number; y: number }, v: { x: number; y: number }, r: number, own: Set<number>, wavelengthM: number): { main: Pencil | null; direct: Pencil | null } {
  const p = { x: origin.x + r * v.x, y: origin.y + r * v.y };
  const intervals = directionsToward(scene.tracer, p.x, p.y, (e) => !own.has(e));
  const width = intervals.reduce((s, [a, b]) => s + (b - a), 0);
  const rays = fanRays(p.x, p.y, intervals, RAYS_PER_PENCIL, wavelengthM);
  const dTheta = width / Math.max(1, rays.length);
  scene.tracer.trace(rays, { bounds: scene.bounds, partialReflections: false });
  const res = scene.tracer.result;
  // Each family's rays by emission angle: weighted as a cone (discWeights), then its spot's centre and RMS.
  const members = new Map<number, number[]>();
  for (let i = 0; i < res.hitCount; i++) {
    if (res.hitElement[i] !== screen) continue;
    let m = members.get(res.hitSig[i]);
    if (!m) members.set(res.hitSig[i], (m = []));
    m.push(i);
  }
  let main: Pencil | null = null, direct: Pencil | null = null;
  for (const [sig, hits] of members) {
    if (hits.length < 2) continue;
    const angles = hits.map((i) => Math.atan2(rays[res.hitRay[i]].dy, rays[res.hitRay[i]].dx));
    const mid = (Math.min(...angles) + Math.max(...angles)) / 2;
    // g: the ray's share of the cone (its distance from the cone's middle); q: the power it still carries.
    let sw = 0, sq = 0, m = 0, m2 = 0;
    hits.forEach((i, j) => {
      const g = Math.abs(angles[j] - mid) + 1e-9, q = res.hitIntensity[i], s = res.hitS[i];
      sw += g;
      sq += g * q;
      m += g * q * s;
      m2 += g * q * s * s;
    });
    const centre = m / sq;
    const rms = Math.sqrt(Math.max(0, m2 / sq - centre * centre));
    // In three dimensions the pencil is a cone: its power goes as the square of its angular width.
    const angular = hits.length * dTheta;
    const pencil = { centre, rms, power: angular * angular * (sq / sw) };
    if (sig === 0) direct = pencil;
    else if (!main || pencil.power > main.power) main = pencil;
  }
  return { main, direct };
}

function interpolate(rs: number[], values: (Pencil | null)[], r: number): Pencil | null {
  if (r <= rs[0]) return values[0];
  for (let i = 1; i < rs.length; i++) {
    if (r <= rs[i]) {
      const a = values[i - 1], b = values[i];
      if (!a || !b) return a ?? b;
      const t = (r - rs[i - 1]) / (rs[i] - rs[i - 1]);
      return { centre: a.centre + t * (b.centre - a.centre), rms: a.rms + t * (b.rms - a.rms), power: a.power + t * (b.power - a.power) };
    }
  }
  return values[values.length - 1];
}

export function screenPicture(scene: OpticsScene, setup: Setup, screen: SetupPart): ScreenPicture {
  const index = scene.elements.findIndex((e) => e.id === screen.id && e.behaviour === 'screen');
  const out: ScreenPicture = { spots: [], glow: 0, blurM: new Map() };
  if (index < 0) return out;
  const sf = new Frame(screen);
  const toLight = sf.dir(-1, 0), across = sf.dir(0, 1);
  const halfHeight = Number(screen.props.widthM ?? 0.12) / 2;
  for (const obj of setup.parts) {
    if (!isLitObject(obj)) continue;
    const rel = { x: obj.xM - screen.xM, y: obj.yM - screen.yM };
    const ahead = rel.x * toLight.x + rel.y * toLight.y;
    if (ahead <= 0.002) continue; // behind the screen: its back does not show light
    const t0 = rel.x * across.x + rel.y * across.y;
    const origin = { x: screen.xM + ahead * toLight.x, y: screen.yM + ahead * toLight.y };
    const of = new Frame(obj);
    const objAcross = of.dir(0, 1);
    const turn = objAcross.x * across.x + objAcross.y * across.y;
    const points = objectPoints(obj).map((p) => ({ t: t0 + turn * p.acrossM, z: p.upM, weight: p.weight }));
    const rMax = Math.max(1e-4, ...points.map((p) => Math.hypot(p.t, p.z)));
    const rs = Array.from({ length: RADII }, (_, i) => (rMax * i) / (RADII - 1));
    const own = new Set<number>();
    scene.elements.forEach((e, i) => e.id === obj.id && own.add(i));
    const lambda = wavelengthsOfPart(obj)[0];
    const mains: (Pencil | null)[] = [], directs: (Pencil | null)[] = [];
    for (const r of rs) {
      const p = pencilsAt(scene, index, origin, across, r, own, lambda);
      mains.push(p.main);
      directs.push(p.direct);
    }
    const d0 = interpolate(rs, directs, Math.abs(t0));
    if (d0) out.glow += d0.power / (4 * halfHeight * halfHeight);
    const centre = interpolate(rs, mains, Math.abs(t0));
    out.blurM.set(obj.id, centre ? 2 * centre.rms : NaN);
    const total = points.reduce((s, p) => s + p.weight, 0);
    for (const p of points) {
      const r = Math.hypot(p.t, p.z);
      const pencil = interpolate(rs, mains, r);
      if (!pencil) continue;
      // The centre lies along the point's own direction from the axis, at the pencil's distance (signed).
      const c = pencil.centre - halfHeight;
      const ux = r > 1e-12 ? p.t / r : 1, uz = r > 1e-12 ? p.z / r : 0;
      const radiusM = pencil.rms + SHARPEST_RADIUS_M;
      out.spots.push({ acrossM: c * ux, upM: c * uz, radiusM, irradiance: (pencil.power * p.weight) / total / (Math.PI * radiusM * radiusM), wavelengthM: lambda, objectId: obj.id, objectUpM: p.z });
    }
  }
  return out;
}

/** The picture's image of one object as a student describes it: upright or not, and its size over the object's. */
export function imageShape(pic: ScreenPicture, objectId: string): { upright: boolean; sizeRatio: number } | null {
  const spots = pic.spots.filter((s) => s.objectId === objectId);
  if (spots.length < 2) return null;
  let cov = 0;
  const mi = spots.reduce((a, s) => a + s.upM, 0) / spots.length, mo = spots.reduce((a, s) => a + s.objectUpM, 0) / spots.length;
  for (const s of spots) cov += (s.upM - mi) * (s.objectUpM - mo);
  const span = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  const objectSpan = span(spots.map((s) => s.objectUpM));
  return { upright: cov > 0, sizeRatio: objectSpan > 0 ? span(spots.map((s) => s.upM)) / objectSpan : NaN };
}

/** Sharper than this (RMS diameter) a student calls the image sharp; below BLURRED_MM still an image. */
export const SHARP_MM = 1;
export const BLURRED_MM = 6;

/** What a screen shows, as i18n key and values (one decision for the panel and the description). */
export function screenWords(screenId: string, pic: ScreenPicture | null, blurMm: number): { key: string; vars: Record<string, string> } {
  const vars: Record<string, string> = { part: screenId };
  if (!pic || !pic.spots.length) return { key: pic && pic.glow > 0 ? 'optics.view.screenGlow' : 'optics.view.screenDark', vars };
  if (!(blurMm < SHARP_MM)) return { key: blurMm < BLURRED_MM ? 'optics.view.screenBlurred' : 'optics.view.screenPatch', vars };
  const shape = imageShape(pic, pic.spots[0].objectId);
  if (!shape) return { key: 'optics.view.screenBlurred', vars };
  // "The same size" as a student judges it: within a tenth.
  const size = shape.sizeRatio > 1.1 ? 'larger' : shape.sizeRatio < 0.9 ? 'smaller' : 'same';
  return { key: 'optics.view.screenSharp', vars: { ...vars, object: pic.spots[0].objectId, orientation: shape.upright ? 'upright' : 'inverted', size } };
}
