export { i18n, t } from './i18n.svelte';
export { LOCALES, type Locale } from './locale';
