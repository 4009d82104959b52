import { it } from 'vitest';
import { runSimulation, validateParams } from '../core';
import { createOpticsModel } from './model';
import { opticsPresets } from './presets';
it('dbg', () => {
  for (const p of opticsPresets) {
    const m = createOpticsModel(p);
    const v = validateParams(m.meta.params, {});
    if (!v.ok) throw new Error(v.errors[0].message);
    const t0 = performance.now();
    m.reset(v.values);
    const run = runSimulation(m, { timeS: 0.1 });
    console.log(p.id, JSON.stringify(run.measurements), (performance.now() - t0).toFixed(1), 'ms', JSON.stringify(m.diagnostics()));
  }
  const m = createOpticsModel(opticsPresets[2]);
  for (const u of [0.5, 0.3, 0.2, 0.15, 0.12, 0.1, 0.08, 0.05]) {
    m.reset({ focalLengthM: 0.1, objectDistanceM: u, screenDistanceM: 0.2 });
    const r = m.measure();
    console.log('u', u, 'v', r.imageDistanceM.toFixed(4), 'thin', (u * 0.1 / (u - 0.1)).toFixed(4), 'm', r.magnification.toFixed(3), 'kind', r.imageKind, 'blur', r.blurMm.toFixed(2));
  }
});
