/**
 * Acid–base indicators: colour as a pure function of pH, following each indicator's own transition range.
 * Transition ranges and colours: Harris, Quantitative Chemical Analysis, 9th ed., Table 11-4;
 * CRC Handbook of Chemistry and Physics, "Acid-base indicators"; litmus as Chinese textbooks give it
 * (人教版《化学》选择性必修1 第三章: 石蕊 pH < 5.0 红色, 5.0–8.0 紫色, > 8.0 蓝色).
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface Indicator {
  id: string;
  nameKey: string;
  /** pH where the acid colour starts to change and where the base colour is reached. */
  rangePH: [number, number];
  /** Colour stops (pH, colour): the acid colour below the range, the base colour above it. */
  stops: { pH: number; color: Rgb }[];
}

/** The colour of plain water in the flask (no indicator, or a colourless form). */
export const WATER: Rgb = { r: 236, g: 243, b: 250 };

const rgb = (r: number, g: number, b: number): Rgb => ({ r, g, b });

/**
 * Two-colour indicators: the base-form fraction follows the logistic curve of the indicator's own
 * equilibrium, centred on the middle of the range and reaching 10 % / 90 % at its ends.
 */
function twoColour(id: string, range: [number, number], acid: Rgb, base: Rgb): Indicator {
  return { id, nameKey: `chemistry.titration.indicator.${id}`, rangePH: range, stops: [{ pH: range[0], color: acid }, { pH: range[1], color: base }] };
}

export const INDICATORS: readonly Indicator[] = [
  twoColour('phenolphthalein', [8.2, 10.0], WATER, rgb(230, 40, 150)),
  twoColour('methyl-orange', [3.1, 4.4], rgb(230, 40, 30), rgb(250, 200, 40)),
  twoColour('methyl-red', [4.4, 6.2], rgb(225, 30, 60), rgb(250, 215, 40)),
  {
    // Litmus: red below pH 5.0, purple across 5.0–8.0, blue above 8.0 (the range school textbooks give).
    id: 'litmus',
    nameKey: 'chemistry.titration.indicator.litmus',
    rangePH: [5, 8],
    stops: [
      { pH: 5, color: rgb(215, 40, 55) },
      { pH: 5.5, color: rgb(140, 60, 150) },
      { pH: 7.5, color: rgb(140, 60, 150) },
      { pH: 8, color: rgb(45, 75, 195) },
    ],
  },
  twoColour('bromothymol-blue', [6.0, 7.6], rgb(240, 220, 40), rgb(30, 80, 200)),
  {
    // Universal indicator (Yamada-type mixture): a rainbow from red (pH ≤ 3) to violet (pH ≥ 11).
    id: 'universal',
    nameKey: 'chemistry.titration.indicator.universal',
    rangePH: [3, 11],
    stops: [
      { pH: 3, color: rgb(220, 30, 40) },
      { pH: 5, color: rgb(245, 140, 30) },
      { pH: 6, color: rgb(245, 220, 40) },
      { pH: 7, color: rgb(60, 170, 60) },
      { pH: 8, color: rgb(40, 130, 170) },
      { pH: 9, color: rgb(40, 70, 190) },
      { pH: 11, color: rgb(110, 40, 160) },
    ],
  },
];

export const INDICATOR_IDS = ['none', ...INDICATORS.map((i) => i.id)];

export function findIndicator(id: string): Indicator | undefined {
  if (id === 'none') return undefined;
  const ind = INDICATORS.find((i) => i.id === id);
  if (!ind) throw new Error(`unknown indicator '${id}'; allowed: ${INDICATOR_IDS.join(' | ')}`);
  return ind;
}

const mix = (a: Rgb, b: Rgb, f: number): Rgb => ({
  r: Math.round(a.r + (b.r - a.r) * f),
  g: Math.round(a.g + (b.g - a.g) * f),
  b: Math.round(a.b + (b.b - a.b) * f),
});

/** Colour of the solution at `pH` with indicator `id` ('none' gives water). */
export function indicatorColor(id: string, pH: number): Rgb {
  if (!Number.isFinite(pH)) throw new Error(`pH must be a finite number, got ${pH}`);
  const ind = findIndicator(id);
  if (!ind) return { ...WATER };
  const stops = ind.stops;
  if (stops.length === 2) {
    const [lo, hi] = ind.rangePH;
    const mid = (lo + hi) / 2;
    const s = (hi - lo) / 2 / Math.log(9); // 10 % at lo, 90 % at hi
    const fBase = 1 / (1 + Math.exp(-(pH - mid) / s));
    return mix(stops[0].color, stops[1].color, fBase);
  }
  if (pH <= stops[0].pH) return { ...stops[0].color };
  for (let i = 1; i < stops.length; i++) {
    if (pH <= stops[i].pH) return mix(stops[i - 1].color, stops[i].color, (pH - stops[i - 1].pH) / (stops[i].pH - stops[i - 1].pH));
  }
  return { ...stops[stops.length - 1].color };
}

export function rgbCss(c: Rgb): string {
  return `rgb(${c.r}, ${c.g}, ${c.b})`;
}
