/**
 * Vite plugin: builds src/app/offline/service-worker.ts to dist/sw.js (a build of its own, one file: a
 * classic service worker cannot import, and the app's chunks are merged with shared helpers such as
 * rolldown's runtime that sw.js would otherwise import from /assets/) and writes into it the list of
 * files to keep offline, read from the build's manifest (dist/.vite/manifest.json, so `build.manifest`
 * must stay on) plus what the manifest does not describe (public files, Blockly's media), and a version
 * that changes with any file. A new version of sw.js is what makes browsers fetch the update.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { precacheList, precacheVersion, type BuildManifest } from '../src/app/offline/precache-list';

const SOURCE = 'src/app/offline/service-worker.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function serviceWorkerBuild(): Plugin {
  let outDir = 'dist';
  let publicDir = 'public';
  return {
    name: 'sprout-service-worker',
    apply: 'build',
    configResolved(config) {
      // the program worker's own build (config.worker) runs through here too: only the app's counts
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    async writeBundle(_options, bundle) {
      if (!bundle['index.html']) return;
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2020',
          sourcemap: false,
          rolldownOptions: { input: resolve(SOURCE), output: { format: 'es', entryFileNames: 'sw.js', codeSplitting: false } },
        },
      });
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as BuildManifest;
      const described = new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]));
      const undescribed = Object.keys(bundle).filter((f) => !described.has(f) && !f.startsWith('.vite/'));
      const publicFiles = publicDir ? filesUnder(publicDir).map((f) => relative(publicDir, f).split('\\').join('/')) : [];
      const urls = precacheList(manifest, [...undescribed, ...publicFiles]);
      const version = precacheVersion(urls, readFileSync(join(outDir, 'index.html'), 'utf8'));
      const swPath = join(outDir, 'sw.js');
      const code = readFileSync(swPath, 'utf8');
      if (!code.includes('__SPROUT_PRECACHE_LIST__') || !code.includes('__SPROUT_PRECACHE_VERSION__')) {
        throw new Error(`${swPath}: the precache placeholders are missing (was ${SOURCE} changed?)`);
      }
      // JSON inside a single-quoted JS string: JSON.parse('…') reads it back
      const listLiteral = JSON.stringify(urls).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
      writeFileSync(swPath, code.replace('__SPROUT_PRECACHE_LIST__', listLiteral).replace('__SPROUT_PRECACHE_VERSION__', version));
      this.info?.(`sw.js: ${urls.length} files precached, version ${version}`);
    },
  };
}
