/**
 * Senior physics X3.1, 用油膜法估测油酸分子的大小, headless, done as a student does it on the wet bench (人教版 物理
 * 选择性必修第三册 第一章第2节): drops of the 1 mL in 500 mL solution counted into the small cylinder to 1 mL, one drop on
 * the talc-dusted water, the plate laid once the film has spread, d = V/S from the squares counted by the half rule.
 * Reference: the molecule's length, 1.1 × 10⁻⁹ m (../oil-film.ts; textbook answers give 10⁻⁹–10⁻¹⁰ m, "of the order
 * 10⁻¹⁰ m" for molecules in general), and the film's true area V/d.
 */
import { describe, expect, it } from 'vitest';
import type { BenchModel } from '../../bench/bench-model';
import { OLEIC_ACID_LENGTH_M, OLEIC_SOLUTION_DROP_ML } from '../oil-film';
import { TRAY_WATER_Y_M } from '../parts/oil-tray';
import { oilFilmPreset } from './oil-film';
import { edit, partOf, runFor, start } from './bench-hands';

const v = (m: BenchModel, part: string, name: string) => m.engine.value(part, name);
const diags = (m: BenchModel) => m.diagnostics().map((d) => d.key.replace('wet.diag.', ''));

/** Squeeze R2 with `n` drops where it is, let them fall, let go. */
function squeeze(m: BenchModel, n: number): string[] {
  edit(m, 'R2', { drops: n, squeeze: true });
  const events = runFor(m, n / 4 + 1);
  edit(m, 'R2', { squeeze: false });
  return [...events, ...runFor(m, 0.05)];
}

/** Count `total` drops into the cylinder (40 at most a squeeze), move R2 over the tray 3 cm right of its middle, one drop. */
function countThenDrop(m: BenchModel, total: number, tray: Record<string, unknown> = {}): string[] {
  for (let left = total; left > 0; left -= 40) squeeze(m, Math.min(40, left));
  edit(m, 'O1', tray);
  const t = partOf(m, 'O1');
  edit(m, 'R2', {}, { xM: t.xM + 0.03, yM: t.yM + TRAY_WATER_Y_M - 0.05 - 0.06 });
  return squeeze(m, 1);
}

describe('the oil film (X3.1) on the wet bench', () => {
  it('51 drops make 1.0 mL; one drop spreads to V/d; the squares counted give d within 5 % of 1.1 nm', () => {
    const m = start(oilFilmPreset);
    countThenDrop(m, 51);
    expect(v(m, 'Q1', 'drops')).toBe(51);
    expect(v(m, 'Q1', 'readingMl')).toBe(1);
    expect(v(m, 'Q1', 'dropsPerMl')).toBe(51);
    expect(v(m, 'O1', 'drops')).toBe(1);
    const events = runFor(m, 15);
    expect(events).toContain('filmSpread');
    // V = 0.0196 mL / 500 = 3.92 × 10⁻¹¹ m³, S = V/d = 356 cm² once spread.
    const vM3 = (OLEIC_SOLUTION_DROP_ML / 500) * 1e-6;
    expect(v(m, 'O1', 'filmAreaCm2')).toBeCloseTo((vM3 / OLEIC_ACID_LENGTH_M) * 1e4, -1);
    expect(v(m, 'O1', 'squares')).toBeNaN();
    edit(m, 'O1', { plate: true });
    expect(runFor(m, 0.05)).toContain('traced');
    const squares = v(m, 'O1', 'squares');
    expect(Math.abs(squares - v(m, 'O1', 'tracedAreaCm2')) / squares).toBeLessThan(0.05);
    expect(v(m, 'O1', 'countedAreaCm2')).toBe(squares);
    expect(v(m, 'O1', 'trueNm')).toBeCloseTo(1.1, 2);
    // The student's d: V from 1/N mL × 1/500 with N = 51 counted, S from the squares.
    expect(v(m, 'O1', 'moleculeNm')).toBeCloseTo((1e9 * (1 / 51 / 500) * 1e-6) / (squares * 1e-4), 6);
    expect(Math.abs(v(m, 'O1', 'moleculeNm') / 1.1 - 1)).toBeLessThan(0.05);
    expect(diags(m)).toEqual([]);
    // Taken off and laid again later: traced afresh, the same count (the film has stopped spreading).
    edit(m, 'O1', { plate: false });
    runFor(m, 0.05);
    expect(v(m, 'O1', 'squares')).toBeNaN();
    edit(m, 'O1', { plate: true });
    runFor(m, 0.05);
    expect(v(m, 'O1', 'squares')).toBe(squares);
  });

  it('traced 1.35 s after the drop: the film has 1 − e^(−t/2) of its area (48 %), d comes out about twice too large', () => {
    const m = start(oilFilmPreset);
    countThenDrop(m, 51);
    edit(m, 'O1', { plate: true });
    runFor(m, 0.05);
    const t = (m.engine.state() as { films: Record<string, { tracedSinceS: number }> }).films.O1.tracedSinceS;
    expect(t).toBeCloseTo(1.35, 2); // the drop's 0.25 s, the second after it, two steps
    expect(v(m, 'O1', 'trueNm')).toBeCloseTo(1.1 / (1 - Math.exp(-t / 2)), 6);
    expect(Math.abs(v(m, 'O1', 'moleculeNm') / v(m, 'O1', 'trueNm') - 1)).toBeLessThan(0.06);
    expect(v(m, 'O1', 'moleculeNm') / 1.1).toBeGreaterThan(1.8);
    expect(diags(m)).toContain('tracedEarly');
  });

  it('too much talc holds the film to 60 % of its area (d 1/0.6 = 1.7 times too large); no talc leaves no edge to count', () => {
    const thick = start(oilFilmPreset);
    countThenDrop(thick, 51, { talc: 'thick' });
    runFor(thick, 15);
    edit(thick, 'O1', { plate: true });
    runFor(thick, 0.05);
    expect(v(thick, 'O1', 'moleculeNm') / 1.1).toBeGreaterThan(1.55);
    expect(v(thick, 'O1', 'moleculeNm') / 1.1).toBeLessThan(1.8);
    expect(diags(thick)).toContain('talcThick');
    const none = start(oilFilmPreset);
    countThenDrop(none, 51, { talc: 'none' });
    const events = runFor(none, 15);
    expect(events).not.toContain('filmSpread');
    edit(none, 'O1', { plate: true });
    runFor(none, 0.05);
    expect(v(none, 'O1', 'squares')).toBe(0);
    expect(v(none, 'O1', 'moleculeNm')).toBeNaN();
    expect(diags(none)).toContain('filmUnseen');
  });

  it('three drops read as 0.1 mL give N = 30 instead of 51: V and d 51/30 = 1.7 times too large, and the bench says so', () => {
    const m = start(oilFilmPreset);
    countThenDrop(m, 3);
    expect(v(m, 'Q1', 'readingMl')).toBeCloseTo(0.1, 9);
    expect(v(m, 'Q1', 'dropsPerMl')).toBeCloseTo(30, 9);
    runFor(m, 15);
    edit(m, 'O1', { plate: true });
    runFor(m, 0.05);
    expect(v(m, 'O1', 'moleculeNm') / v(m, 'O1', 'trueNm')).toBeGreaterThan(1.6);
    expect(diags(m)).toContain('fewDropsCounted');
  });

  it('a dropper squeezed over nothing spills; drops onto the laid plate do not reach the water', () => {
    const m = start(oilFilmPreset);
    edit(m, 'O1', { plate: true });
    const fired = () => (m.engine.state() as { fired: string[] }).fired;
    countThenDrop(m, 5);
    expect(fired()).toContain('spilled');
    expect(v(m, 'O1', 'drops')).toBe(0);
    expect(v(m, 'Q1', 'drops')).toBe(5);
  });
});
