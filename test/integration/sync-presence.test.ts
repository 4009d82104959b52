/**
 * Presence (awareness) is bounded (issue #13, items 1 and 3): a state nested 100 000 levels deep no
 * longer takes the process down at the next join (real server process), and states are limited in
 * bytes, depth, number per connection and per document; read-only users publish only their name and
 * caret; a state's `user` carries the account's id and name whatever the client wrote; nobody changes
 * another person's presence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type RunningServer } from '../support/app-server';
import { awarenessMessage, deepState, presenceEntries, provider, rawSocket, type RawSocket } from '../support/sync-attacks';
import { startFixture, waitFor, type Fixture } from './sprout-fixture';

const PASSWORD = 'presence-test-pass';

async function loginTo(base: string, username: string, password: string): Promise<string> {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  return r.headers.get('set-cookie')!.split(';')[0];
}

describe('a deeply nested presence state (real server process)', () => {
  let s: RunningServer;
  afterAll(() => s?.dispose());

  it('is refused; the next person to join syncs and the process stays up', async () => {
    s = await startAppServer({ env: { DEMO_PASSWORD: PASSWORD } });
    const origin = s.url;
    const wsBase = `ws://127.0.0.1:${s.port}/sync`;
    const mentor = await loginTo(s.url, 'mentor', PASSWORD); // read-only on Team A's projects
    const student = await loginTo(s.url, 'student1', PASSWORD);
    const projects = (await (await fetch(`${s.url}/api/projects`, { headers: { cookie: student } })).json()) as { projects: { id: string }[] };
    const projectId = projects.projects[0].id;

    const attacker = await rawSocket(wsBase, projectId, mentor, origin);
    attacker.send(awarenessMessage([{ clientId: 4242, clock: 1, json: deepState(100_000) }]));
    // The attacker stops reading, so the server's close frame goes unanswered and the socket (with its
    // state, on the old server) lingers for ws's 30 s close timeout while someone else joins.
    attacker.ws.pause();
    await new Promise((r) => setTimeout(r, 300));

    const exited = new Promise<void>((r) => s.process.once('exit', () => r()));
    const joiner = provider(wsBase, projectId, student, origin);
    await Promise.race([waitFor(() => joiner.provider.synced, 'the next person to join syncs', 15_000), exited]);
    await new Promise((r) => setTimeout(r, 300));
    // The old server died here: "RangeError: Maximum call stack size exceeded" from JSON.stringify in
    // the greeting, an unhandled rejection, exit code 1.
    expect({ exitCode: s.process.exitCode, signal: s.process.signalCode }, s.output().slice(-1500)).toEqual({ exitCode: null, signal: null });
    expect(joiner.provider.synced).toBe(true);
    expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
    expect(joiner.provider.awareness.getStates().has(4242)).toBe(false);
    expect(s.output()).not.toContain('Maximum call stack size exceeded');

    attacker.ws.resume();
    const closed = await attacker.closed;
    expect(closed.code).toBe(4413); // 200 KB of brackets: refused for its size before its depth is looked at
    expect(closed.reason).toContain('presence state too large');
    joiner.provider.destroy();
  });
});

describe('presence limits', () => {
  let fx: Fixture;
  let pA: string;
  const cookies: Record<string, string> = {};
  const origin = () => `http://${fx.host}`;
  const raw = (who: string, projectId = pA) => rawSocket(fx.wsBase, projectId, cookies[who], origin());
  /** The presence states a newcomer is sent (a snapshot: poll it until what was sent has been handled). */
  const statesSeenBy = async (who: string) => {
    const ws = await raw(who);
    ws.send(Uint8Array.from([3])); // query awareness
    await new Promise((r) => setTimeout(r, 100));
    ws.ws.close();
    const seen = new Map<number, unknown>();
    for (const m of ws.messages) for (const e of presenceEntries(m) ?? []) seen.set(e.clientId, JSON.parse(e.json));
    return seen;
  };

  beforeAll(async () => {
    fx = await startFixture({ sync: { maxPresenceStatesPerRoom: 5 } });
    pA = fx.demo.projectIds[0];
    for (const u of ['student1', 'student2', 'student3', 'teacher', 'mentor']) cookies[u] = await fx.login(u);
  });
  afterAll(() => fx.close());

  it('a state over 8 KiB closes with 4413, one nested 17 levels with 4400, and neither is kept; 16 levels is fine', async () => {
    const big = await raw('student1');
    big.send(awarenessMessage([{ clientId: 501, clock: 1, json: JSON.stringify({ user: { name: 'x'.repeat(9 * 1024) } }) }]));
    expect(await big.closed).toMatchObject({ code: 4413 });
    const deep = await raw('student1');
    deep.send(awarenessMessage([{ clientId: 502, clock: 1, json: deepState(16) }])); // 17 levels with the outer object
    expect(await deep.closed).toMatchObject({ code: 4400, reason: expect.stringContaining('nested too deeply') });
    for (const [json, what] of [['[1,2]', 'an array'], ['"text"', 'a string'], ['{"a":', 'cut-off JSON']]) {
      const bad = await raw('student1');
      bad.send(awarenessMessage([{ clientId: 503, clock: 1, json }]));
      expect({ what, ...(await bad.closed) }).toMatchObject({ what, code: 4400 });
    }
    const fine = await raw('student1');
    fine.send(awarenessMessage([{ clientId: 504, clock: 1, json: deepState(15) }]));
    await expect.poll(async () => [...(await statesSeenBy('student2')).keys()], { timeout: 5000 }).toEqual([504]);
    fine.ws.close();
    await fine.closed;
  });

  it('one connection may publish two client ids; a third closes it with 4429 (180 distinct 1 MiB states cannot pile up)', async () => {
    const ws = await raw('student1');
    for (let i = 0; i < 3; i++) ws.send(awarenessMessage([{ clientId: 600 + i, clock: 1, json: JSON.stringify({ user: { name: `n${i}` } }) }]));
    expect(await ws.closed).toMatchObject({ code: 4429, reason: expect.stringContaining('at most 2 per connection') });

    // Issue #13 item 3: 180 states of 1 MiB with distinct client ids on one connection.
    const flood = await raw('student2');
    const state = JSON.stringify({ user: { name: 'y'.repeat(1024 * 1024) } });
    for (let i = 0; i < 180 && flood.ws.readyState === flood.ws.OPEN; i++) {
      flood.send(awarenessMessage([{ clientId: 10_000 + i, clock: 1, json: state }]));
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 5));
    }
    expect((await flood.closed).code).toBe(4413);
    const seen = await statesSeenBy('student3');
    expect([...seen.keys()].filter((id) => id >= 10_000)).toEqual([]);
  });

  it('a document shows at most maxPresenceStatesPerRoom states; the rest are not shown and their connections stay open', async () => {
    const sockets: RawSocket[] = [];
    for (let i = 0; i < 4; i++) {
      const ws = await raw(i % 2 ? 'student2' : 'student3');
      for (let j = 0; j < 2; j++) ws.send(awarenessMessage([{ clientId: 700 + i * 2 + j, clock: 1, json: '{"user":{"name":"n"}}' }]));
      sockets.push(ws);
    }
    await expect.poll(async () => (await statesSeenBy('student1')).size, { timeout: 5000 }).toBe(5);
    await new Promise((r) => setTimeout(r, 100)); // nothing more comes: still 5
    expect((await statesSeenBy('student1')).size).toBe(5);
    expect(sockets.every((s) => s.ws.readyState === s.ws.OPEN)).toBe(true);
    for (const s of sockets) s.ws.close();
    await Promise.all(sockets.map((s) => s.closed));
    await expect.poll(async () => (await statesSeenBy('student1')).size, { timeout: 5000 }).toBe(0); // removed with their connections
    expect(fx.logs.some((l) => l.includes('newcomers are not shown'))).toBe(true);
  });

  it('read-only users publish only their name and caret; names are the account’s; nobody changes or removes another person’s presence', async () => {
    const account = async (username: string) => {
      const u = (await fx.store.accounts.userByUsername(username))!;
      return { userId: String(u.id), name: u.displayName };
    };
    const student = provider(fx.wsBase, pA, cookies.student2, origin());
    student.provider.awareness.setLocalStateField('user', { name: 'Li Lei', color: '#123456' });
    await waitFor(() => student.provider.synced, 'student synced');
    const own = student.doc.clientID;

    const mentor = await raw('mentor');
    mentor.send(awarenessMessage([{ clientId: 800, clock: 1, json: JSON.stringify({ user: { name: 'Dr Li' }, cursor: { anchor: 1 }, banner: 'x'.repeat(2000) }) }]));
    const spoofer = await raw('student3');
    spoofer.send(awarenessMessage([{ clientId: own, clock: 99, json: JSON.stringify({ user: { name: 'not Li Lei' } }) }]));
    spoofer.send(awarenessMessage([{ clientId: own, clock: 100, json: 'null' }]));
    spoofer.send(awarenessMessage([{ clientId: 801, clock: 1, json: JSON.stringify({ user: { userId: '1', name: 'The Teacher' } }) }]));

    // 801 comes after the spoofer's other messages on the same socket: once it shows, they were handled.
    await expect.poll(async () => [...(await statesSeenBy('student1')).keys()].sort(), { timeout: 5000 }).toEqual([800, 801, own].sort());
    const seen = await statesSeenBy('student1');
    expect(seen.get(800)).toEqual({ user: await account('mentor'), cursor: { anchor: 1 } });
    expect(seen.get(own)).toEqual({ user: { ...(await account('student2')), color: '#123456' } });
    expect(seen.get(801)).toEqual({ user: await account('student3') });

    // The same person reconnecting (a second socket) may take over their own client id.
    const again = await raw('student2');
    again.send(awarenessMessage([{ clientId: own, clock: 200, json: JSON.stringify({ user: { name: 'x' }, cursor: { anchor: 5 } }) }]));
    const takenOver = { user: await account('student2'), cursor: { anchor: 5 } };
    await expect.poll(async () => (await statesSeenBy('student1')).get(own), { timeout: 5000 }).toEqual(takenOver);
    for (const s of [mentor, spoofer, again]) s.ws.close();
    student.provider.destroy();
  });
});
