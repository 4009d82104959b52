/**
 * Which lit lamp heats which vessel, and how hard. An alcohol lamp burns about 4 g of ethanol in 10 minutes
 * (≈ 200 W of flame); the outer flame (外焰) on a test tube's bottom puts about 24 W into it, and through a
 * tripod's gauze into a beaker about 70 W (a third of the flame: the figures that make 100 mL of water boil
 * in the 8–10 minutes of 人教版 八年级上册 第三章第3节's figure). Losses to the room by a conductance: a small hot
 * tube 0.1 W/K (its glass and the powder at the bottom then settle near 260 °C, where
 * potassium permanganate gives its oxygen over a minute or two rather than all at once), a beaker of water 0.35 W/K (convection, radiation and evaporation lumped, so heating slows as
 * the water nears boiling, as the textbook's curve does).
 *
 * A test tube standing in a beaker with its bottom under the water is in a water bath (水浴加热, 人教版 八年级上册
 * 第三章第2节 熔化和凝固): the flame does not reach it, the water does, through the glass: heat flows at
 * G_bath (T_water − T_tube), G_bath = 0.3 W/K (the 3.4 cm² … 40 cm² of glass under the water, 1 mm thick, and
 * a crushed solid inside it conducting about 100 W/(m²·K) overall, so the tube follows the bath with a time constant
 * of about a minute, as the textbook's readings every half minute show); what the tube takes, the bath gives.
 *
 * Heated places: a test tube's bottom third (local x −0.09 … −0.03), within 2 cm of the lamp's flame tip; a
 * beaker standing on a tripod (its bottom within 1.5 cm of the tripod's top) with the lamp's flame tip under
 * the tripod's top (from 2 cm above it, as the outer flame meets the gauze, to 5 cm below, within 4 cm sideways).
 */
import type { Setup, SetupPart } from '../bench/setup';
import { FLAME_TIP_Y_M } from './parts/alcohol-lamp';
import { distanceToSegment, localPoint, worldPoint } from './pose';

export const TUBE_FLAME_W = 24;
/** A lamp with its wick turned down (小火): this share of its full flame's power (an estimate). */
export const SMALL_FLAME_SHARE = 0.55;
/** The power share of a lamp's flame: full, or small (小火). */
export const flameShare = (lamp: SetupPart) => (lamp.props.flame === 'small' ? SMALL_FLAME_SHARE : 1);
export const GAUZE_FLAME_W = 70;
export const TUBE_LOSS_W_PER_K = 0.1;
export const BEAKER_LOSS_W_PER_K = 0.35;
/** The heated part of the glass, J/K: the bottom of a tube (6 g of glass), a 250 mL beaker (100 g; c = 0.84 J/(g·K)). */
export const TUBE_GLASS_J_PER_K = 5;
export const BEAKER_GLASS_J_PER_K = 84;

export interface Heating {
  powerW: number;
  /** The lamp doing it. */
  lampId: string | null;
  /** A beaker over a flame without a gauze (the glass cracks), or set on a tripod whose lamp has no gauze between. */
  bareFlame: boolean;
}

const flameTip = (lamp: SetupPart) => worldPoint(lamp, 0, FLAME_TIP_Y_M);
const litLamps = (setup: Setup) => setup.parts.filter((p) => p.kind === 'alcohol-lamp' && p.props.lit === true);

/** The lit lamp whose outer flame (its tip) is within `withinM` of a point: a wire's coil held in it, a flame by a vessel's mouth. */
export function lampFlameAt(setup: Setup, q: { x: number; y: number }, withinM = 0.02): SetupPart | undefined {
  return litLamps(setup).find((l) => {
    const tip = flameTip(l);
    return Math.hypot(tip.x - q.x, tip.y - q.y) < withinM;
  });
}

/** The tripod a beaker stands on, if any. */
export function tripodUnder(setup: Setup, beaker: SetupPart): SetupPart | undefined {
  const bottom = worldPoint(beaker, 0, beaker.kind === 'beaker' ? 0.0475 : 0);
  return setup.parts.find((t) => t.kind === 'tripod' && Math.abs(t.xM - bottom.x) < 0.04 && Math.abs(t.yM - 0.05 - bottom.y) < 0.015);
}

/** Water bath to a test tube standing in it, W/K; such a tube loses to the room only by its part above the water. */
export const BATH_W_PER_K = 0.3;
export const TUBE_IN_BATH_LOSS_W_PER_K = 0.02;
/** Beaker inside: half-width and bottom below its centre, m; water's depth per mL (35 cm² inside). */
const BEAKER_HALF_M = 0.0335;
const BEAKER_BOTTOM_M = 0.0475;
const BEAKER_M_PER_ML = 1e-2 / 35;

/**
 * The beaker a test tube stands in as a water bath: the tube's bottom (its local x −0.085) inside the beaker and
 * under the water's surface, given each beaker's liquid volume (mL).
 */
export function bathOf(setup: Setup, tube: SetupPart, liquidMl: (beakerId: string) => number): SetupPart | undefined {
  if (tube.kind !== 'test-tube') return undefined;
  const bottom = worldPoint(tube, -0.085, 0);
  return setup.parts.find((b) => {
    if (b.kind !== 'beaker') return false;
    const q = localPoint(b, bottom);
    return Math.abs(q.x) < BEAKER_HALF_M && q.y < BEAKER_BOTTOM_M && q.y > BEAKER_BOTTOM_M - liquidMl(b.id) * BEAKER_M_PER_ML;
  });
}

export function heatingOf(setup: Setup, vessel: SetupPart, inBath = false): Heating {
  const none: Heating = { powerW: 0, lampId: null, bareFlame: false };
  if (vessel.kind === 'test-tube') {
    if (inBath) return none;
    const a = worldPoint(vessel, -0.09, 0), b = worldPoint(vessel, -0.03, 0);
    const lamp = litLamps(setup).find((l) => distanceToSegment(flameTip(l), a, b) < 0.02);
    return lamp ? { powerW: TUBE_FLAME_W * flameShare(lamp), lampId: lamp.id, bareFlame: false } : none;
  }
  if (vessel.kind === 'beaker') {
    const bottom = worldPoint(vessel, 0, 0.0475);
    const tri = tripodUnder(setup, vessel);
    const under = (l: SetupPart, topY: number) => {
      const tip = flameTip(l);
      return Math.abs(tip.x - bottom.x) < 0.04 && tip.y >= topY - 0.02 && tip.y <= topY + 0.05;
    };
    const lamp = litLamps(setup).find((l) => under(l, tri ? tri.yM - 0.05 : bottom.y));
    if (!lamp) return none;
    const gauze = tri?.props.gauze === true;
    return { powerW: GAUZE_FLAME_W, lampId: lamp.id, bareFlame: !gauze };
  }
  return none;
}
