/**
 * What the eye sees, against closed forms:
 * - a plane mirror's image is as far behind the mirror as the object is in front, the same size, reversed
 *   left to right (人教版 八年级上册 第四章第3节 平面镜成像);
 * - a glass plate gives two images, one from each face, the far one deeper by about 2t/n (the reason the
 *   experiment uses a thin plate);
 * - a point under water (or behind a glass block) seen straight on appears at depth/n (apparent depth,
 *   Hecht §5.2.3); a pin seen through a parallel block appears shifted by t sin(θ₁ − θ₂)/cos θ₂;
 * - a convex lens used as a magnifier: the virtual image at v = uf/(u − f) in front of the lens, upright,
 *   angular size larger (人教版 八年级上册 第五章第2节 生活中的透镜).
 */
import { describe, expect, it } from 'vitest';
import { designLens, lensElements, planeMirrorElements, rectangleSolid } from './elements';
import { material, namedMaterial } from './material';
import { thinLensImage } from './paraxial';
import { CompiledScene, type ElementSpec } from './scene';
import { sightingsOf } from './sight';
import { Tracer } from './tracer';

const trace = { bounds: { x0: -2, y0: -2, x1: 2, y1: 2 } };
const lambda = 589e-9;
const opts = { trace, wavelengthM: lambda };
const tracerOf = (els: ElementSpec[]) => new Tracer(new CompiledScene(els));

describe('plane mirror', () => {
  it('the image is as far behind as the object is in front, same size, laterally reversed', () => {
    const t = tracerOf(planeMirrorElements('M1', { xM: 0, yM: 0, rotDeg: 0 }, 0.3));
    // Object 0.12 m in front (x = −0.12), eye off to the side.
    const seen = sightingsOf(t, -0.12, 0.03, -0.25, -0.05, opts);
    const viaMirror = seen.find((s) => s.reflections === 1)!;
    expect(viaMirror.imageX).toBeCloseTo(0.12, 6);
    expect(viaMirror.imageY).toBeCloseTo(0.03, 6);
    expect(viaMirror.handedness).toBe(-1);
    // Same size: the angular scale is 1/(distance to the image).
    const d = Math.hypot(0.12 + 0.25, 0.03 + 0.05);
    expect(viaMirror.apparentDistanceM).toBeCloseTo(d, 6);
    expect(viaMirror.angularScalePerM * d).toBeCloseTo(1, 3);
    // The eye also sees the object directly.
    const direct = seen.find((s) => s.reflections === 0)!;
    expect(direct.handedness).toBe(1);
    expect(direct.imageX).toBeCloseTo(-0.12, 6);
  });
});

describe('glass plate', () => {
  it('two faint images, one from each face; the far one about 2t/n deeper', () => {
    const n = 1.5163, t = 0.005;
    const tr = tracerOf([rectangleSolid('G1', { xM: 0, yM: 0, rotDeg: 0 }, t, 0.2, material(n, 64.1, false), true)]);
    // Object 0.1 m in front of the front face (x = −t/2), eye nearly straight in front.
    const seen = sightingsOf(tr, -0.1 - t / 2, 0, -0.3, -0.01, opts).filter((s) => s.reflections === 1);
    expect(seen.length).toBe(2);
    const [front, back] = [...seen].sort((a, b) => a.imageX - b.imageX);
    expect(front.imageX).toBeCloseTo(0.1 - t / 2, 6);
    expect(back.imageX - front.imageX).toBeCloseTo((2 * t) / n, 3);
    // Each is a few per cent of the light: R at near-normal incidence ≈ 4.2 %.
    expect(front.intensity).toBeGreaterThan(0.03);
    expect(front.intensity).toBeLessThan(0.05);
  });
});

describe('through glass and water', () => {
  it('a point under 0.1 m of water seen from straight above appears at 0.1/n', () => {
    const water = namedMaterial('water', false);
    const tr = tracerOf([rectangleSolid('W1', { xM: 0, yM: 0, rotDeg: 0 }, 0.4, 0.3, water, true)]);
    // Water fills x ∈ [−0.2, 0.2]; the surface is x = −0.2; the point is 0.1 m below it; the eye 0.3 m above.
    const seen = sightingsOf(tr, -0.1, 0, -0.5, 0.0005, opts).filter((s) => s.reflections === 0);
    expect(seen[0].imageX - -0.2).toBeCloseTo(0.1 / 1.333, 4);
  });

  it('a pin behind a parallel block appears shifted sideways by t·sin(θ₁ − θ₂)/cos θ₂', () => {
    const n = 1.5, t = 0.05;
    const tr = tracerOf([rectangleSolid('G1', { xM: 0, yM: 0, rotDeg: 0 }, t, 0.3, material(n, 60, false), false)]);
    // The pin 0.1 m left of the block, the eye far off on the right, looking back at about 30° from the normal.
    const th = Math.PI / 6;
    const px = -0.1 - t / 2, py = 0.1 * Math.tan(th);
    const ex = 1.5, ey = -1.5 * Math.tan(th);
    const seen = sightingsOf(tr, px, py, ex, ey, { ...opts, startOffsetM: 0.0003 }).filter((s) => s.reflections === 0)[0];
    // The light leaves the block parallel to the way it came in: the pin lies off the line of sight by the shift.
    const th1 = Math.abs(Math.atan2(seen.uy, -seen.ux)), th2 = Math.asin(Math.sin(th1) / n);
    const offLine = Math.abs(seen.ux * (py - ey) - seen.uy * (px - ex));
    expect(offLine).toBeCloseTo((t * Math.sin(th1 - th2)) / Math.cos(th2), 6);
  });
});

describe('magnifier', () => {
  it('an object inside f seen through a convex lens: virtual, upright, where 1/u + 1/v = 1/f says', () => {
    const k9 = namedMaterial('k9', false);
    const shape = designLens(0.1, 0.05, k9);
    const tr = tracerOf(lensElements('L1', { xM: 0, yM: 0, rotDeg: 0 }, shape, k9));
    const u = 0.06;
    const seen = sightingsOf(tr, -u, 0.0, 0.25, 0.0001, opts).find((s) => s.sig !== 0)!;
    const g = thinLensImage(u + shape.h1FromCentreM, 0.1);
    // Seen from 0.25 m behind the lens through its middle: the image is (nearly) the paraxial one.
    expect(seen.imageX - shape.h2FromCentreM).toBeCloseTo(g.vM, 2);
    expect(seen.handedness).toBe(1);
    // Larger than the object looks from the same place without the lens.
    expect(seen.angularScalePerM).toBeGreaterThan(1 / (0.25 + u));
  });
});
