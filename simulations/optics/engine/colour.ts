/**
 * The colour of light of a wavelength, for drawing rays, fringes and spectra (sRGB, 0–255), and the
 * wavelengths the bench's sources emit. Piecewise-linear approximation of the visible spectrum after
 * Dan Bruton's widely used "Approximate RGB values for visible wavelengths" (1996), with the fall-off of
 * the eye's sensitivity at both ends.
 */

export type Rgb = [number, number, number];

/** What the sources and filters of the bench emit: centre wavelengths of school filters and lasers, metres. */
export const SOURCE_WAVELENGTHS_M = {
  red: 650e-9,
  orange: 600e-9,
  yellow: 589e-9,
  green: 532e-9,
  blue: 470e-9,
  violet: 405e-9,
} as const;

export type SourceColour = keyof typeof SOURCE_WAVELENGTHS_M | 'white';

/** White light as the bench traces it: seven wavelengths across the visible spectrum, equal weight. */
export const WHITE_WAVELENGTHS_M = [410e-9, 450e-9, 490e-9, 530e-9, 570e-9, 610e-9, 660e-9];

export function wavelengthsOf(colour: SourceColour): number[] {
  return colour === 'white' ? WHITE_WAVELENGTHS_M : [SOURCE_WAVELENGTHS_M[colour]];
}

/** sRGB of a wavelength (0 outside 380–780 nm). */
export function wavelengthRgb(wavelengthM: number): Rgb {
  const nm = wavelengthM * 1e9;
  let r = 0, g = 0, b = 0;
  if (nm >= 380 && nm < 440) [r, g, b] = [-(nm - 440) / 60, 0, 1];
  else if (nm < 490) [r, g, b] = [0, (nm - 440) / 50, 1];
  else if (nm < 510) [r, g, b] = [0, 1, -(nm - 510) / 20];
  else if (nm < 580) [r, g, b] = [(nm - 510) / 70, 1, 0];
  else if (nm < 645) [r, g, b] = [1, -(nm - 645) / 65, 0];
  else if (nm <= 780) [r, g, b] = [1, 0, 0];
  let f = 0;
  if (nm >= 380 && nm < 420) f = 0.3 + (0.7 * (nm - 380)) / 40;
  else if (nm >= 420 && nm <= 700) f = 1;
  else if (nm > 700 && nm <= 780) f = 0.3 + (0.7 * (780 - nm)) / 80;
  const c = (x: number) => Math.round(255 * Math.pow(x * f, 0.8));
  return [c(r), c(g), c(b)];
}
