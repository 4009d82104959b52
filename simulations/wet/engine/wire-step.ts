/**
 * A step of the copper wires (../copper-wire.ts): where each coil is (in a lit lamp's outer flame, under a test tube's
 * liquid, or in the air), what it does there, and the acetaldehyde it has made (events wireBlack,
 * wireBright, aldehydeSmell).
 */
import { dropTarget } from '../dropping';
import { blackness, stepWire, type WirePlace } from '../copper-wire';
import { lampFlameAt, TUBE_GLASS_J_PER_K } from '../heating';
import { COIL_Y_M } from '../parts/copper-wire';
import { worldPoint } from '../pose';
import type { Fire, WetBench } from './state';

export function stepWires(b: WetBench, dtS: number, fire: Fire): void {
  const { setup, s, room } = b;
  for (const p of setup.parts) {
    const w = s.wires?.[p.id];
    if (p.kind !== 'copper-wire' || !w) continue;
    const coil = worldPoint(p, 0, COIL_Y_M);
    const at = dropTarget(setup, coil, (id) => s.vessels[id]?.contents ?? null);
    const v = at?.underSurface ? s.vessels[at.vessel.id] : undefined;
    const place: WirePlace = v && !v.cracked ? { kind: 'liquid', id: at!.vessel.id, contents: v.contents, glassJPerK: TUBE_GLASS_J_PER_K } : lampFlameAt(setup, coil) ? { kind: 'flame' } : { kind: 'air' };
    const wasBlack = w.wasBlack;
    stepWire(w, place, room.temperatureK, room.pressurePa, dtS);
    if (w.wasBlack) fire('wireBlack');
    if (wasBlack && place.kind === 'liquid' && blackness(w) < 0.05) fire('wireBright');
    if ((w.madeMol['CH3CHO(g)'] ?? 0) > 1e-6) fire('aldehydeSmell');
  }
}
