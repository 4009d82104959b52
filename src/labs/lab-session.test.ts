/**
 * What leaves the lab: a teacher's mystery resistor on a bench preset (the students measure it) must not
 * reach a recorded row or an experiment sent to the notebook through the parameters bound to it.
 */
import { describe, expect, it } from 'vitest';
import { createCircuitModel } from '../../simulations/circuits/model';
import { ohmsLawPreset } from '../../simulations/circuits/presets/ohms-law';
import { LabSession } from './lab-session.svelte';

function mysteryLab(audience: 'student' | 'teacher') {
  const model = createCircuitModel(ohmsLawPreset);
  model.audience = audience;
  const session = new LabSession(model);
  const setup = structuredClone(ohmsLawPreset.setup);
  const r1 = setup.parts.find((p) => p.id === 'R1')!;
  r1.props.resistanceOhm = 22;
  r1.mystery = ['resistanceOhm'];
  model.edit(setup);
  session.configured();
  return session;
}

describe('a lab session over a bench with a mystery part', () => {
  it('records rows and sends parameters without the mystery value for a student', () => {
    const s = mysteryLab('student');
    // The preset records its resistance column by default: for a student it stays empty.
    expect(s.table.columns.map((c) => c.name)).toContain('resistanceOhm');
    s.record();
    const col = s.table.columns.findIndex((c) => c.name === 'resistanceOhm');
    expect(s.table.rows[0][col]).toBe('');
    expect(s.shareableParams()).not.toHaveProperty('resistanceOhm');
    expect(s.shareableParams().supplyVoltageV).toBe(3);
    expect(JSON.stringify(s.table)).not.toMatch(/\b22\b/);
  });

  it('keeps the value for the teacher who set it', () => {
    const s = mysteryLab('teacher');
    s.record();
    const col = s.table.columns.findIndex((c) => c.name === 'resistanceOhm');
    expect(s.table.rows[0][col]).toBe(22);
    expect(s.shareableParams().resistanceOhm).toBe(22);
  });
});
