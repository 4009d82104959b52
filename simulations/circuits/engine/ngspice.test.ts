/**
 * The engine against ngspice (the reference SPICE; Debian package `ngspice`, run in batch mode) on every
 * netlist in ./netlists: DC node voltages and source currents within 1e-6 relative, transient node voltages
 * within 0.1 % of each signal's largest magnitude at every print point.
 * Without ngspice: a failure naming the package when CI=true, a skip with that message otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { solveDc } from './dc';
import { parseNetlist, type NetlistAnalysis } from './netlist/parse';
import { ngspiceOp, ngspiceTran, ngspiceVersion } from './ngspice-peer';
import { runTransient } from './run-transient';

const dir = join(import.meta.dirname, 'netlists');
const files = readdirSync(dir).filter((f) => f.endsWith('.cir')).sort();
const version = ngspiceVersion();
const MISSING = 'ngspice is not installed: the circuit engine is checked against it (apt-get install ngspice; .ci/run does)';

/**
 * |a − b| within rel·|b|, plus a floor for values that are zero up to rounding (a node tied to ground
 * through 1 MΩ next to 0.03 Ω diodes carries ±1e-8 V of noise in both programs): 1e-9 of the largest
 * value of the same kind in the circuit.
 */
function close(a: number, b: number, rel: number, scale: number): boolean {
  return Math.abs(a - b) <= rel * Math.abs(b) + 1e-9 * scale + 1e-15;
}

describe('engine vs ngspice', () => {
  it('has at least 20 netlists, DC and transient', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.filter((f) => f.startsWith('dc-')).length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => f.startsWith('tran-')).length).toBeGreaterThanOrEqual(8);
  });

  if (!version) {
    if (process.env.CI === 'true') {
      it('ngspice is available', () => {
        throw new Error(MISSING);
      });
    } else {
      console.warn(`skipping the ngspice comparisons: ${MISSING}`);
      it.skip(`comparisons skipped: ${MISSING}`, () => {});
    }
    return;
  }

  for (const file of files) {
    it(`${file} (${version})`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const netlist = parseNetlist(text);
      const tran = netlist.analyses.find((a): a is Extract<NetlistAnalysis, { kind: 'tran' }> => a.kind === 'tran');
      if (!tran) {
        const ours = solveDc(netlist.elements);
        expect(ours.ok, JSON.stringify(ours.diagnostics)).toBe(true);
        const nodes = Object.keys(ours.nodes);
        const sources = netlist.elements.filter((e) => e.kind === 'voltageSource').map((e) => e.name.toLowerCase());
        const ref = ngspiceOp(text, nodes, sources);
        const vScale = Math.max(...Object.values(ref.nodes).map(Math.abs));
        const iScale = Math.max(0, ...Object.values(ref.sourceCurrents).map(Math.abs));
        for (const n of nodes) expect(close(ours.nodes[n], ref.nodes[n], 1e-6, vScale), `V(${n}): ours ${ours.nodes[n]}, ngspice ${ref.nodes[n]}`).toBe(true);
        for (const e of netlist.elements) {
          if (e.kind !== 'voltageSource') continue;
          const a = ours.elements[e.name].currentA;
          const b = ref.sourceCurrents[e.name.toLowerCase()];
          expect(close(a, b, 1e-6, iScale), `I(${e.name}): ours ${a}, ngspice ${b}`).toBe(true);
        }
        return;
      }
      const ours = runTransient(netlist.elements, {
        stepS: tran.stepS,
        stopS: tran.stopS,
        method: netlist.method ?? 'trapezoidal',
        start: tran.uic ? 'initialConditions' : 'operatingPoint',
      });
      const nodes = Object.keys(ours.nodes).filter((n) => n !== '0');
      const ref = ngspiceTran(text, nodes, { stepS: tran.stepS, stopS: tran.stopS, maxStepS: tran.stepS / 20, uic: tran.uic, method: netlist.method === 'gear2' ? 'gear' : undefined });
      expect(ref.timeS.length).toBe(ours.timeS.length);
      for (const n of nodes) {
        const theirs = ref.nodes[n];
        const scale = Math.max(...theirs.map(Math.abs));
        let worst = 0;
        let at = 0;
        ours.nodes[n].forEach((v, i) => {
          const err = Math.abs(v - theirs[i]);
          if (err > worst) [worst, at] = [err, i];
        });
        expect(worst, `V(${n}) at t = ${ours.timeS[at]} s: ours ${ours.nodes[n][at]}, ngspice ${theirs[at]} (scale ${scale})`).toBeLessThanOrEqual(1e-3 * scale + 1e-9);
      }
    });
  }
});
