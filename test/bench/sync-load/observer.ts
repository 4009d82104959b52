/**
 * The unrelated school of the attack bench (forked by test/bench/sync-attack.ts with `--import tsx`): a
 * victim pair of students editing their own project and a GET /api/health every 100 ms, in a process of
 * their own, so that the attacker's work in the bench process cannot delay what they measure.
 *
 * Messages from the parent: `start` (URLs, project, cookies), `stop` (stop writing, wait for the last
 * edits, report, exit). The process exits by itself when the parent goes away.
 */
import { healthLatencyMs, percentile, VictimPair } from '../../support/sync-attacks';

export type ToObserver = { kind: 'start'; wsBase: string; base: string; projectId: string; writerCookie: string; readerCookie: string } | { kind: 'stop' };
export type FromObserver =
  | { kind: 'ready' }
  | {
      kind: 'report';
      figures: { sent: number; arrived: number; latencyP50Ms: number; latencyP99Ms: number; latencyMaxMs: number; healthP50Ms: number; healthMaxMs: number; healthFailures: number };
    };

const send = (m: FromObserver) => process.send!(m);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let victim: VictimPair | undefined;
let sampler: NodeJS.Timeout | undefined;
const health: number[] = [];
let healthFailures = 0;

process.on('disconnect', () => process.exit(0));
process.on('message', (m: ToObserver) => {
  void (async () => {
    if (m.kind === 'start') {
      victim = new VictimPair(m.wsBase, m.projectId, m.writerCookie, m.readerCookie, m.base);
      const until = Date.now() + 15_000;
      while (!victim.synced && Date.now() < until) await sleep(20);
      await sleep(300);
      sampler = setInterval(() => healthLatencyMs(m.base).then((ms) => health.push(ms), () => healthFailures++), 100);
      victim.start(50);
      send({ kind: 'ready' });
    } else if (victim) {
      victim.stop();
      clearInterval(sampler);
      const until = Date.now() + 10_000;
      while (victim.received < victim.sent && Date.now() < until) await sleep(20);
      const l = victim.latenciesMs;
      send({
        kind: 'report',
        figures: {
          sent: victim.sent,
          arrived: victim.received,
          latencyP50Ms: percentile(l, 0.5),
          latencyP99Ms: percentile(l, 0.99),
          latencyMaxMs: Math.max(0, ...l),
          healthP50Ms: percentile(health, 0.5),
          healthMaxMs: Math.max(0, ...health),
          healthFailures,
        },
      });
      victim.destroy();
      await sleep(100);
      process.exit(0);
    }
  })();
});
