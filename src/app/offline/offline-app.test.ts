import { describe, expect, it } from 'vitest';
import { OfflineApp, type OfflinePlatform } from './offline-app.svelte';

/** A service-worker container whose controlling worker serves `version` (answers on the message port). */
function fakeContainer(version: string | null, waiting = false): ServiceWorkerContainer {
  const reg = { waiting: waiting ? {} : null, installing: null, addEventListener() {}, update: async () => reg };
  const controller = version === null ? null : { postMessage: (_msg: unknown, ports: MessagePort[]) => ports[0].postMessage({ version }) };
  return { controller, register: async () => reg, ready: Promise.resolve(reg), addEventListener() {}, getRegistration: async () => reg } as unknown as ServiceWorkerContainer;
}

function platform(container: ServiceWorkerContainer | undefined, stored: Record<string, string> = {}) {
  let online = true;
  const onChange: (() => void)[] = [];
  let ready = 0;
  const p: OfflinePlatform = {
    serviceWorker: container,
    online: () => online,
    onOnlineChange: (fn) => onChange.push(fn),
    whenIdle: (fn) => fn(),
    storage: { getItem: (k) => stored[k] ?? null, setItem: (k, v) => void (stored[k] = v), removeItem: (k) => void delete stored[k] },
    markReady: () => ready++,
  };
  return { p, stored, goOffline: (v: boolean) => ((online = !v), onChange.forEach((f) => f())), readyCount: () => ready };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('OfflineApp', () => {
  it('follows the link', () => {
    const f = platform(undefined);
    const app = new OfflineApp(f.p);
    app.start();
    expect(app.online).toBe(true);
    f.goOffline(true);
    expect(app.online).toBe(false);
    f.goOffline(false);
    expect(app.online).toBe(true);
  });

  it('is ready once a worker controls the page, and remembers the version it serves', async () => {
    const f = platform(fakeContainer('v1'));
    const app = new OfflineApp(f.p);
    app.start();
    await settle();
    expect(app.ready).toBe(true);
    expect(f.readyCount()).toBe(1);
    expect(f.stored['sprout.appVersion']).toBe('v1');
    expect(app.justUpdated).toBe(false); // a first visit is not an update
  });

  it('says once that the app was updated when the version served differs from the one last run', async () => {
    const f = platform(fakeContainer('v2'), { 'sprout.appVersion': 'v1' });
    const app = new OfflineApp(f.p);
    app.start();
    await settle();
    expect(app.justUpdated).toBe(true);
    expect(f.stored['sprout.appVersion']).toBe('v2');
    const again = new OfflineApp(f.p); // the next start on the same version says nothing
    again.start();
    await settle();
    expect(again.justUpdated).toBe(false);
  });

  it('announces a downloaded version that waits', async () => {
    const app = new OfflineApp(platform(fakeContainer('v1', true)).p);
    app.start();
    await settle();
    expect(app.updateWaiting).toBe(true);
  });
});
