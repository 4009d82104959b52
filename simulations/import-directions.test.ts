/**
 * The import lint (eslint.config.js) keeps simulations/ below the app: a view may not import the app's
 * i18n singleton, and that holds for `.svelte` files too (they were not linted before).
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import directions', () => {
  // ESLint loads its config, the TypeScript and Svelte parsers on the first lint (seconds on a busy machine)
  beforeAll(() => restrictedImports('export {};\n', 'simulations/bench/editor.ts'), 60_000);

  it('refuses the app i18n singleton in a simulation view (.svelte)', async () => {
    const view = `<script lang="ts">\n  import { t } from '../../src/i18n';\n  let { n }: { n: number } = $props();\n</script>\n<p>{t('physics.x')} {n}</p>\n`;
    const messages = await restrictedImports(view, 'simulations/pendulum/view.svelte');
    expect(messages.length).toBe(1);
    expect(messages[0]).toContain('only the app (src/) may import src/');
  });

  it('refuses Svelte and three in the pure workbench modules, and src/ in a bench view', async () => {
    expect(await restrictedImports(`import { mount } from 'svelte';\nexport const x = mount;\n`, 'simulations/bench/editor.ts')).toHaveLength(1);
    expect(await restrictedImports(`import * as THREE from 'three';\nexport const x = THREE;\n`, 'simulations/circuits/adapter.ts')).toHaveLength(1);
    expect(await restrictedImports(`import { mount } from 'svelte';\nexport const x = mount;\n`, 'simulations/wet/chem/kinetics.ts')).toHaveLength(1);
    expect(await restrictedImports(`<script lang="ts">\n  import { session } from '../../src/app/session.svelte';\n  void session;\n</script>\n`, 'simulations/bench/BenchView.svelte')).toHaveLength(1);
  });

  it('lets a view import its model and the shared view types', async () => {
    const view = `<script lang="ts">\n  import type { SimulationViewProps } from '../view';\n  import { PendulumModel } from './model';\n  let { model }: SimulationViewProps = $props();\n  void PendulumModel; void model;\n</script>\n`;
    expect(await restrictedImports(view, 'simulations/pendulum/view.svelte')).toEqual([]);
  });
});
