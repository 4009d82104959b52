/**
 * The optics bench's engine: the setup becomes an optical scene (scene-of-setup.ts) traced exactly; what
 * the view and the presets ask of a part is computed from it when first asked and kept until the next edit
 * (optics does not change while time runs: a frame costs nothing once the light has been traced).
 *
 * Values by part (besides any numeric property by its name):
 *   lenses and mirrors: imageDistanceM, magnification, imageKind (1 real, −1 virtual, 0 none), objectDistanceM
 *     — of the first lit object on the table;
 *   screen: blurMm (RMS diameter of the spot of the first lit object's middle), glow;
 *   glass plate: imageDistanceM (the strongest image of the lit candle the plate reflects, behind the plate's
 *     middle), mismatchMm (from an unlit candle to that image);
 *   rectangular or semicircular block with pins: incidenceDeg, refractionDeg, indexFromPins, trueRefractionDeg;
 *     a pin: offsetMm (from the line the light leaves the block along);
 *   reflection demonstrator: incidenceDeg, reflectionDeg (read to 1°; NaN off the card), reflectedOnCard,
 *     trueReflectionDeg;
 *   measuring head: readingMm (the handwheel read to 0.001 mm), intensityAtCrossHair, fringeSpacingMm,
 *     wavelengthNm, slitToScreenM.
 */
import type { SimEvent } from '../core/simulation';
import type { BenchDiagnostic, BenchEngine } from '../bench/engine';
import type { Setup, SetupPart } from '../bench/setup';
import { sightingsOf } from './engine/sight';
import { TraceResult } from './engine/tracer';
import { eyeView, type SeenObject } from './eye-view';
import { imageBy, type SystemImage } from './lens-image';
import { opticsParts } from './parts';
import { pinMethod, type PinMethod } from './pin-method';
import { discRays, type DiscRays } from './reflection-disc';
import { displaySources, isLitObject, sceneOfSetup, type OpticsScene } from './scene-of-setup';
import { screenPicture, type ScreenPicture } from './screen-image';
import { crossHairM, findApparatus, fringeSpacingOf, handwheelReading, intensityAt, type ApparatusProblem, type SlitApparatus } from './slit-apparatus';

const IMAGING = new Set(['convex-lens', 'concave-lens', 'concave-mirror', 'convex-mirror']);
const BLOCKS = new Set(['rect-block', 'semicircle-block']);

/** The rays drawn on the table: pieces (x0, y0, x1, y1), their power and wavelength. */
export interface DisplayRays {
  count: number;
  seg: Float64Array;
  intensity: Float32Array;
  wavelength: Float32Array;
  /** Source rays traced (fewer than the setup sends out when a drag frame thins the beams). */
  traced: number;
}

/**
 * Trace a setup's light for drawing (the engine keeps one for its setup; the view traces a dragged setup itself).
 * With `fraction` < 1, each ray box sends that share of its rays, spread evenly across the same beam (a drag frame
 * on a slow machine shows the beam's shape with fewer rays; the full picture comes when the part is put down).
 */
export function traceForDisplay(setup: Setup, scene: OpticsScene = sceneOfSetup(setup), fraction = 1): DisplayRays {
  const sources = displaySources(setup, scene, fraction);
  const r: TraceResult = scene.tracer.trace(sources, { bounds: scene.bounds, minIntensity: 0.01 });
  const n = r.segmentCount;
  return { count: n, seg: r.seg.slice(0, 4 * n), intensity: r.segIntensity.slice(0, n), wavelength: r.segWavelength.slice(0, n), traced: sources.length };
}

export class OpticsBenchEngine implements BenchEngine {
  readonly catalog = opticsParts;
  private setup: Setup | null = null;
  private scene: OpticsScene | null = null;
  private cache = new Map<string, unknown>();

  private geometryKey = '';

  configure(setup: Setup): void {
    this.setup = setup;
    // Turning the measuring head's handwheel changes no light: keep the traced scene and what was worked out.
    const key = JSON.stringify(setup.parts.map((p) => (p.kind === 'eyepiece' ? { ...p, props: { ...p.props, handwheelMm: 0 } } : p)));
    if (key === this.geometryKey && this.scene) return;
    this.geometryKey = key;
    this.scene = sceneOfSetup(setup);
    this.cache.clear();
  }

  reset(setup: Setup): void {
    this.geometryKey = '';
    this.configure(setup);
  }

  step(): SimEvent[] {
    return [];
  }

  /** The scene of the current setup (for the view's panels). */
  get opticsScene(): OpticsScene | null {
    return this.scene;
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  private part(id: string): SetupPart | undefined {
    return this.setup?.parts.find((p) => p.id === id);
  }

  private firstLit(): SetupPart | undefined {
    return this.setup?.parts.find(isLitObject);
  }

  displayRays(): DisplayRays {
    return this.memo('display', () => (this.setup && this.scene ? traceForDisplay(this.setup, this.scene) : { count: 0, seg: new Float64Array(), intensity: new Float32Array(), wavelength: new Float32Array(), traced: 0 }));
  }

  imageOf(elementId: string): SystemImage | null {
    return this.memo(`image:${elementId}`, () => {
      const el = this.part(elementId), obj = this.firstLit();
      return el && obj && this.scene && IMAGING.has(el.kind) ? imageBy(this.scene, el, obj) : null;
    });
  }

  screenPicture(screenId: string): ScreenPicture | null {
    return this.memo(`screen:${screenId}`, () => {
      const s = this.part(screenId);
      return s && this.scene && this.setup ? screenPicture(this.scene, this.setup, s) : null;
    });
  }

  eyeView(eyeId: string): SeenObject[] {
    return this.memo(`eye:${eyeId}`, () => {
      const e = this.part(eyeId);
      return e && this.scene && this.setup ? eyeView(this.scene, this.setup, e) : [];
    });
  }

  pinMethod(blockId: string): PinMethod | null {
    return this.memo(`pins:${blockId}`, () => {
      const b = this.part(blockId);
      return b && this.scene && this.setup && BLOCKS.has(b.kind) ? pinMethod(this.setup, b, this.scene) : null;
    });
  }

  disc(discId: string): DiscRays | null {
    return this.memo(`disc:${discId}`, () => {
      const d = this.part(discId);
      return d?.kind === 'reflection-disc' ? discRays(d) : null;
    });
  }

  apparatus(eyepieceId: string): SlitApparatus | ApparatusProblem | null {
    return this.memo(`slits:${eyepieceId}`, () => {
      const e = this.part(eyepieceId);
      return e?.kind === 'eyepiece' && this.setup ? findApparatus(this.setup, e) : null;
    });
  }

  /** The strongest image of the lit candle in a glass plate (one reflection), as an eye in front of it finds it. */
  private plateImage(plate: SetupPart): { x: number; y: number } | null {
    return this.memo(`plate:${plate.id}`, () => {
      const obj = this.firstLit();
      if (!obj || !this.scene) return null;
      // Look from a little way back on the candle's side, off to one side of it.
      const dx = obj.xM - plate.xM, dy = obj.yM - plate.yM, l = Math.hypot(dx, dy) || 1;
      const eye = { x: obj.xM + (0.15 * dx) / l - (0.05 * dy) / l, y: obj.yM + (0.15 * dy) / l + (0.05 * dx) / l };
      const seen = sightingsOf(this.scene.tracer, obj.xM, obj.yM, eye.x, eye.y, { trace: { bounds: this.scene.bounds, minIntensity: 0.004 }, wavelengthM: 589e-9 }).filter((s) => s.reflections === 1 && Number.isFinite(s.imageX));
      return seen.length ? { x: seen[0].imageX, y: seen[0].imageY } : null;
    });
  }

  value(partId: string, name: string): number {
    const part = this.part(partId);
    if (!part) return NaN;
    if (typeof part.props[name] === 'number') return part.props[name] as number;
    switch (part.kind) {
      case 'convex-lens':
      case 'concave-lens':
      case 'concave-mirror':
      case 'convex-mirror': {
        const im = this.imageOf(partId);
        if (!im) return NaN;
        if (name === 'imageDistanceM') return im.imageDistanceM;
        if (name === 'magnification') return im.magnification;
        if (name === 'imageKind') return im.kind === 'real' ? 1 : im.kind === 'virtual' ? -1 : 0;
        if (name === 'objectDistanceM') return im.objectDistanceM;
        return NaN;
      }
      case 'screen': {
        const pic = this.screenPicture(partId);
        const obj = this.firstLit();
        if (!pic || !obj) return NaN;
        if (name === 'blurMm') return (pic.blurM.get(obj.id) ?? NaN) * 1000;
        if (name === 'glow') return pic.glow;
        return NaN;
      }
      case 'glass-plate': {
        const im = this.plateImage(part);
        if (!im) return NaN;
        const a = (part.rotDeg * Math.PI) / 180, ux = Math.cos(a), uy = Math.sin(a);
        if (name === 'imageDistanceM') return Math.abs((im.x - part.xM) * ux + (im.y - part.yM) * uy);
        if (name === 'mismatchMm') {
          const b = this.setup?.parts.find((p) => p.kind === 'candle' && p.props.lit !== true);
          return b ? Math.hypot(b.xM - im.x, b.yM - im.y) * 1000 : NaN;
        }
        return NaN;
      }
      case 'rect-block':
      case 'semicircle-block': {
        const pm = this.pinMethod(partId);
        if (!pm) return NaN;
        if (name === 'incidenceDeg') return pm.incidenceDeg;
        if (name === 'refractionDeg') return pm.refractionDeg;
        if (name === 'indexFromPins') return pm.indexFromPins;
        if (name === 'trueRefractionDeg') return pm.trueRefractionDeg;
        return NaN;
      }
      case 'pin': {
        if (name !== 'offsetMm') return NaN;
        const block = this.setup?.parts.find((p) => BLOCKS.has(p.kind));
        const pm = block ? this.pinMethod(block.id) : null;
        return (pm?.offsetM.get(partId) ?? NaN) * 1000;
      }
      case 'reflection-disc': {
        const d = this.disc(partId);
        if (!d) return NaN;
        if (name === 'incidenceDeg') return d.incidenceReadDeg;
        if (name === 'reflectionDeg') return d.reflectionReadDeg;
        if (name === 'reflectedOnCard') return d.onCard ? 1 : 0;
        if (name === 'trueReflectionDeg') return Math.abs(d.reflectedDeg);
        return NaN;
      }
      case 'eyepiece': {
        const hw = Number(part.props.handwheelMm);
        if (name === 'readingMm') return handwheelReading(hw).readM * 1000;
        const a = this.apparatus(partId);
        if (!a || typeof a === 'string') return NaN;
        if (name === 'intensityAtCrossHair') return intensityAt(a, crossHairM(hw)).reduce((s, v) => s + v, 0) / a.wavelengthsM.length;
        if (name === 'fringeSpacingMm') return this.memo(`fringes:${partId}`, () => fringeSpacingOf(a)) * 1000;
        if (name === 'wavelengthNm') return a.wavelengthsM.length === 1 ? a.wavelengthsM[0] * 1e9 : NaN;
        if (name === 'slitToScreenM') return a.screenDistanceM;
        return NaN;
      }
      default:
        return NaN;
    }
  }

  diagnostics(): BenchDiagnostic[] {
    const out: BenchDiagnostic[] = [];
    if (!this.setup || !this.scene) return out;
    for (const [id, shape] of this.scene.lensShapes) {
      const p = this.part(id);
      if (p && shape.diameterM < Number(p.props.diameterM) - 1e-9) out.push({ key: 'optics.diag.apertureReduced', vars: { part: id, diameterMm: Math.round(shape.diameterM * 1000) }, parts: [id], severity: 'info' });
    }
    for (const p of this.setup.parts) {
      if (p.kind === 'eyepiece') {
        const a = this.apparatus(p.id);
        if (typeof a === 'string') out.push({ key: `optics.diag.${a}`, vars: { part: p.id }, parts: [p.id], severity: 'warning' });
        else if (a && !a.singleSlitPart) out.push({ key: 'optics.diag.noSingleSlit', vars: { part: p.id }, parts: [p.id], severity: 'info' });
      }
      if (IMAGING.has(p.kind) && this.setup.parts.some((s) => s.kind === 'screen')) {
        const im = this.imageOf(p.id);
        if (im?.kind === 'virtual') out.push({ key: 'optics.diag.virtualImage', vars: { part: p.id }, parts: [p.id], severity: 'info' });
      }
    }
    return out;
  }

  state(): unknown {
    return null;
  }

  restore(): void {
    // Nothing beyond the setup: optics has no state of its own.
  }
}
