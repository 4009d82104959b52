import { describe, expect, it } from 'vitest';
import { afterLoginPath } from './login-redirect';

const origin = 'https://lab.school.example';

describe('afterLoginPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(afterLoginPath('/classes', origin)).toBe('/classes');
    expect(afterLoginPath('/labs/pendulum?project=abc&cell=x#tools', origin)).toBe('/labs/pendulum?project=abc&cell=x#tools');
    expect(afterLoginPath('/projects/p1/../p2', origin)).toBe('/projects/p2');
  });

  it('refuses every spelling that a URL parser turns into another host (issue #13, item 6)', () => {
    for (const next of [
      '/\\evil.example/x', // ?next=/%5Cevil.example/x
      '/\t/evil.example/x', // ?next=/%09/evil.example/x
      '/\n/evil.example',
      '/\r\n/evil.example',
      '//evil.example/x',
      '/\\/evil.example',
      '\\\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      ' /x',
    ]) {
      expect(afterLoginPath(next, origin), JSON.stringify(next)).toBe('/projects');
    }
  });

  it('falls back to the projects page without a usable value', () => {
    expect(afterLoginPath(null, origin)).toBe('/projects');
    expect(afterLoginPath('', origin)).toBe('/projects');
    expect(afterLoginPath('projects', origin)).toBe('/projects');
    expect(afterLoginPath('/login?next=/classes', origin)).toBe('/projects');
    expect(afterLoginPath(`/${'a'.repeat(3000)}`, origin)).toBe('/projects');
  });
});
