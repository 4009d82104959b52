/**
 * Model steps per second in Node for each mechanics experiment (and the collisions table with 300
 * discs), at each model's own fixed step. Figures only; nothing passes or fails on time.
 * Run alone: `npx tsx test/bench/sim-steps.ts`; or through `npm run bench -- sim-steps`.
 */
import { pathToFileURL } from 'node:url';
import { validateParams } from '../../simulations/core/params';
import type { Simulation } from '../../simulations/core/simulation';
import { CollisionsModel } from '../../simulations/collisions/model';
import { InclineModel } from '../../simulations/incline/model';
import { PendulumModel } from '../../simulations/pendulum/model';
import { ProjectileModel } from '../../simulations/projectile/model';
import { SpringModel } from '../../simulations/spring/model';

type Bench = { name: string; figures: Record<string, number | string> };

interface Case {
  name: string;
  make: () => Simulation;
  params: Record<string, unknown>;
  seed?: number;
  /** Start the run over when it has reached a trivially cheap end state (landed, at rest). */
  restartWhen?: (sim: Simulation) => boolean;
}

const cases: Case[] = [
  { name: 'projectile (drag on)', make: () => new ProjectileModel(), params: { airResistance: true, speedMps: 30, angleDeg: 50 }, restartWhen: (s) => (s as ProjectileModel).landed },
  { name: 'pendulum (two, nonlinear)', make: () => new PendulumModel(), params: { angleDeg: 120, secondPendulum: true } },
  { name: 'spring (damped)', make: () => new SpringModel(), params: { dampingKgps: 0.2 } },
  { name: 'incline (sliding)', make: () => new InclineModel(), params: { angleDeg: 20, staticFriction: 0.1, kineticFriction: 0.05, lengthM: 20 }, restartWhen: (s) => !(s as InclineModel).sliding },
  { name: 'collisions track (2 carts)', make: () => new CollisionsModel(), params: { mode: 'track', restitution: 0.9 } },
  { name: 'collisions table (100 discs, e = 1)', make: () => new CollisionsModel(), params: { mode: 'table', discCount: 100, discSpeedMps: 2 }, seed: 7 },
  { name: 'collisions table (300 discs, e = 1)', make: () => new CollisionsModel(), params: { mode: 'table', discCount: 300, discSpeedMps: 2 }, seed: 7 },
  { name: 'collisions table (300 discs, e = 0, sticking)', make: () => new CollisionsModel(), params: { mode: 'table', discCount: 300, discSpeedMps: 2, restitution: 0 }, seed: 7 },
];

function measure(c: Case, budgetMs: number): Record<string, number | string> {
  const sim = c.make();
  const r = validateParams(sim.meta.params, c.params);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  sim.reset(r.values, c.seed ?? 1);
  const dt = sim.meta.fixedDtS;
  // Warm-up so the JIT has compiled the step.
  for (let i = 0; i < 200; i++) sim.step(dt);
  let steps = 0;
  const start = performance.now();
  let elapsed = 0;
  let restarts = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < 100; i++) sim.step(dt);
    if (c.restartWhen?.(sim)) {
      sim.reset(r.values, c.seed ?? 1); // cheap next to the steps; counted in the time, so figures are conservative
      restarts++;
      for (let i = 0; i < 2; i++) sim.step(dt); // leave the resting start (the incline starts sliding on its first step)
      steps += 2;
    }
    steps += 100;
    elapsed = performance.now() - start;
  }
  const stepsPerS = (steps / elapsed) * 1000;
  return {
    fixedDtS: dt,
    ...(c.restartWhen ? { restarts } : {}),
    stepsPerSecond: Math.round(stepsPerS),
    // How many times faster than real time the model runs at its fixed step (the frame needs ≥ 1).
    realTimeFactor: Math.round(stepsPerS * dt * 10) / 10,
    microsecondsPerStep: Math.round((elapsed * 1000 * 100) / steps) / 100,
  };
}

export default async function run(budgetMs = 1000): Promise<Bench[]> {
  return cases.map((c) => ({ name: `sim steps: ${c.name}`, figures: measure(c, budgetMs) }));
}

const invoked = process.argv[1];
if (invoked && import.meta.url === pathToFileURL(invoked).href) {
  for (const b of await run()) {
    console.log(b.name);
    for (const [k, v] of Object.entries(b.figures)) console.log(`  ${k}: ${v}`);
  }
}
