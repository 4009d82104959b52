/**
 * The sync room path alone, without sockets, nginx or a load generator: each update is decoded (as the
 * connection does), integrated by its document's Room, appended to the SQLite update log and relayed to
 * the document's other peers (fake peers that only count). Figure: the process's CPU ms (user + system)
 * per 1 000 deliveries, which the machine's load does not change the way it changes latencies.
 *
 * Clients type forward into their own Y.Text and never apply what they receive, like the sync benches'
 * clients (sync-load/worker.ts, SYNC_EDIT=append). A round is one update from every client of every
 * document; the first rounds warm up.
 *
 *   npm run bench -- sync-room-path
 *   npx tsx test/bench/sync-room-path.ts [<repository root> ...]   A/B: each root's server/sync in turn,
 *     interleaved (SYNC_ROOM_RUNS runs each), e.g. a worktree of the commit before a change
 *   env: SYNC_ROOM_DOCS=50, SYNC_ROOM_PEERS=5, SYNC_ROOM_ROUNDS=120, SYNC_ROOM_RUNS=3
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';

const here = resolve(import.meta.dirname);
const root = resolve(here, '../..');

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer; got '${process.env[name]}'`);
  return v;
}

/** One measurement in this process, with the Room, store and journal of the repository at `from`. */
async function measure(from: string): Promise<{ cpuMsPer1000: number; deliveries: number }> {
  const docs = envInt('SYNC_ROOM_DOCS', 50);
  const peersPerDoc = envInt('SYNC_ROOM_PEERS', 5);
  const rounds = envInt('SYNC_ROOM_ROUNDS', 120);
  const warmup = Math.min(20, Math.floor(rounds / 4));
  const mod = (p: string) => import(pathToFileURL(join(from, p)).href);
  const { Room } = (await mod('server/sync/room.ts')) as typeof import('../../server/sync/room');
  const { UpdateJournal } = (await mod('server/sync/journal.ts')) as typeof import('../../server/sync/journal');
  const { DEFAULT_SYNC_LIMITS } = (await mod('server/sync/limits.ts')) as typeof import('../../server/sync/limits');
  const { SqliteStore } = (await mod('server/store/sqlite.ts')) as typeof import('../../server/store/sqlite');
  const dir = mkdtempSync(join(tmpdir(), 'sprout-room-path-'));
  const store = new SqliteStore({ dataDir: dir });
  try {
    const school = await store.accounts.createSchool('s');
    const teacher = await store.accounts.createUser({ role: 'teacher', username: 't', displayName: 't', schoolId: school.id, passwordHash: 'x' });
    const cls = await store.classes.createClass({ schoolId: school.id, name: 'c', inviteCode: 'ROOMPATH', teacherId: teacher.id, createdAt: 0 });
    const journal = new UpdateJournal(store.docs);
    let deliveries = 0;
    const failures: unknown[] = [];
    type BenchPeer = { userId: number; send: () => void; close: () => void; editor: Y.Doc };
    const rooms: { room: Awaited<ReturnType<typeof Room.load>>; peers: BenchPeer[] }[] = [];
    for (let d = 0; d < docs; d++) {
      const team = await store.classes.createTeam(cls.id, `t${d}`);
      const id = `room-path-${d}`;
      await store.projects.createProject({ id, teamId: team.id, title: id, templateId: null, status: 'draft', createdBy: teacher.id, createdAt: 0, updatedAt: 0 }, Y.encodeStateAsUpdate(new Y.Doc()));
      const room = await Room.load(id, store, journal, {
        limits: { ...DEFAULT_SYNC_LIMITS, compactAfterUpdates: 500 },
        log: () => {},
        onFailure: (_r, err) => failures.push(err),
      });
      const peers: BenchPeer[] = Array.from({ length: peersPerDoc }, (_, i) => ({
        userId: i + 1,
        send: () => void deliveries++,
        close: () => {},
        editor: new Y.Doc(),
      }));
      for (const p of peers) room.addPeer(p);
      rooms.push({ room, peers });
    }
    const round = () => {
      for (const { room, peers } of rooms) {
        for (const p of peers) {
          const text = p.editor.getText('t');
          const sv = Y.encodeStateVector(p.editor);
          text.insert(text.length, 'x');
          const update = Y.encodeStateAsUpdate(p.editor, sv);
          room.receiveUpdate(p, update, Y.decodeUpdate(update));
        }
      }
    };
    // each round waits for its appends (the journal's, if the store cannot append at once) before the next
    const settle = () => Promise.all(rooms.map(({ room }) => room.enqueue(() => {})));
    for (let r = 0; r < warmup; r++) {
      round();
      await settle();
    }
    deliveries = 0;
    const cpu0 = process.cpuUsage();
    for (let r = warmup; r < rounds; r++) {
      round();
      await settle();
    }
    const cpu = process.cpuUsage(cpu0);
    if (failures.length) throw new Error(`a room failed: ${String(failures[0])}`);
    const expected = (rounds - warmup) * docs * peersPerDoc * (peersPerDoc - 1);
    if (deliveries !== expected) throw new Error(`delivered ${deliveries} of ${expected} updates`);
    for (const { room } of rooms) room.destroy();
    // the editors' own encoding is part of the process's CPU: measured apart and taken off
    const editorCpu = editorsOnly(rounds - warmup, docs, peersPerDoc);
    return { cpuMsPer1000: ((cpu.user + cpu.system) / 1000 - editorCpu) / (deliveries / 1000), deliveries };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU ms the editors take to make and decode their updates over `rounds` rounds (the bench's client side). */
function editorsOnly(rounds: number, docs: number, peersPerDoc: number): number {
  const editors = Array.from({ length: docs * peersPerDoc }, () => new Y.Doc());
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const e of editors) {
      const text = e.getText('t');
      const sv = Y.encodeStateVector(e);
      text.insert(text.length, 'x');
      Y.decodeUpdate(Y.encodeStateAsUpdate(e, sv));
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `measure` in a fresh process per run, alternating between the roots. */
function interleaved(roots: string[]): Map<string, number[]> {
  const runs = envInt('SYNC_ROOM_RUNS', 3);
  const out = new Map<string, number[]>(roots.map((r) => [r, []]));
  for (let i = 0; i < runs; i++) {
    for (const r of roots) {
      // this file as it is in that root (it must have it), so yjs is that root's single copy too
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(r, 'test/bench/sync-room-path.ts'), '--child', r], { cwd: r, encoding: 'utf8', env: process.env });
      if (child.status !== 0) throw new Error(`room path run for ${r} failed: ${child.stderr}`);
      const ms = Number(/cpuMsPer1000 (\S+)/.exec(child.stdout)?.[1]);
      out.get(r)!.push(ms);
      console.log(`  ${r}: ${ms.toFixed(2)} ms per 1 000 deliveries (load ${loadavg()[0].toFixed(1)})`);
    }
  }
  return out;
}

export default async function run(): Promise<{ name: string; figures: Record<string, number | string> }[]> {
  const ms = interleaved([root]).get(root)!;
  return [{ name: 'sync room path (decode, apply, SQLite append, relay; no sockets)', figures: { cpuMsPer1000Deliveries: round2(median(ms)), runs: ms.map(round2).join(' / '), loadAverage: round2(loadavg()[0]) } }];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const r = await measure(resolve(args[1]));
    console.log(`cpuMsPer1000 ${r.cpuMsPer1000} deliveries ${r.deliveries}`);
  } else {
    const roots = args.length ? args.map((a) => resolve(a)) : [root];
    for (const [r, xs] of interleaved(roots)) console.log(`${r}: median ${median(xs).toFixed(2)} ms per 1 000 deliveries (${xs.map((x) => x.toFixed(2)).join(' / ')})`);
  }
}
