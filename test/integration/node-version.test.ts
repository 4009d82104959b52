/**
 * The built server (dist-server/main.js, what `npm start` and the systemd units run) refuses a Node.js
 * older than 22.12 with a plain message and exit code 2, before it loads the server's modules; on this
 * machine's Node it starts. An older Node is imitated by setting process.versions.node before the entry
 * runs (`--import`), which is what the check reads.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server';

const root = resolve(import.meta.dirname, '../..');
beforeAll(() => buildServer(), 120_000);

function run(fakeVersion: string | null, dataDir: string): Promise<{ code: number | null; out: string }> {
  const pretend = fakeVersion ? ['--import', `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${fakeVersion}"})`] : [];
  const child = spawn(process.execPath, [...pretend, 'dist-server/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    if (/running at http/.test(out)) child.kill('SIGTERM');
  });
  child.stderr.on('data', (d) => (out += d));
  return new Promise((done) => child.once('exit', (code) => done({ code, out })));
}

describe('the built server and the Node.js version', () => {
  it('on Node 20 it says what it needs and exits 2, having opened nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sprout-node-')), 'data');
    try {
      const r = await run('20.19.0', dir);
      expect(r.code).toBe(2);
      expect(r.out.trim()).toBe(
        'Sprout Lab cannot start: this is Node.js 20.19.0; Sprout Lab needs Node.js 22.12 or newer (Node.js 24 LTS recommended: https://nodejs.org/en/download). Node.js 20 and older get no security fixes.',
      );
      expect(existsSync(dir), 'no data directory made').toBe(false);
    } finally {
      rmSync(resolve(dir, '..'), { recursive: true, force: true });
    }
  }, 60_000);

  it(`on this machine's Node (${process.versions.node}) it starts`, async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sprout-node-')), 'data');
    try {
      const r = await run(null, dir);
      expect(r.out).toMatch(/Sprout Lab [\d.]+ is running at http/);
      expect(existsSync(dir)).toBe(true);
    } finally {
      rmSync(resolve(dir, '..'), { recursive: true, force: true });
    }
  }, 60_000);
});
