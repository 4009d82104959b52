/**
 * The lever on its stand (杠杆, 人教版 八年级下册 第十二章第1节): a beam pivoted at its middle with five holes
 * each side 5 cm apart (hooks L1…L5, R1…R5 where hooked weights hang), and the balance nuts at its ends to level
 * it first. `offsetMm` is where the nuts would balance the bare beam (this lever's own unevenness).
 */
import type { PartDefinition, TerminalDefinition } from '../../bench/part';

const k = (s: string) => `mechanics.${s}`;

export const LEVER_HOLE_SPACING_M = 0.05;
export const LEVER_HOLES = 5;
/** The beam's axis, metres from the part's centre (y down). */
export const LEVER_BEAM_Y_M = -0.16;

const holes: TerminalDefinition[] = [];
for (const side of ['L', 'R'] as const) {
  for (let i = 1; i <= LEVER_HOLES; i++) holes.push({ name: `${side}${i}`, xM: (side === 'L' ? -1 : 1) * i * LEVER_HOLE_SPACING_M, yM: LEVER_BEAM_Y_M + 0.008, labelKey: k(`terminal.hole${side}`), hang: 'hook' });
}

export const lever: PartDefinition = {
  kind: 'lever',
  bench: 'mechanics',
  labelKey: k('part.lever'),
  idPrefix: 'LV',
  widthM: 0.6,
  heightM: 0.4,
  props: [
    { kind: 'number', name: 'nutMm', labelKey: k('prop.nutMm'), unit: 'mm', min: -20, max: 20, step: 0.5, default: 0 },
    { kind: 'number', name: 'offsetMm', labelKey: k('prop.offsetMm'), unit: 'mm', min: -20, max: 20, step: 0.5, default: -6 },
  ],
  terminals: holes,
  liveProps: ['nutMm'],
  rests: true,
};
