/**
 * Vite plugin: writes a Brotli copy (`name.br`, quality 11) beside every compressible file of the app's build
 * larger than 512 bytes, which the server sends to browsers that accept `br` (server/http/static.ts). Brotli at
 * its best is ~15 % smaller than gzip -9 on this app's code (1.59 vs 1.87 MB for all of it), and on a school's
 * 2 Mbit/s link the notebook's first screen is mostly waiting for bytes (issue #22). Quality 11 is too slow to
 * run when a file is asked for (~7 s for the whole app on this machine), so it is done once, here; the copies
 * are made in parallel on libuv's thread pool. They are not in the build's manifest, so the service worker does
 * not precache them (it gets the files themselves, compressed on the wire).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { Plugin } from 'vite';

const compress = promisify(brotliCompress);
/** What is worth compressing (as the server's COMPRESSIBLE, less index.html, which it rewrites per page). */
const TEXT = /\.(js|mjs|css|json|svg|webmanifest|txt)$/;

export function brotliCopy(body: Buffer): Promise<Buffer> {
  return compress(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  });
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'sprout-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      if (!bundle['index.html']) return; // the app's build only
      const files = Object.keys(bundle).filter((f) => TEXT.test(f));
      await Promise.all(
        files.map(async (f) => {
          const body = await readFile(join(outDir, f));
          if (body.length > 512) await writeFile(join(outDir, `${f}.br`), await brotliCopy(body));
        }),
      );
    },
  };
}
