/**
 * Registers the app-shell service worker (public/sw.js) from the notebook routes, hands it the
 * assets this page already loaded (lazy chunks, KaTeX fonts) so an offline reload works, and tells
 * the page when a new version is waiting — the user chooses when to reload.
 */
class OfflineShell {
  /** True once the worker controls the page and holds the assets of this page. */
  ready = $state(false);
  updateWaiting = $state(false);
  private registration: ServiceWorkerRegistration | null = null;
  private started = false;

  start(): void {
    if (this.started || !('serviceWorker' in navigator)) return;
    this.started = true;
    navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ type?: string }>) => {
      if (e.data?.type === 'cached') {
        this.ready = true;
        document.documentElement.dataset.offlineReady = 'true';
      }
    });
    void navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((reg) => {
        this.registration = reg;
        const watch = (w: ServiceWorker | null) => {
          w?.addEventListener('statechange', () => {
            if (w.state === 'installed' && navigator.serviceWorker.controller) this.updateWaiting = true;
          });
        };
        if (reg.waiting && navigator.serviceWorker.controller) this.updateWaiting = true;
        reg.addEventListener('updatefound', () => watch(reg.installing));
        return navigator.serviceWorker.ready;
      })
      .then(() => this.cacheLoadedAssets())
      .catch(() => undefined);
  }

  /** Ask the worker to keep every same-origin asset this page has loaded so far. */
  cacheLoadedAssets(): void {
    const urls = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
      .map((u) => u.pathname);
    const send = () => navigator.serviceWorker.controller?.postMessage({ type: 'cache-urls', urls });
    if (navigator.serviceWorker.controller) send();
    else navigator.serviceWorker.addEventListener('controllerchange', send, { once: true });
  }

  /** The user chose to update: activate the waiting worker and reload once it controls the page. */
  applyUpdate(): void {
    const waiting = this.registration?.waiting;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'skip-waiting' });
  }
}

export const offlineShell = new OfflineShell();
