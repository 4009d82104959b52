/** Small builders for optics preset setups: a part at a place, a holder at a rail's scale reading. */
import type { ParamValue } from '../../core/params';
import type { Setup, SetupPart } from '../../bench/setup';
import { SETUP_VERSION } from '../../bench/setup-limits';
import { opticsParts } from '../parts';

export function part(id: string, kind: string, xM: number, yM: number, props: Record<string, ParamValue> = {}, rotDeg = 0): SetupPart {
  return { id, kind, xM, yM, rotDeg, props: { ...opticsParts.defaultProps(kind), ...props } };
}

/** A holder on a 1 m rail whose centre is at (railX, railY), unturned, at a scale reading in metres (0 at its left end). */
export function onRail(id: string, kind: string, railX: number, railY: number, readingM: number, props: Record<string, ParamValue> = {}): SetupPart {
  return part(id, kind, Math.round((railX - 0.5 + readingM) * 1e9) / 1e9, railY, props);
}

export function opticsSetup(title: string, parts: SetupPart[], extra: Partial<Pick<Setup, 'hiddenMeasurements' | 'hiddenTools'>> = {}): Setup {
  return { version: SETUP_VERSION, bench: 'optics', title, parts, links: [], ...extra };
}
