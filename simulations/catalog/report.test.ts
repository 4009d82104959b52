import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { unknownExperiments } from './report';

const root = resolve(import.meta.dirname, '../..');
const sim = (...args: string[]) => spawnSync('npx', ['tsx', 'simulations/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run sim -- --curriculum', () => {
  it('prints one JSON row per required item: standard, code, title, experiments (a real process)', () => {
    const r = sim('--curriculum', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBe(68);
    for (const row of rows) {
      expect(typeof row.standard).toBe('string');
      expect(typeof row.code).toBe('string');
      expect(typeof row.title).toBe('string');
      expect(Array.isArray(row.experiments) && (row.experiments as unknown[]).every((x) => typeof x === 'string')).toBe(true);
    }
    const counts = Object.fromEntries(['cn-compulsory-2022-physics', 'cn-compulsory-2022-chemistry', 'cn-senior-2020-physics', 'cn-senior-2020-chemistry'].map((s) => [s, rows.filter((x) => x.standard === s).length]));
    expect(counts).toEqual({ 'cn-compulsory-2022-physics': 21, 'cn-compulsory-2022-chemistry': 8, 'cn-senior-2020-physics': 21, 'cn-senior-2020-chemistry': 18 });
    expect(rows.find((x) => x.title === '用单摆测量重力加速度的大小')).toMatchObject({ standard: 'cn-senior-2020-physics', code: 'X1.2', experiments: ['pendulum'] });
    expect(rows.find((x) => x.title === '用托盘天平测量物体的质量')).toMatchObject({ experiments: ['mechanics-balance'] });
  }, 30_000);

  it('filters by standard, prints CSV, and names the allowed values of a bad option', () => {
    const csv = sim('--curriculum', '--standard', 'cn-compulsory-2022-chemistry', '--format', 'csv');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('standard,code,title,titleEn,subject,grade,experiments,related');
    expect(lines.length).toBe(1 + 8);
    const bad = sim('--curriculum', '--standard', 'cn-2030-biology');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cn-senior-2020-chemistry');
  }, 30_000);

  it('lists the registry as JSON for tools that check the ids', () => {
    const r = sim('--list', '--format', 'json');
    expect(r.status).toBe(0);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
    for (const id of new Set(CATALOG.flatMap((e) => e.experiments))) expect(ids).toContain(id);
  }, 30_000);

  it('reports an entry that names an experiment the registry does not have', () => {
    const entry = { ...CATALOG[0], experiments: ['circuit-ohms-lwa'], related: ['pendulum'] };
    expect(unknownExperiments([entry], (id) => id === 'pendulum')).toEqual([`${entry.standard}/${entry.code}: unknown experiment 'circuit-ohms-lwa'`]);
  });
});
