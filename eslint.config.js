// Only one job for ESLint here: enforce which way imports may point (../shared/DESIGN.md, "Directions of the arrows").
// `.svelte` files are linted too (svelte-eslint-parser, TypeScript inside <script>), so a simulation view
// cannot reach into the app's singletons (i18n, session): what it needs comes through its props.
import svelteParser from 'svelte-eslint-parser';
import tseslint from 'typescript-eslint';

const dom = { group: ['svelte', 'svelte/*', 'three', 'three/*', 'blockly', 'blockly/*', '@tiptap/*', 'katex'], message: 'simulation models stay pure: no Svelte, three, Blockly or editor code' };
const noSrc = { group: ['**/src/*', '**/src/**'], message: 'only the app (src/) may import src/: a simulation view takes translate and number formatting through its props' };
const noServer = { group: ['**/server/*', '**/server/**'], message: 'only the server may import server/' };
const noNode = { group: ['node:*', 'fs', 'path', 'better-sqlite3', 'ws'], message: 'projects/ runs in the browser and in the server: no Node-only modules' };

/** Pure code under simulations/: models, metas, the workbench's and each bench's non-view modules. */
const pureSimulationFiles = [
  'simulations/core/**/*.ts',
  'simulations/*/model.ts',
  'simulations/*/meta.ts',
  'simulations/bench/**/*.ts',
  'simulations/circuits/**/*.ts',
  'simulations/wet/**/*.ts',
  'simulations/catalog/**/*.ts',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-server/**', 'data/**', 'test/e2e/screenshots/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
  },
  {
    files: ['**/*.svelte'],
    languageOptions: { parser: svelteParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Every simulation file, views included, stays below the app and apart from the server.
    files: ['simulations/**/*.ts', 'simulations/**/*.svelte'],
    ignores: ['simulations/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSrc, noServer] }] },
  },
  {
    files: pureSimulationFiles,
    ignores: ['simulations/**/*.test.ts', 'simulations/**/*.svelte.ts', 'simulations/cli.ts', 'simulations/registry.ts', 'simulations/view.ts', 'simulations/**/view-types.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dom, noSrc, noServer] }] },
  },
  {
    // The circuit engine runs in the page too: pure, no Node modules (the CLI command and the ngspice peer excepted).
    files: ['simulations/circuits/engine/**/*.ts'],
    ignores: ['simulations/**/*.test.ts', 'simulations/circuits/engine/circuit-command.ts', 'simulations/circuits/engine/ngspice-peer.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dom, noSrc, noServer, { ...noNode, message: 'the circuit engine runs in the browser: no Node-only modules' }] }] },
  },
  {
    files: ['projects/**/*.ts'],
    ignores: ['projects/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSrc, noServer, noNode, { group: ['svelte', 'svelte/*'], message: 'projects/ has no UI code' }] }] },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSrc] }] },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServer] }] },
  },
);
