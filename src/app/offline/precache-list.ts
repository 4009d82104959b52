/**
 * What the service worker keeps for offline use, read from the Vite build's manifest
 * (dist/.vite/manifest.json): every chunk, its CSS and the assets it imports (KaTeX's fonts, pictures),
 * which covers every route's code, every lab and bench, the coding page and both language catalogues,
 * plus the files the manifest does not describe (the app shell `/`, public files, Blockly's media).
 *
 * Fonts: KaTeX declares each face as woff2, woff and ttf; every browser that runs a service worker
 * takes woff2, so the older formats are left out when a woff2 of the same face is in the list.
 * Pure: no Node or DOM, so the build plugin and a unit test share it.
 */

export interface ManifestChunk {
  file: string;
  css?: string[];
  assets?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

/** Files never precached: the service worker itself, source maps, the manifest. */
const NEVER = [/^sw\.js$/, /\.map$/, /^\.vite\//];

export function precacheList(manifest: BuildManifest, extraFiles: readonly string[] = []): string[] {
  if (!manifest || typeof manifest !== 'object') throw new Error('manifest: expected the object of dist/.vite/manifest.json');
  const files = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (typeof chunk?.file !== 'string') throw new Error(`manifest["${key}"].file: expected a file name`);
    files.add(chunk.file);
    for (const f of chunk.css ?? []) files.add(f);
    for (const f of chunk.assets ?? []) files.add(f);
  }
  for (const f of extraFiles) files.add(f.replace(/^\//, ''));
  const woff2 = new Set([...files].filter((f) => f.endsWith('.woff2')).map(fontFace));
  const urls = [...files]
    .filter((f) => !NEVER.some((re) => re.test(f)))
    .filter((f) => !(/\.(woff|ttf)$/.test(f) && woff2.has(fontFace(f))))
    // index.html is the shell every navigation falls back to; it is fetched as '/'
    .map((f) => (f === 'index.html' ? '/' : `/${f}`));
  if (!urls.includes('/')) urls.push('/');
  return urls.sort();
}

/** `assets/KaTeX_Main-Regular-C5JkGWo-.woff2` → `assets/KaTeX_Main-Regular` (the face without hash and format). */
function fontFace(file: string): string {
  return file.replace(/-[\w-]{8}\.(woff2?|ttf)$/, '').replace(/\.(woff2?|ttf)$/, '');
}

/** A short version of the list: changes whenever any file changes (file names carry content hashes). FNV-1a, 32 bits, hex. */
export function precacheVersion(urls: readonly string[], shellHtml: string): string {
  let h = 0x811c9dc5;
  for (const ch of urls.join('\n') + '\n' + shellHtml) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
