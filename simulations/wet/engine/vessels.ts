/**
 * A step of the vessels themselves: a beaker warms over its lamp (and cracks over a bare flame), dissolves what
 * was tipped into it and boils; a test tube or flask reacts, warms and sends its gas along the delivery tube
 * (../gas-train.ts), drawing water back when its gas shrinks with the tube's end under water (倒吸), or stands in
 * a beaker's water as a bath and melts what it holds (海波 at 48 °C: events melting, melted), or, sealed, shifts the
 * NO₂–N₂O₄ equilibrium its gas is in; a gas jar's
 * gas mixes with the room's air through its mouth.
 */
import type { SetupPart } from '../../bench/setup';
import { appearanceOf } from '../chem/appearance';
import { amountOf, concentrationMolL, condensedVolumeMl, gasAmount, heatCapacityJPerK, liquidVolumeMl, phaseOf, type Contents } from '../chem/contents';
import { dissolveStep } from '../chem/dissolving';
import { gasVolumeMl, mixWithAir, overflow, type Mouth } from '../chem/gases';
import { heatStep } from '../chem/heat';
import { thiocyanateComplexMolL } from '../chem/iron-colours';
import { equilibrateNitrogenDioxide } from '../chem/nitrogen-dioxide';
import { reactStep } from '../chem/kinetics';
import { reaction } from '../chem/reactions';
import { oilLayer } from '../dropping';
import { countOutflow, deliver, DELIVERY_TUBE_ML, deliveryOf, drawAir, endUnderWater, type VesselState } from '../gas-train';
import { BATH_W_PER_K, bathOf, BEAKER_GLASS_J_PER_K, BEAKER_LOSS_W_PER_K, heatingOf, TUBE_GLASS_J_PER_K, TUBE_IN_BATH_LOSS_W_PER_K, TUBE_LOSS_W_PER_K } from '../heating';
import { GAS_JAR_ML } from '../parts/gas-jar';
import { sealedTube } from '../parts/test-tube';
import { worldPoint } from '../pose';
import { capacityMl } from '../reagents';
import { stepInvertedTube } from './inverted-tube';
import { pourFromTube } from './pouring';
import { celsius, type Fire, type WetBench } from './state';

/** Vessels that make gas and can have a delivery tube in their stopper. */
export const GENERATORS: ReadonlySet<string> = new Set(['test-tube', 'conical-flask']);
/** A conical flask's glass (110 g) and its loss to the room. */
const FLASK_GLASS_J_PER_K = 92;
const FLASK_LOSS_W_PER_K = 0.3;
/**
 * How much of the air's oxygen gets through an oil layer to the liquid, compared with an open surface: oxygen crosses
 * a few millimetres of still oil by diffusion only. Tuned so that iron(II) hydroxide under oil stays white for many
 * minutes, where in an open tube it turns grey-green within seconds (人教版 必修第一册 第三章第一节 实验3-3).
 */
const OIL_LAYER_CONTACT = 0.005;
/** Seconds of a bare flame on a beaker's glass before it cracks. */
const BARE_FLAME_CRACK_S = 5;

/** Water and the room's air take part in no reaction on their own. */
const INERT: ReadonlySet<string> = new Set(['H2O(l)', 'H2O(s)', 'H2O(g)', 'N2(g)', 'O2(g)']);
/** Whether a beaker holds anything besides water and air (a beaker of plain water, most of them, is not asked to react). */
function holdsReagents(c: Contents): boolean {
  for (const id in c.amounts) if (!INERT.has(id) && (c.amounts[id] ?? 0) > 0) return true;
  return false;
}

export function stepBeaker(b: WetBench, p: SetupPart, v: VesselState, dtS: number, fire: Fire): void {
  const room = b.room;
  const heat = heatingOf(b.setup, p);
  v.bareFlameS = heat.bareFlame ? v.bareFlameS + dtS : 0;
  if (v.bareFlameS >= BARE_FLAME_CRACK_S && liquidVolumeMl(v.contents) >= 0) {
    v.cracked = true;
    fire('beakerCracked');
    return;
  }
  const solidSalt = amountOf(v.contents, 'NaCl(s)') > 0;
  const dissolvedJ = dissolveStep(v.contents, dtS, true);
  if (solidSalt && !(amountOf(v.contents, 'NaCl(s)') > 0)) fire('saltDissolved');
  // What is dropped into a beaker reacts as in a tube (iron(III) chloride into boiling water gives its colloid).
  let reactedJ = 0;
  if (holdsReagents(v.contents)) {
    const r = reactStep(v.contents, { gas: v.contents, pressurePa: room.pressurePa, burning: new Set(), surfaceContact: 1 }, dtS);
    reactedJ = r.heatJ;
    // Gas made in a beaker (hydrogen from sodium in water) is counted as it bubbles off; what is kept in the beaker's contents is as before.
    for (const [id, rate] of r.rates) {
      for (const [sp, nu] of reaction(id).products) if (phaseOf(sp) === 'g') v.madeMol[sp] = (v.madeMol[sp] ?? 0) + nu * rate * dtS;
    }
    if (Object.values(v.madeMol).reduce((a, x) => a + x, 0) > 1e-5) fire('fizzes');
  }
  const out = heatStep(v.contents, { dtS, powerW: heat.powerW + (dissolvedJ + reactedJ) / dtS, lossWPerK: BEAKER_LOSS_W_PER_K, roomK: room.temperatureK, glassJPerK: BEAKER_GLASS_J_PER_K, pressurePa: room.pressurePa, open: true });
  if (out.changing.includes('H2O(l)')) fire('boiling');
}

/**
 * A test tube or conical flask: its reactions run, it warms or cools, and its gas leaves along the delivery
 * tube (or mixes with the air at its open mouth). `heatedSolidMouthUp` collects tubes heated with a solid in them
 * and their mouth up (a mistake the bench points out).
 */
export function stepGenerator(b: WetBench, p: SetupPart, v: VesselState, dtS: number, fire: Fire, heatedSolidMouthUp: Set<string>): void {
  const { setup, room } = b;
  const c = v.contents;
  const bath = p.kind === 'test-tube' ? bathFor(b, p) : undefined;
  const heat = heatingOf(setup, p, !!bath);
  // Air reaches the liquid freely, unless an oil layer lies on it unbroken (./adding.ts).
  const surfaceContact = oilLayer(c) && !((v.airStirredS ?? 0) > 0) ? OIL_LAYER_CONTACT : 1;
  if (v.airStirredS) v.airStirredS = Math.max(0, v.airStirredS - dtS);
  const r = reactStep(c, { gas: c, pressurePa: room.pressurePa, burning: new Set(), surfaceContact, overFlame: heat.powerW > 0 && !bath }, dtS);
  for (const [id, rate] of r.rates) {
    for (const [sp, nu] of reaction(id).products) if (phaseOf(sp) === 'g') v.madeMol[sp] = (v.madeMol[sp] ?? 0) + nu * rate * dtS;
  }
  const tube = p.kind === 'test-tube';
  const delivery = deliveryOf(setup, p.id);
  const bathW = bath ? takeFromBath(b.s.vessels[bath.id], v, dtS) : 0;
  const crystal = amountOf(c, HYPO_SOLID) > 0;
  const sealed = sealedTube(p);
  const changed = heatStep(c, { dtS, powerW: heat.powerW + bathW + r.heatJ / dtS, lossWPerK: bath ? TUBE_IN_BATH_LOSS_W_PER_K : tube ? TUBE_LOSS_W_PER_K : FLASK_LOSS_W_PER_K, roomK: room.temperatureK, glassJPerK: tube ? TUBE_GLASS_J_PER_K : FLASK_GLASS_J_PER_K, pressurePa: room.pressurePa, open: !delivery && !sealed });
  if (changed.changing.includes(HYPO_SOLID)) fire('melting');
  if (crystal && !(amountOf(c, HYPO_SOLID) > 0)) fire('melted');
  if (tube && heat.powerW > 0 && amountOf(c, 'KMnO4(s)') > 0 && worldPoint(p, 0.09, 0).y < worldPoint(p, -0.09, 0).y - 0.002) heatedSolidMouthUp.add(p.id);
  if (thiocyanateComplexMolL(c) > 1e-5) fire('turnsRed');
  // Iodine set free from an iodide (a halogen displacing it): a micromole in a few millilitres is plainly brown.
  if (amountOf(c, 'I2(aq)') > 1e-6) fire('iodineFreed');
  // Phenol's violet with Fe³⁺: a micromole in a few millilitres is plain to see.
  if (amountOf(c, 'H3[Fe(OC6H5)6](aq)') > 1e-6) fire('turnsViolet');
  // The haloalkane's test: pale-yellow AgBr, or brown-black Ag₂O where NaOH was left (no nitric acid first).
  if (amountOf(c, 'AgBr(s)') > 1e-6) fire('paleYellow');
  if (amountOf(c, 'Ag2O(s)') > 1e-6) fire('silverOxide');
  // The sugars' tests show: brick-red Cu₂O (a tenth of a milligram is plain to see), a silver mirror (about a milligram of silver).
  if (amountOf(c, 'Cu2O(s)') > 1e-6) fire('brickRed');
  if (amountOf(c, 'Ag:mirror(s)') > 1e-5) fire('silverMirror');
  // Sulfur's oxidation states: pale-yellow sulfur out of the solution (a few hundredths of a milligram cloud it), the permanganate's purple gone.
  // (Only out of a liquid: the dry iron–sulfur and copper–sulfur powders hold sulfur from the start.)
  if (tube && amountOf(c, 'S(s)') > 1e-6 && liquidVolumeMl(c) > 0) fire('sulfurForms');
  if (amountOf(c, 'MnSO4(aq)') > 0 && concentrationMolL(c, 'KMnO4(aq)') < 1e-5) fire('purpleFades');
  if (amountOf(c, 'C20H20ClN3:so2(aq)') > 0 && concentrationMolL(c, 'C20H20ClN3(aq)') < 1.5e-5) fire('magentaFades');
  // Gas coming off in an open tube (sodium in ethanol or water, acid on a carbonate): the student sees it fizz.
  if (!delivery && Object.values(v.madeMol).reduce((a, x) => a + x, 0) > 1e-5) fire('fizzes');
  const headspace = Math.max(0.5, capacityMl(p.kind) - condensedVolumeMl(c));
  if (sealed) {
    // Nothing leaves a sealed tube: its NO₂ and N₂O₄ settle to the equilibrium of its new temperature (../chem/nitrogen-dioxide.ts).
    equilibrateNitrogenDioxide(c, headspace);
    return;
  }
  // Turned mouth down (the tube of SO₂ over water, 实验5-1): water comes in or falls out at its mouth (./inverted-tube.ts).
  if (tube && !delivery && stepInvertedTube(b, p, v, dtS, fire)) return;
  // Tipped until its liquid reaches the lip: what is over pours out, into the vessel under its mouth (./pouring.ts).
  if (tube && !delivery) pourFromTube(b, p, v, dtS, fire);
  const { out, missingMol } = overflow(c, headspace, c.temperatureK, room.pressurePa);
  if (!delivery) {
    mixWithAir(c, headspace, c.temperatureK, room.pressurePa, 'up', dtS);
    return;
  }
  const target = setup.parts.find((q) => q.id === delivery.to.part);
  const ts = b.s.vessels[delivery.to.part];
  countOutflow(v, out, room, dtS);
  if (v.outMl >= 0.5) fire('bubbles');
  if (v.outRateMlPerS > 0.3 && v.outAirShare < 0.05) fire('steadyBubbles');
  const d = deliver(out, target, ts, room, dtS, delivery.to.terminal);
  // SO₂ bubbled through a tube's liquid comes out at its mouth: into the room, unless cotton soaked in NaOH there takes it up (尾气吸收).
  const so2Out = out.amounts['SO2(g)'] ?? 0;
  if (so2Out > 0 && target?.kind === 'test-tube' && endUnderWater(target, ts, delivery.to.terminal)) {
    if (target.props.naohCotton === true) v.so2AbsorbedMol = (v.so2AbsorbedMol ?? 0) + so2Out;
    else v.so2EscapedMol = (v.so2EscapedMol ?? 0) + so2Out;
  }
  if (d.jarFilled) fire('jarFull');
  if (ts && target && target.kind !== 'gas-jar' && appearanceOf(ts.contents).cloudiness > 0.15) fire('limewaterMilky');
  if (gasAmount(out) > 0) v.drawnBackMl = Math.max(0, v.drawnBackMl - gasVolumeMl(gasAmount(out), room.temperatureK, room.pressurePa));
  if (missingMol > 0) {
    if (endUnderWater(target, ts, delivery.to.terminal)) {
      // Water runs back up the tube (its volume at the vessel's temperature) and, past the tube, into the hot glass (先撤导管，后熄灭酒精灯).
      v.drawnBackMl += gasVolumeMl(missingMol, c.temperatureK, room.pressurePa);
      if (v.drawnBackMl > DELIVERY_TUBE_ML && celsius(c.temperatureK) > 100) {
        v.cracked = true;
        fire('suckBack');
      }
    } else drawAir(c, missingMol);
  }
}

const HYPO_SOLID = 'Na2S2O3·5H2O(s)';

function bathFor(b: WetBench, tube: SetupPart): SetupPart | undefined {
  return bathOf(b.setup, tube, (id) => {
    const w = b.s.vessels[id];
    return w && !w.cracked ? liquidVolumeMl(w.contents) : 0;
  });
}

/**
 * A test tube standing in a water bath takes G_bath (T_water − T_tube) from it for the step (../heating.ts): the
 * water's temperature falls by what it gives, so heat is conserved between them. Returns the power into the tube, W.
 */
function takeFromBath(w: VesselState | undefined, v: VesselState, dtS: number): number {
  if (!w) return 0;
  const powerW = BATH_W_PER_K * (w.contents.temperatureK - v.contents.temperatureK);
  w.contents.temperatureK -= (powerW * dtS) / (heatCapacityJPerK(w.contents) + BEAKER_GLASS_J_PER_K);
  return powerW;
}

/** A gas jar's gas mixes with the room's air through its mouth (none while covered or over water). */
export function stepJar(b: WetBench, p: SetupPart, v: VesselState, dtS: number): void {
  const mouth: Mouth = p.props.covered === true || p.props.collection === 'water' ? 'closed' : p.props.collection === 'upward' ? 'up' : 'down';
  const gasMl = GAS_JAR_ML - v.waterLeftMl;
  if (gasMl > 0) mixWithAir(v.contents, gasMl, b.room.temperatureK, b.room.pressurePa, mouth, dtS);
}
