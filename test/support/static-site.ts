/**
 * A folder served by the app's static handler (server/http/static.ts) on a local port, as a unit test of
 * what the server sends needs it: a built app's files written into a temporary folder, then fetched.
 */
import { createServer } from 'node:http';
import { createStaticHandler } from '../../server/http/static';

export interface StaticSite {
  base: string;
  close(): Promise<void>;
}

export async function serveFolder(dir: string): Promise<StaticSite> {
  const serve = createStaticHandler(dir);
  const server = createServer((req, res) => void serve(req, res, new URL(req.url!, 'http://x').pathname));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
