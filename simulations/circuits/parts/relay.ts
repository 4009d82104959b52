/**
 * An electromagnetic relay (电磁继电器): a coil (posts c1, c2) that pulls the armature in when its current
 * reaches the pull-in current and lets it go below the drop-out current; the armature joins the common contact
 * to the normally-open contact (no) when pulled in, to the normally-closed one (nc) when not. A small 6 V relay:
 * coil 100 Ω, pull-in 8 mA, drop-out 4 mA.
 */
import type { PartDefinition } from '../../bench/part';

const k = (s: string) => `circuits.${s}`;

export const RELAY = { coilResistanceOhm: 100, pullInCurrentA: 0.008, dropOutCurrentA: 0.004 } as const;

export const relay: PartDefinition = {
  kind: 'relay',
  bench: 'circuits',
  labelKey: k('part.relay'),
  idPrefix: 'K',
  widthM: 0.1,
  heightM: 0.07,
  props: [],
  terminals: [
    { name: 'c1', xM: -0.045, yM: -0.02, labelKey: k('terminal.coil1') },
    { name: 'c2', xM: -0.045, yM: 0.02, labelKey: k('terminal.coil2') },
    { name: 'com', xM: 0.045, yM: 0.028, labelKey: k('terminal.common') },
    { name: 'no', xM: 0.045, yM: -0.025, labelKey: k('terminal.normallyOpen') },
    { name: 'nc', xM: 0.045, yM: 0.002, labelKey: k('terminal.normallyClosed') },
  ],
};
