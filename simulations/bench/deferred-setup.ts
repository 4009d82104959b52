/**
 * A preset's setup built on first read. Every bench preset is a module-level constant and the registry imports
 * all of them, so a setup that costs work to build (the mechanics bench lets every part fall and hang, `arrange`)
 * was built for every preset on every page: ~145 ms at 4× CPU for the mechanics presets alone (issue #22).
 *
 * The returned object has the same own keys as `shape` (the setup as written, before the build), each an
 * enumerable getter; the first read of any of them runs `build(shape)` once and replaces the getters with the
 * built setup's plain data properties. The build must keep exactly the shape's keys (arranging moves parts, it
 * adds or drops no field): a key it added would read as missing before the build, so that throws, so from then on it is an ordinary object (spread, JSON, structuredClone,
 * Svelte's $state all see plain data; before the first read they see the built values through the getters).
 */
import type { Setup } from './setup';

export function deferredSetup(shape: Setup, build: (shape: Setup) => Setup): Setup {
  const lazy = {} as Setup;
  const materialise = (): Setup => {
    const built = build(shape);
    const keys = Object.keys(shape).sort().join(',');
    if (Object.keys(built).sort().join(',') !== keys) throw new Error(`deferredSetup: the build of '${shape.title}' must keep the setup's keys (${keys}), got ${Object.keys(built).sort().join(',')}`);
    for (const [key, value] of Object.entries(built)) Object.defineProperty(lazy, key, { value, writable: true, enumerable: true, configurable: true });
    return lazy;
  };
  for (const key of Object.keys(shape)) {
    Object.defineProperty(lazy, key, {
      get: () => (materialise() as unknown as Record<string, unknown>)[key],
      set: (value: unknown) => {
        materialise();
        (lazy as unknown as Record<string, unknown>)[key] = value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return lazy;
}
