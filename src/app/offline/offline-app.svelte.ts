/**
 * The app working offline, seen from the page: registers the service worker (service-worker.ts, built
 * to /sw.js) from the shell on every page once the first screen has loaded, follows the link
 * (online/offline), and announces updates: a new version is fetched by the browser in the background
 * while this one keeps running (the page says so); the browser switches to it once no page of the old
 * version is open, so the next start runs it, and that page says so once (the version last run is
 * remembered). Nothing is swapped under a page in use.
 *
 * The platform (navigator.serviceWorker, the window's online state, localStorage, the clock) is injected
 * so a unit test can drive it.
 */

export interface OfflinePlatform {
  serviceWorker: ServiceWorkerContainer | undefined;
  online(): boolean;
  onOnlineChange(fn: () => void): void;
  /** Runs `fn` once the page has loaded and is idle (the precache must not compete with the first screen). */
  whenIdle(fn: () => void): void;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  markReady(): void;
}

const VERSION_KEY = 'sprout.appVersion';

export class OfflineApp {
  /** The browser reports a link. */
  online = $state(true);
  /** Every file of this version is cached: the whole app works offline. */
  ready = $state(false);
  /** A newer version is downloaded and waits for the next start. */
  updateWaiting = $state(false);
  /** The app was just updated at start (shown once). */
  justUpdated = $state(false);
  private registration: ServiceWorkerRegistration | null = null;
  private started = false;

  constructor(private readonly platform: OfflinePlatform) {}

  /** The version of the app's files the controlling worker serves (null without one, or when it does not answer). */
  async controllerVersion(): Promise<string | null> {
    const controller = this.platform.serviceWorker?.controller;
    if (!controller) return null;
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => resolve(null), 2000);
      channel.port1.onmessage = (e: MessageEvent<{ version?: string }>) => {
        clearTimeout(timer);
        resolve(typeof e.data?.version === 'string' ? e.data.version : null);
      };
      controller.postMessage({ type: 'version' }, [channel.port2]);
    });
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const p = this.platform;
    this.online = p.online();
    p.onOnlineChange(() => {
      this.online = p.online();
      if (this.online) void this.registration?.update().catch(() => undefined);
    });
    const container = p.serviceWorker;
    if (!container) return;
    p.whenIdle(() => {
      void container
        .register('/sw.js', { scope: '/' })
        .then((reg) => {
          this.registration = reg;
          const watch = (w: ServiceWorker | null) =>
            w?.addEventListener('statechange', () => {
              if (w.state === 'installed' && container.controller) this.updateWaiting = true;
            });
          if (reg.waiting && container.controller) this.updateWaiting = true;
          watch(reg.installing);
          reg.addEventListener('updatefound', () => watch(reg.installing));
          return container.ready;
        })
        .then((reg) => {
          // ready: an active worker has finished its install, i.e. the precache is complete
          const mark = () => {
            this.ready = true;
            p.markReady();
            void this.noteVersion();
          };
          if (container.controller) mark();
          else container.addEventListener('controllerchange', mark, { once: true });
          // a new version that took over while this page runs: the next start runs it (said now)
          container.addEventListener('controllerchange', () => void this.noteVersion());
          void reg;
        })
        .catch(() => undefined);
    });
  }

  dismissUpdated(): void {
    this.justUpdated = false;
  }

  /**
   * The version this browser last ran is remembered; a different one now means the app was updated since
   * (by the next start here, or by the browser once every tab of the old version was closed).
   */
  private async noteVersion(): Promise<void> {
    const now = await this.controllerVersion();
    const storage = this.platform.storage;
    if (!now || !storage) return;
    const last = storage.getItem(VERSION_KEY);
    if (last && last !== now) this.justUpdated = true;
    storage.setItem(VERSION_KEY, now);
  }
}

function browserPlatform(): OfflinePlatform {
  let storage: OfflinePlatform['storage'] = null;
  try {
    storage = localStorage;
  } catch {
    storage = null;
  }
  return {
    // only the built app has a service worker (the dev server serves modules one by one)
    serviceWorker: import.meta.env.PROD && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    online: () => navigator.onLine,
    onOnlineChange: (fn) => {
      addEventListener('online', fn);
      addEventListener('offline', fn);
    },
    whenIdle: (fn) => {
      const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => fn(), { timeout: 3000 }) : setTimeout(fn, 1000));
      if (document.readyState === 'complete') idle();
      else addEventListener('load', idle, { once: true });
    },
    storage,
    markReady: () => {
      document.documentElement.dataset.offlineReady = 'true';
    },
  };
}

export const offlineApp = new OfflineApp(browserPlatform());
