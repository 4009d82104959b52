/**
 * Every route the assembled server registers (core routes, review and evaluation as main.ts adds them)
 * has a contract entry in projects/contracts/routes.ts, or an explicit exemption with its reason. The
 * contract module named for a route lists it in its header.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXEMPT_ROUTES, ROUTE_CONTRACTS } from '../../projects/contracts/routes';
import { assembleServer } from '../assemble';
import { featureRoutes } from '../feature-routes';
import { SqliteStore } from '../store/sqlite';

let registered: string[] = [];
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-route-contracts-'));
  const store = new SqliteStore({ dataDir: dir });
  const server = assembleServer({ store, distDir: dir, version: 'test', log: () => {}, extraRoutes: featureRoutes });
  registered = server.router.list();
  await server.close();
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('route contracts (projects/contracts/routes.ts)', () => {
  it('the server registers the API routes once each', () => {
    expect(registered.length).toBeGreaterThan(80);
    expect(registered.filter((r, i) => registered.indexOf(r) !== i)).toEqual([]);
  });

  it('every registered route has a contract or an exemption', () => {
    const known = new Set([...Object.keys(ROUTE_CONTRACTS), ...Object.keys(EXEMPT_ROUTES)]);
    expect(registered.filter((r) => !known.has(r)), 'add these to ROUTE_CONTRACTS (or, for files and streams, EXEMPT_ROUTES)').toEqual([]);
  });

  it('lists no route the server does not register, and none twice', () => {
    const all = [...Object.keys(ROUTE_CONTRACTS), ...Object.keys(EXEMPT_ROUTES)];
    expect(all.filter((r) => !registered.includes(r))).toEqual([]);
    expect(all.filter((r, i) => all.indexOf(r) !== i)).toEqual([]);
  });

  it('each exemption says why', () => {
    for (const [route, why] of Object.entries(EXEMPT_ROUTES)) expect(why.length, route).toBeGreaterThan(15);
  });

  it("each contract module lists its routes in its header ('METHOD /path')", () => {
    const missing: string[] = [];
    for (const [route, name] of Object.entries(ROUTE_CONTRACTS)) {
      const text = readFileSync(new URL(`../../projects/contracts/${name}.ts`, import.meta.url), 'utf8');
      const [method, path] = route.split(' ');
      const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      if (!new RegExp(`\\b${method}\\s+${escaped}(?![\\w/.:-])`).test(text)) missing.push(`${route} (${name}.ts)`);
    }
    expect(missing).toEqual([]);
  });
});
