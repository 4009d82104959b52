import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimulationMeta } from './core/meta';
import { collisionsMeta } from './collisions/meta';
import { inclineMeta } from './incline/meta';
import { pendulumMeta } from './pendulum/meta';
import { projectileMeta } from './projectile/meta';
import { springMeta } from './spring/meta';
import en from '../src/i18n/en/physics.json';
import zh from '../src/i18n/zh-CN/physics.json';

const metas: SimulationMeta[] = [projectileMeta, pendulumMeta, springMeta, collisionsMeta, inclineMeta];

function metaKeys(meta: SimulationMeta): string[] {
  const keys = [meta.titleKey, meta.descriptionKey];
  for (const p of meta.params) {
    keys.push(p.labelKey);
    if (p.kind === 'choice') keys.push(...p.options.map((o) => o.labelKey));
  }
  keys.push(...meta.measurements.map((m) => m.labelKey), ...meta.events.map((e) => e.labelKey));
  return keys;
}

describe('physics i18n', () => {
  it('has every key used by the metas and views, in English and Chinese, and no others', () => {
    const used = new Set(metas.flatMap(metaKeys));
    for (const id of ['projectile', 'pendulum', 'spring', 'collisions', 'incline']) {
      const src = readFileSync(new URL(`./${id}/view.svelte`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/'(physics\.[A-Za-z0-9.]+)'/g)) used.add(m[1]);
    }
    const enKeys = Object.keys(en), zhKeys = Object.keys(zh);
    expect(zhKeys.sort()).toEqual(enKeys.sort());
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    // Keys built at run time are the meta keys; anything else in the catalogue is unused.
    expect(enKeys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('keeps the same {placeholders} in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [k, v] of Object.entries(en)) expect(holes((zh as Record<string, string>)[k]), k).toEqual(holes(v));
  });
});
