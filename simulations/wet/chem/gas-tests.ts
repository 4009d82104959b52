/**
 * The gas tests of the textbooks, as functions of the gas where the splint or flame is:
 *
 *  - a glowing splint (带火星的木条) bursts into flame where oxygen is well above air's share: Chinese teaching
 *    references put the threshold at about 35 % oxygen by volume (so a splint that relights does not prove the
 *    gas is pure oxygen); in air it keeps glowing for a while; in CO₂ or N₂ it goes out;
 *  - a burning splint (燃着的木条) goes out where oxygen is below about 15 % (a flame in air dies near that:
 *    the candle-in-a-jar figure), burns more brightly in oxygen, and sets off hydrogen;
 *  - hydrogen with air between its flammability limits (4 % … 75 % H₂ in air) explodes from a flame: in a test
 *    tube, a sharp pop (尖锐爆鸣声: not pure); purer hydrogen only burns at the mouth with a soft pop (声音很小:
 *    pure enough to light); in a bigger vessel, the mixture explodes (never light hydrogen before testing it:
 *    人教版 九年级上册 第四单元 课题3);
 *  - limewater turning milky is a reaction (./reaction-data.ts `limewater-co2`).
 */
import { amountOf, changeAmount, gasAmount, gasFractions, type Contents } from './contents';
import { AIR, species } from './species';

export const RELIGHT_O2_FRACTION = 0.35;
export const FLAME_OUT_O2_FRACTION = 0.15;
/** A vessel larger than this holding an explosive mixture explodes rather than pops, mL. */
export const POP_VOLUME_LIMIT_ML = 60;

export type SplintState = 'unlit' | 'burning' | 'glowing' | 'out';

export type GasTestResult =
  | 'relights'
  | 'keepsGlowing'
  | 'goesOut'
  | 'burnsBrighter'
  | 'keepsBurning'
  | 'sharpPop'
  | 'softPop'
  | 'explosion';

/** The gas a splint meets: a vessel's gas, or the room's air. */
function fractions(gas: Contents | 'air'): Record<string, number> {
  return gas === 'air' ? { 'N2(g)': 0.79, 'O2(g)': 0.21 } : gasFractions(gas);
}

/** A flammable gas in a mixture within its limits: which one, or null. */
export function explosiveGas(gas: Contents | 'air'): string | null {
  const f = fractions(gas);
  for (const [id, x] of Object.entries(f)) {
    const lim = species(id).flammable;
    if (lim && x >= lim.lowerFraction && x <= lim.upperFraction && (f['O2(g)'] ?? 0) > 0.02) return id;
  }
  return null;
}

/** A flammable gas nearly pure (above its upper limit): it burns quietly at the mouth. */
function nearlyPureFuel(gas: Contents | 'air'): string | null {
  const f = fractions(gas);
  for (const [id, x] of Object.entries(f)) if (species(id).flammable && x > species(id).flammable!.upperFraction) return id;
  return null;
}

/** What a splint does where it is put, and its state afterwards. */
export function splintTest(state: SplintState, gas: Contents | 'air', vesselMl: number): { result: GasTestResult | null; next: SplintState } {
  const o2 = fractions(gas)['O2(g)'] ?? 0;
  if (state === 'glowing') {
    if (o2 >= RELIGHT_O2_FRACTION) return { result: 'relights', next: 'burning' };
    if (o2 >= FLAME_OUT_O2_FRACTION) return { result: 'keepsGlowing', next: 'glowing' };
    return { result: 'goesOut', next: 'out' };
  }
  if (state === 'burning') {
    if (explosiveGas(gas)) return { result: vesselMl > POP_VOLUME_LIMIT_ML ? 'explosion' : 'sharpPop', next: 'burning' };
    if (nearlyPureFuel(gas)) return { result: 'softPop', next: 'burning' };
    if (o2 < FLAME_OUT_O2_FRACTION) return { result: 'goesOut', next: 'out' };
    if (o2 >= RELIGHT_O2_FRACTION) return { result: 'burnsBrighter', next: 'burning' };
    return { result: 'keepsBurning', next: 'burning' };
  }
  return { result: null, next: state };
}

/** A flame (lamp, candle, burning splint) at a vessel's mouth or outlet: what its gas does. */
export function flameAt(gas: Contents | 'air', vesselMl: number): GasTestResult | null {
  if (explosiveGas(gas)) return vesselMl > POP_VOLUME_LIMIT_ML ? 'explosion' : 'sharpPop';
  if (nearlyPureFuel(gas)) return 'softPop';
  return null;
}

/** A pop burns the hydrogen in a small vessel: its gas is then the room's air again (the same amount, at the room's pressure). */
export function burnHydrogen(c: Contents): void {
  const total = gasAmount(c);
  for (const id of Object.keys(gasFractions(c))) changeAmount(c, id, -amountOf(c, id));
  for (const [id, x] of Object.entries(AIR)) changeAmount(c, id, x * total);
}
