/**
 * ngspice as a test peer (Node only: used by the comparison tests and the bench, never by the app).
 * The netlist's own analysis lines are replaced by a .control block that runs the analysis in batch mode
 * (`ngspice -b`) and writes full-precision numbers with `wrdata`; transient results are put on the print
 * grid with `linearize`. Tolerances are tightened so ngspice's own convergence error is far below the
 * comparison's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGSPICE = process.env.NGSPICE ?? 'ngspice';

/** Whether `ngspice` runs here (its version line), or null. */
export function ngspiceVersion(): string | null {
  const r = spawnSync(NGSPICE, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error || r.status !== 0) return null;
  return /ngspice-\S+/.exec(r.stdout)?.[0] ?? 'ngspice';
}

export interface NgspiceOp {
  /** Node voltages (lower-case names, as ngspice reports them). */
  nodes: Record<string, number>;
  /** Currents of voltage sources, i(vname), lower case. */
  sourceCurrents: Record<string, number>;
  /** Wall time of the ngspice process, ms. */
  wallMs: number;
  /** ngspice's own analysis time (rusage), ms, when it reports one. */
  analysisMs?: number;
}

export interface NgspiceTran {
  timeS: number[];
  nodes: Record<string, number[]>;
  wallMs: number;
  analysisMs?: number;
}

/** The circuit cards of a netlist: analyses, options and .end removed (the peer adds its own). */
function circuitPart(netlist: string): string {
  const lines = netlist.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [lines[0]];
  for (const l of lines.slice(1)) {
    const t = l.trim().toLowerCase();
    if (t === '.end') break;
    if (t.startsWith('.op') || t.startsWith('.tran') || t.startsWith('.options') || t.startsWith('.option ')) continue;
    out.push(l);
  }
  return out.join('\n');
}

function run(deck: string, outFile: string): { text: string; wallMs: number; analysisMs?: number } {
  const dir = mkdtempSync(join(tmpdir(), 'ngspice-'));
  try {
    const deckFile = join(dir, 'deck.cir');
    writeFileSync(deckFile, deck.replaceAll('@OUT@', join(dir, outFile)));
    const t0 = performance.now();
    const r = spawnSync(NGSPICE, ['-b', deckFile], { encoding: 'utf8', timeout: 120_000, cwd: dir });
    const wallMs = performance.now() - t0;
    if (r.error) throw new Error(`ngspice could not run: ${r.error.message}`);
    let text: string;
    try {
      text = readFileSync(join(dir, outFile), 'utf8');
    } catch {
      throw new Error(`ngspice wrote no results:\n${r.stdout}\n${r.stderr}`);
    }
    const m = /Total analysis time.*?=\s*([\d.eE+-]+)/.exec(r.stdout + r.stderr);
    return { text, wallMs, analysisMs: m ? Number(m[1]) * 1000 : undefined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(text: string): { header: string[]; rows: number[][] } {
  const lines = text.trim().split('\n');
  const header = lines[0].trim().split(/\s+/);
  const rows = lines.slice(1).map((l) => l.trim().split(/\s+/).map(Number));
  return { header, rows };
}

const PREAMBLE = `.control
set filetype=ascii
set wr_vecnames
set wr_singlescale
set numdgt=16`;

/**
 * DC operating point of `netlist` for the given node and voltage-source names. Tolerances 1e-10 first; a
 * circuit ngspice cannot converge that tightly (it then reports no result) is run again at 1e-8, still
 * a hundred times finer than the comparison.
 */
export function ngspiceOp(netlist: string, nodes: string[], sources: string[], repeats = 1): NgspiceOp {
  const vectors = [...nodes.filter((n) => n !== '0').map((n) => `v(${n})`), ...sources.map((s) => `i(${s})`)];
  const deck = (tolerances: string) => `${circuitPart(netlist)}
.options ${tolerances} itl1=500
${PREAMBLE}
${repeats > 1 ? `repeat ${repeats}\nop\ndestroy all\nend\n` : ''}op
wrdata @OUT@ ${vectors.join(' ')}
rusage all
.endc
.end
`;
  let r;
  try {
    r = run(deck('reltol=1e-10 vntol=1e-10 abstol=1e-14'), 'op.txt');
  } catch {
    r = run(deck('reltol=1e-8 vntol=1e-8 abstol=1e-12'), 'op.txt');
  }
  const { header, rows } = table(r.text);
  const value = (name: string) => rows[0][header.indexOf(name)];
  const out: NgspiceOp = { nodes: { '0': 0 }, sourceCurrents: {}, wallMs: r.wallMs, analysisMs: r.analysisMs };
  for (const n of nodes) if (n !== '0') out.nodes[n] = value(`v(${n})`);
  for (const s of sources) out.sourceCurrents[s] = value(`i(${s})`);
  return out;
}

/** Transient run on the print grid (tmax: ngspice's largest internal step). */
export function ngspiceTran(netlist: string, nodes: string[], o: { stepS: number; stopS: number; maxStepS: number; uic?: boolean; method?: 'trap' | 'gear' }): NgspiceTran {
  const vectors = nodes.filter((n) => n !== '0').map((n) => `v(${n})`);
  const deck = `${circuitPart(netlist)}
.options reltol=1e-7 vntol=1e-10 abstol=1e-13 chgtol=1e-18 itl4=100${o.method ? ` method=${o.method}` : ''}
${PREAMBLE}
tran ${o.stepS} ${o.stopS} 0 ${o.maxStepS}${o.uic ? ' uic' : ''}
linearize ${vectors.join(' ')}
wrdata @OUT@ ${vectors.join(' ')}
rusage all
.endc
.end
`;
  const r = run(deck, 'tran.txt');
  const { header, rows } = table(r.text);
  const out: NgspiceTran = { timeS: rows.map((row) => row[0]), nodes: {}, wallMs: r.wallMs, analysisMs: r.analysisMs };
  for (const n of nodes) if (n !== '0') out.nodes[n] = rows.map((row) => row[header.indexOf(`v(${n})`)]);
  return out;
}
