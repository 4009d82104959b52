/**
 * `npm run build:server`: bundles the server's entry points into dist-server/ with esbuild, so production
 * runs plain JavaScript (`node dist-server/main.js`) with no TypeScript loader at run time.
 *
 *   dist-server/main.js            the server (npm start): server/start.ts, which checks the Node version
 *                                  before it imports the server (a chunk of its own, `splitting`)
 *   dist-server/seed.js            the demo school (npm run seed)
 *   dist-server/verify-reviews.js  the review-log check (npm run verify-reviews)
 *
 * Packages stay in node_modules (`packages: 'external'`): better-sqlite3 is a native addon, and the store
 * worker thread resolves it by name. The files read next to the code at run time are copied beside the
 * bundles: every bundle sits in dist-server/ itself, so `new URL('./common-passwords.txt', import.meta.url)`
 * and `new URL('../package.json', import.meta.url)` find them as they do from server/.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist-server');

/**
 * Builds into a directory of its own and then swaps it in, so a server started from dist-server/ (tests
 * build while other test files run the bundle) never finds it half-written or missing for the seconds a
 * build takes. The same sources give the same chunk names, so a running server's later chunk loads find theirs.
 */
export async function buildServer(): Promise<void> {
  const fresh = `${out}.${process.pid}.${Date.now()}.tmp`;
  mkdirSync(fresh, { recursive: true });
  try {
    await bundle(fresh);
    const old = `${fresh}.old`;
    try {
      renameSync(out, old);
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT') throw e;
    }
    try {
      renameSync(fresh, out);
    } catch (e) {
      // another build swapped its own (the same sources: the same files) in meanwhile: keep that one
      if (!['ENOTEMPTY', 'EEXIST'].includes((e as { code?: string }).code ?? '')) throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

async function bundle(outdir: string): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'server/start.ts', seed: 'server/seed.ts', 'verify-reviews': 'server/review/verify.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true, // dynamic imports become chunks: start.ts runs its check before the server's modules load
    target: 'node22.12',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'server/auth/common-passwords.txt'), join(outdir, 'common-passwords.txt'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildServer().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
