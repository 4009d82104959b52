/**
 * A student's hands on a wet-bench preset, for the headless preset tests: start it, move or change a part, let time
 * run, hold a dropper over a tube and squeeze it empty, tip a spatula over a tube, stand a tube in a beaker.
 */
import type { BenchModel } from '../../bench/bench-model';
import { presetMeta, type BenchPreset } from '../../bench/preset';
import type { Setup } from '../../bench/setup';
import { defaultParams } from '../../core/params';
import type { Contents } from '../chem/contents';
import type { WetBenchEngine } from '../bench-engine';
import { createWetModel } from '../model';
import { wetParts } from '../parts';

export const DT = 0.05;

export function start(preset: BenchPreset): BenchModel {
  const m = createWetModel(preset);
  m.reset(defaultParams(presetMeta(preset, wetParts).params));
  return m;
}

export function edit(m: BenchModel, id: string, props: Record<string, unknown>, at?: { xM: number; yM: number }): void {
  m.edit({ ...m.setup, parts: m.setup.parts.map((p) => (p.id === id ? { ...p, ...at, props: { ...p.props, ...props } as Setup['parts'][number]['props'] } : p)) });
}

/** Run `s` seconds; the events fired. */
export function runFor(m: BenchModel, s: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.round(s / DT); i++) out.push(...m.step(DT).map((e) => e.name));
  return out;
}

export const partOf = (m: BenchModel, id: string) => m.setup.parts.find((p) => p.id === id)!;
export const contentsOf = (m: BenchModel, id: string): Contents => (m.engine as WetBenchEngine).contentsOf(id)!;

/** Hold a dropper with its tip 2 cm above a tube's mouth (or 5 mm above its bottom, under the surface), squeeze it empty, let go. */
export function dropInto(m: BenchModel, dropper: string, tubeId: string, opts: { under?: boolean } = {}): void {
  const t = partOf(m, tubeId);
  // Upright tube: mouth 9 cm above its centre, bottom 9 cm below; the dropper's tip is 6 cm below its own centre.
  const tipY = opts.under ? t.yM + 0.085 : t.yM - 0.09 - 0.02;
  edit(m, dropper, { squeeze: true }, { xM: t.xM, yM: tipY - 0.06 });
  runFor(m, 12);
  edit(m, dropper, { squeeze: false });
  runFor(m, DT);
}

/** The spatula's bowl (5 cm right of its centre) 2 cm above a tube's mouth, tipped. */
export function tipInto(m: BenchModel, spatula: string, tubeId: string): void {
  const t = partOf(m, tubeId);
  edit(m, spatula, { tipped: true }, { xM: t.xM - 0.05, yM: t.yM - 0.11 });
}
