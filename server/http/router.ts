/** A small method + path router for `/api/*`. Path patterns use `:name` segments. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  url: URL;
}

export type RouteHandler = (ctx: RouteContext) => Promise<void> | void;

interface Route {
  method: string;
  parts: string[];
  handler: RouteHandler;
}

export class Router {
  private routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler): this {
    this.routes.push({ method: method.toUpperCase(), parts: pattern.split('/').filter(Boolean), handler });
    return this;
  }
  get(p: string, h: RouteHandler) { return this.add('GET', p, h); }
  post(p: string, h: RouteHandler) { return this.add('POST', p, h); }
  put(p: string, h: RouteHandler) { return this.add('PUT', p, h); }
  patch(p: string, h: RouteHandler) { return this.add('PATCH', p, h); }
  delete(p: string, h: RouteHandler) { return this.add('DELETE', p, h); }

  /** Every registered route as `METHOD /pattern` (e.g. `GET /api/projects/:id`), in registration order. */
  list(): string[] {
    return this.routes.map((r) => `${r.method} /${r.parts.join('/')}`);
  }

  /** Finds the handler; `methodNotAllowed` when the path exists under another method. */
  match(method: string, pathname: string): { handler: RouteHandler; params: Record<string, string> } | 'methodNotAllowed' | undefined {
    const parts = pathname.split('/').filter(Boolean);
    let pathMatched = false;
    for (const r of this.routes) {
      if (r.parts.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const p = r.parts[i];
        if (p.startsWith(':')) {
          try {
            params[p.slice(1)] = decodeURIComponent(parts[i]);
          } catch {
            ok = false;
            break;
          }
        } else if (p !== parts[i]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      pathMatched = true;
      if (r.method === method) return { handler: r.handler, params };
    }
    return pathMatched ? 'methodNotAllowed' : undefined;
  }
}
