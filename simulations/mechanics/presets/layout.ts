/** Small builders for mechanics preset setups: a part at a place, a setup arranged as the editor would (things resting and hanging). */
import type { ParamValue } from '../../core/params';
import { arrange } from '../../bench/placement';
import { deferredSetup } from '../../bench/deferred-setup';
import type { Setup, SetupLink, SetupPart } from '../../bench/setup';
import { SETUP_VERSION } from '../../bench/setup-limits';
import { mechanicsParts } from '../parts';
import { tableOf } from './tables';

export function part(id: string, kind: string, xM: number, yM: number, props: Record<string, ParamValue> = {}, rotDeg = 0): SetupPart {
  return { id, kind, xM, yM, rotDeg, props: { ...mechanicsParts.defaultProps(kind), ...props } };
}

export function hang(id: string, ring: string, hookPart: string, hook = 'hook', ringTerminal = 'ring'): SetupLink {
  return { id, from: { part: hookPart, terminal: hook }, to: { part: ring, terminal: ringTerminal } };
}

/**
 * The setup with everything resting where it falls and hanging from its hook, on the preset's table (its floor is
 * the table's bottom edge). Arranged on first read (deferredSetup): arranging all presets at import was most of the
 * registry's start-up cost on every lab page.
 */
export function mechanicsSetup(presetId: string, title: string, parts: SetupPart[], links: SetupLink[] = [], extra: Partial<Pick<Setup, 'hiddenMeasurements' | 'hiddenTools'>> = {}): Setup {
  const setup: Setup = { version: SETUP_VERSION, bench: 'mechanics', title, parts, links, settings: { gravity: 'textbook', customGravityMps2: 9.8 }, ...extra };
  return deferredSetup(setup, (s) => arrange(s, mechanicsParts, tableOf(presetId).heightM));
}
