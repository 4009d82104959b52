/**
 * `npm run sim -- circuit --netlist file.cir [--format json|csv] [--tran <step> <stop>] [--method trap|gear|euler] [--uic]`
 *
 * Without --tran (and without a .tran in the file that has no .op): the DC operating point as
 *   { "nodes": { "<node>": volts }, "elements": { "<name>": { "currentA", "voltageV", "powerW", … } }, "diagnostics": [] }
 * With --tran (or the file's .tran): a CSV of time and node voltages at every print step (--format json: arrays).
 * Exit status: 0 solved; 1 solved with an error diagnostic (e.g. a shorted ideal source: zeros printed);
 * 2 bad command line or netlist (the message names the line and what was expected there).
 */
import { readFileSync, statSync } from 'node:fs';
import { solveDc } from './dc';
import { parseSpiceNumber } from './netlist/units';
import { MAX_NETLIST_CHARS, NetlistError, parseNetlist, applyTranDefaults, type NetlistAnalysis } from './netlist/parse';
import { runTransient } from './run-transient';
import { CircuitInputError } from './validate';

export interface CircuitIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const CIRCUIT_USAGE = `usage: npm run sim -- circuit --netlist <file.cir> [--format json|csv] [--tran <step> <stop>] [--method trap|gear|euler] [--uic]`;

class UsageError extends Error {}

export function circuitCommand(argv: string[], io: CircuitIo): number {
  let file: string | undefined;
  let format: 'json' | 'csv' | undefined;
  let tran: { stepS: number; stopS: number } | undefined;
  let method: 'trapezoidal' | 'gear2' | 'backwardEuler' | undefined;
  let uic = false;
  try {
    for (let i = 0; i < argv.length; i++) {
      const flag = argv[i];
      const value = () => {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${flag} needs a value`);
        return v;
      };
      switch (flag) {
        case '--netlist':
          file = value();
          break;
        case '--format': {
          const f = value();
          if (f !== 'json' && f !== 'csv') throw new UsageError(`--format: ${JSON.stringify(f)} is not one of json | csv`);
          format = f;
          break;
        }
        case '--tran': {
          const [step, stop] = [value(), value()];
          const stepS = parseSpiceNumber(step);
          const stopS = parseSpiceNumber(stop);
          if (!(stepS !== undefined && stepS > 0)) throw new UsageError(`--tran: step ${JSON.stringify(step)} is not a positive time (e.g. 1u, 0.5m, 1e-3)`);
          if (!(stopS !== undefined && stopS > 0)) throw new UsageError(`--tran: stop ${JSON.stringify(stop)} is not a positive time`);
          tran = { stepS, stopS };
          break;
        }
        case '--method': {
          const m = value();
          method = m === 'trap' ? 'trapezoidal' : m === 'gear' ? 'gear2' : m === 'euler' ? 'backwardEuler' : undefined;
          if (!method) throw new UsageError(`--method: ${JSON.stringify(m)} is not one of trap | gear | euler`);
          break;
        }
        case '--uic':
          uic = true;
          break;
        default:
          throw new UsageError(`unknown option ${JSON.stringify(flag)}`);
      }
    }
    if (!file) throw new UsageError('--netlist <file> is required');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`sim circuit: ${e.message}\n${CIRCUIT_USAGE}\n`);
    return 2;
  }

  let text: string;
  try {
    if (statSync(file).size > MAX_NETLIST_CHARS * 4) throw new Error(`larger than ${MAX_NETLIST_CHARS} characters`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`sim circuit: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let netlist;
  try {
    netlist = parseNetlist(text);
  } catch (e) {
    if (e instanceof NetlistError) {
      io.err(`sim circuit: ${file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const fileTran = netlist.analyses.find((a): a is Extract<NetlistAnalysis, { kind: 'tran' }> => a.kind === 'tran');
  const wantsTran = tran !== undefined || (fileTran !== undefined && !netlist.analyses.some((a) => a.kind === 'op'));

  if (!wantsTran) {
    let s;
    try {
      s = solveDc(netlist.elements);
    } catch (e) {
      if (e instanceof CircuitInputError) {
        io.err(`sim circuit: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    if ((format ?? 'json') === 'csv') {
      io.out(['node,voltageV (V)', ...Object.entries(s.nodes).map(([n, v]) => `${n},${v}`)].join('\n') + '\n');
    } else {
      io.out(JSON.stringify({ title: netlist.title, ok: s.ok, nodes: s.nodes, elements: s.elements, diagnostics: s.diagnostics }, null, 2) + '\n');
    }
    for (const d of s.diagnostics) if (d.severity !== 'info') io.err(`sim circuit: ${d.severity}: ${d.message}\n`);
    return s.ok ? 0 : 1;
  }

  const step = tran?.stepS ?? fileTran!.stepS;
  const stop = tran?.stopS ?? fileTran!.stopS;
  const elements = applyTranDefaults(netlist.elements, step, stop);
  let run;
  try {
    run = runTransient(elements, {
      stepS: step,
      stopS: stop,
      startS: tran ? 0 : fileTran!.startS,
      maxStepS: tran ? undefined : fileTran!.maxStepS,
      method: method ?? netlist.method ?? 'trapezoidal',
      start: uic || (!tran && fileTran!.uic) ? 'initialConditions' : 'operatingPoint',
    });
  } catch (e) {
    if (e instanceof RangeError || e instanceof CircuitInputError) {
      io.err(`sim circuit: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const nodes = Object.keys(run.nodes).filter((n) => n !== '0');
  if ((format ?? 'csv') === 'json') {
    io.out(JSON.stringify({ title: netlist.title, timeS: run.timeS, nodes: Object.fromEntries(nodes.map((n) => [n, run.nodes[n]])), diagnostics: run.diagnostics }) + '\n');
  } else {
    const lines = [['timeS (s)', ...nodes.map((n) => `V(${n}) (V)`)].join(',')];
    run.timeS.forEach((t, i) => lines.push([Number(t.toPrecision(12)), ...nodes.map((n) => run.nodes[n][i])].join(',')));
    io.out(lines.join('\n') + '\n');
  }
  for (const d of run.diagnostics) if (d.severity !== 'info') io.err(`sim circuit: ${d.severity}: ${d.message}\n`);
  return run.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
