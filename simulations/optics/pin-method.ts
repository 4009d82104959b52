/**
 * The pin method (插针法) for a glass block's refractive index (人教版 选择性必修第一册 第四章第1节 实验):
 * P1 and P2 mark the incident ray; looking through the block, the student sticks P3 to hide the images of P1
 * and P2, and P4 to hide P3 and them. Removing the block, the line P4P3 meets the far face at O′; O is where
 * P1P2 meets the near face; θ₁ is the angle of P1P2 with the normal at O, θ₂ that of OO′. n = sin θ₁ / sin θ₂.
 * This module does the student's geometry on the pins as placed (θ₁, θ₂ as read on a protractor, to 0.5°),
 * and the model's: where the ray along P1P2 really goes through the block, and how far P3 and P4 are from
 * the line it leaves along (0 when they hide the images).
 */
import type { Setup, SetupPart } from '../bench/setup';
import { END_ESCAPED } from './engine/tracer';
import type { OpticsScene } from './scene-of-setup';
import { elementsOfPart } from './scene-of-setup';
import { CompiledScene } from './engine/scene';
import { Tracer } from './engine/tracer';

export interface PinMethod {
  /** θ₁ and θ₂ from the pins, as a protractor reads them (0.5°). */
  incidenceDeg: number;
  refractionDeg: number;
  /** sin θ₁ / sin θ₂ from those readings. */
  indexFromPins: number;
  /** θ₂ of the ray the model traces along P1P2 (what the pins would give if placed exactly). */
  trueRefractionDeg: number;
  /** Signed distance of P3 and P4 from the line the light leaves the block along, metres. */
  offsetM: Map<string, number>;
  /** The construction on the paper: O, O′ (null until P3 and P4 are placed) and the outward normal at O. */
  o: { x: number; y: number } | null;
  o2: { x: number; y: number } | null;
  normal: { x: number; y: number } | null;
}

const PROTRACTOR_DEG = 0.5;
const read = (deg: number) => Math.round(deg / PROTRACTOR_DEG) * PROTRACTOR_DEG;
const NONE: PinMethod = { incidenceDeg: NaN, refractionDeg: NaN, indexFromPins: NaN, trueRefractionDeg: NaN, offsetM: new Map(), o: null, o2: null, normal: null };

/** The pins of a setup in the order they were stuck (P1, P2, …). */
export function pinsInOrder(setup: Setup): SetupPart[] {
  const n = (id: string) => Number(/\d+$/.exec(id)?.[0] ?? 1e9);
  return setup.parts.filter((p) => p.kind === 'pin').sort((a, b) => n(a.id) - n(b.id) || a.id.localeCompare(b.id));
}

/** First crossing of the block's boundary along a ray: the point and the outward normal there. */
function crossing(tracer: Tracer, x: number, y: number, dx: number, dy: number, bounds: OpticsScene['bounds']): { x: number; y: number; nx: number; ny: number; inside: { dx: number; dy: number } | null } | null {
  tracer.trace([{ x, y, dx, dy, wavelengthM: 589.3e-9, intensity: 1 }], { bounds, partialReflections: false });
  const r = tracer.result;
  if (r.segmentCount < 2 || r.segEnd[0] === END_ESCAPED) return null;
  const hx = r.seg[2], hy = r.seg[3];
  const sc = tracer.scene, s = r.segEndSurface[0], o = s * 8;
  let nx: number, ny: number;
  if (sc.surfaceData[o] === 0) [nx, ny] = [sc.surfaceData[o + 5], sc.surfaceData[o + 6]];
  else {
    const k = sc.surfaceData[o + 7] / sc.surfaceData[o + 3];
    [nx, ny] = [(hx - sc.surfaceData[o + 1]) * k, (hy - sc.surfaceData[o + 2]) * k];
  }
  const ix = r.seg[6] - r.seg[4], iy = r.seg[7] - r.seg[5], il = Math.hypot(ix, iy);
  return { x: hx, y: hy, nx, ny, inside: il > 0 ? { dx: ix / il, dy: iy / il } : null };
}

const angleDeg = (ax: number, ay: number, bx: number, by: number) => (Math.acos(Math.max(-1, Math.min(1, (ax * bx + ay * by) / (Math.hypot(ax, ay) * Math.hypot(bx, by))))) * 180) / Math.PI;

export function pinMethod(setup: Setup, block: SetupPart, scene: OpticsScene): PinMethod {
  const pins = pinsInOrder(setup);
  if (pins.length < 2) return NONE;
  // The block alone (pins would block the construction lines).
  const tracer = new Tracer(new CompiledScene(elementsOfPart(block)));
  const [p1, p2] = pins;
  const dx = p2.xM - p1.xM, dy = p2.yM - p1.yM, l = Math.hypot(dx, dy);
  if (!(l > 0)) return NONE;
  const o = crossing(tracer, p1.xM, p1.yM, dx / l, dy / l, scene.bounds);
  if (!o || !o.inside) return NONE;
  const incidence = angleDeg(dx, dy, -o.nx, -o.ny);
  const trueRefraction = angleDeg(o.inside.dx, o.inside.dy, -o.nx, -o.ny);
  // Where the light leaves: trace on from O along the refracted ray to the far face and out.
  tracer.trace([{ x: p1.xM, y: p1.yM, dx: dx / l, dy: dy / l, wavelengthM: 589.3e-9, intensity: 1 }], { bounds: scene.bounds, partialReflections: false });
  const r = tracer.result;
  const offsetM = new Map<string, number>();
  if (r.segmentCount >= 3) {
    const ex = r.seg[8], ey = r.seg[9], ux = r.seg[10] - ex, uy = r.seg[11] - ey, ul = Math.hypot(ux, uy);
    for (const p of pins.slice(2, 4)) offsetM.set(p.id, ((p.xM - ex) * uy - (p.yM - ey) * ux) / -ul);
  }
  const result: PinMethod = { incidenceDeg: read(incidence), refractionDeg: NaN, indexFromPins: NaN, trueRefractionDeg: trueRefraction, offsetM, o: { x: o.x, y: o.y }, o2: null, normal: { x: o.nx, y: o.ny } };
  if (pins.length < 4) return result;
  const [, , p3, p4] = pins;
  const ex = p3.xM - p4.xM, ey = p3.yM - p4.yM, el = Math.hypot(ex, ey);
  if (!(el > 0)) return result;
  const o2 = crossing(tracer, p4.xM, p4.yM, ex / el, ey / el, scene.bounds);
  if (!o2) return result;
  result.o2 = { x: o2.x, y: o2.y };
  result.refractionDeg = read(angleDeg(o2.x - o.x, o2.y - o.y, -o.nx, -o.ny));
  result.indexFromPins = Math.sin((result.incidenceDeg * Math.PI) / 180) / Math.sin((result.refractionDeg * Math.PI) / 180);
  return result;
}
