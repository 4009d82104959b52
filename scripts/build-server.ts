/**
 * `npm run build:server`: bundles the server's entry points into dist-server/ with esbuild, so production
 * runs plain JavaScript (`node dist-server/main.js`) with no TypeScript loader at run time.
 *
 *   dist-server/main.js            the server (npm start)
 *   dist-server/seed.js            the demo school (npm run seed)
 *   dist-server/verify-reviews.js  the review-log check (npm run verify-reviews)
 *
 * Packages stay in node_modules (`packages: 'external'`): better-sqlite3 is a native addon, and the store
 * worker thread resolves it by name. The files read next to the code at run time are copied beside the
 * bundles: every bundle sits in dist-server/ itself, so `new URL('./common-passwords.txt', import.meta.url)`
 * and `new URL('../package.json', import.meta.url)` find them as they do from server/.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist-server');

export async function buildServer(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'server/main.ts', seed: 'server/seed.ts', 'verify-reviews': 'server/review/verify.ts' },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22.12',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'server/auth/common-passwords.txt'), join(out, 'common-passwords.txt'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildServer().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
