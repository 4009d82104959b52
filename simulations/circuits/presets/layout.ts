/** Small builders for preset setups: a part at a place, a wire between two posts. */
import type { ParamValue } from '../../core/params';
import type { Setup, SetupLink, SetupPart } from '../../bench/setup';
import { SETUP_VERSION } from '../../bench/setup-limits';
import { circuitParts } from '../parts';

export function part(id: string, kind: string, xM: number, yM: number, props: Record<string, ParamValue> = {}, rotDeg = 0): SetupPart {
  return { id, kind, xM, yM, rotDeg, props: { ...circuitParts.defaultProps(kind), ...props } };
}

/** Wires from `A.+` style references, numbered w1, w2 … in order. */
export function wires(...pairs: [string, string][]): SetupLink[] {
  const ref = (s: string) => {
    const dot = s.indexOf('.');
    return { part: s.slice(0, dot), terminal: s.slice(dot + 1) };
  };
  return pairs.map(([a, b], i) => ({ id: `w${i + 1}`, from: ref(a), to: ref(b) }));
}

export function circuitSetup(title: string, parts: SetupPart[], links: SetupLink[]): Setup {
  return { version: SETUP_VERSION, bench: 'circuits', title, parts, links };
}
