/**
 * The message catalogue in pieces: one lazy chunk per namespace file and language (`./en/labs.json` is the
 * `labs` namespace, whose keys all start with `labs.`), so a page fetches the shell's and its own words,
 * not the whole language (issue #22: on a 2 Mbit/s link the whole catalogue was the first screen's
 * critical path). Which page needs which namespaces is said in src/app/routes.ts.
 */
import type { Locale, Messages } from './locale';

type Loaders = Record<string, () => Promise<Messages>>;

/** `./en/labs.json` → `labs`. */
function byNamespace(files: Loaders): Loaders {
  return Object.fromEntries(Object.entries(files).map(([path, load]) => [path.replace(/^.*\/|\.json$/g, ''), load]));
}

const loaders: Record<Locale, Loaders> = {
  en: byNamespace(import.meta.glob<Messages>('./en/*.json', { import: 'default' })),
  'zh-CN': byNamespace(import.meta.glob<Messages>('./zh-CN/*.json', { import: 'default' })),
};

/** Every namespace there is (the same files in both languages: catalogs.test.ts). */
export const NAMESPACES: readonly string[] = Object.keys(loaders.en);

/** The namespace a key belongs to: the part before its first dot. */
export function namespaceOf(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(0, dot);
}

export function isNamespace(ns: string): boolean {
  return Object.hasOwn(loaders.en, ns);
}

/** Fetches (once: the module system keeps it) one namespace of one language. */
export function loadNamespace(locale: Locale, ns: string): Promise<Messages> {
  const load = loaders[locale][ns];
  if (!load) return Promise.reject(new Error(`no i18n namespace "${ns}" (have ${NAMESPACES.join(', ')})`));
  return load();
}
