/**
 * Headless runner: run any registered simulation from the command line and print its measurements.
 *
 *   npm run sim -- --list [--format json]
 *   npm run sim -- --curriculum [--standard <id>] [--format json|csv]   (simulations/catalog/report.ts)
 *   npm run sim -- <id> --describe
 *   npm run sim -- <id> [--set name=value ...] (--until <event> | --time <s>) [--format json|csv] [--every <s>] [--seed <n>] [--dt <s>]
 *   npm run sim -- circuit --netlist file.cir [--format json|csv] [--tran <step> <stop>]   (SPICE netlist, see circuits/engine/circuit-command.ts)
 *
 * Exit status: 0 ok; 1 the run ended without reaching --until's event; 2 bad command line (unknown
 * simulation, parameter, event or option, value out of range — the message names it and what is allowed).
 * It runs the same model code as the page, through `runSimulation`.
 */
import { pathToFileURL } from 'node:url';
import type { SimulationMeta } from './core/meta';
import { validateParams } from './core/params';
import { emptyTable, recordRow, tableToCsv, type DataColumn } from './core/recorder';
import { runSimulation, type RunOptions } from './core/runner';
import type { Measurements } from './core/simulation';
import { findSimulation, simulations } from './registry';
import { curriculumCommand } from './catalog/report';
import { circuitCommand, CIRCUIT_USAGE } from './circuits/engine/circuit-command';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `usage: npm run sim -- <simulation> [--describe]
       npm run sim -- <simulation> [--set name=value ...] (--until <event> | --time <seconds>)
                     [--format json|csv] [--every <seconds>] [--seed <integer>] [--dt <seconds>]
       npm run sim -- --list [--format json]
       npm run sim -- --curriculum [--standard <id>] [--format json|csv]
       ${CIRCUIT_USAGE.replace('usage: ', '')}`;

/** The most events listed in JSON output (a 300-disc table can collide every step). */
const MAX_LISTED_EVENTS = 200;

class UsageError extends Error {}

interface Options {
  id: string;
  describe: boolean;
  sets: Record<string, string>;
  until?: string;
  timeS?: number;
  everyS?: number;
  dtS?: number;
  seed: number;
  format: 'json' | 'csv';
}

function positive(flag: string, raw: string | undefined): number {
  const n = Number(raw);
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${flag}: ${JSON.stringify(raw ?? '')} is not a positive number of seconds`);
  }
  return n;
}

function parseArgs(argv: string[]): Options {
  const [id, ...rest] = argv;
  if (!id || id.startsWith('--')) throw new UsageError('missing simulation id');
  const o: Options = { id, describe: false, sets: {}, seed: 1, format: 'json' };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--describe':
        o.describe = true;
        break;
      case '--set': {
        const pair = value();
        const eq = pair.indexOf('=');
        if (eq <= 0) throw new UsageError(`--set expects name=value, got ${JSON.stringify(pair)}`);
        o.sets[pair.slice(0, eq)] = pair.slice(eq + 1);
        break;
      }
      case '--until':
        o.until = value();
        break;
      case '--time':
        o.timeS = positive('--time', value());
        break;
      case '--every':
        o.everyS = positive('--every', value());
        break;
      case '--dt':
        o.dtS = positive('--dt', value());
        break;
      case '--seed': {
        const raw = value();
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new UsageError(`--seed: ${JSON.stringify(raw)} is not an integer 0 … 4294967295`);
        o.seed = n;
        break;
      }
      case '--format': {
        const f = value();
        if (f !== 'json' && f !== 'csv') throw new UsageError(`--format: ${JSON.stringify(f)} is not one of json | csv`);
        o.format = f;
        break;
      }
      default:
        throw new UsageError(`unknown option ${JSON.stringify(flag)}`);
    }
  }
  return o;
}

/** The meta as plain JSON: what can be set, what is measured, which events exist. */
export function describeMeta(meta: SimulationMeta): unknown {
  return {
    id: meta.id,
    version: meta.version,
    subject: meta.subject,
    titleKey: meta.titleKey,
    fixedDtS: meta.fixedDtS,
    params: meta.params.map((p) =>
      p.kind === 'number'
        ? { name: p.name, kind: p.kind, unit: p.unit, min: p.min, max: p.max, step: p.step, default: p.default }
        : p.kind === 'choice'
          ? { name: p.name, kind: p.kind, options: p.options.map((x) => x.value), default: p.default }
          : { name: p.name, kind: p.kind, default: p.default },
    ),
    measurements: meta.measurements.map((m) => ({ name: m.name, unit: m.unit })),
    events: meta.events.map((e) => e.name),
  };
}

function toCsv(meta: SimulationMeta, rows: { timeS: number; values: Measurements }[]): string {
  const ownTime = meta.measurements.some((m) => m.name === 'timeS');
  const columns: DataColumn[] = [
    ...(ownTime ? [] : [{ name: 'timeS', unit: 's', source: 'measurement' as const }]),
    ...meta.measurements.map((m) => ({ name: m.name, unit: m.unit, source: 'measurement' as const })),
  ];
  let table = emptyTable(columns, { simulationId: meta.id, simulationVersion: meta.version });
  for (const r of rows) {
    const values: Measurements = { ...r.values };
    if (!ownTime) values.timeS = r.timeS;
    table = recordRow(table, {}, values);
  }
  // Not-yet-measured values (NaN) become empty cells; numbers keep 12 significant digits, so sums of fixed
  // steps print as 5, not 4.99999999999999.
  const cell = (v: number | string) => (typeof v !== 'number' ? v : Number.isFinite(v) ? Number(v.toPrecision(12)) : '');
  table = { ...table, rows: table.rows.map((row) => row.map(cell)) };
  return tableToCsv(table);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    io.out(USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === 'circuit') return circuitCommand(argv.slice(1), io);
  if (argv[0] === '--list') {
    if (argv.length === 3 && argv[1] === '--format' && argv[2] === 'json') {
      io.out(JSON.stringify(simulations.map((s) => ({ id: s.meta.id, subject: s.meta.subject, version: s.meta.version })), null, 2) + '\n');
    } else if (argv.length === 1) {
      io.out(simulations.map((s) => `${s.meta.id}\t${s.meta.subject}`).join('\n') + '\n');
    } else {
      io.err(`sim: --list takes only --format json (the default is one tab-separated line per simulation)\n`);
      return 2;
    }
    return 0;
  }
  if (argv[0] === '--curriculum') return curriculumCommand(argv.slice(1), io, simulations);
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`sim: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const entry = findSimulation(o.id);
  if (!entry) {
    io.err(`sim: unknown simulation '${o.id}'; known simulations: ${simulations.map((s) => s.meta.id).join(', ')}\n`);
    return 2;
  }
  const meta = entry.meta;
  if (o.describe) {
    io.out(JSON.stringify(describeMeta(meta), null, 2) + '\n');
    return 0;
  }
  const validated = validateParams(meta.params, o.sets);
  if (!validated.ok) {
    for (const e of validated.errors) io.err(`sim: ${e.message}\n`);
    return 2;
  }
  if (o.until !== undefined && !meta.events.some((e) => e.name === o.until)) {
    io.err(`sim: unknown event '${o.until}'; events of ${meta.id}: ${meta.events.map((e) => e.name).join(', ') || 'none'}\n`);
    return 2;
  }
  if (o.until === undefined && o.timeS === undefined) {
    io.err(`sim: say how long to run: --until <event> (${meta.events.map((e) => e.name).join(', ') || 'none'}) or --time <seconds>\n`);
    return 2;
  }
  const sim = await entry.createModel();
  try {
    sim.reset(validated.values, o.seed);
  } catch (e) {
    // A combination the model cannot set up (each value was in range on its own).
    io.err(`sim: ${(e as Error).message}\n`);
    return 2;
  }
  const runOpts: RunOptions = { untilEvent: o.until, timeS: o.timeS, everyS: o.everyS, dtS: o.dtS };
  const run = runSimulation(sim, runOpts);
  const missed = o.until !== undefined && !run.reachedEvent;
  if (o.format === 'csv') {
    io.out(toCsv(meta, o.everyS ? run.series : [{ timeS: run.timeS, values: run.measurements }]));
  } else {
    const out: Record<string, unknown> = {
      simulation: meta.id,
      version: meta.version,
      params: validated.values,
      seed: o.seed,
      timeS: run.timeS,
      ...(o.until !== undefined ? { until: o.until, reachedEvent: run.reachedEvent } : {}),
      eventCount: run.events.length,
      events: run.events.slice(0, MAX_LISTED_EVENTS),
      measurements: run.measurements,
      ...(o.everyS ? { series: run.series } : {}),
    };
    // JSON has no NaN: values not measured yet (e.g. range before landing) print as null.
    io.out(JSON.stringify(out, null, 2) + '\n');
  }
  if (missed) {
    io.err(`sim: '${o.until}' did not happen within ${run.timeS} s of simulated time\n`);
    return 1;
  }
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(invokedPath).href) {
  main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`sim: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
