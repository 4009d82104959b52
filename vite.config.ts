import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { precompress } from './scripts/precompress';
import { serviceWorkerBuild } from './scripts/service-worker-build';

// The coding lab's program worker imports the simulation registry for its models; views (Svelte,
// three) are never loaded there, so the worker build replaces them with an empty module.
const noViewsInWorker = {
  name: 'sprout-no-views-in-worker',
  enforce: 'pre' as const,
  load(id: string) {
    return /\.svelte(\?.*)?$/.test(id) ? 'export default null;' : null;
  },
};

// Blockly's icons (trash can, zoom, cursors) come from its own package, served at /blockly-media/,
// so the coding page never reaches off-site for them (school networks often block it).
const blocklyMediaDir = fileURLToPath(new URL('./node_modules/blockly/media/', import.meta.url));
const blocklyMedia = {
  name: 'sprout-blockly-media',
  configureServer(server: { middlewares: { use: (fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void) => void } }) {
    server.middlewares.use((req, res, next) => {
      const m = /^\/blockly-media\/([\w.-]+)$/.exec(req.url ?? '');
      if (!m || !existsSync(blocklyMediaDir + m[1])) return next();
      res.end(readFileSync(blocklyMediaDir + m[1]));
    });
  },
  generateBundle(this: { emitFile: (f: { type: 'asset'; fileName: string; source: Uint8Array }) => void }) {
    for (const f of readdirSync(blocklyMediaDir)) this.emitFile({ type: 'asset', fileName: `blockly-media/${f}`, source: readFileSync(blocklyMediaDir + f) });
  },
};

const serverPort = Number(process.env.SERVER_PORT ?? 8080);

export default defineConfig({
  plugins: [svelte(), blocklyMedia, serviceWorkerBuild(), precompress()],
  build: {
    target: 'es2020',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 2000,
    // Fewer requests before a page is usable (issue #22): the server speaks HTTP/1.1 (6 connections, a
    // round trip each), so the many ~1 KB chunks shared by a few pages are copied into the chunks that
    // import them instead (under 20 KB of source each; a copy is only ever added where it was already
    // fetched, so no page downloads code it does not use). Lab pages: 36-48 -> 18-27 scripts before
    // usable. Needs entry signatures not kept and strict execution order (rolldown turns it on);
    // sw.js is built on its own (scripts/service-worker-build.ts) so it imports nothing.
    rolldownOptions: {
      preserveEntrySignatures: false,
      onwarn(warning, warn) {
        // A lab page imports its family's entries lazily (simulations/families.ts), the registry all of them
        // statically, for the pages that list every experiment: both are meant, and each stays a chunk of its own.
        if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /simulations\/([\w-]+\/)?[\w-]*entries\.ts/.test(warning.message)) return;
        warn(warning);
      },
      output: {
        codeSplitting: { experimentalInlineCommonChunks: { maxSize: 20_000 } },
      },
    },
  },
  worker: {
    format: 'es',
    plugins: () => [noViewsInWorker],
  },
  server: {
    proxy: {
      '/api': { target: `http://127.0.0.1:${serverPort}`, changeOrigin: false },
      '/sync': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
});
