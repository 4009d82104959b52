import { describe, expect, it } from 'vitest';
import { BenchEditor } from './editor';
import { parseSetup } from './setup';
import { toyCatalog, toySetup } from './toy-bench.test-fixture';

const editor = (role: 'student' | 'teacher' = 'student') => new BenchEditor(toyCatalog, toySetup(), { role, gridM: 0.01 });

describe('bench editor', () => {
  it('adds a part with the next free id, snapped to the grid and kept on the table', () => {
    const e = editor();
    const r = e.addPart('resistor', 0.3337, 0.1249);
    expect(r).toEqual({ ok: true, partId: 'R2' });
    const p = e.part('R2')!;
    expect(p.xM).toBeCloseTo(0.33, 12);
    expect(p.yM).toBeCloseTo(0.12, 12);
    expect(p.props).toEqual({ resistanceOhm: 10, pressed: false });
    expect([...e.selection]).toEqual(['R2']);
    e.addPart('resistor', 9, -3);
    expect(e.part('R3')).toMatchObject({ xM: 1.2, yM: 0 });
  });

  it('turns a part about a point of its own, which stays where it was on the table (a tube tipped about its mouth)', () => {
    const e = editor();
    const before = e.terminalAt({ part: 'R1', terminal: 'b' }); // b is at (+0.04, 0) of R1
    expect(e.turnAbout('R1', -77, { xM: 0.04, yM: 0 }).ok).toBe(true);
    expect(e.part('R1')!.rotDeg).toBe(283);
    const after = e.terminalAt({ part: 'R1', terminal: 'b' });
    expect(after.xM).toBeCloseTo(before.xM, 9);
    expect(after.yM).toBeCloseTo(before.yM, 9);
    // the centre swung round it: 4 cm from b, at 283° + 180°
    const c = e.part('R1')!;
    expect(c.xM).toBeCloseTo(before.xM - 0.04 * Math.cos((283 * Math.PI) / 180), 9);
    expect(c.yM).toBeCloseTo(before.yM - 0.04 * Math.sin((283 * Math.PI) / 180), 9);
    e.undo();
    expect(e.part('R1')!.rotDeg).toBe(0);
    // a part the teacher locked is not turned for a student
    const locked = new BenchEditor(toyCatalog, { ...toySetup(), parts: toySetup().parts.map((p) => (p.id === 'R1' ? { ...p, locked: true } : p)) }, { role: 'student' });
    expect(locked.turnAbout('R1', 10, { xM: 0.04, yM: 0 })).toMatchObject({ ok: false, refusal: { reason: 'locked', partId: 'R1' } });
    expect(locked.part('R1')!.rotDeg).toBe(0);
  });

  it('moves, rotates and deletes several parts; deleting takes their wires along', () => {
    const e = editor();
    e.moveBy(['E1', 'R1'], 0.052, -0.011);
    expect(e.part('E1')).toMatchObject({ xM: 0.25, yM: 0.19 });
    expect(e.part('R1')!.xM).toBeCloseTo(0.55, 12);
    e.rotate(['R1']);
    e.rotate(['R1'], 270);
    expect(e.part('R1')!.rotDeg).toBe(0);
    e.rotate(['R1']);
    expect(e.part('R1')!.rotDeg).toBe(90);
    // The terminal turned with the part: b at (+0.04, 0) is now below the centre.
    const b = e.terminalAt({ part: 'R1', terminal: 'b' });
    expect(b.xM).toBeCloseTo(0.55, 9);
    expect(b.yM).toBeCloseTo(0.23, 9);
    e.remove(['R1']);
    expect(e.setup.parts.map((p) => p.id)).toEqual(['E1']);
    expect(e.setup.links).toEqual([]);
  });

  it('undoes and redoes every change in order, and a new change clears redo', () => {
    const e = editor();
    const s0 = e.setup;
    e.addPart('cell', 0.1, 0.1);
    const s1 = e.setup;
    e.setProp('E2', 'emfV', 4.5);
    e.link({ part: 'E2', terminal: '+' }, { part: 'R1', terminal: 'a' });
    expect(e.setup.links).toHaveLength(3);
    expect(e.nextUndo?.labelKey).toBe('bench.action.link');
    e.undo();
    e.undo();
    expect(e.setup).toBe(s1);
    e.undo();
    expect(e.setup).toBe(s0);
    expect(e.canUndo).toBe(false);
    e.redo();
    expect(e.setup).toBe(s1);
    e.moveBy(['E1'], 0.1, 0);
    expect(e.canRedo).toBe(false);
    // Every state the editor produces is a valid setup.
    expect(parseSetup(e.setup, toyCatalog).ok).toBe(true);
  });

  it('refuses bad wires and bad values with a reason, changing nothing', () => {
    const e = editor();
    const before = e.setup;
    expect(e.link({ part: 'R1', terminal: 'a' }, { part: 'R1', terminal: 'a' })).toMatchObject({ ok: false, refusal: { reason: 'sameTerminal' } });
    expect(e.link({ part: 'R1', terminal: 'a' }, { part: 'E1', terminal: '+' })).toMatchObject({ ok: false, refusal: { reason: 'duplicateWire' } });
    expect(e.link({ part: 'R1', terminal: 'z' }, { part: 'E1', terminal: '+' })).toMatchObject({ ok: false, refusal: { reason: 'unknownTerminal' } });
    const bad = e.setProp('R1', 'resistanceOhm', -5);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.refusal.detail).toContain('1 … 1000 Ω');
    expect(e.setup).toBe(before);
    expect(e.canUndo).toBe(false);
  });

  it("keeps a teacher's locks: a student cannot move, turn, delete or change a locked part, but may use its live controls and wire to it", () => {
    const t = editor('teacher');
    t.setMarks('R1', { locked: true, mystery: ['resistanceOhm'] });
    const locked = t.setup;
    const s = new BenchEditor(toyCatalog, locked, { role: 'student' });
    for (const r of [s.moveBy(['R1'], 0.1, 0), s.rotate(['R1']), s.remove(['R1', 'E1']), s.setProp('R1', 'resistanceOhm', 20)]) {
      expect(r).toMatchObject({ ok: false, refusal: { reason: 'locked', partId: 'R1' } });
    }
    expect(s.setup).toBe(locked);
    expect(s.setProp('R1', 'pressed', true).ok).toBe(true);
    s.addPart('cell', 0.1, 0.5);
    expect(s.link({ part: 'E2', terminal: '+' }, { part: 'R1', terminal: 'b' }).ok).toBe(true);
    expect(s.setMarks('R1', { locked: false })).toMatchObject({ ok: false, refusal: { reason: 'teacherOnly' } });
    expect(s.setHidden({ tools: [] })).toMatchObject({ ok: false, refusal: { reason: 'teacherOnly' } });
  });

  it('selects one, toggles several, all, and by rectangle', () => {
    const e = editor();
    e.select('E1');
    e.select('R1', true);
    expect([...e.selection].sort()).toEqual(['E1', 'R1']);
    e.select('E1', true);
    expect([...e.selection]).toEqual(['R1']);
    e.clearSelection();
    e.selectInRect(0.1, 0.1, 0.3, 0.3);
    expect([...e.selection]).toEqual(['E1']);
    e.selectAll();
    expect(e.selection.size).toBe(2);
  });
});
