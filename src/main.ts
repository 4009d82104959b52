import { mount } from 'svelte';
import './app/app.css';
import App from './app/App.svelte';
import { i18n } from './i18n';
import { router } from './app/router.svelte';

void i18n.init().then(() => {
  const target = document.getElementById('app')!;
  target.textContent = '';
  mount(App, { target });
  router.start();
});
