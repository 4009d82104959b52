import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from './cli';
import { simulations } from './registry';

async function cli(...argv: string[]) {
  let out = '', err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('sim CLI', () => {
  it('describes every registered simulation with units, ranges and events', async () => {
    expect(simulations.length).toBeGreaterThanOrEqual(5);
    for (const s of simulations) {
      const r = await cli(s.meta.id, '--describe');
      expect(r.code).toBe(0);
      const d = JSON.parse(r.out);
      expect(d.id).toBe(s.meta.id);
      expect(d.params.length).toBe(s.meta.params.length);
      expect(d.measurements.every((m: { unit?: string }) => typeof m.unit === 'string')).toBe(true);
    }
    const p = JSON.parse((await cli('projectile', '--describe')).out);
    expect(p.params.find((x: { name: string }) => x.name === 'angleDeg')).toMatchObject({ unit: '°', min: -90, max: 90, default: 45 });
    expect(p.events).toEqual(['landed']);
  });

  it('runs until an event and prints the measurements as JSON', async () => {
    const r = await cli('projectile', '--set', 'speedMps=20', '--set', 'angleDeg=45', '--until', 'landed');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.reachedEvent).toBe(true);
    // R = v² sin 2θ / g (no drag) = 400 / 9.81
    expect(j.measurements.rangeM).toBeCloseTo(400 / 9.81, 6);
    expect(j.params.speedMps).toBe(20);
  });

  it('prints a CSV time series with units in the header', async () => {
    const r = await cli('spring', '--time', '1', '--every', '0.25', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^timeS \(s\),displacementM \(m\),velocityMps \(m\/s\)/);
    expect(lines.length).toBe(1 + 5); // t = 0, 0.25, 0.5, 0.75, 1
    expect(Number(lines[1].split(',')[1])).toBeCloseTo(0.1, 12); // default displacement
  });

  it('runs for a fixed time and uses the seed', async () => {
    const a = JSON.parse((await cli('collisions', '--set', 'mode=table', '--time', '0.2', '--seed', '5')).out);
    const b = JSON.parse((await cli('collisions', '--set', 'mode=table', '--time', '0.2', '--seed', '5')).out);
    expect(a.measurements).toEqual(b.measurements);
    expect(a.timeS).toBeCloseTo(0.2, 9);
  });

  it('exits 2 naming the parameter and its range when a value is out of range', async () => {
    const r = await cli('pendulum', '--set', 'angleDeg=200', '--time', '1');
    expect(r.code).toBe(2);
    expect(r.err).toContain('angleDeg');
    expect(r.err).toContain('-179 … 179 °');
    expect(r.out).toBe('');
  });

  it('exits 2 for an unknown parameter, simulation, event, option or choice', async () => {
    const unknownParam = await cli('spring', '--set', 'springK=3', '--time', '1');
    expect(unknownParam.code).toBe(2);
    expect(unknownParam.err).toContain("unknown parameter 'springK'");
    expect(unknownParam.err).toContain('springConstantNpm');
    const unknownSim = await cli('rocket', '--time', '1');
    expect(unknownSim.code).toBe(2);
    expect(unknownSim.err).toContain("unknown simulation 'rocket'");
    expect(unknownSim.err).toContain('projectile');
    const unknownEvent = await cli('incline', '--until', 'exploded');
    expect(unknownEvent.code).toBe(2);
    expect(unknownEvent.err).toContain('started, stopped, reachedBottom');
    expect((await cli('incline', '--time', '1', '--frobnicate')).code).toBe(2);
    const badChoice = await cli('projectile', '--set', 'gravity=jupiter', '--until', 'landed');
    expect(badChoice.code).toBe(2);
    expect(badChoice.err).toContain('earth | textbook | estimate | moon | mars | custom');
    expect((await cli('projectile')).code).toBe(2); // neither --until nor --time
    expect((await cli('projectile', '--time', '-1')).code).toBe(2);
  });

  it('exits 1 when the event does not happen in the time allowed', async () => {
    const r = await cli('incline', '--set', 'angleDeg=10', '--until', 'started', '--time', '2');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).reachedEvent).toBe(false);
    expect(r.err).toContain("'started' did not happen");
  });

  it('works as a real process with exit status (npx tsx simulations/cli.ts)', () => {
    const ok = spawnSync('npx', ['tsx', 'simulations/cli.ts', 'incline', '--set', 'angleDeg=40', '--until', 'reachedBottom'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).measurements.sliding).toBe(0);
    const bad = spawnSync('npx', ['tsx', 'simulations/cli.ts', 'incline', '--set', 'massKg=0', '--time', '1'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('massKg');
    expect(bad.stderr).toContain('0.1 … 100 kg');
  }, 30_000);
});
