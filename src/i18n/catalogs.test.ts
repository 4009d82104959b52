/**
 * Both catalogues complete: the same namespace files, the same keys, the same {placeholders},
 * and every key the code uses exists: literal keys, keys made by a prefix helper
 * (`const k = (s: string) => \`wet.${s}\``, then `k('part.beaker')`) or a prefix constant
 * (`const K = 'chemistry.gas'`, then `\`${K}.title\``), and the wet bench's species names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPECIES } from '../../simulations/wet/chem/species';
import { format, pickLocale } from './locale';

const root = resolve(import.meta.dirname, '../..');
const dir = resolve(import.meta.dirname);

function load(lang: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const f of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
    out[f] = JSON.parse(readFileSync(join(dir, lang, f), 'utf8'));
  }
  return out;
}

const en = load('en');
const zh = load('zh-CN');
const all = new Set([...Object.values(en), ...Object.values(zh)].flatMap((m) => Object.keys(m)));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function walk(d: string, out: string[] = []): string[] {
  for (const name of readdirSync(d)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(svelte|ts)$/.test(name) && !/\.test(-fixture)?\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const namespaces = Object.keys(en).map((f) => f.replace(/\.json$/, ''));
const isNamespace = (key: string) => namespaces.includes(key.split('.')[0]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `const k = (s: string) => \`wet.${s}\`` … `k('part.beaker')` → `wet.part.beaker`. */
function helperKeys(text: string): string[] {
  const out: string[] = [];
  for (const [, name, , prefix] of text.matchAll(/const (\w+) = \((\w+)(?::\s*string)?\) => `([\w.-]+\.)\$\{\2\}`/g)) {
    if (!isNamespace(prefix)) continue;
    for (const [, rest] of text.matchAll(new RegExp(`\\b${escape(name)}\\(\\s*'([\\w.-]+)'`, 'g'))) out.push(prefix + rest);
  }
  return out;
}

/** `const K = 'chemistry.gas'` … `\`${K}.title\`` → `chemistry.gas.title`. */
function constantPrefixKeys(text: string): string[] {
  const out: string[] = [];
  for (const [, name, prefix] of text.matchAll(/const (\w+) = '([\w-]+(?:\.[\w-]+)*)';/g)) {
    if (!isNamespace(prefix)) continue;
    for (const [, rest] of text.matchAll(new RegExp(`\`\\$\\{${escape(name)}\\}((?:\\.[\\w-]+)+)\``, 'g'))) out.push(prefix + rest);
  }
  return out;
}

/** `t(\`review.status.${s}\`)`: at least one key starts with `review.status.` (the values themselves are data). */
function templatePrefixes(text: string): string[] {
  return [...text.matchAll(/\bt\(\s*`((?:[\w-]+\.)+)\$\{/g)].map((m) => m[1]).filter(isNamespace);
}

describe('i18n catalogues', () => {
  it('have the same namespace files in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  for (const file of Object.keys(en)) {
    it(`${file}: same keys, prefixed by the namespace, with the same placeholders, none empty`, () => {
      const ns = file.replace(/\.json$/, '');
      const a = en[file], b = zh[file] ?? {};
      const onlyEn = Object.keys(a).filter((k) => !(k in b));
      const onlyZh = Object.keys(b).filter((k) => !(k in a));
      expect({ onlyEn, onlyZh }).toEqual({ onlyEn: [], onlyZh: [] });
      for (const k of Object.keys(a)) {
        expect(k.startsWith(ns + '.'), `${k} belongs in ${k.split('.')[0]}.json`).toBe(true);
        expect(a[k].trim(), `en ${k} is empty`).not.toBe('');
        expect(b[k].trim(), `zh-CN ${k} is empty`).not.toBe('');
        expect(placeholders(b[k]), `placeholders of ${k}`).toEqual(placeholders(a[k]));
      }
    });
  }

  it('contain every key the code uses literally', () => {
    const files = [...walk(join(root, 'src')), ...walk(join(root, 'simulations')), ...walk(join(root, 'projects'))];
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const keys = [
        ...[...text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1]),
        ...[...text.matchAll(/\bt\(\s*"([a-zA-Z][\w-]*(?:\.[\w-]+)+)"/g)].map((m) => m[1]),
        ...[...text.matchAll(/[kK]ey:\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1]),
        ...helperKeys(text),
        ...constantPrefixKeys(text),
      ];
      for (const k of keys) if (!all.has(k)) missing.push(`${relative(root, f)}: ${k}`);
      for (const p of templatePrefixes(text)) if (![...all].some((k) => k.startsWith(p))) missing.push(`${relative(root, f)}: ${p}…`);
    }
    expect(missing).toEqual([]);
  });

  it('name every substance of the wet bench in both languages', () => {
    const keys = SPECIES.map((s) => s.nameKey);
    expect(keys.length).toBeGreaterThan(100);
    const wetEn = en['wet.json'], wetZh = zh['wet.json'];
    expect(keys.filter((k) => !(k in wetEn)), 'missing in en/wet.json').toEqual([]);
    expect(keys.filter((k) => !(k in wetZh)), 'missing in zh-CN/wet.json').toEqual([]);
    // The zh-CN names are the textbooks' Chinese names, not the English ones copied over.
    expect(keys.filter((k) => !/[\u4e00-\u9fff]/.test(wetZh[k])), 'zh-CN names without Chinese').toEqual([]);
    expect(wetZh['wet.species.sodiumChloride']).toBe('氯化钠');
    expect(wetZh['wet.species.copperSulfate']).toBe('硫酸铜');
  });

  it('find keys made by a prefix helper or a prefix constant (the scanner itself)', () => {
    const sample = "const k = (s: string) => `wet.${s}`;\nt(k('part.beaker'));\nconst K = 'chemistry.gas';\nconst a = `${K}.title`;";
    expect(helperKeys(sample)).toEqual(['wet.part.beaker']);
    expect(constantPrefixKeys(sample)).toEqual(['chemistry.gas.title']);
    expect(templatePrefixes('t(`review.status.${s}`)')).toEqual(['review.status.']);
  });
});

describe('locale choice and formatting', () => {
  it('prefers the remembered choice, then the browser language, else English', () => {
    expect(pickLocale('en', ['zh-CN'])).toBe('en');
    expect(pickLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale('fr', ['de', 'en-GB'])).toBe('en');
    expect(pickLocale(null, ['de'])).toBe('en');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });
});
