/**
 * The per-project image quota (issue #13, item 10) over real HTTP with a real SQLite file: uploads stop
 * at the quota with a 413 that says how much is used, parallel uploads cannot overshoot it (the check
 * and the insert are one transaction), and other projects are not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './sprout-fixture';

const KIB = 1024;
const QUOTA = 200 * KIB;
const png = (bytes: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(bytes - 8, 7)]);

let fx: Fixture;
let cookie: string;
beforeAll(async () => {
  fx = await startFixture({ imageQuotaBytes: QUOTA });
  cookie = await fx.login('student1');
});
afterAll(() => fx.close());

const upload = (projectId: string, body: Buffer) =>
  fx.api(`/api/projects/${projectId}/images`, { method: 'POST', cookie, body, headers: { 'content-type': 'image/png' } });

describe('image quota per project', () => {
  it('stores images until the quota, then answers 413 image_quota_exceeded naming what is used', async () => {
    const [p, other] = fx.demo.projectIds;
    for (let i = 0; i < 3; i++) expect((await upload(p, png(60 * KIB))).status).toBe(201);
    const meta = await fx.api(`/api/projects/${p}`, { cookie });
    expect(meta.body.project).toMatchObject({ imageQuotaBytes: QUOTA, imageBytesUsed: 180 * KIB });

    const full = await upload(p, png(30 * KIB));
    expect(full.status).toBe(413);
    expect(full.body.error).toMatchObject({ code: 'image_quota_exceeded', field: 'body', usedBytes: 180 * KIB, quotaBytes: QUOTA });
    expect(full.body.error.message).toContain('0.2 MB');
    // what still fits is stored
    expect((await upload(p, png(20 * KIB))).status).toBe(201);
    expect((await upload(p, png(1 * KIB))).status).toBe(413);
    // the quota is per project
    expect((await upload(other, png(60 * KIB))).status).toBe(201);
    const stored = (await fx.sql('SELECT project_id AS p, SUM(size) AS n FROM images GROUP BY project_id ORDER BY n DESC')).map((r) => ({ p: r.p, n: Number(r.n) }));
    expect(stored).toEqual([{ p, n: QUOTA }, { p: other, n: 60 * KIB }]);
  });

  it('parallel uploads cannot overshoot the quota', async () => {
    const p = fx.demo.projectIds[1]; // 60 KiB used: room for two of these
    const results = await Promise.all(Array.from({ length: 6 }, () => upload(p, png(60 * KIB))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 413, 413, 413, 413]);
    const used = Number((await fx.sql('SELECT SUM(size) AS n FROM images WHERE project_id = ?', p))[0].n);
    expect(used).toBe(180 * KIB);
  });
});
