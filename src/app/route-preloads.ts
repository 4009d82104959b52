/**
 * Pages whose code is fetched from the first bytes of index.html when the browser lands on them
 * (scripts/route-preload.ts, at build time): the URL pattern, as in routes.ts, and the modules the page
 * needs before it is usable. The notebook: its page, and the text editor (TipTap), needed for the
 * first keystroke.
 */
export const ROUTE_PRELOADS = [{ pattern: '/projects/:id', modules: ['src/notebook/ProjectPage.svelte', 'src/notebook/cells/text-editor.ts'] }];
