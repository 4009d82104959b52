/**
 * The pendulum view's geometry in canvas pixels (y down): scale, pivots, bob size, the box each swing
 * sweeps, and where each pendulum's readout (length, angle, period) goes so that it never covers a
 * swinging bob. Pure, so it is tested for a phone (a 364 × 280 px scene) and a classroom display.
 */
import type { SceneScale } from '../view';

export interface PendulumSceneInput {
  widthPx: number;
  heightPx: number;
  lengthsM: [number, number];
  anglesDeg: [number, number];
  second: boolean;
  massKg: number;
}

export interface PendulumScene {
  scale: SceneScale;
  pivotsXPx: [number, number];
  bobPx: number;
  /** The box each pendulum's swing sweeps (the second only when shown). */
  swings: Rect[];
}

/** Pivots sit high when both swings stay below the pivot, in the middle when one can go above. */
export function pendulumScene(p: PendulumSceneInput): PendulumScene {
  const n = p.second ? 2 : 1;
  const L = Math.max(p.lengthsM[0], p.second ? p.lengthsM[1] : 0);
  const over = Math.max(Math.abs(p.anglesDeg[0]), p.second ? Math.abs(p.anglesDeg[1]) : 0) > 90;
  const usableH = p.heightPx - 60;
  const pxPerM = Math.min(over ? usableH / (2 * L) : usableH / L, (p.second ? p.widthPx / 4 : p.widthPx / 2.5) / L);
  const pivotY = over ? 30 + L * pxPerM : 30;
  const pivotsXPx: [number, number] = [p.second ? p.widthPx / 3 : p.widthPx / 2, (2 * p.widthPx) / 3];
  const bobPx = 8 + 6 * Math.cbrt(p.massKg);
  const swings = Array.from({ length: n }, (_, i) => swingBox(pivotsXPx[i], pivotY, p.lengthsM[i] * pxPerM, (p.anglesDeg[i] * Math.PI) / 180, bobPx));
  return { scale: { pxPerM, originXPx: pivotsXPx[0], originYPx: pivotY }, pivotsXPx, bobPx, swings };
}

/** A rectangle, top-left corner and size, px. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The box swept by a pendulum released at `amplitudeRad` (it never swings wider: damping only shrinks it):
 * the rod from the pivot and the bob of radius `bobPx` along its arc.
 */
export function swingBox(pivotXPx: number, pivotYPx: number, lengthPx: number, amplitudeRad: number, bobPx: number): Rect {
  const a = Math.min(Math.abs(amplitudeRad), Math.PI);
  const half = a >= Math.PI / 2 ? lengthPx : lengthPx * Math.sin(a);
  const top = a > Math.PI / 2 ? pivotYPx - lengthPx * Math.abs(Math.cos(a)) - bobPx : pivotYPx;
  return { x: pivotXPx - half - bobPx, y: top, w: 2 * (half + bobPx), h: pivotYPx + lengthPx + bobPx - top };
}

export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export interface ReadoutLayoutInput {
  widthPx: number;
  heightPx: number;
  /** One per pendulum, left to right: its pivot's x and the box its swing sweeps. */
  pendulums: { pivotXPx: number; swing: Rect }[];
  /** Size of each pendulum's readout block, px. */
  sizes: { w: number; h: number }[];
  /** Other things drawn that a readout must not cover (the time, the energy bars). */
  keepOut: Rect[];
}

const GAP = 6;

/**
 * Tries, for each readout in turn, under its swing (centred, or moved clear of the other things drawn),
 * beside it on the outer side, beside it on the inner side and in the top corner above it, and takes the first place that covers nothing and fits in the
 * scene; if none does, the place that covers least (a swing over the pivot on a small screen leaves no
 * free room).
 */
export function placeReadouts(input: ReadoutLayoutInput): Rect[] {
  const { widthPx: W, heightPx: H, pendulums, sizes } = input;
  const placed: Rect[] = [];
  const clampX = (x: number, w: number) => Math.max(GAP, Math.min(W - w - GAP, x));
  pendulums.forEach((p, i) => {
    const { w, h } = sizes[i];
    const s = p.swing;
    const outerLeft = i === 0;
    const belowY = s.y + s.h + GAP;
    const candidates: Rect[] = [
      { x: clampX(p.pivotXPx - w / 2, w), y: belowY, w, h },
      // under the swing but moved clear of whatever is drawn at that height (the energy bars)
      ...input.keepOut.flatMap((k) => [
        { x: clampX(k.x + k.w + GAP, w), y: belowY, w, h },
        { x: clampX(k.x - w - GAP, w), y: belowY, w, h },
      ]),
      { x: outerLeft ? s.x - w - GAP : s.x + s.w + GAP, y: s.y + GAP, w, h },
      { x: outerLeft ? s.x + s.w + GAP : s.x - w - GAP, y: s.y + GAP, w, h },
      { x: outerLeft ? GAP : W - w - GAP, y: 22, w, h },
    ];
    const obstacles = [...pendulums.map((q) => q.swing), ...input.keepOut, ...placed];
    const cost = (r: Rect) => {
      const outside = r.w * r.h - overlapArea(r, { x: 0, y: 0, w: W, h: H });
      return obstacles.reduce((sum, o) => sum + overlapArea(r, o), 0) + 4 * outside;
    };
    let best = candidates[0];
    let bestCost = Infinity;
    for (const c of candidates) {
      const k = cost(c);
      if (k < bestCost - 1e-9) {
        best = c;
        bestCost = k;
      }
      if (k === 0) break;
    }
    placed.push(best);
  });
  return placed;
}
