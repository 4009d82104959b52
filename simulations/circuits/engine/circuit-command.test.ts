import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli';

const dir = mkdtempSync(join(tmpdir(), 'circuit-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
async function sim(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('npm run sim -- circuit', () => {
  it('prints the operating point as { nodes, elements } JSON', async () => {
    const r = await sim('circuit', '--netlist', file('div.cir', 'divider\nV1 in 0 9\nR1 in out 1k\nR2 out 0 2k\n.op\n.end\n'), '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.nodes.out).toBeCloseTo(6, 12);
    expect(j.elements.R1).toMatchObject({ currentA: expect.closeTo(3e-3, 15), voltageV: expect.closeTo(3, 12) });
    expect(j.elements.V1.currentA).toBeCloseTo(-3e-3, 15);
  });

  it('--tran prints a CSV of time and node voltages (RC: V(1 − e^{−t/RC}))', async () => {
    const r = await sim('circuit', '--netlist', file('rc.cir', 'rc\nV1 in 0 1\nR1 in out 1k\nC1 out 0 1u\n.end\n'), '--tran', '0.5m', '3m', '--uic');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('timeS (s),V(in) (V),V(out) (V)');
    expect(lines.length).toBe(1 + 7);
    const [t, vin, vout] = lines[3].split(',').map(Number);
    expect(t).toBe(0.001);
    expect(vin).toBe(1);
    expect(vout).toBeCloseTo(1 - Math.exp(-1), 3);
  });

  it('refuses an invalid line with its number and what was expected (exit 2)', async () => {
    const r = await sim('circuit', '--netlist', file('bad.cir', 'bad\nV1 a 0 5\nR1 a 0 1k oops\n'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.cir: line 3: expected end of line after the resistance, found "oops"/);
    expect((await sim('circuit', '--netlist', join(dir, 'missing.cir'))).code).toBe(2);
    expect((await sim('circuit', '--netlist', file('x.cir', 't\n'), '--tran', 'fast', '1')).err).toMatch(/--tran: step "fast" is not a positive time/);
    expect((await sim('circuit')).err).toMatch(/--netlist <file> is required/);
  });

  it('says which parts short-circuit an ideal supply (exit 1, zeros)', async () => {
    const r = await sim('circuit', '--netlist', file('short.cir', 'short\nV1 a 0 5\nV2 a 0 3\n.op\n'));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).ok).toBe(false);
    expect(r.err).toMatch(/error: .*V2.*V1|error: .*V1.*V2/);
  });
});
