/**
 * What else the machine was doing while a sync bench measured (Linux /proc; every figure is 'n/a' where it
 * is not there), so a latency tail can be told apart from our own work:
 *
 * - run-queue wait of a server's event-loop thread (/proc/<pid>/schedstat, 2nd field: ns spent runnable but
 *   waiting for a core, https://docs.kernel.org/scheduler/sched-stats.html): ms per second the event loop
 *   had work and no core. Our own synchronous work shows up as CPU instead.
 * - CPU pressure (/proc/pressure/cpu, "some" total in µs, https://docs.kernel.org/accounting/psi.html):
 *   the share of time at least one runnable task waited for a core, machine-wide.
 * - the machine's busy CPU (/proc/stat), in % of one core, against the cores there are.
 * - the CPU of the PostgreSQL and Redis servers (by process name), shared with whatever else uses them.
 */
import { readdirSync, readFileSync } from 'node:fs';

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** ns the thread `pid` (a process's main thread) spent runnable but not running, or null. */
export function runQueueWaitNs(pid: number): number | null {
  const s = read(`/proc/${pid}/schedstat`);
  const v = s ? Number(s.split(' ')[1]) : NaN;
  return Number.isFinite(v) ? v : null;
}

/** µs of CPU "some" pressure since boot, or null. */
export function cpuPressureUs(): number | null {
  const m = /^some .*total=(\d+)/m.exec(read('/proc/pressure/cpu') ?? '');
  return m ? Number(m[1]) : null;
}

/** Busy and total jiffies of all cores since boot (/proc/stat's cpu line; idle and iowait are not busy). */
export function machineTicks(): { busy: number; total: number } | null {
  const line = (read('/proc/stat') ?? '').split('\n')[0];
  if (!line.startsWith('cpu ')) return null;
  const f = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}

/** Pids of processes whose command name (/proc/<pid>/comm) is one of `names`. */
export function pidsNamed(names: readonly string[]): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const comm = read(`/proc/${d}/comm`)?.trim();
    if (comm && names.some((n) => comm === n || comm.startsWith(`${n}:`))) out.push(Number(d));
  }
  return out;
}

/** A snapshot to subtract from a later one. */
export interface MachineSample {
  atMs: number;
  waitNs: (number | null)[];
  pressureUs: number | null;
  ticks: { busy: number; total: number } | null;
}

export function sampleMachine(serverPids: readonly number[]): MachineSample {
  return { atMs: performance.now(), waitNs: serverPids.map(runQueueWaitNs), pressureUs: cpuPressureUs(), ticks: machineTicks() };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** The figures between two samples of the same pids. */
export function machineFigures(a: MachineSample, b: MachineSample, cores: number): Record<string, number | string> {
  const s = (b.atMs - a.atMs) / 1000;
  const waits = a.waitNs.map((w, i) => (w !== null && b.waitNs[i] !== null ? (b.waitNs[i]! - w) / 1e6 / s : null));
  const known = waits.filter((w): w is number => w !== null);
  return {
    serverRunQueueWaitMsPerS: known.length === waits.length && known.length ? r1(known.reduce((x, y) => x + y, 0) / known.length) : 'n/a',
    cpuPressureSomePercent: a.pressureUs !== null && b.pressureUs !== null ? r1(((b.pressureUs - a.pressureUs) / 1e6 / s) * 100) : 'n/a',
    machineCpuBusyPercent: a.ticks && b.ticks ? `${r1(((b.ticks.busy - a.ticks.busy) / (b.ticks.total - a.ticks.total)) * 100 * cores)} of ${cores * 100}` : 'n/a',
  };
}
