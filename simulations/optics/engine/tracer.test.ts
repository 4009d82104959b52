/**
 * The tracer against closed forms:
 * - law of reflection (angle of reflection = angle of incidence; 人教版 八年级上册 第四章第2节);
 * - Snell's law n₁ sin θ₁ = n₂ sin θ₂ and the lateral shift of a parallel plate d = t sin(θ₁ − θ₂)/cos θ₂
 *   (Hecht, Optics, 5th ed., §4.4 and problem 4.40; 人教版 选择性必修第一册 第四章第1节);
 * - the critical angle sin C = 1/n (人教版 选择性必修第一册 第四章第2节 全反射);
 * - Fresnel reflectance at normal incidence R = ((n − 1)/(n + 1))² (Hecht eq. 4.67);
 * - a prism's minimum deviation n = sin((A + D_min)/2) / sin(A/2) (Hecht eq. 5.54);
 * - the Cauchy dispersion fitted to n_d and V_d: (n_F − n_C) = (n_d − 1)/V_d.
 */
import { describe, expect, it } from 'vitest';
import { prismSolid, planeMirrorElements, rectangleSolid, semicircleSolid } from './elements';
import { indexAt, LAMBDA_C_M, LAMBDA_D_M, LAMBDA_F_M, material, namedMaterial } from './material';
import { CompiledScene, type ElementSpec } from './scene';
import { END_ESCAPED, END_TOTAL_INTERNAL, Tracer, type SourceRay } from './tracer';

const bounds = { x0: -2, y0: -2, x1: 2, y1: 2 };
const deg = (d: number) => (d * Math.PI) / 180;
const glass = material(1.5, 60, false);

function tracer(elements: ElementSpec[]) {
  return new Tracer(new CompiledScene(elements));
}
function ray(x: number, y: number, angleRad: number, wavelengthM = LAMBDA_D_M): SourceRay {
  return { x, y, dx: Math.cos(angleRad), dy: Math.sin(angleRad), wavelengthM, intensity: 1 };
}
/** Direction of piece i of the result. */
function dir(t: Tracer, i: number): [number, number] {
  const s = t.result.seg, o = 4 * i;
  const dx = s[o + 2] - s[o], dy = s[o + 3] - s[o + 1], l = Math.hypot(dx, dy);
  return [dx / l, dy / l];
}

describe('reflection', () => {
  it.each([0, 10, 30, 45, 60, 80])('a plane mirror reflects a ray at %i° from the normal at the same angle on the other side', (a) => {
    // Mirror along y at x = 0 facing −x (normal (−1, 0)); the ray comes from the left, a° below the normal.
    const t = tracer(planeMirrorElements('M1', { xM: 0, yM: 0, rotDeg: 0 }, 0.5));
    t.trace([ray(-0.2, -0.2 * Math.tan(deg(a)), deg(a))], { bounds });
    const r = t.result;
    expect(r.segmentCount).toBe(2);
    const [dx, dy] = dir(t, 1);
    // Angle between the reflected ray and the normal (−1, 0): equal to the incidence, on the other side.
    expect((Math.acos(-dx) * 180) / Math.PI).toBeCloseTo(a, 9);
    expect(dy).toBeCloseTo(Math.sin(deg(a)), 12);
    // Incident, normal and reflected ray lie in one plane (here: the table), and the mirror keeps 90 %.
    expect(r.segIntensity[1]).toBeCloseTo(0.9, 6);
  });

  it('the back of a plane mirror absorbs', () => {
    const t = tracer(planeMirrorElements('M1', { xM: 0, yM: 0, rotDeg: 0 }, 0.5));
    t.trace([ray(0.2, 0, Math.PI)], { bounds });
    expect(t.result.segmentCount).toBe(1);
    expect(t.result.segEnd[0]).not.toBe(END_ESCAPED);
  });
});

describe('refraction', () => {
  it.each([10, 30, 50, 70])("Snell's law at %i° into glass, out parallel, shifted by t·sin(θ₁ − θ₂)/cos θ₂", (a) => {
    const n = 1.5, thickness = 0.05;
    const t = tracer([rectangleSolid('G1', { xM: 0, yM: 0, rotDeg: 0 }, thickness, 1, glass, false)]);
    const start = { x: -0.1, y: -0.1 * Math.tan(deg(a)) };
    // Aim at the face's centre (−0.025, 0).
    const ang = Math.atan2(0 - start.y, -0.025 - start.x);
    t.trace([ray(start.x, start.y, ang)], { bounds });
    expect(t.result.segmentCount).toBe(3);
    const [ix, iy] = dir(t, 1);
    const th1 = ang, th2 = Math.atan2(iy, ix);
    expect(Math.sin(th1)).toBeCloseTo(n * Math.sin(th2), 12);
    const [ox, oy] = dir(t, 2);
    expect(ox).toBeCloseTo(Math.cos(th1), 12);
    expect(oy).toBeCloseTo(Math.sin(th1), 12);
    // Perpendicular distance between the incident line and the emergent line.
    const s = t.result.seg;
    const px = s[8], py = s[9];
    const shift = Math.abs((px - start.x) * Math.sin(th1) - (py - start.y) * Math.cos(th1));
    expect(shift).toBeCloseTo((thickness * Math.sin(th1 - th2)) / Math.cos(th2), 12);
  });

  it('normal incidence: Fresnel reflectance ((n − 1)/(n + 1))² at each face, the rest goes through', () => {
    const n = 1.5163;
    const t = tracer([rectangleSolid('G1', { xM: 0, yM: 0, rotDeg: 0 }, 0.02, 0.2, material(n, 64.1, false), true)]);
    t.trace([ray(-0.1, 0, 0)], { bounds, minIntensity: 1e-6 });
    const R = ((n - 1) / (n + 1)) ** 2;
    const r = t.result;
    // The transmitted ray leaves with (1 − R)²; the first reflection carries R.
    const escaped = [...Array(r.segmentCount).keys()].filter((i) => r.segEnd[i] === END_ESCAPED);
    const forward = escaped.filter((i) => dir(t, i)[0] > 0).map((i) => r.segIntensity[i]);
    const back = escaped.filter((i) => dir(t, i)[0] < 0).map((i) => r.segIntensity[i]).sort((a, b) => b - a);
    expect(forward[0]).toBeCloseTo((1 - R) ** 2, 6);
    expect(back[0]).toBeCloseTo(R, 6);
    expect(R).toBeCloseTo(0.0421, 4);
  });

  it('a source ray marked partial: false goes through with (1 − R)² and gives off no reflections; its neighbour does', () => {
    const n = 1.5163;
    const R = ((n - 1) / (n + 1)) ** 2;
    const t = tracer([rectangleSolid('G1', { xM: 0, yM: 0, rotDeg: 0 }, 0.02, 0.2, material(n, 64.1, false), true)]);
    t.trace([{ ...ray(-0.1, 0, 0), partial: false }, ray(-0.1, 0.01, 0)], { bounds, minIntensity: 1e-6 });
    const r = t.result;
    const of = (k: number) => [...Array(r.segmentCount).keys()].filter((i) => r.segRay[i] === k);
    const escapedBack = (k: number) => of(k).filter((i) => r.segEnd[i] === END_ESCAPED && dir(t, i)[0] < 0);
    expect(escapedBack(0)).toHaveLength(0);
    expect(of(0)).toHaveLength(3);
    expect(r.segIntensity[of(0)[2]]).toBeCloseTo((1 - R) ** 2, 6);
    expect(escapedBack(1).length).toBeGreaterThan(0);
  });

  it('total internal reflection beyond the critical angle sin C = 1/n in a semicircular block', () => {
    const n = 1.5;
    const C = Math.asin(1 / n);
    // Block: flat face along y through O = (0, 0), curved face towards +x. A ray from the curved side aimed at
    // O meets the curved face along a radius (undeviated) and the flat face at θ from its normal (the x axis).
    for (const [theta, tir] of [
      [C - deg(0.5), false],
      [C + deg(0.5), true],
      [deg(60), true],
      [deg(20), false],
    ] as const) {
      const t = tracer([semicircleSolid('G1', { xM: 0, yM: 0, rotDeg: 0 }, 0.05, glass)]);
      const start = { x: 0.1 * Math.cos(theta), y: 0.1 * Math.sin(theta) };
      t.trace([ray(start.x, start.y, Math.PI + theta)], { bounds, partialReflections: false });
      const r = t.result;
      const atO = [...Array(r.segmentCount).keys()].find((i) => Math.hypot(r.seg[4 * i + 2], r.seg[4 * i + 3]) < 1e-9)!;
      expect(r.segEnd[atO] === END_TOTAL_INTERNAL).toBe(tir);
      if (!tir) {
        const [ox, oy] = dir(t, atO + 1);
        expect(Math.abs(oy / Math.hypot(ox, oy))).toBeCloseTo(n * Math.sin(theta), 9);
      }
    }
    expect((C * 180) / Math.PI).toBeCloseTo(41.81, 2);
  });

  it("a prism's minimum deviation gives n = sin((A + D)/2) / sin(A/2)", () => {
    const n = 1.5163, A = 60;
    const t = tracer([prismSolid('P1', { xM: 0, yM: 0, rotDeg: 0 }, A, 0.06, material(n, 64.1, false))]);
    let minDev = Infinity;
    // Rays from the left, aimed at the left face's middle, over a range of directions.
    const left = { x: -0.0075, y: -0.0043 };
    for (let a = -40; a <= 10; a += 0.02) {
      const th = deg(a);
      t.trace([ray(left.x - 0.1 * Math.cos(th), left.y - 0.1 * Math.sin(th), th)], { bounds, partialReflections: false });
      const r = t.result;
      if (r.segmentCount !== 3 || r.segEnd[2] !== END_ESCAPED) continue;
      const [ox, oy] = dir(t, 2);
      const dev = Math.acos(Math.cos(th) * ox + Math.sin(th) * oy);
      minDev = Math.min(minDev, dev);
    }
    const expected = 2 * Math.asin(n * Math.sin(deg(A / 2))) - deg(A);
    expect(minDev).toBeCloseTo(expected, 6);
  });

  it('dispersion: violet is bent more than red; the Cauchy fit keeps n_d and V_d', () => {
    const k9 = namedMaterial('k9');
    expect(indexAt(k9, LAMBDA_D_M)).toBeCloseTo(1.5163, 12);
    expect((indexAt(k9, LAMBDA_D_M) - 1) / (indexAt(k9, LAMBDA_F_M) - indexAt(k9, LAMBDA_C_M))).toBeCloseTo(64.1, 9);
    const t = tracer([prismSolid('P1', { xM: 0, yM: 0, rotDeg: 0 }, 60, 0.06, k9)]);
    const dev = (lambda: number) => {
      t.trace([ray(-0.1, -0.0043 - 0.1 * Math.tan(deg(-20)), deg(-20), lambda)], { bounds, partialReflections: false });
      const [ox, oy] = dir(t, 2);
      return Math.atan2(oy, ox);
    };
    expect(dev(405e-9)).toBeGreaterThan(dev(650e-9));
    const off = namedMaterial('k9', false);
    expect(indexAt(off, 405e-9)).toBe(indexAt(off, 650e-9));
  });
});
