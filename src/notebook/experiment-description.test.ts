/**
 * What the notebook shows of an experiment cell: a bench preset's parameters, except those the saved
 * setup keeps secret from students (a teacher's mystery resistor). Cells sent before the lab left such
 * values out still hold them; the notebook must not show them either.
 */
import { describe, expect, it } from 'vitest';
import { createCircuitModel } from '../../simulations/circuits/model';
import { resistanceViPreset } from '../../simulations/circuits/presets/resistance-vi';
import { findSimulation } from '../../simulations/registry';
import { describeExperiment, shownParams } from './experiment-description';

const entry = findSimulation(resistanceViPreset.id);

function mysteryState() {
  const m = createCircuitModel(resistanceViPreset);
  const setup = structuredClone(resistanceViPreset.setup);
  const r1 = setup.parts.find((p) => p.id === 'R1')!;
  r1.props.resistanceOhm = 22;
  r1.mystery = ['resistanceOhm'];
  m.reset({ resistanceOhm: 10, sliderFraction: 0.4, switchClosed: true });
  m.edit(setup);
  return m.state();
}

describe('experiment cells of a bench with a mystery part', () => {
  it('never show the mystery value, even when an older cell holds it', () => {
    const cell = { simulationId: resistanceViPreset.id, params: { resistanceOhm: 22, sliderFraction: 0.4, switchClosed: true }, state: mysteryState() };
    const described = describeExperiment(cell, entry);
    const text = described.params.map((p) => `${p.label} = ${p.value}`).join('; ');
    expect(text).not.toMatch(/22/);
    expect(text).toMatch(/0\.4/);
    expect(shownParams(cell, entry)).toEqual({ sliderFraction: 0.4, switchClosed: true });
  });

  it('show every parameter when nothing is secret', () => {
    const m = createCircuitModel(resistanceViPreset);
    m.reset({ resistanceOhm: 22, sliderFraction: 0.4, switchClosed: true });
    const cell = { simulationId: resistanceViPreset.id, params: { resistanceOhm: 22, sliderFraction: 0.4, switchClosed: true }, state: m.state() };
    expect(describeExperiment(cell, entry).params.map((p) => p.value).join(' ')).toMatch(/22 Ω/);
    // A state that is not a bench's (damaged, or another kind) hides nothing and does not throw.
    expect(shownParams({ ...cell, state: { setup: { parts: 'x' } } }, entry)).toEqual(cell.params);
  });
});
