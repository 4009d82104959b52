/**
 * The 30-vessel wet bench of issue #18's frame bar: 15 burettes, each running (slowly) into its own flask of acid with
 * phenolphthalein, side by side. One setup for the browser benches (bench-frames, wet-step-frames) and the Node one
 * (wet-step-node).
 */
import type { Setup } from '../../simulations/bench/setup';
import { part as wetPart, wetSetup } from '../../simulations/wet/presets/layout';

export function titrationRowSetup(): Setup {
  const parts = [];
  for (let i = 0; i < 15; i++) {
    const x = 0.04 + i * 0.051;
    parts.push(wetPart(`D${i + 1}`, 'burette', x, 0.165, { naohMolL: 0.1, startMl: 0, tap: 'slow' }));
    parts.push(wetPart(`F${i + 1}`, 'conical-flask', x, 0.38, { sampleMl: 20, sampleMolL: 0.05 + i * 0.01, indicator: 'phenolphthalein' }));
  }
  return wetSetup('Fifteen titrations', parts);
}
