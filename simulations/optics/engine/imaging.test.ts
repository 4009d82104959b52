/**
 * Images found from traced pencils against the paraxial closed forms:
 * - a thick lens's focal length and principal planes (Hecht, Optics, 5th ed., eqs. 6.2–6.4) for paraxial rays;
 * - the thin-lens equation 1/u + 1/v = 1/f and m = −v/u (人教版 八年级上册 第五章第3节 凸透镜成像的规律;
 *   选择性必修第一册 第四章) for object distances outside 2f, at 2f, between f and 2f, inside f (a virtual,
 *   upright, magnified image), and for a concave lens (virtual, upright, diminished);
 * - a concave mirror's focus at R/2 and its images (Hecht §5.4).
 * Measured from the lens centre, the thin-lens equation holds to within the thick lens's principal-plane
 * offsets (reported in model.md); measured from the principal planes, the Gaussian equation holds to 1e-4.
 */
import { describe, expect, it } from 'vitest';
import { designLens, lensElements, sphericalMirrorElements } from './elements';
import { bestFocus, fanRays, imageOfPoint, outgoingGroups, mainPencil } from './imaging';
import { namedMaterial } from './material';
import { thinLensImage } from './paraxial';
import { CompiledScene } from './scene';
import { Tracer } from './tracer';

const bounds = { x0: -5, y0: -5, x1: 5, y1: 5 };
const k9 = namedMaterial('k9', false);
const axis = { x: 0, y: 0, ux: 1, uy: 0 };
const lambda = 587.56e-9;

function lensTracer(fM: number, diameterM = 0.05) {
  const shape = designLens(fM, diameterM, k9);
  return { tracer: new Tracer(new CompiledScene(lensElements('L1', { xM: 0, yM: 0, rotDeg: 0 }, shape, k9))), shape };
}

describe('thick lens', () => {
  it.each([0.05, 0.1, 0.2, -0.1])('the designed lens of f = %f m has that focal length (Hecht 6.2) and paraxial rays meet at its focus', (f) => {
    const { tracer, shape } = lensTracer(f);
    expect(shape.focalLengthM).toBeCloseTo(f, 12);
    // A parallel paraxial beam (heights up to 0.1 mm): back focus = H′ + f.
    const rays = [-1e-4, -5e-5, 5e-5, 1e-4].map((h) => ({ x: -0.5, y: h, dx: 1, dy: 0, wavelengthM: lambda, intensity: 1 }));
    tracer.trace(rays, { bounds });
    const focus = bestFocus(mainPencil(outgoingGroups(tracer)), axis);
    expect(focus.sM).toBeCloseTo(shape.h2FromCentreM + f, 6);
    expect(focus.kind).toBe(f > 0 ? 'real' : 'virtual');
  });

  it('a strong lens of a large diameter shrinks its aperture to what its radius allows', () => {
    const s = designLens(0.03, 0.08, k9);
    expect(s.diameterM).toBeLessThan(0.08);
    expect(s.focalLengthM).toBeCloseTo(0.03, 12);
  });
});

describe('convex lens images (thin-lens equation)', () => {
  const f = 0.1;
  const { tracer, shape } = lensTracer(f);
  const towards = () => true;
  // u from the lens centre; Gaussian distances from the principal planes.
  it.each([0.5, 0.3, 0.2, 0.15, 0.12, 0.08, 0.05])('u = %f m: image where 1/u + 1/v = 1/f says, magnification −v/u', (u) => {
    // Narrow pencil (0.5 mm of the aperture): paraxial.
    const narrow = { towards, rays: 21, wavelengthM: lambda, trace: { bounds } };
    const h = 0.0005;
    const paraxialTracer = new Tracer(new CompiledScene(lensElements('L1', { xM: 0, yM: 0, rotDeg: 0 }, { ...shape, diameterM: 2 * h }, k9).slice(0, 1)));
    const { focus } = imageOfPoint(paraxialTracer, { x: -u, y: 0 }, axis, narrow);
    const sO = u + shape.h1FromCentreM; // from H (h1 < 0 for a biconvex lens: H lies after the first vertex)
    const gauss = thinLensImage(sO, f);
    expect(focus.kind).toBe(u > f ? 'real' : 'virtual');
    expect(Math.abs(focus.sM - shape.h2FromCentreM - gauss.vM)).toBeLessThan(2e-4 * Math.abs(gauss.vM) + 1e-5);
    // The textbook's equation with distances from the lens centre: off by the principal planes only, the
    // error growing as (v/u)² near the focus (dv/du = −v²/u²).
    const thin = thinLensImage(u, f);
    const offset = Math.abs(shape.h1FromCentreM) + Math.abs(shape.h2FromCentreM);
    expect(Math.abs(focus.sM - thin.vM)).toBeLessThan(((thin.vM / u) ** 2 + 1) * offset);
    // Magnification from an off-axis point 1 mm across.
    const off = imageOfPoint(paraxialTracer, { x: -u, y: -0.001 }, axis, narrow);
    // Across the axis (1, 0) is (0, 1): the object sits at −1 mm, its image at m × (−1 mm).
    const m = off.focus.transverseM / -0.001;
    expect(Math.abs(m - gauss.magnification)).toBeLessThan(2e-3 * Math.abs(gauss.magnification));
    expect(Math.sign(m)).toBe(Math.sign(thin.magnification));
  });

  it('u = f: the rays leave parallel, no image', () => {
    const { focus } = imageOfPoint(tracer, { x: -(f + shape.h1FromCentreM), y: 0 }, axis, { towards, rays: 21, wavelengthM: lambda, trace: { bounds } });
    // Full aperture: spherical aberration makes the marginal rays cross; the paraxial ones stay parallel.
    expect(focus.kind === 'none' || Math.abs(focus.sM) > 1).toBe(true);
  });

  it('the full aperture focuses a little short of the paraxial image (spherical aberration)', () => {
    const wide = imageOfPoint(tracer, { x: -0.3, y: 0 }, axis, { towards, rays: 81, wavelengthM: lambda, trace: { bounds } });
    const paraxialV = thinLensImage(0.3 + shape.h1FromCentreM, f).vM + shape.h2FromCentreM;
    expect(wide.focus.sM).toBeLessThan(paraxialV);
    expect(paraxialV - wide.focus.sM).toBeLessThan(0.01);
  });
});

describe('concave lens and mirrors', () => {
  it('a concave lens gives a virtual, upright, smaller image on the object side', () => {
    const shape = designLens(-0.1, 0.04, k9);
    // A narrow pencil (1 mm of the aperture): paraxial.
    const tracer = new Tracer(new CompiledScene(lensElements('L1', { xM: 0, yM: 0, rotDeg: 0 }, { ...shape, diameterM: 0.001 }, k9).slice(0, 1)));
    for (const u of [0.3, 0.1, 0.05]) {
      const { focus } = imageOfPoint(tracer, { x: -u, y: 0 }, axis, { towards: () => true, rays: 21, wavelengthM: lambda, trace: { bounds } });
      const g = thinLensImage(u + shape.h1FromCentreM, -0.1);
      expect(focus.kind).toBe('virtual');
      expect(focus.sM - shape.h2FromCentreM).toBeCloseTo(g.vM, 5);
    }
  });

  it('a concave mirror brings parallel paraxial light to R/2, and images by 1/u + 1/v = 1/f', () => {
    const f = 0.1;
    const tracer = new Tracer(new CompiledScene(sphericalMirrorElements('M1', { xM: 0, yM: 0, rotDeg: 0 }, f, 0.06)));
    // The mirror faces −x: reflected light travels in −x, so the axis for the image points that way.
    const back = { x: 0, y: 0, ux: -1, uy: 0 };
    tracer.trace(
      [-1e-4, 1e-4].map((h) => ({ x: -0.5, y: h, dx: 1, dy: 0, wavelengthM: lambda, intensity: 1 })),
      { bounds },
    );
    expect(bestFocus(mainPencil(outgoingGroups(tracer)), back).sM).toBeCloseTo(f, 7);
    for (const u of [0.3, 0.15, 0.05]) {
      tracer.trace(fanRays(-u, 0, [[-0.002 / u, 0.002 / u]], 11, lambda), { bounds });
      const focus = bestFocus(mainPencil(outgoingGroups(tracer)), back);
      const g = thinLensImage(u, f);
      expect(focus.sM).toBeCloseTo(g.vM, 4);
      expect(focus.kind).toBe(u > f ? 'real' : 'virtual');
    }
  });
});
