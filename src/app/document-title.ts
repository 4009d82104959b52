/** The browser tab's title: what this page is, then the app's name, never the name twice. */
export function composeTitle(page: string | null | undefined, appName: string): string {
  const p = page?.trim();
  return !p || p === appName ? appName : `${p} · ${appName}`;
}
