/**
 * Estimating the size of an oleic acid molecule with an oil film (用油膜法估测油酸分子的大小, 人教版 物理 选择性必修
 * 第三册 第一章第2节 实验): oleic acid diluted in alcohol (e.g. 1 mL in 500 mL); N drops of the solution make 1 mL in a
 * 10 mL cylinder, so one drop holds V = (1/N mL) × (1/500) of pure oleic acid. On water dusted with talc (痱子粉) the
 * alcohol dissolves and evaporates and the acid spreads into a layer one molecule thick, d ≈ 1.1 × 10⁻⁹ m (the
 * molecule's length; the textbook says "of the order 10⁻¹⁰ m" for molecules in general), so its area is S = V/d.
 * A glass plate with a 1 cm grid laid on the tray: the student counts the squares the outline covers, more than
 * half a square counted as one, less than half left out (多于半个的算一个，不足半个的舍去), and works out d = V/S.
 *
 * The outline is an irregular closed curve from a seeded generator (each student's film differs), scaled to the
 * area the film has now. It spreads over a few seconds (counted too early, S is too small and d too large); too
 * much talc keeps it from spreading fully (S small, d large); without talc its edge cannot be seen; pure oleic acid
 * would need a film of square metres, far larger than the tray. Pure functions, no DOM.
 */
import { SeededRandom } from '../core/rng';

/** The oleic acid molecule's length, m (about 1.1 nm; Langmuir's monolayers of fatty acids). */
export const OLEIC_ACID_LENGTH_M = 1.1e-9;
/** The grid's square, m (1 cm). */
export const GRID_M = 0.01;
/** How quickly the film reaches its final area after the drop lands, s (time constant). */
export const SPREAD_TAU_S = 2;
/** Share of the free area a film reaches under too much talc (the powder holds its edge back). */
export const THICK_TALC_SHARE = 0.6;

export type Talc = 'none' | 'thin' | 'thick';
export const TALC_LAYERS: readonly Talc[] = ['none', 'thin', 'thick'];

/**
 * The oleic acid alcohol solutions a student may take, by name: 1 mL of oleic acid made up with alcohol to 200, 500 or
 * 1000 mL (the textbook's example is 1 mL in 500 mL; 人教版 选择性必修第三册 第一章第2节), as the share of acid.
 */
export const OLEIC_SOLUTIONS: Readonly<Record<string, number>> = { oleic200: 1 / 200, oleic500: 1 / 500, oleic1000: 1 / 1000 };

/**
 * One drop of the alcohol solution from the dropper, mL. By Tate's law a drop's mass is proportional to the liquid's
 * surface tension, so its volume to γ/ρ: water 72.0 mN/m, 0.998 g/mL; ethanol 22.3 mN/m, 0.789 g/mL (CRC Handbook,
 * surface tension of liquids, 20 °C) make the alcohol drop 0.39 of the dropper's 0.05 mL water drop: 0.0196 mL, about
 * 51 drops to the millilitre. The student does not know this; they count it in the small cylinder.
 */
export const OLEIC_SOLUTION_DROP_ML = 0.05 * (22.3 / 0.789) / (72.0 / 0.998);

/** Share of acid in a named solution; a clear error for any other name. */
export function oleicFraction(solution: string): number {
  const f = OLEIC_SOLUTIONS[solution];
  if (f === undefined) throw new Error(`oleic acid solution must be one of ${Object.keys(OLEIC_SOLUTIONS).join(', ')}; got '${solution}'`);
  return f;
}

/** Drops per millilitre as the student works it out: drops counted into the cylinder over the volume read (NaN before any). */
export function dropsPerMlCounted(drops: number, readingMl: number): number {
  return drops > 0 && readingMl > 0 ? drops / readingMl : NaN;
}

export interface OilFilmInput {
  /** mL of oleic acid per mL of solution (1/500 for 1 mL in 500 mL; 1 for pure oleic acid). */
  fraction: number;
  /** Drops of the solution that made 1 mL in the cylinder. */
  dropsPerMl: number;
  talc: Talc;
  /** Seconds since the drop landed. */
  sinceDropS: number;
  /** The tray's inside, m (width × depth seen from above). */
  trayWM: number;
  trayDM: number;
  seed: number;
}

/** Oleic acid in one drop, m³: (1/N mL of solution) × its fraction of acid. */
export function acidPerDropM3(fraction: number, dropsPerMl: number): number {
  return (fraction / dropsPerMl) * 1e-6;
}

/** The area a monolayer of that volume covers, m²: S = V/d. */
export function monolayerAreaM2(volumeM3: number, thicknessM = OLEIC_ACID_LENGTH_M): number {
  return volumeM3 / thicknessM;
}

export interface OilFilm {
  /** The film's true area now, m² (Infinity-free: capped at the tray). */
  areaM2: number;
  /** The film's outline, m from its centre: points around it. */
  outline: { xM: number; yM: number }[];
  /** The edge can be seen (talc on the water). */
  visible: boolean;
  /** The film would be larger than the tray (pure oleic acid, too big a drop). */
  overflows: boolean;
  /** Still spreading (less than 99 % of its final area). */
  spreading: boolean;
}

/** Harmonics of the outline's wobble: radius × (1 + Σ aₖ cos(kθ + φₖ)), k = 2…6. */
function wobble(seed: number): { k: number; a: number; phase: number }[] {
  const rng = new SeededRandom(seed);
  return [2, 3, 4, 5, 6].map((k) => ({ k, a: (0.12 / k) * (0.5 + rng.next()), phase: 2 * Math.PI * rng.next() }));
}

export function oilFilm(input: OilFilmInput, points = 180): OilFilm {
  const finalM2 = monolayerAreaM2(acidPerDropM3(input.fraction, input.dropsPerMl)) * (input.talc === 'thick' ? THICK_TALC_SHARE : 1);
  const trayM2 = input.trayWM * input.trayDM;
  const overflows = finalM2 > trayM2;
  const grown = 1 - Math.exp(-Math.max(0, input.sinceDropS) / SPREAD_TAU_S);
  const areaM2 = Math.min(finalM2, trayM2) * grown;
  const harmonics = wobble(input.seed);
  const shape = (th: number) => 1 + harmonics.reduce((s, h) => s + h.a * Math.cos(h.k * th + h.phase), 0);
  // Area of r(θ) = R·shape(θ) is ½R²∮shape²dθ: R chosen so that it is the film's area.
  let integral = 0;
  for (let i = 0; i < points; i++) integral += shape((2 * Math.PI * i) / points) ** 2;
  const r0 = Math.sqrt((2 * areaM2) / (integral * ((2 * Math.PI) / points)));
  const outline = Array.from({ length: points }, (_, i) => {
    const th = (2 * Math.PI * i) / points;
    const r = r0 * shape(th);
    return { xM: r * Math.cos(th), yM: r * Math.sin(th) };
  });
  return { areaM2, outline, visible: input.talc !== 'none', overflows, spreading: grown < 0.99 };
}

/** Whether a point lies inside a closed outline (even–odd rule). */
export function insideOutline(outline: readonly { xM: number; yM: number }[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const a = outline[i], b = outline[j];
    if (a.yM > y !== b.yM > y && x < ((b.xM - a.xM) * (y - a.yM)) / (b.yM - a.yM) + a.xM) inside = !inside;
  }
  return inside;
}

export interface SquareCount {
  /** Squares more than half covered: what the student counts. */
  counted: number;
  /** Squares touched at all, and wholly covered (for the teacher's comparison). */
  touched: number;
  whole: number;
}

/**
 * The squares of a grid (corner at the film's centre plus `offsetM`, so the plate may lie anywhere) counted by the
 * textbook's rule: a square's covered share is sampled on a `samples` × `samples` lattice of its points.
 */
export function countSquares(outline: readonly { xM: number; yM: number }[], gridM = GRID_M, offsetM = { xM: 0, yM: 0 }, samples = 10): SquareCount {
  const shares = squareShares(outline, gridM, offsetM, samples).map((s) => s.share);
  return { counted: shares.filter((s) => s > 0.5).length, touched: shares.filter((s) => s > 0).length, whole: shares.filter((s) => s === 1).length };
}

/** Each square the outline touches: its corner (least x and y) and the share of it covered. */
export function squareShares(outline: readonly { xM: number; yM: number }[], gridM = GRID_M, offsetM = { xM: 0, yM: 0 }, samples = 10): { xM: number; yM: number; share: number }[] {
  const reach = Math.max(...outline.map((p) => Math.hypot(p.xM, p.yM)));
  const lo = (v: number, o: number) => Math.floor((v - o) / gridM) * gridM + o;
  const x0 = lo(-reach, offsetM.xM), y0 = lo(-reach, offsetM.yM);
  const out: { xM: number; yM: number; share: number }[] = [];
  for (let ix = 0; x0 + ix * gridM < reach; ix++) {
    for (let iy = 0; y0 + iy * gridM < reach; iy++) {
      const x = x0 + ix * gridM, y = y0 + iy * gridM;
      let hits = 0;
      for (let i = 0; i < samples; i++) for (let j = 0; j < samples; j++) if (insideOutline(outline, x + ((i + 0.5) / samples) * gridM, y + ((j + 0.5) / samples) * gridM)) hits++;
      if (hits > 0) out.push({ xM: x, yM: y, share: hits / (samples * samples) });
    }
  }
  return out;
}

/** The student's result: d = V / S with S the counted squares' area, m. */
export function moleculeSizeM(fraction: number, dropsPerMl: number, countedSquares: number, gridM = GRID_M): number {
  return countedSquares > 0 ? acidPerDropM3(fraction, dropsPerMl) / (countedSquares * gridM * gridM) : NaN;
}
