/**
 * What leaves the lab: a teacher's mystery resistor on a bench preset (the students measure it) must not
 * reach a recorded row or an experiment sent to the notebook through the parameters bound to it.
 */
import { describe, expect, it } from 'vitest';
import { createCircuitModel } from '../../simulations/circuits/model';
import { ohmsLawPreset } from '../../simulations/circuits/presets/ohms-law';
import { GasModel } from '../../simulations/gas/model';
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

describe('a heavy lab on a slow computer: the lighter setting (meta.lighter)', () => {
  const gas = (particleCount: number) => new LabSession(new GasModel(), { initial: { particleCount } });

  it('offers 300 particles instead of 1 000 while slowed; accepting starts over with 300 and the notice afresh', () => {
    const s = gas(1000);
    expect(s.lighterOffer).toBeNull(); // not slowed
    s.slowed = true;
    expect(s.lighterOffer).toEqual({ param: 'particleCount', from: 1000, to: 300 });
    s.acceptLighter();
    expect(s.params.particleCount).toBe(300);
    expect(s.model.measure().particleCount).toBe(300);
    expect(s.slowed).toBe(false);
    expect(s.drawLight).toBe(false);
    s.slowed = true;
    expect(s.lighterOffer).toBeNull(); // already at 300
  });

  it('is not offered at or below the lighter value, nor again once the student kept the heavy setting', () => {
    const small = gas(300);
    small.slowed = true;
    expect(small.lighterOffer).toBeNull();
    const s = gas(800);
    s.slowed = true;
    expect(s.lighterOffer?.to).toBe(300);
    s.declineLighter();
    expect(s.lighterOffer).toBeNull();
    s.acceptLighter(); // nothing to accept
    expect(s.params.particleCount).toBe(800);
  });
});

describe('back to an assignment’s setup (restoreState)', () => {
  it('restores the assigned setup and its bound controls; the recorded rows stay', () => {
    const model = createCircuitModel(ohmsLawPreset);
    const assigned = { setup: structuredClone(ohmsLawPreset.setup) };
    const s = new LabSession(model, { state: assigned });
    const supplyBefore = s.params.supplyVoltageV;
    s.record();
    // the student turns the supply up and takes a wire off: a different setup
    expect(s.setParam('supplyVoltageV', 6)).toBeNull();
    const edited = structuredClone(model.setup);
    edited.links = edited.links.slice(1);
    model.edit(edited);
    s.configured();
    s.record();
    expect(model.setup.links).toHaveLength(ohmsLawPreset.setup.links.length - 1);

    s.restoreState(assigned);
    expect(model.setup.links).toHaveLength(ohmsLawPreset.setup.links.length);
    expect(s.params.supplyVoltageV).not.toBe(6);
    expect(s.params.supplyVoltageV).toBe(supplyBefore);
    expect(s.table.rows).toHaveLength(2);
    expect(s.timeS).toBe(0);
  });
});
