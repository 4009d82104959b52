/**
 * The data-directory lock (issue #13, item 9) with real server processes: a second server on the same
 * directory is refused while the first runs; after a kill -9 the next start is not blocked, even when the
 * dead server's process id now belongs to another live process (the lock is the operating system's, held
 * by an open file, not a process id written into a file).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningServer } from '../support/app-server';

const dataDir = mkdtempSync(join(tmpdir(), 'sprout-lock-'));
const running: RunningServer[] = [];
const others: ChildProcess[] = [];
afterAll(async () => {
  for (const s of running) await s.stop('SIGKILL');
  for (const p of others) p.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.review-key`, { force: true }); // the review key lives beside the data directory
});

async function start(): Promise<RunningServer> {
  const s = await startAppServer({ dataDir, env: { DEMO_PASSWORD: 'lock-test-pass-1' } });
  running.push(s);
  return s;
}

async function health(s: RunningServer): Promise<boolean> {
  return ((await (await fetch(`${s.url}/api/health`)).json()) as { ok: boolean }).ok;
}

describe('data-directory lock', () => {
  it('refuses a second server, and a kill -9 or a reused process id never blocks the restart', async () => {
    const first = await start();
    expect(await health(first)).toBe(true);

    // a second server on the same directory stops with a clear message, and the first keeps running
    const second = startAppServer({ dataDir, env: { DEMO_PASSWORD: 'lock-test-pass-1' } });
    await expect(second).rejects.toThrow(/exited with [12] before listening[\s\S]*another Sprout Lab process[\s\S]*is using this data directory/);
    expect(await health(first)).toBe(true);

    // kill -9: nothing is cleaned up, the next start simply takes the lock
    await first.stop('SIGKILL');
    const restarted = await start();
    expect(await health(restarted)).toBe(true);
    await restarted.stop('SIGKILL');

    // the dead server's pid handed to another process (here: a sleeping child, alive) must not matter:
    // earlier versions wrote the pid into sprout-lab.db-updates.lock and refused while that pid lived
    const reused = spawn('sleep', ['60'], { stdio: 'ignore' });
    others.push(reused);
    writeFileSync(join(dataDir, 'sprout-lab.db-updates.lock'), String(reused.pid));
    const afterReuse = await start();
    expect(await health(afterReuse)).toBe(true);
    expect(existsSync(join(dataDir, 'sprout-lab.db-updates.lock'))).toBe(false); // the old pid file is gone
    expect(await afterReuse.stop('SIGTERM')).toBe(0);

    // a clean stop lets go too
    const last = await start();
    expect(await health(last)).toBe(true);
  }, 90_000);
});
