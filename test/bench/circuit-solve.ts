/**
 * Circuit engine speed on a 300-part circuit (figures only; nothing passes or fails on time):
 * - a bench-like circuit: cells with internal resistance, resistors, filament bulbs, LEDs, capacitors,
 *   switches and meters wired over a 10 × 15 grid of nodes (seeded, so every run builds the same one);
 *   DC solve (validation, topology, ordering, Newton) and one transient step (BDF2, the bench's stepper);
 * - the same circuit with the bulbs as fixed resistors (linear: the factorisation is reused every step);
 * - ngspice on the same netlist (exported by formatNetlist): its DC operating point and a transient step,
 *   timed as the difference of two batch runs (many analyses minus one) so its start-up is left out.
 * - magnetism, for the electromagnetism bench's frame budget: a 40 × 30 field grid around a solenoid and a
 *   magnet, one traced field line, and a coil's flux linkage (what an induction frame computes).
 * Run alone: `npx tsx test/bench/circuit-solve.ts`; or `npm run bench -- circuit-solve`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SeededRandom } from '../../simulations/core/rng';
import {
  coilFluxLinkage,
  DIODE_PRESETS,
  fieldGrid,
  formatNetlist,
  parseNetlist,
  solveDc,
  traceFieldLine,
  TransientSimulator,
  vec,
  type CircuitElement,
  type FieldSource,
} from '../../simulations/circuits/engine';
import { compile } from '../../simulations/circuits/engine/point-solver';
import { NGSPICE, ngspiceVersion } from '../../simulations/circuits/engine/ngspice-peer';

type Bench = { name: string; figures: Record<string, number | string> };

/** 300 parts over a grid of nodes; `linear` swaps bulbs and LEDs for resistors. */
export function benchCircuit(parts = 300, linear = false): CircuitElement[] {
  const rng = new SeededRandom(2024);
  const cols = 15;
  const rows = 10;
  const node = (r: number, c: number) => (r === 0 && c === 0 ? '0' : `n${r}_${c}`);
  const out: CircuitElement[] = [];
  // A spanning set of grid edges first (every node reached), then random extra edges.
  const edges: [string, string][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    if (c + 1 < cols) edges.push([node(r, c), node(r, c + 1)]);
    if (r + 1 < rows) edges.push([node(r, c), node(r + 1, c)]);
  }
  while (edges.length < parts) {
    const r = Math.floor(rng.next() * rows);
    const c = Math.floor(rng.next() * cols);
    edges.push([node(r, c), node(Math.min(rows - 1, r + 1), Math.max(0, c - 1))]);
  }
  edges.slice(0, parts).forEach(([a, b], i) => {
    const pick = rng.next();
    const name = `P${i}`;
    if (i % 25 === 0) out.push({ kind: 'voltageSource', name, nodes: [a, b], voltageV: 1.5 + 3 * rng.next(), internalResistanceOhm: 0.5 });
    else if (pick < 0.55) out.push({ kind: 'resistor', name, nodes: [a, b], resistanceOhm: 5 + Math.round(200 * rng.next()) });
    else if (pick < 0.67) out.push(linear ? { kind: 'resistor', name, nodes: [a, b], resistanceOhm: 8.3 } : { kind: 'bulb', name, nodes: [a, b], ratedVoltageV: 2.5, ratedPowerW: 0.75 });
    else if (pick < 0.72) out.push(linear ? { kind: 'resistor', name, nodes: [a, b], resistanceOhm: 100 } : { kind: 'diode', name, nodes: [a, b], model: DIODE_PRESETS.redLed });
    else if (pick < 0.84) out.push({ kind: 'capacitor', name, nodes: [a, b], capacitanceF: 1e-4 * (1 + rng.next()) });
    else if (pick < 0.92) out.push({ kind: 'switch', name, nodes: [a, b], closed: rng.next() < 0.7, onResistanceOhm: 0.01 });
    else if (pick < 0.96) out.push({ kind: 'ammeter', name, nodes: [a, b], resistanceOhm: 0.1 });
    else out.push({ kind: 'voltmeter', name, nodes: [a, b], resistanceOhm: 15_000 });
  });
  return out;
}

/**
 * Median wall time and median CPU time (process.cpuUsage) per call. On a shared machine the CPU time is
 * the steadier figure: wall time also counts the waits for a core.
 */
function time(fn: () => void, minRuns: number, budgetMs: number): { medianMs: number; cpuMedianMs: number; meanMs: number; runs: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  while (wall.length < minRuns || performance.now() - start < budgetMs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (wall.length > 100_000) break;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { medianMs: median(wall), cpuMedianMs: median(cpu), meanMs: wall.reduce((s, x) => s + x, 0) / wall.length, runs: wall.length };
}

const r4 = (x: number) => Number(x.toPrecision(4));

function engineFigures(label: string, elements: CircuitElement[]): Bench {
  const dcSolution = solveDc(elements);
  const compiled = compile(elements, new Map(), 'transient');
  for (let i = 0; i < 5; i++) solveDc(elements); // warm-up
  const dc = time(() => solveDc(elements), 20, 1500);
  const sim = new TransientSimulator(elements);
  for (let i = 0; i < 20; i++) sim.step(1e-3);
  const step = time(() => sim.step(1e-3), 200, 2000);
  const last = sim.solution();
  return {
    name: `circuit engine, ${label}`,
    figures: {
      parts: elements.length,
      unknowns: compiled.sys.n,
      'DC ok': String(dcSolution.ok),
      'DC Newton iterations': dcSolution.iterations,
      'DC solve median (ms)': r4(dc.medianMs),
      'DC solve CPU median (ms)': r4(dc.cpuMedianMs),
      'transient step median (ms)': r4(step.medianMs),
      'transient step CPU median (ms)': r4(step.cpuMedianMs),
      'transient step mean (ms)': r4(step.meanMs),
      'transient Newton iterations (last step)': last.iterations,
      'steps timed': step.runs,
    },
  };
}

/** Wall time of an ngspice batch run of `deck`, ms. */
function ngspiceWall(deck: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'ngbench-'));
  try {
    const file = join(dir, 'deck.cir');
    writeFileSync(file, deck);
    const t0 = performance.now();
    const r = spawnSync(NGSPICE, ['-b', file], { encoding: 'utf8', timeout: 300_000 });
    // ngspice -b exits 1 after a .control block even when all went well: judge by its output.
    const text = r.stdout + r.stderr;
    if (r.error || !/No\. of Data Rows/.test(text) || /singular matrix|timestep too small|analysis failed/i.test(text)) throw new Error(`ngspice failed: ${text.split('\n').filter((l) => /error|singular|fail/i.test(l)).slice(0, 3).join(' | ')}`);
    return performance.now() - t0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ngspiceFigures(elements: CircuitElement[]): Bench {
  const version = ngspiceVersion();
  if (!version) return { name: 'ngspice on the same netlist', figures: { skipped: 'ngspice not installed (apt-get install ngspice)' } };
  const netlist = formatNetlist(elements, { title: 'bench circuit, 300 parts' }).replace(/\.end\n$/, '');
  const parsed = parseNetlist(netlist + '.end\n').elements;
  // Our engine on exactly the exported netlist, for a like-for-like ratio.
  for (let i = 0; i < 3; i++) solveDc(parsed);
  const ours = time(() => solveDc(parsed), 20, 1500);
  const sim = new TransientSimulator(parsed, { method: 'trapezoidal', start: 'operatingPoint' });
  for (let i = 0; i < 20; i++) sim.step(1e-4);
  const oursStep = time(() => sim.step(1e-4), 200, 1500);

  const ops = 200;
  const opDeck = (n: number) => `${netlist}.control\n${n > 1 ? `repeat ${n - 1}\nop\ndestroy all\nend\n` : ''}op\n.endc\n.end\n`;
  const oneOp = Math.min(ngspiceWall(opDeck(1)), ngspiceWall(opDeck(1)));
  const manyOps = ngspiceWall(opDeck(ops));
  const opMs = (manyOps - oneOp) / (ops - 1);
  const steps = 5000;
  const tranDeck = (n: number) => `${netlist}.options method=trap\n.control\ntran 1e-4 ${n * 1e-4} 0 1e-4\n.endc\n.end\n`;
  const fewSteps = Math.min(ngspiceWall(tranDeck(10)), ngspiceWall(tranDeck(10)));
  const manySteps = ngspiceWall(tranDeck(steps));
  const stepMs = (manySteps - fewSteps) / (steps - 10);
  return {
    name: `ngspice (${version}) vs the engine on the same exported netlist (bulbs at their hot resistance)`,
    figures: {
      'engine DC solve median (ms)': r4(ours.medianMs),
      'ngspice DC operating point (ms)': r4(opMs),
      'DC ratio engine/ngspice': r4(ours.medianMs / opMs),
      'engine transient step median (ms, trapezoidal, 0.1 ms)': r4(oursStep.medianMs),
      'ngspice transient step (ms, at least one timepoint per 0.1 ms)': r4(stepMs),
      'step ratio engine/ngspice': r4(oursStep.medianMs / stepMs),
      'ngspice start-up + one op (ms)': r4(oneOp),
    },
  };
}

function magnetismFigures(): Bench {
  const sources: FieldSource[] = [
    { kind: 'solenoid', solenoid: { center: vec(0, 0, 0), axis: vec(1, 0, 0), turns: 300, lengthM: 0.1, radiusM: 0.02, currentA: 1, coreRelativePermeability: 1000 } },
    { kind: 'magnet', magnet: { center: vec(0.15, 0.05, 0), axis: vec(0, 1, 0), lengthM: 0.06, radiusM: 0.006, remanenceT: 0.3 } },
    { kind: 'uniform', fieldT: vec(0, 2.9e-5, 0) },
  ];
  const grid = time(() => fieldGrid(sources, { xMinM: -0.2, xMaxM: 0.3, yMinM: -0.15, yMaxM: 0.2, nx: 40, ny: 30 }), 10, 800);
  const line = time(() => traceFieldLine(sources, vec(0.06, 0.005, 0), { stepM: 0.002, maxSteps: 1000, bounds: { xMinM: -0.3, xMaxM: 0.4, yMinM: -0.3, yMaxM: 0.3 } }), 10, 800);
  const coil = { center: vec(0, 0, 0), axis: vec(1, 0, 0), turns: 500, radiusM: 0.02, lengthM: 0.05 };
  const magnetOnly: FieldSource[] = [{ kind: 'magnet', magnet: { center: vec(0.05, 0, 0), axis: vec(-1, 0, 0), lengthM: 0.06, radiusM: 0.006, remanenceT: 0.3 } }];
  const flux = time(() => coilFluxLinkage(magnetOnly, coil), 20, 800);
  return {
    name: 'magnetism (fields for compasses, pictures and induction)',
    figures: {
      'field grid 40 × 30, solenoid + magnet + Earth, median (ms)': r4(grid.medianMs),
      'field line, up to 1000 RK4 steps, median (ms)': r4(line.medianMs),
      'coil flux linkage (magnet in a 500-turn coil), median (ms)': r4(flux.medianMs),
    },
  };
}

export default async function run(): Promise<Bench[]> {
  const mixed = benchCircuit(300);
  const linear = benchCircuit(300, true);
  return [engineFigures('300 parts with bulbs and LEDs (non-linear)', mixed), engineFigures('300 parts, linear', linear), ngspiceFigures(mixed), magnetismFigures()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const b of await run()) {
    console.log(b.name);
    for (const [k, v] of Object.entries(b.figures)) console.log(`  ${k}: ${v}`);
  }
}
