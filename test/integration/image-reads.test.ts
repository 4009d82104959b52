/**
 * Images are read per request without costing the database a row of bytes each time (issue #21): on
 * PostgreSQL the bytes live in their own table (image_data) apart from the rows that listings and quota
 * sums read, and each process keeps the immutable bytes of recent images (image-cache.ts), so a class
 * opening one notebook reads each picture from the database once per process, not once per student.
 * On SQLite (embedded, one process) the bytes are read from the local file each time; the answers are the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './sprout-fixture';

const png = (bytes: number, fill: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(bytes - 8, fill)]);

let fx: Fixture;
let cookies: string[];
beforeAll(async () => {
  fx = await startFixture();
  cookies = await Promise.all(['student1', 'student2', 'student3'].map((u) => fx.login(u)));
});
afterAll(() => fx.close());

/** Fetches the image; returns its bytes and the statements the store ran for the request. */
async function read(url: string, cookie: string): Promise<{ bytes: Buffer; statements: number; cacheControl: string | null }> {
  const before = fx.store.queryCount;
  const r = await fetch(`${fx.base}${url}`, { headers: { cookie } });
  expect(r.status).toBe(200);
  const bytes = Buffer.from(await r.arrayBuffer());
  return { bytes, statements: fx.store.queryCount - before, cacheControl: r.headers.get('cache-control') };
}

describe('reading an image', () => {
  it('every student gets the same bytes; on PostgreSQL only the first read fetches them from the database', async () => {
    const p = fx.demo.projectIds[0];
    const body = png(40 * 1024, 3);
    const up = await fx.api(`/api/projects/${p}/images`, { method: 'POST', cookie: cookies[0], body, headers: { 'content-type': 'image/png' } });
    expect(up.status).toBe(201);
    const url = up.body.image.url as string;
    const reads = [];
    for (const c of [...cookies, cookies[0]]) reads.push(await read(url, c));
    for (const r of reads) expect(r.bytes.equals(body)).toBe(true);
    // browsers keep it too: an image id is never reused
    expect(reads[0].cacheControl).toBe('private, max-age=86400, immutable');
    const [first, ...later] = reads.map((r) => r.statements);
    if (fx.store.kind === 'postgres') {
      // the same checks (session, access) each time, and the image's row and bytes only the first time
      for (const n of later) expect(n).toBe(first - 1);
      const columns = (await fx.sql("SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'images' AND table_schema = current_schema()")).map((r) => r.c);
      expect(columns).not.toContain('data');
    } else {
      for (const n of later) expect(n).toBe(first);
    }
  });

  it('an image of another project is not found, even when this process has its bytes', async () => {
    const [p, other] = fx.demo.projectIds;
    const up = await fx.api(`/api/projects/${p}/images`, { method: 'POST', cookie: cookies[0], body: png(2048, 9), headers: { 'content-type': 'image/png' } });
    expect(up.status).toBe(201);
    await read(up.body.image.url, cookies[0]); // cached now
    const r = await fetch(`${fx.base}/api/projects/${other}/images/${up.body.image.id}`, { headers: { cookie: cookies[0] } });
    expect(r.status).toBe(404);
  });
});
