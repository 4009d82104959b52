/** Which words each page fetches with its code (issue #22: the first screen waits for these, not for the whole language). */
import { describe, expect, it } from 'vitest';
import { isNamespace } from '../i18n/namespaces';
import { matchRoute } from './route-match';
import { notFoundPage, pageNamespaces, routes } from './routes';

const namespacesAt = (path: string) => {
  const hit = matchRoute(routes, path);
  return pageNamespaces(hit?.route.page ?? notFoundPage, hit?.params ?? {});
};

describe('pageNamespaces', () => {
  it('names only namespaces that exist, the shell’s and the title’s among them, for every page', () => {
    for (const { route, params } of [...routes.map((r) => ({ route: r, params: { id: 'pendulum' } })), { route: { page: notFoundPage }, params: {} }]) {
      const ns = pageNamespaces(route.page, params);
      expect(ns.filter((n) => !isNamespace(n))).toEqual([]);
      expect(ns).toEqual(expect.arrayContaining(['app', 'auth', route.page.titleKey.split('.')[0]]));
    }
  });

  it('gives the Labs page its catalogue words but not every subject’s', () => {
    expect(namespacesAt('/labs').sort()).toEqual(['app', 'auth', 'catalog', 'labs']);
  });

  it('gives a lab its simulation’s namespace, and a bench preset the bench’s too', () => {
    expect(namespacesAt('/labs/pendulum').sort()).toEqual(['app', 'auth', 'labs', 'physics']);
    expect(namespacesAt('/labs/circuit-ohms-law').sort()).toEqual(['app', 'auth', 'bench', 'circuits', 'labs']);
    expect(namespacesAt('/labs/wet-boiling')).toEqual(expect.arrayContaining(['wet', 'bench']));
    expect(namespacesAt('/labs/no-such-lab').sort()).toEqual(['app', 'auth', 'labs']);
  });

  it('gives the coding page every simulation’s title (its blocks name them)', () => {
    expect(namespacesAt('/coding')).toEqual(expect.arrayContaining(['coding', 'physics', 'chemistry', 'circuits', 'optics', 'mechanics', 'wet']));
  });
});
