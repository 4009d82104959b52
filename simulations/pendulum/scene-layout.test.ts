import { describe, expect, it } from 'vitest';
import { overlapArea, pendulumScene, placeReadouts, swingBox, type Rect } from './scene-layout';

/** Readout block of three lines, as the view measures it (13 px text, 17 px lines). */
const BLOCK = { w: 118, h: 51 };
const defaults = { lengthsM: [1, 0.5] as [number, number], anglesDeg: [30, 30] as [number, number], second: true, massKg: 1 };
const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;

/** Bob centres along the whole swing (−θ0 … θ0), px. */
function bobPath(pivotX: number, pivotY: number, lengthPx: number, amplitudeDeg: number): [number, number][] {
  return Array.from({ length: 41 }, (_, k) => {
    const th = ((-1 + k / 20) * amplitudeDeg * Math.PI) / 180;
    return [pivotX + lengthPx * Math.sin(th), pivotY + lengthPx * Math.cos(th)];
  });
}
const circleHitsRect = ([cx, cy]: [number, number], r: number, b: Rect) =>
  Math.hypot(cx - Math.max(b.x, Math.min(cx, b.x + b.w)), cy - Math.max(b.y, Math.min(cy, b.y + b.h))) < r;

describe('pendulum readouts never cover a bob (issue #14, item 10)', () => {
  for (const [name, w, h] of [
    ['phone, 390 px wide (scene 364 × 280)', 364, 280],
    ['classroom display, 1920 × 1080 (scene 1500 × 520)', 1500, 520],
    ['school PC, 1280 × 900 (scene 890 × 520)', 890, 520],
  ] as const) {
    it(`${name}: each readout is inside the scene, clear of both swings and of each other`, () => {
      const scene = pendulumScene({ widthPx: w, heightPx: h, ...defaults });
      // what else the view draws: the time (top left) and the energy bars with their label (bottom corners)
      const keepOut: Rect[] = [{ x: 0, y: 0, w: 80, h: 22 }, { x: 0, y: h - 124, w: 73, h: 124 }, { x: w - 73, y: h - 124, w: 73, h: 124 }];
      const boxes = placeReadouts({ widthPx: w, heightPx: h, pendulums: [0, 1].map((i) => ({ pivotXPx: scene.pivotsXPx[i], swing: scene.swings[i] })), sizes: [BLOCK, BLOCK], keepOut });
      for (const [i, b] of boxes.entries()) for (const k of keepOut) expect(overlapArea(b, k), `readout ${i + 1} over ${JSON.stringify(k)}`).toBe(0);
      for (const [i, b] of boxes.entries()) {
        expect(inside(b, w, h), `readout ${i + 1} ${JSON.stringify(b)}`).toBe(true);
        for (const j of [0, 1]) {
          for (const c of bobPath(scene.pivotsXPx[j], scene.scale.originYPx, defaults.lengthsM[j] * scene.scale.pxPerM, defaults.anglesDeg[j])) {
            expect(circleHitsRect(c, scene.bobPx, b), `readout ${i + 1} covers bob ${j + 1} at ${c.map(Math.round)}`).toBe(false);
          }
        }
      }
      expect(overlapArea(boxes[0], boxes[1])).toBe(0);
    });
  }

  it('the old placement (under the support, beside the pivot) covered the second bob on a phone', () => {
    // The view used to write readout 2 centred at pivot + w/6, just under the support.
    const w = 364, h = 280;
    const scene = pendulumScene({ widthPx: w, heightPx: h, ...defaults });
    const old: Rect = { x: scene.pivotsXPx[1] + w / 6 - BLOCK.w / 2, y: scene.scale.originYPx + 20 - 13, w: BLOCK.w, h: BLOCK.h };
    const hits = bobPath(scene.pivotsXPx[1], scene.scale.originYPx, 0.5 * scene.scale.pxPerM, 30).some((c) => circleHitsRect(c, scene.bobPx, old));
    expect(hits).toBe(true);
  });

  it('the swept box covers the arc: 30° of a 100 px rod is ±50 px wide, down to the bottom of the bob', () => {
    // sin 30° = 0.5 (the bob swings ±L sin θ0 sideways); it hangs lowest, L + r, at θ = 0.
    const box = swingBox(200, 30, 100, Math.PI / 6, 10);
    for (const [k, v] of Object.entries({ x: 140, y: 30, w: 120, h: 110 })) expect(box[k as keyof Rect], k).toBeCloseTo(v, 9);
    // beyond 90° the bob rises above the pivot: 150° reaches L |cos 150°| = 86.6 px up
    const over = swingBox(200, 150, 100, (150 * Math.PI) / 180, 10);
    expect(over.y).toBeCloseTo(150 - 100 * Math.cos(Math.PI / 6) - 10, 9);
    expect(over.w).toBeCloseTo(220, 9);
  });
});
