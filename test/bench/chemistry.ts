/**
 * Chemistry benchmarks (figures only, no pass/fail on time):
 * - a 1000-point titration curve with its derivative and equivalence points (the view's live plot, the CLI)
 * - one step of the gas box with 1000 particles (spatial-hash collisions)
 * - balancing a 9-species redox equation with exact BigInt arithmetic
 * Runnable alone: `npx tsx test/bench/chemistry.ts`.
 */
import { pathToFileURL } from 'node:url';
import { defaultParams } from '../../simulations/core/params';
import { findCompound } from '../../simulations/titration/acids';
import { titrationCurve, type TitrationSetup } from '../../simulations/titration/curve';
import { gasMeta } from '../../simulations/gas/meta';
import { GasModel } from '../../simulations/gas/model';
import { balance } from '../../simulations/stoichiometry/balance';

type Bench = { name: string; figures: Record<string, number | string> };

function timeIt(repeats: number, fn: () => void): { meanMs: number; minMs: number } {
  let total = 0;
  let min = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    total += dt;
    min = Math.min(min, dt);
  }
  return { meanMs: total / repeats, minMs: min };
}

const round = (x: number, d = 4) => Number(x.toPrecision(d));

export default async function run(): Promise<Bench[]> {
  const out: Bench[] = [];

  for (const id of ['acetic', 'phosphoric'] as const) {
    const setup: TitrationSetup = { analyte: findCompound(id), analyteConcMolL: 0.1, analyteVolumeML: 25, titrant: findCompound('NaOH'), titrantConcMolL: 0.1 };
    titrationCurve(setup, { maxVolumeML: 60, points: 1000 }); // warm-up (JIT)
    const t = timeIt(20, () => titrationCurve(setup, { maxVolumeML: 60, points: 1000 }));
    const eq = titrationCurve(setup, { maxVolumeML: 60, points: 1000 }).equivalencePoints;
    out.push({
      name: `titration curve, 1000 points over 0–60 mL (${id} vs NaOH)`,
      figures: { meanMs: round(t.meanMs), minMs: round(t.minMs), equivalencePointsML: eq.map((e) => e.volumeML.toFixed(3)).join(', ') },
    });
  }

  const params = { ...defaultParams(gasMeta.params), particleCount: 1000 };
  const gas = new GasModel(params, 1);
  for (let i = 0; i < 500; i++) gas.step(gasMeta.fixedDtS); // warm-up
  const steps = 5000;
  const g = timeIt(1, () => {
    for (let i = 0; i < steps; i++) gas.step(gasMeta.fixedDtS);
  });
  out.push({
    name: 'gas box step, 1000 particles',
    figures: { msPerStep: round(g.meanMs / steps), steps, collisionsTotal: gas.measure().collisionsTotal },
  });

  const eq = 'K4[Fe(CN)6] + KMnO4 + H2SO4 -> KHSO4 + Fe2(SO4)3 + MnSO4 + HNO3 + CO2 + H2O';
  balance(eq);
  const b = timeIt(50, () => balance(eq));
  out.push({ name: 'balance a 9-species redox equation (BigInt nullspace)', figures: { meanMs: round(b.meanMs), result: balance(eq).text } });
  return out;
}

const invoked = process.argv[1];
if (invoked && import.meta.url === pathToFileURL(invoked).href) {
  for (const b of await run()) {
    console.log(b.name);
    for (const [k, v] of Object.entries(b.figures)) console.log(`  ${k}: ${v}`);
  }
}
