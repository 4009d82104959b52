import { describe, expect, it } from 'vitest';
import { addExperimentCell } from '../../projects/cells/experiment';
import { createProjectDoc } from '../../projects/schema';
import { applyTemplate } from '../../projects/templates';
import { emptyTable, recordRow } from '../../simulations/core/recorder';
import { insertIndex, placements } from './send-placement';

/** Periods recorded at three lengths, same mass: T = 2π√(L/g), g = 9.81 m/s². */
function lengthRuns() {
  let t = emptyTable(
    [
      { name: 'lengthM', unit: 'm', source: 'param' },
      { name: 'massKg', unit: 'kg', source: 'param' },
      { name: 'periodS', unit: 's', source: 'measurement' },
    ],
    { simulationId: 'pendulum', simulationVersion: '2' },
  );
  for (const l of [0.5, 1, 1.5]) t = recordRow(t, { lengthM: l, massKg: 0.5 }, { periodS: 2 * Math.PI * Math.sqrt(l / 9.81) });
  return t;
}

describe('where lab data can go', () => {
  it('offers the pendulum template’s tables, the one whose column the runs varied first, then after a cell, then the end', () => {
    const doc = createProjectDoc();
    applyTemplate(doc, 'pendulum', 'en', { now: 1 });
    const list = placements(doc, lengthRuns(), null);
    expect(list.map((p) => (p.kind === 'table' ? p.name : p.kind))).toEqual(['Part 1: period against length', 'Part 2: period against mass', 'end']);
    const first = list[0];
    expect(first.kind === 'table' && first.fit).toEqual({ from: [0, 2], leftOut: [1] });
    // a new table goes just before the filled one (an experiment sent with it), or at the end
    expect(insertIndex(doc, first)).toBe(5);
    expect(insertIndex(doc, list.at(-1)!)).toBe(12);
  });

  it('offers the place after the cell the lab was opened from, named in words', () => {
    const doc = createProjectDoc();
    applyTemplate(doc, 'blank', 'en', { now: 1 });
    const exp = addExperimentCell(doc, { simulationId: 'pendulum', params: { lengthM: 1 } }, { index: 2 });
    const after = placements(doc, null, exp).find((p) => p.kind === 'after')!;
    expect(after).toMatchObject({ kind: 'after', cellId: exp, index: 2 });
    expect(insertIndex(doc, after)).toBe(3);
    // the last cell needs no such choice: "at the end" is the same place
    expect(placements(doc, null, null).map((p) => p.kind)).toEqual(['end']);
  });
});
