/**
 * Where things are on the wet bench, as the engine asks: the beaker a point is in (and whether under the water's
 * surface, or on the bottom), the gas jar or open test tube's mouth a splint's tip is in, the beaker a volumetric flask is filled from, the
 * temperature a copper plate is lying at, what a strip's clip is wired to. Geometry from the parts' drawings (side view, metres, y down).
 */
import type { SetupPart } from '../../bench/setup';
import { condensedVolumeMl, liquidVolumeMl } from '../chem/contents';
import { plateTargetC } from '../combustion';
import { deliveryOf, type VesselState } from '../gas-train';
import { PAN_HALF_WIDTH_M, PAN_TOP_M } from '../parts/electronic-balance';
import { STRIP_HALF_M } from '../parts/metal-strip';
import { localPoint, worldPoint, type Point } from '../pose';
import { celsius, type WetBench } from './state';

/** Beaker inside: 6.7 cm across (35 cm²), bottom 4.75 cm below its centre. */
const BEAKER_AREA_CM2 = 35;
export const BEAKER_BOTTOM_M = 0.0475;
export const BEAKER_INSIDE_HALF_M = 0.0335;

export interface InBeaker {
  beaker: SetupPart;
  v: VesselState;
  inLiquid: boolean;
  onBottom: boolean;
}

/** The beaker a point is in, with whether it is below the water's surface and on the bottom. */
export function inBeaker(b: WetBench, q: Point): InBeaker | null {
  for (const beaker of b.setup.parts) {
    const v = b.s.vessels[beaker.id];
    if (beaker.kind !== 'beaker' || !v || v.cracked) continue;
    const l = localPoint(beaker, q);
    if (Math.abs(l.x) > BEAKER_INSIDE_HALF_M || l.y > BEAKER_BOTTOM_M + 0.002 || l.y < -BEAKER_BOTTOM_M) continue;
    const levelY = BEAKER_BOTTOM_M - liquidVolumeMl(v.contents) / BEAKER_AREA_CM2 / 100;
    return { beaker, v, inLiquid: l.y >= levelY, onBottom: l.y > BEAKER_BOTTOM_M - 0.003 };
  }
  return null;
}

/** The height of a beaker's water surface on the bench (world y, m, y down). */
export function beakerWaterY(b: WetBench, beaker: SetupPart): number {
  const v = b.s.vessels[beaker.id];
  return worldPoint(beaker, 0, BEAKER_BOTTOM_M - (v ? liquidVolumeMl(v.contents) : 0) / BEAKER_AREA_CM2 / 100).y;
}

/**
 * The test tube whose bottom third (local x −0.09 … −0.03 m, 9 mm either side of its axis) a point is in, with what
 * it holds, if the tube holds anything condensed there (a thermometer's bulb in crushed 海波 or its melt).
 */
export function inTubeBottom(b: WetBench, q: Point): VesselState | null {
  for (const t of b.setup.parts) {
    const v = b.s.vessels[t.id];
    if (t.kind !== 'test-tube' || !v || v.cracked || !(condensedVolumeMl(v.contents) > 0)) continue;
    const l = localPoint(t, q);
    if (Math.abs(l.y) <= 0.009 && l.x >= -0.09 && l.x <= -0.03) return v;
  }
  return null;
}

/** The jar a splint's tip is in (inside it or within 1.5 cm of its mouth). */
export function jarAt(b: WetBench, splint: SetupPart): SetupPart | undefined {
  const tip = worldPoint(splint, 0.07, 0);
  return b.setup.parts.find((j) => {
    if (j.kind !== 'gas-jar') return false;
    const q = localPoint(j, tip);
    const mouthUp = j.props.collection === 'upward';
    return Math.abs(q.x) < 0.03 && (mouthUp ? q.y > -0.075 && q.y < 0.058 : q.y > -0.058 && q.y < 0.075);
  });
}

/**
 * The open test tube (no stopper and delivery tube in it) whose mouth a splint's tip is at: within 1.5 cm of it,
 * the mouth at the tube's local x = +0.09 m.
 */
export function tubeMouthAt(b: WetBench, splint: SetupPart): SetupPart | undefined {
  const tip = worldPoint(splint, 0.07, 0);
  return b.setup.parts.find((t) => {
    if (t.kind !== 'test-tube' || deliveryOf(b.setup, t.id)) return false;
    const mouth = worldPoint(t, 0.09, 0);
    return Math.hypot(mouth.x - tip.x, mouth.y - tip.y) < 0.015;
  });
}

/** The beaker nearest a volumetric flask (the one its solution is poured from). */
export function beakerFor(b: WetBench, flask: SetupPart): SetupPart | undefined {
  const beakers = b.setup.parts.filter((q) => q.kind === 'beaker' && b.s.vessels[q.id] && !b.s.vessels[q.id].cracked);
  return beakers.sort((x, y) => Math.hypot(x.xM - flask.xM, x.yM - flask.yM) - Math.hypot(y.xM - flask.xM, y.yM - flask.yM))[0];
}

/** The temperature a copper plate tends to where it lies (on a beaker of hot water, in a flame), °C. */
export function plateTarget(b: WetBench, plate: SetupPart): number {
  return plateTargetC(b.setup, plate, celsius(b.room.temperatureK), (id) => {
    const v = b.s.vessels[id];
    return v && !v.cracked && liquidVolumeMl(v.contents) > 0 ? celsius(v.contents.temperatureK) : null;
  });
}

/** What a strip's clip is wired to: the parts and terminals at the other ends of its links. */
export function wiredTo(b: WetBench, partId: string): { part: string; terminal: string }[] {
  const out: { part: string; terminal: string }[] = [];
  for (const l of b.setup.links) {
    if (l.from.part === partId && l.from.terminal === 'clip') out.push(l.to);
    if (l.to.part === partId && l.to.terminal === 'clip') out.push(l.from);
  }
  return out;
}

/** The strips standing on a balance's pan: their bottom end within 1 cm above the pan's top, over its width. */
export function onPan(b: WetBench, balance: SetupPart): SetupPart[] {
  return b.setup.parts.filter((p) => {
    if (p.kind !== 'metal-strip') return false;
    const q = localPoint(balance, worldPoint(p, 0, STRIP_HALF_M));
    return Math.abs(q.x) <= PAN_HALF_WIDTH_M && q.y >= PAN_TOP_M - 0.01 && q.y <= PAN_TOP_M + 0.005;
  });
}
