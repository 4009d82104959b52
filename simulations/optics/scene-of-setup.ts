/**
 * The optics bench's setup as an optical scene: each part on the table becomes elements (glass solids,
 * mirrors, absorbers, screens) and light sources (display rays), in table metres. The reflection
 * demonstrator is an instrument of its own (reflection-disc.ts) and is not part of the table's scene.
 * Pure: used by the bench engine (for the setup as it is) and by the view (for a drag in progress).
 */
import type { Setup, SetupPart } from '../bench/setup';
import { SOURCE_WAVELENGTHS_M, wavelengthsOf, type SourceColour } from './engine/colour';
import { designLens, lensElements, pinElement, planeMirrorElements, prismSolid, rectangleSolid, screenElements, semicircleSolid, slitPlateElements, sphericalMirrorElements, type LensShape } from './engine/elements';
import { directionsToward, fanRays } from './engine/imaging';
import { material, type Material } from './engine/material';
import { Frame } from './engine/pose';
import { CompiledScene, type ElementSpec } from './engine/scene';
import { Tracer, type SourceRay } from './engine/tracer';

/** A pin's radius in the plane of the rays (a school pin: 0.7 mm across). */
export const PIN_RADIUS_M = 0.00035;
/** A lamp's filament: 3 mm across (a wide, incoherent source). */
export const FILAMENT_WIDTH_M = 0.003;
/** The flame's colour as traced (sodium-yellow), and an LED object's. */
export const FLAME_WAVELENGTH_M = 589e-9;
export const LED_WAVELENGTH_M = 560e-9;
/** At most this many rays of a ray box show their partial reflections on the table. */
export const DISPLAY_PARTIAL_RAYS = 100;

/** How many rays a point object shows on the table. */
const OBJECT_DISPLAY_RAYS = 21;
const LAMP_DISPLAY_RAYS = 9;

export const LASER_WAVELENGTHS_M: Record<string, number> = { red: 650e-9, green: 532e-9, violet: 405e-9 };
export const FILTER_WAVELENGTHS_M: Record<string, number> = { red: 650e-9, green: 532e-9, blue: 470e-9 };

/** Crown glass disperses like K9 (V_d = 64.1), denser glass like ZF2 flint (V_d = 32.2); water V_d = 55.7. */
export function glassOf(part: SetupPart): Material {
  const n = Number(part.props.refractiveIndex ?? 1.5163);
  const abbe = part.kind === 'water-tank' ? 55.7 : n < 1.6 ? 64.1 : 32.2;
  return material(n, abbe, part.kind === 'water-tank' ? true : part.props.dispersion === true);
}

/** The lens a lens part is (designed once per focal length, diameter and index). */
export function lensShapeOf(part: SetupPart): LensShape {
  const f = Number(part.props.focalLengthM) * (part.kind === 'concave-lens' ? -1 : 1);
  return designLens(f, Number(part.props.diameterM), material(Number(part.props.refractiveIndex), 64.1, false));
}

/** Light a part gives off: what colour(s). */
export function wavelengthsOfPart(part: SetupPart): number[] {
  switch (part.kind) {
    case 'laser':
    case 'reflection-disc':
      return [LASER_WAVELENGTHS_M[String(part.props.colour)] ?? 650e-9];
    case 'ray-box':
      return wavelengthsOf(String(part.props.colour) as SourceColour);
    case 'lamp': {
      const f = String(part.props.filter);
      return f === 'none' ? wavelengthsOf('white') : [FILTER_WAVELENGTHS_M[f] ?? SOURCE_WAVELENGTHS_M.red];
    }
    case 'candle':
      return [FLAME_WAVELENGTH_M];
    case 'led-f':
      return [LED_WAVELENGTH_M];
    default:
      return [];
  }
}

export function isLitObject(part: SetupPart): boolean {
  return (part.kind === 'candle' && part.props.lit === true) || (part.kind === 'led-f' && part.props.on === true);
}

export interface OpticsScene {
  elements: ElementSpec[];
  compiled: CompiledScene;
  tracer: Tracer;
  bounds: { x0: number; y0: number; x1: number; y1: number };
  lensShapes: Map<string, LensShape>;
}

/** The elements of one part (none for sources, eyes and the reflection demonstrator). */
export function elementsOfPart(part: SetupPart, lensShapes?: Map<string, LensShape>): ElementSpec[] {
  const pose = part;
  const num = (name: string) => Number(part.props[name]);
  switch (part.kind) {
    case 'plane-mirror':
      return planeMirrorElements(part.id, pose, num('lengthM'));
    case 'concave-mirror':
      return sphericalMirrorElements(part.id, pose, num('focalLengthM'), num('diameterM'));
    case 'convex-mirror':
      return sphericalMirrorElements(part.id, pose, -num('focalLengthM'), num('diameterM'));
    case 'convex-lens':
    case 'concave-lens': {
      const shape = lensShapeOf(part);
      lensShapes?.set(part.id, shape);
      return lensElements(part.id, pose, shape, glassOf(part));
    }
    case 'glass-plate':
      return [rectangleSolid(part.id, pose, num('thicknessM'), num('lengthM'), material(num('refractiveIndex'), 64.1, false), true)];
    case 'rect-block':
      return [rectangleSolid(part.id, pose, num('thicknessM'), num('lengthM'), glassOf(part), true)];
    case 'semicircle-block':
      return [semicircleSolid(part.id, pose, num('radiusM'), glassOf(part))];
    case 'prism':
      return [prismSolid(part.id, pose, num('apexDeg'), num('sideM'), glassOf(part))];
    case 'water-tank':
      return [rectangleSolid(part.id, pose, num('widthM'), num('depthM'), glassOf(part), true)];
    case 'screen':
      return screenElements(part.id, pose, num('widthM'));
    case 'eyepiece':
      return screenElements(part.id, { ...pose, xM: new Frame(pose).x(-0.02, 0), yM: new Frame(pose).y(-0.02, 0) }, 0.02);
    case 'pin':
      return [pinElement(part.id, pose, PIN_RADIUS_M)];
    case 'single-slit':
      return slitPlateElements(part.id, pose, 0.05, [[0, num('slitWidthMm') / 1000]]);
    case 'double-slit': {
      const d = num('slitSpacingMm') / 1000, a = num('slitWidthMm') / 1000;
      return slitPlateElements(part.id, pose, 0.05, [
        [-d / 2, a],
        [d / 2, a],
      ]);
    }
    case 'grating':
      // Ray optics lets the ruled area (1 cm) through; the orders come from the wave model (wave.ts).
      return slitPlateElements(part.id, pose, 0.05, [[0, 0.01]]);
    default:
      return [];
  }
}

/** Build the scene of a setup (elements, compiled, with a tracer) and the box rays leaving it are drawn to. */
export function sceneOfSetup(setup: Setup): OpticsScene {
  const lensShapes = new Map<string, LensShape>();
  const elements: ElementSpec[] = [];
  let x0 = -0.2, y0 = -0.2, x1 = 1.4, y1 = 0.9;
  for (const p of setup.parts) {
    elements.push(...elementsOfPart(p, lensShapes));
    x0 = Math.min(x0, p.xM - 0.3);
    y0 = Math.min(y0, p.yM - 0.3);
    x1 = Math.max(x1, p.xM + 0.3);
    y1 = Math.max(y1, p.yM + 0.3);
  }
  const compiled = new CompiledScene(elements);
  return { elements, compiled, tracer: new Tracer(compiled), bounds: { x0, y0, x1, y1 }, lensShapes };
}

/** The rays a setup's light sources send out, as drawn on the table (a ray box's beam thinned to `fraction` of its rays). */
export function displaySources(setup: Setup, scene: OpticsScene, fraction = 1): SourceRay[] {
  const rays: SourceRay[] = [];
  for (const p of setup.parts) {
    const f = new Frame(p);
    const w = p.kind === 'laser' ? 0.04 : p.kind === 'ray-box' ? 0.03 : p.kind === 'lamp' ? 0.025 : 0;
    if (p.kind === 'laser' && p.props.on === true) {
      const o = f.point(w, 0), d = f.dir(1, 0);
      for (const l of wavelengthsOfPart(p)) rays.push({ x: o.x, y: o.y, dx: d.x, dy: d.y, wavelengthM: l, intensity: 1 });
    } else if (p.kind === 'ray-box' && p.props.on === true) {
      // `fraction` < 1: fewer rays spread evenly across the same beam (a drag frame on a slow machine).
      const full = Math.max(1, Math.round(Number(p.props.rayCount)));
      const n = Math.max(1, Math.round(full * Math.min(1, fraction))), bw = Number(p.props.beamWidthM), spread = (Number(p.props.spreadDeg) * Math.PI) / 180;
      const lambdas = wavelengthsOfPart(p);
      for (let i = 0; i < n; i++) {
        const s = n === 1 ? 0 : i / (n - 1) - 0.5; // −½ … ½ across the beam
        const o = f.point(w, s * bw), a = s * spread, d = f.dir(Math.cos(a), Math.sin(a));
        // A dense beam shows the faint Fresnel reflections of an evenly spaced sample of its rays: the same
        // pattern, without every one of 2 000 rays multiplying into hundreds of thousands of pieces. A thinned
        // beam keeps the full beam's share of them (so a drag frame's cost per ray stays the full picture's).
        const reflecting = Math.max(1, Math.round(Math.min(DISPLAY_PARTIAL_RAYS, full) * (n / full)));
        const partial = i % Math.ceil(n / reflecting) === 0;
        for (const l of lambdas) rays.push({ x: o.x, y: o.y, dx: d.x, dy: d.y, wavelengthM: l, intensity: 1 / lambdas.length, partial });
      }
    } else if (p.kind === 'lamp' && p.props.on === true) {
      const lambdas = wavelengthsOfPart(p);
      for (let i = 0; i < LAMP_DISPLAY_RAYS; i++) {
        const a = ((i / (LAMP_DISPLAY_RAYS - 1) - 0.5) * 16 * Math.PI) / 180;
        const o = f.point(w, 0), d = f.dir(Math.cos(a), Math.sin(a));
        for (const l of lambdas) rays.push({ x: o.x, y: o.y, dx: d.x, dy: d.y, wavelengthM: l, intensity: 0.5 / lambdas.length });
      }
    } else if (isLitObject(p)) {
      const own = new Set(scene.elements.map((e, i) => (e.id === p.id ? i : -1)).filter((i) => i >= 0));
      const intervals = directionsToward(scene.tracer, p.xM, p.yM, (e) => !own.has(e));
      rays.push(...fanRays(p.xM, p.yM, intervals, OBJECT_DISPLAY_RAYS, wavelengthsOfPart(p)[0], 0.6));
    }
  }
  return rays;
}
