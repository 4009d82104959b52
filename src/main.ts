import { mount } from 'svelte';
import './app/app.css';
import App from './app/App.svelte';
import { i18n } from './i18n';
import { router } from './app/router.svelte';
import { matchRoute } from './app/route-match';
import { routes } from './app/routes';

// Fetch this URL's page code while the catalog loads, instead of after it (the router's own
// import() then finds the module already loading).
void matchRoute(routes, location.pathname)
  ?.route.page.load()
  .catch(() => undefined);

void i18n.init().then(() => {
  const target = document.getElementById('app')!;
  target.textContent = '';
  mount(App, { target });
  router.start();
});
