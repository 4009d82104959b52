/**
 * Every experiment picture by id: today's experiments by their simulation id, catalogue entries by their
 * `picture`. Pictures are inline SVG built from a few dozen lines of apparatus calls, in the Labs page's
 * lazy chunk: no image files to fetch, nothing on the first screen of the app.
 */
import { chemistryPictures } from './chemistry-pictures';
import { physicsPictures } from './physics-pictures';

const builders: Record<string, () => string> = { ...physicsPictures, ...chemistryPictures };
const built = new Map<string, string>();

export const PICTURE_IDS: readonly string[] = Object.keys(builders);

export function hasPicture(id: string): boolean {
  return id in builders;
}

/** The SVG markup (inside a 120 × 80 viewBox) of a picture; unknown ids get the subject's generic picture. */
export function pictureMarkup(id: string, subject: 'physics' | 'chemistry' = 'physics'): string {
  const key = hasPicture(id) ? id : `${subject}-generic`;
  let svg = built.get(key);
  if (svg === undefined) {
    svg = builders[key]();
    built.set(key, svg);
  }
  return svg;
}

/** The picture of an experiment: its own, else that of the first catalogue entry it covers, else its subject's. */
export function pictureForExperiment(id: string, coveredPictures: readonly string[]): string {
  return hasPicture(id) ? id : (coveredPictures.find(hasPicture) ?? id);
}
