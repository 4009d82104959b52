/** Every catalogue entry and every experiment has a picture, each a small, well-formed piece of SVG. */
import { describe, expect, it } from 'vitest';
import { CATALOG, entriesCoveredBy } from '../../../simulations/catalog/catalog';
import { simulations } from '../../../simulations/registry';
import { hasPicture, PICTURE_IDS, pictureForExperiment, pictureMarkup } from './pictures';

/** Only the elements the apparatus functions write, each closed, with numbers where numbers belong. */
const WELL_FORMED = /^(?:<(?:line|polyline|polygon|rect|circle|path)\b[^<>]*\/>|<g\b[^<>]*>|<\/g>|<text\b[^<>]*>[^<>]*<\/text>)+$/;

describe('experiment pictures', () => {
  it('exist for every catalogue entry and every registered experiment', () => {
    expect(CATALOG.filter((e) => !hasPicture(e.picture)).map((e) => `${e.standard}/${e.code}: ${e.picture}`)).toEqual([]);
    for (const s of simulations) {
      const id = pictureForExperiment(s.meta.id, entriesCoveredBy(s.meta.id).map((e) => e.picture));
      expect(hasPicture(id) || hasPicture(`${s.meta.subject}-generic`), s.meta.id).toBe(true);
    }
  });

  it('are well-formed, finite and small', () => {
    let total = 0;
    for (const id of PICTURE_IDS) {
      const svg = pictureMarkup(id);
      expect(svg, id).toMatch(WELL_FORMED);
      expect(svg, id).not.toMatch(/NaN|undefined|Infinity/);
      expect((svg.match(/<\/g>/g) ?? []).length, `${id}: groups closed`).toBe((svg.match(/<g\b/g) ?? []).length);
      expect(svg.length, id).toBeLessThan(2500);
      total += svg.length;
    }
    // the markup is built in the page from a few KB of code; even built it stays under 1 KB a picture on average
    expect(total / PICTURE_IDS.length).toBeLessThan(1000);
  });

  it('falls back to the subject’s picture for an experiment without one (a new bench preset)', () => {
    expect(pictureForExperiment('circuit-new-preset', ['ohms-law'])).toBe('ohms-law');
    expect(pictureMarkup('circuit-new-preset', 'physics')).toBe(pictureMarkup('physics-generic'));
    expect(pictureMarkup('wet-new-preset', 'chemistry')).toBe(pictureMarkup('chemistry-generic'));
  });
});
