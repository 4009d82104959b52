/**
 * A test tube turned mouth down (人教版 化学 必修第二册 第五章第一节 实验5-1: a tube full of SO₂, stoppered, turned over into water and
 * the stopper taken out under water). With its mouth under a beaker's water the water is the tube's only way in or out: SO₂ dissolves
 * into the water at the meniscus (../chem/sulfur-dioxide-water.ts) and as the gas shrinks the trough's water rises into the tube to
 * take its place (the room's pressure on the trough pushes it up); gas that grows pushes the water back down. Lifted out of the water
 * with its mouth still down and no stopper, the liquid falls out (back into the trough if it is over it) and air takes its place (the textbook's warning: put the stopper back
 * under water first). A stoppered tube is sealed (../parts/test-tube.ts `sealedTube`) and never comes here.
 * The gas left in the tube is at the room's pressure less the water column standing in the tube above the trough's level,
 * p = p_room − ρ g h (h from the drawing's geometry: the tube's 30 mL along its 18 cm from the mouth, the trough's level from its water; ρ of
 * water, 998 kg/m³ at 20 °C, CRC): a column of 14 cm is 1.4 % of the room's pressure, so the bubble left at the top is 1.4 % bigger.
 */
import type { SetupPart } from '../../bench/setup';
import { addInto, condensedVolumeMl, gasAmount, liquidVolumeMl, takeEverything, takeLiquidShare, type Contents } from '../chem/contents';
import { gasVolumeMl, mixWithAir, overflow } from '../chem/gases';
import { dissolveSulfurDioxide } from '../chem/sulfur-dioxide-water';
import type { VesselState } from '../gas-train';
import { localPoint, worldPoint } from '../pose';
import { capacityMl } from '../reagents';
import { BEAKER_BOTTOM_M, BEAKER_INSIDE_HALF_M, beakerWaterY, inBeaker } from './places';
import type { Fire, WetBench } from './state';

/** The mouth below the bottom by more than this (m, of the tube's 18 cm): turned over (steeper than about 30°). */
const MOUTH_DOWN_M = 0.09;
/** The tube's inside length, m (mouth at local x +0.09, bottom at −0.09), and water's density, kg/m³, and g, m/s². */
const TUBE_LENGTH_M = 0.18;
const WATER_KG_PER_M3 = 998;
const G_MPS2 = 9.81;
/** Water that came up into the tube before the events and words say it rises, mL. */
export const WATER_RISES_ML = 1;

/** The tube's mouth, and whether it points down. */
function mouthOf(p: SetupPart): { mouth: { x: number; y: number }; down: boolean } {
  const mouth = worldPoint(p, 0.09, 0), bottom = worldPoint(p, -0.09, 0);
  return { mouth, down: mouth.y - bottom.y > MOUTH_DOWN_M };
}

/** The beaker whose water an upside-down tube's mouth is under (undefined: none, or the tube is not upside down). */
export function mouthUnderWater(b: WetBench, p: SetupPart): { beaker: SetupPart; v: VesselState } | undefined {
  if (p.kind !== 'test-tube') return undefined;
  const { mouth, down } = mouthOf(p);
  if (!down) return undefined;
  const at = inBeaker(b, mouth);
  return at?.inLiquid ? { beaker: at.beaker, v: at.v } : undefined;
}

/** What a beaker under a point holds (its mouth, anywhere above its water), for what falls from there. */
function beakerBelow(b: WetBench, q: { x: number; y: number }): Contents | undefined {
  for (const p of b.setup.parts) {
    const v = b.s.vessels[p.id];
    if (p.kind !== 'beaker' || !v || v.cracked) continue;
    const l = localPoint(p, q);
    if (Math.abs(l.x) < BEAKER_INSIDE_HALF_M && l.y < BEAKER_BOTTOM_M) return v.contents;
  }
  return undefined;
}

/**
 * The pressure of the gas in an upside-down tube whose mouth is under a trough's water: the room's, less the column of water standing in
 * the tube above the trough's level (more, if the tube's water is below the level: a tube pushed down with gas in it).
 */
export function gasPressureUnderColumnPa(b: WetBench, tube: SetupPart, beaker: SetupPart, roomPa: number, condensedMl: number): number {
  const surface = worldPoint(tube, 0.09 - (TUBE_LENGTH_M * Math.min(condensedMl, capacityMl(tube.kind))) / capacityMl(tube.kind), 0);
  const columnM = beakerWaterY(b, beaker) - surface.y;
  return roomPa - WATER_KG_PER_M3 * G_MPS2 * columnM;
}

/**
 * Step an open test tube (no stopper, no delivery tube) if it is upside down. Returns false when it is not (the ordinary open tube's
 * step goes on).
 */
export function stepInvertedTube(b: WetBench, p: SetupPart, v: VesselState, dtS: number, fire: Fire): boolean {
  const { down, mouth } = mouthOf(p);
  if (!down) return false;
  const c = v.contents;
  const { room } = b;
  const trough = mouthUnderWater(b, p);
  if (!trough) {
    // Lifted out mouth down: whatever liquid it held falls out (into a beaker if the mouth is over one), and air comes in.
    const liquidMl = liquidVolumeMl(c);
    if (liquidMl > 0) {
      const fell = takeEverything(c);
      const below = beakerBelow(b, mouth);
      if (below) addInto(below, fell);
      v.fellOutMl = (v.fellOutMl ?? 0) + liquidMl;
      fire('waterFallsOut');
    }
    const headspace = Math.max(0.5, capacityMl(p.kind) - condensedVolumeMl(c));
    overflow(c, headspace, c.temperatureK, room.pressurePa);
    mixWithAir(c, headspace, c.temperatureK, room.pressurePa, 'down', dtS);
    return true;
  }
  const gasPa = gasPressureUnderColumnPa(b, p, trough.beaker, room.pressurePa, condensedVolumeMl(c));
  dissolveSulfurDioxide(c, dtS, gasPa);
  // The gas takes what room is left at its pressure; the rest of the tube is water from the trough (or water goes back to it).
  const gasMl = gasVolumeMl(gasAmount(c), c.temperatureK, gasPa);
  const roomForWaterMl = capacityMl(p.kind) - condensedVolumeMl(c) - gasMl;
  const troughMl = liquidVolumeMl(trough.v.contents);
  if (roomForWaterMl > 1e-9 && troughMl > 0) {
    addInto(c, takeLiquidShare(trough.v.contents, Math.min(1, roomForWaterMl / troughMl)));
  } else if (roomForWaterMl < -1e-9) {
    const tubeMl = liquidVolumeMl(c);
    if (tubeMl > 0) addInto(trough.v.contents, takeLiquidShare(c, Math.min(1, -roomForWaterMl / tubeMl)));
    // Gas beyond the whole tube bubbles out of the mouth.
    overflow(c, Math.max(0.5, capacityMl(p.kind) - condensedVolumeMl(c)), c.temperatureK, gasPa);
  }
  if (liquidVolumeMl(c) > WATER_RISES_ML) fire('waterRises');
  return true;
}
