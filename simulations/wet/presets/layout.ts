/** Small builders for wet-bench preset setups (a side view of the bench: metres, y down, the table's edge at the bottom). */
import type { ParamValue } from '../../core/params';
import type { Setup, SetupLink, SetupPart } from '../../bench/setup';
import { SETUP_VERSION } from '../../bench/setup-limits';
import { wetParts } from '../parts';

export const TABLE_W_M = 0.8;
export const TABLE_H_M = 0.45;

export function part(id: string, kind: string, xM: number, yM: number, props: Record<string, ParamValue> = {}, rotDeg = 0): SetupPart {
  return { id, kind, xM, yM, rotDeg, props: { ...wetParts.defaultProps(kind), ...props } };
}

/** A delivery tube from a vessel's stopper to another part's dip terminal. */
export function tube(id: string, from: string, to: string): SetupLink {
  return { id, from: { part: from, terminal: 'stopper' }, to: { part: to, terminal: 'dip' } };
}

export function wetSetup(title: string, parts: SetupPart[], links: SetupLink[] = [], extra: Partial<Pick<Setup, 'hiddenMeasurements' | 'hiddenTools' | 'settings'>> = {}): Setup {
  return { version: SETUP_VERSION, bench: 'wet', title, parts, links, ...extra };
}
