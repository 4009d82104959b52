import { mount } from 'svelte';
import './app/app.css';
import App from './app/App.svelte';
import { i18n } from './i18n';
import { router } from './app/router.svelte';
import { matchRoute } from './app/route-match';
import { notFoundPage, pageNamespaces, routes } from './app/routes';
import { session } from './app/session.svelte';
import { offlineApp } from './app/offline/offline-app.svelte';

performance.mark('sprout:main');

// Fetch this URL's page code, and its data, while its words load, instead of after them (the
// router's own import() then finds the module already loading). The page's prefetch goes first: it asks
// for the code the page waits on longest (a notebook's text editor), ahead of the page's own chunks.
const landing = matchRoute(routes, location.pathname);
landing?.route.page.prefetch?.(landing.params);
void landing?.route.page.load().catch(() => undefined);
void session.load();

void i18n.init(pageNamespaces(landing?.route.page ?? notFoundPage, landing?.params ?? {})).then(() => {
  offlineApp.start();
  const target = document.getElementById('app')!;
  target.textContent = '';
  mount(App, { target });
  router.start();
  performance.mark('sprout:mounted');
});
