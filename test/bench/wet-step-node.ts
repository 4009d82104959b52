/**
 * The 30-vessel wet bench (15 burettes running into 15 flasks) stepped in Node: CPU time per engine step and per
 * look of the 15 flasks, medians of BENCH_ROUNDS × 400 steps (process.cpuUsage, which a loaded machine moves less than
 * wall time). Figures only. `npx tsx test/bench/wet-step-node.ts`.
 */
import { pathToFileURL } from 'node:url';
import { BenchModel } from '../../simulations/bench/bench-model';
import { titrationPreset } from '../../simulations/wet/presets/titration';
import { WetBenchEngine } from '../../simulations/wet/bench-engine';
import { vesselLook } from '../../simulations/wet/vessel-look';
import { titrationRowSetup } from '../support/wet-30-vessels';


const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function run() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const steps: number[] = [], looks: number[] = [], measures: number[] = [];
  let check = 0;
  for (let r = 0; r < rounds; r++) {
    const engine = new WetBenchEngine();
    const model = new BenchModel({ ...titrationPreset, setup: titrationRowSetup() }, engine);
    model.reset({});
    const flasks = model.setup.parts.filter((p) => p.kind === 'conical-flask');
    let stepMs = 0, lookMs = 0, measureMs = 0;
    for (let i = 0; i < 400; i++) {
      let t = cpuMs();
      model.step(model.meta.fixedDtS);
      stepMs += cpuMs() - t;
      t = cpuMs();
      for (const f of flasks) check += vesselLook(engine, model.setup, f)?.liquidShare ?? 0;
      lookMs += cpuMs() - t;
      t = cpuMs();
      check += Object.values(model.measure()).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
      measureMs += cpuMs() - t;
    }
    steps.push(stepMs / 400);
    looks.push(lookMs / 400);
    measures.push(measureMs / 400);
  }
  const figures = { 'engine step ms (median of rounds)': +median(steps).toFixed(3), '15 flask looks ms per step': +median(looks).toFixed(3), 'measurements ms per step': +median(measures).toFixed(3), checksum: +check.toFixed(6) };
  console.log(figures);
  return [{ name: 'wet bench, 30 vessels, in Node', figures }];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
