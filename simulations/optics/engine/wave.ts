/**
 * Wave optics of slits for the double-slit and grating experiments: the Fraunhofer intensity of N slits of
 * width a and spacing d (Hecht, Optics, 5th ed., eq. 10.32; 人教版 选择性必修第一册 第四章第3–5节):
 *
 *   I(θ) = I₀ · [sin β / β]² · [sin Nα / (N sin α)]²,   β = π a sin θ / λ,   α = π d sin θ / λ
 *
 * normalised to 1 at the centre. On a screen at distance L, sin θ = x / √(x² + L²). The fringes' spacing is
 * not put in: it comes out of the pattern (fringe peaks are found numerically), and the tests compare it
 * with Δx = Lλ/d. Light from a source slit of width w at distance D in front is partially coherent: each
 * point of the source slit, at s across, lights the slits with a tilt s/D and shifts the pattern; the screen
 * shows the sum over the source slit (van Cittert–Zernike; for two slits the fringe visibility is
 * |sinc(π w d / (λ D))|, Hecht §12.3). Without a source slit the lamp's filament is that source, and the
 * fringes wash out.
 */

export interface SlitSet {
  /** 1: single slit; 2: double slit; more: a grating. */
  slitCount: number;
  slitWidthM: number;
  /** Centre-to-centre spacing d (ignored for one slit). */
  slitSpacingM: number;
}

export interface SourceSlit {
  widthM: number;
  /** From the source slit to the slits. */
  distanceM: number;
}

/** Fraunhofer intensity (1 at the centre) for sin θ. */
export function fraunhoferIntensity(slits: SlitSet, wavelengthM: number, sinTheta: number): number {
  const beta = (Math.PI * slits.slitWidthM * sinTheta) / wavelengthM;
  const envelope = Math.abs(beta) < 1e-9 ? 1 : (Math.sin(beta) / beta) ** 2;
  if (slits.slitCount <= 1) return envelope;
  const alpha = (Math.PI * slits.slitSpacingM * sinTheta) / wavelengthM;
  const s = Math.sin(alpha);
  // At a principal maximum (sin α → 0) the ratio tends to ±1.
  const ratio = Math.abs(s) < 1e-9 ? 1 : Math.sin(slits.slitCount * alpha) / (slits.slitCount * s);
  return envelope * ratio * ratio;
}

/** How many points of the source slit to sum so its phase spread is sampled finely (at most 400). */
export function sourceSamples(slits: SlitSet, wavelengthM: number, source: SourceSlit | null): number {
  if (!source || !(source.widthM > 0)) return 1;
  const span = slits.slitCount > 1 ? slits.slitSpacingM * (slits.slitCount - 1) : slits.slitWidthM;
  const cycles = (source.widthM * span) / (wavelengthM * source.distanceM);
  return Math.min(400, Math.ceil(cycles * 24) + 16);
}

/** Intensity on a screen at distance L, at x across, lit through a source slit (or a coherent plane wave when null). */
export function screenIntensity(slits: SlitSet, wavelengthM: number, screenDistanceM: number, xM: number, source: SourceSlit | null = null, samples = sourceSamples(slits, wavelengthM, source)): number {
  const sinTheta = xM / Math.hypot(xM, screenDistanceM);
  if (samples <= 1 || !source) return fraunhoferIntensity(slits, wavelengthM, sinTheta);
  let sum = 0;
  for (let k = 0; k < samples; k++) {
    const s = ((k + 0.5) / samples - 0.5) * source.widthM;
    sum += fraunhoferIntensity(slits, wavelengthM, sinTheta + s / Math.hypot(s, source.distanceM));
  }
  return sum / samples;
}

/** Refine the extremum at sample i of v (spacing h from x0) by a parabola through its neighbours. */
function vertex(v: number[], i: number, x0: number, h: number): number {
  if (i <= 0 || i >= v.length - 1) return x0 + i * h;
  const den = v[i - 1] - 2 * v[i] + v[i + 1];
  return x0 + (i + (den !== 0 ? (0.5 * (v[i - 1] - v[i + 1])) / den : 0)) * h;
}

/** Local maxima of f on [x0, x1] (sampled n times, refined by a parabola through the three samples around each). */
export function peaks(f: (x: number) => number, x0: number, x1: number, n: number, minValue = 1e-6): number[] {
  const h = (x1 - x0) / (n - 1);
  const v = Array.from({ length: n }, (_, i) => f(x0 + i * h));
  const out: number[] = [];
  for (let i = 1; i < n - 1; i++) if (v[i] >= v[i - 1] && v[i] > v[i + 1] && v[i] > minValue) out.push(vertex(v, i, x0, h));
  return out;
}

/**
 * Bright fringes on the screen near the centre (within ±halfWidthM), found from the pattern: the maxima that
 * reach at least 0.3 of the single-slit envelope there (a grating's weak secondary maxima do not), each placed
 * midway between the dark fringes on either side of it, which is where a student sets the cross-hair (the
 * envelope's slope pulls the intensity peak itself slightly towards the centre; the dark fringes, zeros of
 * the interference term, stay exactly at d sin θ = (k + ½)λ).
 */
export function brightFringes(slits: SlitSet, wavelengthM: number, screenDistanceM: number, halfWidthM: number, source: SourceSlit | null = null): number[] {
  const samples = sourceSamples(slits, wavelengthM, source);
  const expected = (wavelengthM * screenDistanceM) / Math.max(slits.slitSpacingM, slits.slitWidthM);
  const perFringe = slits.slitCount > 2 ? 16 * slits.slitCount : 80;
  const n = Math.min(400_000, Math.max(2001, Math.ceil(((2 * halfWidthM) / expected) * perFringe)));
  const h = (2 * halfWidthM) / (n - 1), x0 = -halfWidthM;
  const v = Array.from({ length: n }, (_, i) => screenIntensity(slits, wavelengthM, screenDistanceM, x0 + i * h, source, samples));
  const envelope = (x: number) => fraunhoferIntensity({ slitCount: 1, slitWidthM: slits.slitWidthM, slitSpacingM: 0 }, wavelengthM, x / Math.hypot(x, screenDistanceM));
  const out: number[] = [];
  for (let i = 1; i < n - 1; i++) {
    if (!(v[i] >= v[i - 1] && v[i] > v[i + 1])) continue;
    const x = x0 + i * h;
    if (v[i] < 0.3 * envelope(x) || v[i] < 1e-4) continue;
    let l = i, r = i;
    while (l > 0 && v[l - 1] <= v[l]) l--;
    while (r < n - 1 && v[r + 1] <= v[r]) r++;
    if (l === 0 || r === n - 1) continue; // a dark fringe beyond the window: not a whole fringe
    out.push((vertex(v, l, x0, h) + vertex(v, r, x0, h)) / 2);
  }
  return out;
}

/**
 * Mean spacing of the bright fringes nearest the centre (up to `count` on each side), as a student measures
 * it over several fringes: (x_last − x_first)/(fringes − 1). NaN when fewer than two fringes show.
 */
export function fringeSpacing(slits: SlitSet, wavelengthM: number, screenDistanceM: number, source: SourceSlit | null = null, count = 3): number {
  const guess = (wavelengthM * screenDistanceM) / slits.slitSpacingM;
  const found = brightFringes(slits, wavelengthM, screenDistanceM, guess * (count + 0.5), source).filter((x) => Math.abs(x) <= guess * (count + 0.5));
  if (found.length < 2) return NaN;
  return (found[found.length - 1] - found[0]) / (found.length - 1);
}

/** Visibility (I_max − I_min)/(I_max + I_min) of the fringes around the centre. */
export function fringeVisibility(slits: SlitSet, wavelengthM: number, screenDistanceM: number, source: SourceSlit | null): number {
  const dx = (wavelengthM * screenDistanceM) / slits.slitSpacingM;
  const samples = sourceSamples(slits, wavelengthM, source);
  let max = 0, min = Infinity;
  for (let i = -100; i <= 100; i++) {
    const v = screenIntensity(slits, wavelengthM, screenDistanceM, (i / 100) * dx, source, samples);
    max = Math.max(max, v);
    min = Math.min(min, v);
  }
  return (max - min) / (max + min);
}
