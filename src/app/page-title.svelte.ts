/**
 * A page's own title for the browser tab (an experiment's name, say), when its route's title is too
 * general. The shell composes it with the app's name (./document-title.ts); without one, the route's title
 * is used.
 */
class PageTitle {
  own = $state<string | null>(null);
  owner: symbol | null = null;
}

export const pageTitle = new PageTitle();

/** Called in a page component's script: the tab shows `get()` while this page is on screen. */
export function usePageTitle(get: () => string | undefined): void {
  const me = Symbol('page');
  $effect(() => {
    pageTitle.own = get() ?? null;
    pageTitle.owner = me;
  });
  $effect(() => () => {
    // Only the page that set the title clears it (the next page may already have set its own).
    if (pageTitle.owner === me) {
      pageTitle.own = null;
      pageTitle.owner = null;
    }
  });
}
