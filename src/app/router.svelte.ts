/** Client-side routing on real URLs: history API, link interception, lazy page loading with progress. */
import { matchRoute } from './route-match';
import { i18n } from '../i18n';
import { notFoundPage, pageNamespaces, routes, type Page, type PageModule } from './routes';

class Router {
  path = $state(location.pathname);
  search = $state(location.search);
  page = $state.raw<Page>(notFoundPage);
  params = $state.raw<Record<string, string>>({});
  component = $state.raw<PageModule['default'] | null>(null);
  /** Changes together with component and params (never before they are loaded), to re-create the page. */
  pageKey = $state('');
  loading = $state(false);
  loadError = $state<string | null>(null);
  private generation = 0;

  start(): void {
    addEventListener('popstate', () => void this.resolve());
    document.addEventListener('click', (e) => this.onClick(e));
    void this.resolve();
  }

  navigate(href: string, replace = false): void {
    const url = new URL(href, location.href);
    if (url.origin !== location.origin) {
      location.href = href;
      return;
    }
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void this.resolve();
    scrollTo(0, 0);
  }

  private onClick(e: MouseEvent): void {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download') || a.getAttribute('rel') === 'external') return;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || /^[a-z]+:/i.test(href)) return;
    e.preventDefault();
    this.navigate(href);
  }

  private async resolve(): Promise<void> {
    const gen = ++this.generation;
    this.path = location.pathname;
    this.search = location.search;
    const hit = matchRoute(routes, location.pathname);
    const page = hit?.route.page ?? notFoundPage;
    this.loading = true;
    this.loadError = null;
    try {
      const params = hit?.params ?? {};
      // the page's words come with its code, not after it
      const [mod] = await Promise.all([page.load(), i18n.need(pageNamespaces(page, params))]);
      if (gen !== this.generation) return;
      this.page = page;
      this.params = params;
      this.component = mod.default;
      this.pageKey = location.pathname + location.search;
    } catch (e) {
      if (gen !== this.generation) return;
      this.loadError = (e as Error).message;
    } finally {
      if (gen === this.generation) this.loading = false;
    }
  }
}

export const router = new Router();
