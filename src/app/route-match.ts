/** Pure route matching: `/labs/:id` against a pathname. */
export interface RouteDef<P> {
  pattern: string;
  page: P;
}

export function matchRoute<P>(routes: readonly RouteDef<P>[], pathname: string): { route: RouteDef<P>; params: Record<string, string> } | undefined {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  for (const route of routes) {
    const rp = route.pattern.split('/').filter(Boolean);
    if (rp.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < rp.length && ok; i++) {
      if (rp[i].startsWith(':')) {
        try {
          params[rp[i].slice(1)] = decodeURIComponent(parts[i]);
        } catch {
          ok = false;
        }
      } else ok = rp[i] === parts[i];
    }
    if (ok) return { route, params };
  }
  return undefined;
}
