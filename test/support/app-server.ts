/**
 * Starts the real server as its own process (`node --import tsx server/main.ts`) on a free port with a
 * fresh data directory, the way `npm start` does after building. Used by browser tests and crash tests.
 * One process, not the `tsx` command: that one runs the server in a child process, so a kill -9 sent to it
 * would leave the server running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM and wait; `kill -9` with `signal: 'SIGKILL'`. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Remove the data directory too. */
  dispose(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

export async function startAppServer(opts: { dataDir?: string; env?: Record<string, string>; entry?: 'source' | 'bundle' } = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'sprout-test-'));
  // 'bundle': the production build (`npm run build:server`, what `npm start` runs), plain node without a TypeScript loader
  const args = opts.entry === 'bundle' ? ['--enable-source-maps', join(root, 'dist-server/main.js')] : ['--import', 'tsx', join(root, 'server/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 30 s:\n${out}`)), 30_000);
    const check = () => {
      const m = /running at http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((r) => {
      if (child.exitCode !== null || child.signalCode !== null) return r(child.exitCode);
      child.once('exit', (code) => r(code));
      child.kill(signal);
    });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    process: child,
    output: () => out,
    stop,
    async dispose() {
      await stop();
      if (!opts.dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(`${dataDir}.review-key`, { force: true }); // the review key lives beside the data directory (REVIEW_KEY_FILE's default)
      }
    },
  };
}
