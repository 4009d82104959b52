/**
 * The two colours of the iron experiments (人教版 化学 必修第一册 第三章第一节, 实验活动2) that come from what is in the
 * liquid rather than from one species:
 *  - Fe³⁺ + SCN⁻ ⇌ [Fe(SCN)]²⁺, blood red: an equilibrium, K ≈ 1.4 × 10² L/mol near 25 °C in dilute acid (Frank and
 *    Oswalt, J. Am. Chem. Soc. 69 (1947) 1321). The complex is worked out from the iron(III) and thiocyanate dissolved,
 *    so it goes when iron powder turns the Fe³⁺ into Fe²⁺ and comes back when chlorine water or hydrogen peroxide
 *    turns Fe²⁺ into Fe³⁺; Fe²⁺ gives no colour with thiocyanate.
 *  - Iron(II) hydroxide is white; as air oxidises it the precipitate turns grey-green (a mix of Fe(II) and Fe(III),
 *    the textbook's 灰绿色), then red-brown Fe(OH)₃.
 */
import type { Rgb } from '../../titration/indicators';
import { amountOf, concentrationMolL, type Contents } from './contents';

/** Formation constant of [Fe(SCN)]²⁺, L/mol. */
export const THIOCYANATE_K = 140;
/** The complex's colour through 2 cm at 2 mmol/L (Beer–Lambert per channel, as ./appearance.ts does for species). */
export const COMPLEX_COLOUR: Rgb = { r: 170, g: 10, b: 20 };
export const COMPLEX_COLOUR_MOL_L = 0.002;
/**
 * The least [Fe(SCN)]²⁺ a student sees as red, mol/L: where the complex takes a tenth of the green through the tube
 * (Beer–Lambert on COMPLEX_COLOUR's green channel, about the smallest tint the eye picks out against white). Below it
 * the drawn liquid is the pale green of Fe²⁺ or the yellow of Fe³⁺, and the words say no more than the picture shows.
 */
export const COMPLEX_VISIBLE_MOL_L = (COMPLEX_COLOUR_MOL_L * Math.log(0.9)) / Math.log(COMPLEX_COLOUR.g / 255);

/** [Fe(SCN)]²⁺ at equilibrium, mol/L: the root of K·(F − x)(S − x) = x below both totals. */
export function thiocyanateComplexMolL(c: Contents): number {
  const f = concentrationMolL(c, 'FeCl3(aq)'), s = concentrationMolL(c, 'KSCN(aq)');
  if (!(f > 0 && s > 0)) return 0;
  const k = THIOCYANATE_K, b = k * (f + s) + 1;
  // The smaller root, written so that it does not lose its digits when K·F·S is small.
  return (2 * k * f * s) / (b + Math.sqrt(b * b - 4 * k * k * f * s));
}

const WHITE: Rgb = { r: 232, g: 238, b: 230 };
const GREY_GREEN: Rgb = { r: 110, g: 128, b: 98 };
const RED_BROWN: Rgb = { r: 150, g: 65, b: 25 };

/** Share of the iron hydroxide precipitate oxidised to Fe(OH)₃ (NaN without any). */
export function hydroxideOxidisedShare(c: Contents): number {
  const ii = amountOf(c, 'Fe(OH)2(s)'), iii = amountOf(c, 'Fe(OH)3(s)');
  return ii + iii > 0 ? iii / (ii + iii) : NaN;
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => ({ r: Math.round(a.r + (b.r - a.r) * t), g: Math.round(a.g + (b.g - a.g) * t), b: Math.round(a.b + (b.b - a.b) * t) });

/** The precipitate's colour with Fe(OH)₂ in it: white, grey-green by a fifth oxidised, red-brown when all is. */
export function ironHydroxideColour(oxidisedShare: number): Rgb {
  const t = Math.min(1, Math.max(0, oxidisedShare));
  return t < 0.2 ? mix(WHITE, GREY_GREEN, t / 0.2) : mix(GREY_GREEN, RED_BROWN, (t - 0.2) / 0.8);
}
