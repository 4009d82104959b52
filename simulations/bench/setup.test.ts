import { describe, expect, it } from 'vitest';
import { parseSetup, parseSetupText, SETUP_VERSION } from './setup';
import { toyCatalog, toySetup } from './toy-bench.test-fixture';

describe('setup schema', () => {
  it('accepts a valid setup and fills missing properties with their defaults', () => {
    const s = toySetup();
    delete (s.parts[1].props as Record<string, unknown>).pressed;
    const r = parseSetup(s, toyCatalog);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.setup.parts[1].props).toEqual({ resistanceOhm: 10, pressed: false });
  });

  it('names the field of a bad property value, with the allowed range', () => {
    const s = toySetup();
    s.parts[1].props.resistanceOhm = 5000;
    const r = parseSetup(s, toyCatalog);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].field).toBe('parts[1].props.resistanceOhm');
      expect(r.errors[0].message).toContain('1 … 1000 Ω');
    }
  });

  it('names structural errors by path: a missing coordinate, a wrong type, an extra key', () => {
    const s = toySetup() as unknown as { parts: Record<string, unknown>[]; links: Record<string, unknown>[] };
    delete s.parts[0].xM;
    s.parts[1].rotDeg = 'left';
    s.links[0].colour = 'red';
    const r = parseSetup(s, toyCatalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['links[0]', 'parts[0].xM', 'parts[1].rotDeg']);
  });

  it('checks meaning: unknown kinds, missing parts and terminals, duplicate ids, another bench', () => {
    const s = toySetup();
    s.parts.push({ id: 'R1', kind: 'resistor', xM: 0, yM: 0, rotDeg: 0, props: {} });
    s.parts.push({ id: 'X1', kind: 'laser', xM: 0, yM: 0, rotDeg: 0, props: {} });
    s.links.push({ id: 'w3', from: { part: 'E1', terminal: 'c' }, to: { part: 'Z9', terminal: 'a' } });
    const r = parseSetup(s, toyCatalog);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const byField = Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
      expect(byField['parts[2].id']).toContain("'R1' is used twice");
      expect(byField['parts[3].kind']).toContain("unknown part kind 'laser'; allowed: cell, resistor");
      expect(byField['links[2].from.terminal']).toContain('terminals: +, -');
      expect(byField['links[2].to.part']).toContain("no part 'Z9'");
    }
    const other = parseSetup({ ...toySetup(), bench: 'optics' }, toyCatalog);
    expect(!other.ok && other.errors[0]).toMatchObject({ field: 'bench' });
  });

  it('migrates version 1 (mystery as a boolean) to the current version', () => {
    const v1 = { version: 1, bench: 'toy', parts: [{ id: 'R1', kind: 'resistor', xM: 0.1, yM: 0.1, rotDeg: 0, props: { resistanceOhm: 47 }, mystery: true }], links: [] };
    const r = parseSetup(v1, toyCatalog);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.setup.version).toBe(SETUP_VERSION);
      expect(r.setup.parts[0].mystery).toEqual(['resistanceOhm']);
    }
  });

  it('refuses unknown versions and non-JSON text with a named field', () => {
    const r = parseSetup({ ...toySetup(), version: 99 }, toyCatalog);
    expect(!r.ok && r.errors[0]).toMatchObject({ field: 'version' });
    const t = parseSetupText('{"version": 2,', toyCatalog);
    expect(!t.ok && t.errors[0].field).toBe('(file)');
    expect(parseSetup([], toyCatalog).ok).toBe(false);
  });

  it('bounds sizes: too many parts is refused', () => {
    const s = toySetup();
    for (let i = 0; i < 201; i++) s.parts.push({ id: `R${i + 10}`, kind: 'resistor', xM: 0, yM: 0, rotDeg: 0, props: {} });
    const r = parseSetup(s, toyCatalog);
    expect(!r.ok && r.errors[0].field).toBe('parts');
  });

  it('says what is allowed: ranges, patterns, keys, value types and sizes (setup-shape.ts)', () => {
    const s = toySetup() as unknown as { parts: Record<string, unknown>[]; links: Record<string, unknown>[]; hiddenTools?: unknown };
    s.parts[0].rotDeg = 360;
    s.parts[0].id = '1st';
    s.parts[1].props = { resistanceOhm: Number.NaN };
    s.parts[1].mystery = 'resistanceOhm';
    (s.links[0].from as Record<string, unknown>).terminal = '';
    s.links[1].colour = 'red';
    s.hiddenTools = ['Ruler'];
    const r = parseSetup(s, toyCatalog);
    expect(r.ok).toBe(false);
    const byField = Object.fromEntries(r.ok ? [] : r.errors.map((e) => [e.field, e.message]));
    expect(byField['parts[0].rotDeg']).toBe('expected a number from 0 to below 360, got 360');
    expect(byField['parts[0].id']).toContain('an id: a letter, then up to 23 letters, digits, _ or -');
    expect(byField['parts[1].props.resistanceOhm']).toContain('a finite number, text up to 200 characters, or true/false');
    expect(byField['parts[1].mystery']).toContain('expected a list');
    expect(byField['links[0].from.terminal']).toBe('expected at least 1 character');
    expect(byField['links[1]']).toBe("unknown key 'colour'; allowed: id, from, to, locked");
    expect(byField['hiddenTools[0]']).toContain('a tool name');
    expect(Object.keys(byField)).toHaveLength(7);
  });

  it('names the field of a badly shaped version 1 setup', () => {
    const r = parseSetup({ version: 1, bench: 'toy', parts: [{ id: 'R1', props: 'none', mystery: 'yes' }], links: [] }, toyCatalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['parts[0].mystery', 'parts[0].props']);
    if (!r.ok) expect(r.errors[0].message).toContain('(in a version 1 setup)');
  });
});
