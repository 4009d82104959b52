/**
 * Per-student mystery values (issue #19): the teacher gives a range for each mystery property of an
 * assigned setup; each student's value is drawn from it by a generator seeded with (assignment, student,
 * part, property), so it is the same every time that student opens the assignment, and differs between
 * students, so copied numbers show. Rounded to the property's own step. Pure; used by the server (which
 * alone knows who is asking) and by tests.
 */
import { SeededRandom } from '../core/rng';
import type { PartCatalog } from './part';
import type { Setup, SetupError } from './setup';
import { ruledProblem } from './setup-shape';

export interface MysteryRange {
  part: string;
  prop: string;
  min: number;
  max: number;
}

export interface PersonalValue {
  part: string;
  prop: string;
  value: number;
  unit: string;
}

/** FNV-1a (32 bit) of the text: a seed that depends on every character. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The value of one range for one student of one assignment, rounded to `step` and kept inside [min, max]. */
export function mysteryValue(range: MysteryRange, assignmentId: number, studentId: number, step: number): number {
  const rng = new SeededRandom(hash32(`${assignmentId}/${studentId}/${range.part}.${range.prop}`));
  rng.next(); // the first draw of mulberry32 follows the seed closely; take the second
  const raw = range.min + rng.next() * (range.max - range.min);
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const stepped = Math.round(raw / step) * step;
  return Number(Math.min(range.max, Math.max(range.min, stepped)).toFixed(digits));
}

/** The ranges' meaning against a setup: a mystery property of a part on it, numeric, min < max inside the property's range. */
export function checkMysteryRanges(setup: Setup, ranges: readonly MysteryRange[], catalog: PartCatalog): SetupError[] {
  const errors: SetupError[] = [];
  const seen = new Set<string>();
  ranges.forEach((r, i) => {
    const at = `mystery[${i}]`;
    const part = setup.parts.find((p) => p.id === r.part);
    if (!part) return void errors.push(ruledProblem(`${at}.part`, 'mystery_no_part', { value: r.part, allowed: setup.parts.map((p) => p.id).join(', ') }));
    if (!(part.mystery ?? []).includes(r.prop)) {
      const mysteries = (part.mystery ?? []).join(', ');
      return void errors.push({ ...ruledProblem(`${at}.prop`, 'mystery_not_mystery', { value: r.prop, part: r.part, allowed: mysteries || '—' }), message: `'${r.prop}' of ${r.part} is not a mystery in the setup; its mysteries: ${mysteries || 'none'}` });
    }
    if (seen.has(`${r.part}.${r.prop}`)) return void errors.push(ruledProblem(at, 'mystery_two_ranges', { value: `${r.part}.${r.prop}` }));
    seen.add(`${r.part}.${r.prop}`);
    const spec = catalog.propSpec(part.kind, r.prop);
    if (!spec || spec.kind !== 'number') return void errors.push(ruledProblem(`${at}.prop`, 'mystery_not_number', { value: `${part.kind}.${r.prop}` }));
    if (!(r.min < r.max)) errors.push(ruledProblem(`${at}.max`, 'mystery_max_below_min', { min: r.min, max: r.max }));
    if (r.min < spec.min || r.max > spec.max) errors.push(ruledProblem(`${at}.min`, 'mystery_outside', { min: spec.min, max: spec.max, unit: spec.unit }));
  });
  return errors;
}

/** The setup as one student gets it: each ranged mystery property set to their value; and those values with units. */
export function personalSetup(
  setup: Setup, ranges: readonly MysteryRange[], catalog: PartCatalog, assignmentId: number, studentId: number,
): { setup: Setup; values: PersonalValue[] } {
  const values: PersonalValue[] = [];
  const parts = setup.parts.map((p) => {
    const mine = ranges.filter((r) => r.part === p.id);
    if (!mine.length) return p;
    const props = { ...p.props };
    for (const r of mine) {
      const spec = catalog.propSpec(p.kind, r.prop);
      if (!spec || spec.kind !== 'number') continue;
      const value = mysteryValue(r, assignmentId, studentId, spec.step);
      props[r.prop] = value;
      values.push({ part: p.id, prop: r.prop, value, unit: spec.unit });
    }
    return { ...p, props };
  });
  return { setup: { ...setup, parts }, values };
}

/** The setup's own values of its mystery properties (when the teacher gave no range, everyone shares them). */
export function setupMysteryValues(setup: Setup, catalog: PartCatalog): PersonalValue[] {
  return setup.parts.flatMap((p) =>
    (p.mystery ?? []).flatMap((prop) => {
      const spec = catalog.propSpec(p.kind, prop);
      const v = p.props[prop];
      return spec?.kind === 'number' && typeof v === 'number' ? [{ part: p.id, prop, value: v, unit: spec.unit }] : [];
    }),
  );
}
