// Only one job for ESLint here: enforce which way imports may point (../shared/DESIGN.md, "Directions of the arrows").
import tseslint from 'typescript-eslint';

const dom = { group: ['svelte', 'svelte/*', 'three', 'three/*', 'blockly', 'blockly/*', '@tiptap/*', 'katex'], message: 'simulation models stay pure: no Svelte, three, Blockly or editor code' };
const noSrc = { group: ['**/src/*', '**/src/**'], message: 'only the app (src/) may import src/' };
const noServer = { group: ['**/server/*', '**/server/**'], message: 'only the server may import server/' };
const noNode = { group: ['node:*', 'fs', 'path', 'better-sqlite3', 'ws'], message: 'projects/ runs in the browser and in the server: no Node-only modules' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', '**/*.svelte', 'test/e2e/screenshots/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
  },
  {
    files: ['simulations/core/**/*.ts', 'simulations/*/model.ts', 'simulations/*/meta.ts'],
    ignores: ['simulations/**/*.test.ts', 'simulations/cli.ts', 'simulations/registry.ts', 'simulations/view.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dom, noSrc, noServer] }] },
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
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServer] }] },
  },
);
