/**
 * An open flame where a hydrogen generator's gas comes out (人教版 化学 九年级上册 第四单元 课题3: 点燃氢气前，一定要检验氢气的
 * 纯度): an open generator's mouth, or the tip of the jet its delivery tube ends in (../parts/jet.ts). A lit lamp's outer
 * flame within 3 cm of the outlet, or a burning splint's tip within 1.5 cm of a jet's, meets the generator's gas
 * (../chem/gas-tests.ts `flameAt`, by the generator's volume): hydrogen mixed with air between its limits pops in a test
 * tube and, in a flask, the flame runs back into it and the mixture explodes (the flask is shattered); nearly pure
 * hydrogen lights and burns quietly at the outlet with a pale blue flame as long as it keeps coming (event hydrogenBurns).
 * A splint at an open test tube's mouth is the purity test itself (./instruments.ts).
 */
import type { SetupPart } from '../../bench/setup';
import { amountOf } from '../chem/contents';
import { burnHydrogen, flameAt } from '../chem/gas-tests';
import { deliveryOf, type VesselState } from '../gas-train';
import { lampFlameAt } from '../heating';
import { JET_TIP_Y_M } from '../parts/jet';
import { worldPoint, type Point } from '../pose';
import { capacityMl } from '../reagents';
import { GENERATORS } from './vessels';
import type { Fire, WetBench } from './state';

const LAMP_REACH_M = 0.03;
const SPLINT_REACH_M = 0.015;
/** Gas must keep coming for a flame at the outlet to stay alight, mL/s. */
const LEAST_FLOW_ML_PER_S = 0.05;

/** Where a generator's gas meets the room: its open mouth, or the tip of the jet its delivery tube ends in. */
export function outletOf(b: WetBench, p: SetupPart): { point: Point; jet: SetupPart | null } | null {
  const d = deliveryOf(b.setup, p.id);
  if (!d) return { point: p.kind === 'test-tube' ? worldPoint(p, 0.09, 0) : worldPoint(p, 0, -0.07), jet: null };
  const jet = b.setup.parts.find((q) => q.id === d.to.part && q.kind === 'jet');
  return jet ? { point: worldPoint(jet, 0, JET_TIP_Y_M), jet } : null;
}

/** The generator whose delivery tube ends in a jet, with its state. */
export function generatorOfJet(b: WetBench, jetId: string): VesselState | undefined {
  const p = b.setup.parts.find((q) => GENERATORS.has(q.kind) && deliveryOf(b.setup, q.id)?.to.part === jetId);
  return p ? b.s.vessels[p.id] : undefined;
}

function flameNear(b: WetBench, q: Point, jet: boolean): boolean {
  if (lampFlameAt(b.setup, q, LAMP_REACH_M)) return true;
  if (!jet) return false;
  return b.setup.parts.some((s) => {
    if (s.kind !== 'splint' || b.s.splints[s.id]?.state !== 'burning') return false;
    const tip = worldPoint(s, 0.07, 0);
    return Math.hypot(tip.x - q.x, tip.y - q.y) < SPLINT_REACH_M;
  });
}

export function stepOutletFlames(b: WetBench, fire: Fire): void {
  for (const p of b.setup.parts) {
    const v = b.s.vessels[p.id];
    if (!GENERATORS.has(p.kind) || !v || v.cracked) continue;
    const outlet = outletOf(b, p);
    if (v.outletFlame) {
      // Burning quietly: it goes out when nearly pure hydrogen stops coming (or the outlet is taken away).
      if (!outlet || flameAt(v.contents, capacityMl(p.kind)) !== 'softPop' || (outlet.jet && v.outRateMlPerS < LEAST_FLOW_ML_PER_S)) v.outletFlame = false;
      continue;
    }
    if (!outlet || !(amountOf(v.contents, 'H2(g)') > 0) || !flameNear(b, outlet.point, !!outlet.jet)) continue;
    const result = flameAt(v.contents, capacityMl(p.kind));
    if (result === 'explosion') {
      burnHydrogen(v.contents);
      v.exploded = true;
      v.cracked = true;
      fire('explosion');
    } else if (result === 'sharpPop') {
      burnHydrogen(v.contents);
      v.poppedAtOutlet = true;
      fire('sharpPop');
    } else if (result === 'softPop' && (!outlet.jet || v.outRateMlPerS >= LEAST_FLOW_ML_PER_S)) {
      v.outletFlame = true;
      fire('hydrogenBurns');
    }
  }
}
