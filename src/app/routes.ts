/**
 * Every top-level page. Pages are lazy chunks: heavy libraries (three, Blockly, TipTap, KaTeX) are
 * only imported by the pages that need them, so the first load stays small.
 */
import type { Component } from 'svelte';
import type { RouteDef } from './route-match';

export interface PageModule {
  default: Component<{ params: Record<string, string> }>;
}

export interface Page {
  /** i18n key of the document title. */
  titleKey: string;
  /** Which nav item is highlighted. */
  section: 'home' | 'labs' | 'projects' | 'coding' | 'reviews' | 'account' | 'none';
  load: () => Promise<PageModule>;
}

export const routes: RouteDef<Page>[] = [
  { pattern: '/', page: { titleKey: 'app.home.title', section: 'home', load: () => import('./HomePage.svelte') } },
  { pattern: '/labs', page: { titleKey: 'app.nav.labs', section: 'labs', load: () => import('../labs/LabsPage.svelte') } },
  { pattern: '/labs/:id', page: { titleKey: 'app.nav.labs', section: 'labs', load: () => import('../labs/LabPage.svelte') } },
  { pattern: '/projects', page: { titleKey: 'app.nav.projects', section: 'projects', load: () => import('../notebook/ProjectsPage.svelte') } },
  { pattern: '/coding', page: { titleKey: 'app.nav.coding', section: 'coding', load: () => import('../coding/CodingPage.svelte') } },
  { pattern: '/reviews', page: { titleKey: 'app.nav.reviews', section: 'reviews', load: () => import('../review/ReviewsPage.svelte') } },
];

export const notFoundPage: Page = { titleKey: 'app.notFound.title', section: 'none', load: () => import('./NotFoundPage.svelte') };
