/**
 * A step of the bench's apparatus that is not a reacting vessel: a burette's tap runs titrant into the flask
 * under it (../titration-stand.ts), a volumetric flask takes the beaker's solution and is made up to the mark
 * (../molar-solution.ts), a Hofmann apparatus electrolyses water (../electrolysis.ts), a splint meets the gas of
 * the jar or open tube its tip is at (../chem/gas-tests.ts), a thermometer's bulb follows what it is in (../thermometer-reading.ts).
 */
import type { SetupPart } from '../../bench/setup';
import { pHOf } from '../chem/acidity';
import { burnHydrogen, splintTest } from '../chem/gas-tests';
import { armMl, electrolysisCurrentA, stepElectrolysis } from '../electrolysis';
import { heatingOf } from '../heating';
import { stepVolumetric } from '../molar-solution';
import { ARM_ML } from '../parts/hofmann';
import { GAS_JAR_ML } from '../parts/gas-jar';
import { TEST_TUBE_ML } from '../parts/test-tube';
import { BULB_Y_M } from '../parts/thermometer';
import { worldPoint } from '../pose';
import { bottomExcessC, bulbAfter, DIVISION_C, TAU_AIR_S, TAU_WATER_S } from '../thermometer-reading';
import { endPointPH, indicatorIn, runTap, vesselUnderTip } from '../titration-stand';
import { beakerFor, inBeaker, inTubeBottom, jarAt, tubeMouthAt } from './places';
import { celsius, type Fire, type WetBench } from './state';

/** The tap runs titrant into the vessel under the tip (or onto the table); the indicator there shows the end point. */
export function stepBurette(b: WetBench, p: SetupPart, dtS: number, fire: Fire): void {
  const s = b.s.burettes[p.id];
  if (!s) return;
  const under = vesselUnderTip(b.setup, p);
  const v = under ? b.s.vessels[under.id] : undefined;
  s.into = v && !v.cracked ? under!.id : null;
  const r = runTap(p, s, s.into ? v!.contents : null, b.room.temperatureK, dtS);
  if (r.emptied) fire('buretteEmpty');
  if (r.ml > 0 && !s.into) fire('spilled');
}

/**
 * After the step's vessels have reacted (the titrant neutralised): the indicator in the vessel a burette ran into
 * shows the end point. Asked of the liquid as the step leaves it, the pH is the one the flask's colour and the pH meter
 * are drawn from (./acidity.ts keeps the last solve per vessel): one solve per flask a step, not two. Announced once:
 * after it, no pH to solve here.
 */
export function checkEndPoint(b: WetBench, p: SetupPart, fire: Fire): void {
  const s = b.s.burettes[p.id];
  if (!s || !(s.flowMlPerS > 0) || !s.into || b.s.fired.includes('endPoint')) return;
  const under = b.setup.parts.find((q) => q.id === s.into);
  const v = b.s.vessels[s.into];
  if (!under || !v) return;
  if (pHOf(v.contents) >= endPointPH(indicatorIn(under, v.contents))) fire('endPoint');
}

export function stepVolumetricFlask(b: WetBench, p: SetupPart, fire: Fire): void {
  const g = b.s.volumetric[p.id];
  if (!g) return;
  const beaker = beakerFor(b, p);
  const was = { transferred: g.transferred, madeUp: g.madeUp };
  stepVolumetric(p, g, beaker ? { id: beaker.id, contents: b.s.vessels[beaker.id].contents } : null);
  if (!was.transferred && g.transferred) fire('transferred');
  if (!was.madeUp && g.madeUp) fire('madeUp');
}

export function stepHofmann(b: WetBench, p: SetupPart, dtS: number, fire: Fire): void {
  const g = b.s.electrolysers[p.id];
  if (!g) return;
  stepElectrolysis(g, electrolysisCurrentA(Number(p.props.currentA), p.props.electrolyte === true, p.props.on === true), dtS, b.room);
  if (armMl(g.h2Mol, b.room) >= 0.5) fire('gasSeen');
  if (armMl(g.o2Mol, b.room) >= 10) fire('oxygenTenMl');
  if (armMl(g.h2Mol, b.room) >= ARM_ML) fire('armFull');
}

export function stepSplint(b: WetBench, p: SetupPart, fire: Fire): void {
  const s = b.s.splints[p.id];
  if (!s) return;
  const jar = jarAt(b, p);
  s.inJar = jar?.id ?? null;
  if (s.state === 'out' || s.state === 'unlit') return;
  if (!jar) {
    stepSplintAtTube(b, p, s, fire);
    return;
  }
  const v = b.s.vessels[jar.id];
  if (!v || jar.props.covered === true) return;
  const r = splintTest(s.state, GAS_JAR_ML - v.waterLeftMl > 1 ? v.contents : 'air', GAS_JAR_ML);
  s.state = r.next;
  if (r.result === 'explosion') {
    // A jar is too big to test hydrogen in: the mixture explodes (never light hydrogen before testing its purity).
    burnHydrogen(v.contents);
    v.exploded = true;
    fire('explosion');
  }
  if (r.result === 'softPop') fire('softPop');
  if (r.result === 'relights') fire('splintRelights');
  if (r.result === 'goesOut') fire('splintOut');
}

/**
 * A splint at an open test tube's mouth meets the gas in the tube: hydrogen mixed with air pops sharply, nearly
 * pure hydrogen softly (人教版 九年级上册 第四单元 课题3, 检验氢气的纯度); the hydrogen burns away with the pop, so the
 * tube is left holding air. Oxygen relights a glowing splint; carbon dioxide puts a flame out.
 */
function stepSplintAtTube(b: WetBench, p: SetupPart, s: WetBench['s']['splints'][string], fire: Fire): void {
  const tube = tubeMouthAt(b, p);
  const v = tube ? b.s.vessels[tube.id] : undefined;
  if (!tube || !v || v.cracked) return;
  const r = splintTest(s.state, v.contents, TEST_TUBE_ML);
  s.state = r.next;
  if (r.result === 'sharpPop' || r.result === 'softPop') {
    burnHydrogen(v.contents);
    fire(r.result);
  }
  if (r.result === 'relights') fire('splintRelights');
  if (r.result === 'goesOut') fire('splintOut');
}

export function stepThermometer(b: WetBench, p: SetupPart, dtS: number, fire: Fire): void {
  const t = b.s.thermometers[p.id];
  if (!t) return;
  const bulb = worldPoint(p, 0, BULB_Y_M);
  // In the solid or melt at a test tube's bottom (a tube in a water bath), else in a beaker's water, else the air.
  const tube = inTubeBottom(b, bulb);
  const at = tube ? null : inBeaker(b, bulb);
  let envC = celsius(b.room.temperatureK), tau = TAU_AIR_S;
  if (tube) {
    envC = celsius(tube.contents.temperatureK);
    tau = TAU_WATER_S;
  } else if (at?.inLiquid) {
    envC = celsius(at.v.contents.temperatureK);
    tau = TAU_WATER_S;
    if (at.onBottom) envC += bottomExcessC(heatingOf(b.setup, at.beaker).powerW);
  }
  t.inLiquid = !!tube || !!at?.inLiquid;
  t.bulbC = bulbAfter(t.bulbC, envC, tau, dtS);
  if (t.inLiquid && Math.abs(envC - t.bulbC) < DIVISION_C) fire('thermometerSteady');
}
