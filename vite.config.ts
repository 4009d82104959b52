import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The coding lab's program worker imports the simulation registry for its models; views (Svelte,
// three) are never loaded there, so the worker build replaces them with an empty module.
const noViewsInWorker = {
  name: 'sprout-no-views-in-worker',
  enforce: 'pre' as const,
  load(id: string) {
    return /\.svelte(\?.*)?$/.test(id) ? 'export default null;' : null;
  },
};

const serverPort = Number(process.env.SERVER_PORT ?? 8080);

export default defineConfig({
  plugins: [svelte()],
  build: {
    target: 'es2020',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 2000,
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
