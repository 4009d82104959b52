/**
 * The wet bench's engine: every vessel on the table holds contents (./chem/contents.ts) that react
 * (./chem/kinetics.ts), warm or cool (./chem/heat.ts) and push gas along their delivery tube (./gas-train.ts);
 * splints meet the gas of the jar their tip is in (./chem/gas-tests.ts); thermometers follow what their bulb is in
 * (./thermometer-reading.ts). Contents survive edits of the setup; a vessel whose starting properties change is
 * filled afresh.
 *
 * Values by part (besides any numeric property by its name):
 *   test tube, conical flask: temperatureC, o2MadeMl, o2MadeG, co2MadeMl, h2MadeMl, pH (as pH paper reads it), pHMeter (to 0.01), copperG, silverG (metal there now), gasOutMl, kmno4LeftG, marbleLeftG,
 *     h2o2LeftG, cloudiness (0 clear … 1 milky), cracked (1 after water was sucked back into it hot);
 *   gas jar: gasMl (gas collected), waterLeftMl, o2Percent, co2Percent;
 *   beaker: temperatureC, liquidMl, boilingPointC (at the bench's pressure), cracked, massFractionPct (of the salt
 *     dissolved), undissolvedG;
 *   balance: readingG (weights + rider, to 0.1 g), pointerDivisions, balanced; cylinder: readingMl (from where the
 *     eye is, to 1 mL), heldMl;
 *   splint: burning (1 alight, 0 glowing, −1 out);
 *   thermometer: readingC (as the student reads it, to 1 °C, parallax included), bulbC;
 *   burette: readingMl (from where the eye is, to 0.01 mL), levelMl (true), deliveredMl, spilledMl;
 *   gas syringe: readingMl (to 1 mL), gasMl (true);
 *   volumetric flask: liquidMl, concentrationMolL (of the sodium chloride, once made up to the mark), saltG;
 *   water electrolysis apparatus: h2Ml, o2Ml (each arm read to 0.1 mL), h2TrueMl, o2TrueMl, ratio;
 *   phosphorus: burning (1/0), temperatureC, leftG, burnedG, smokeG (P₂O₅ made); copper plate: temperatureC;
 *   funnel: liquidMl, sandOnPaperG, saltOnPaperG, sandThroughG, spiltG; evaporating dish: productG (weighed dry, to
 *     0.1 g), productTrueG, yieldPct (product over the coarse salt weighed, both as read), crystallisedPct,
 *     waterLeftG, spatteredG, sandG, temperatureC (./salt-purification.ts).
 * Events (announced only when the preset declares them): bubbles, steadyBubbles, jarFull, splintRelights,
 * splintOut, limewaterMilky, suckBack, boiling, thermometerSteady, beakerCracked, gasSeen, oxygenTenMl, armFull,
 * endPoint (the indicator in the vessel under a burette turns), buretteEmpty, spilled, saltDissolved, transferred, madeUp,
 * ignitesOnPlate, ignitesUnderWater, ignitesInAir, goesOut (./combustion.ts), dissolved (all the salt in a beaker), filtered,
 * muchSolid, spattering.
 */
import type { SimEvent } from '../core/simulation';
import type { BenchDiagnostic, BenchEngine } from '../bench/engine';
import type { Setup, SetupPart } from '../bench/setup';
import { pHPaperReading } from './chem/acidity';
import { appearanceOf } from './chem/appearance';
import { amountOf, concentrationMolL, condensedVolumeMl, emptyContents, gasAmount, liquidVolumeMl, massOfG, phaseOf, type Contents } from './chem/contents';
import { splintTest, type SplintState } from './chem/gas-tests';
import { fillWithAir, gasVolumeMl, mixWithAir, overflow, purity, type Mouth } from './chem/gases';
import { heatStep, waterBoilingPointK } from './chem/heat';
import { reactStep } from './chem/kinetics';
import { reaction } from './chem/reactions';
import { molarMassOf, ROOM_TEMPERATURE_K, ZERO_CELSIUS_K } from './chem/species';
import { armMl, electrolysisCurrentA, noArmGas, stepElectrolysis, type ArmGas } from './electrolysis';
import { ARM_ML } from './parts/hofmann';
import { readEstimated, readToDivision } from '../bench/instruments/scale-reading';
import { dissolveStep } from './chem/dissolving';
import { balancePointer, balanceReadingG, cylinderReading, massFractionPct, pourIn } from './solution-prep';
import { countOutflow, deliver, DELIVERY_TUBE_ML, deliveryOf, drawAir, endUnderWater, type Room, type VesselState } from './gas-train';
import { BEAKER_GLASS_J_PER_K, BEAKER_LOSS_W_PER_K, heatingOf, TUBE_GLASS_J_PER_K, TUBE_LOSS_W_PER_K } from './heating';
import { wetParts } from './parts';
import { crystallisedShare, dishHeated, dryProductG, pour, pourRateMlPerS, pourTarget, saltG, stepDish, stepFunnel, underFunnel, WET_PAPER_ML } from './salt-purification';
import { fuelOf, newPiece, pieceValue, plateTargetC, stepPiece, stepPlate, surroundingsOf, type PieceState, type PlateState } from './combustion';
import { GAS_JAR_ML } from './parts/gas-jar';
import { BULB_Y_M } from './parts/thermometer';
import { localPoint, worldPoint } from './pose';
import { capacityMl, startingContents } from './reagents';
import { buretteCharge, endPointPH, fillBurette, runTap, vesselUnderTip, type BuretteState } from './titration-stand';
import { buretteReadingMl } from './burette-reading';
import { emptyVolumetric, stepVolumetric, type VolumetricProgress } from './molar-solution';
import { pHOf } from './chem/acidity';
import { bottomExcessC, bulbAfter, DIVISION_C, TAU_AIR_S, TAU_WATER_S, thermometerReading } from './thermometer-reading';

const VESSELS = new Set(['test-tube', 'conical-flask', 'beaker', 'gas-jar', 'gas-syringe', 'funnel', 'evaporating-dish']);
const GENERATORS = new Set(['test-tube', 'conical-flask']);
/** A conical flask's glass (110 g) and its loss to the room. */
const FLASK_GLASS_J_PER_K = 92;
const FLASK_LOSS_W_PER_K = 0.3;
/** Seconds of a bare flame on a beaker's glass before it cracks. */
const BARE_FLAME_CRACK_S = 5;
/** Beaker inside: 6.7 cm across (35 cm²), bottom 4.75 cm below its centre. */
const BEAKER_AREA_CM2 = 35;
const BEAKER_BOTTOM_M = 0.0475;

interface SplintNow {
  prop: string;
  state: SplintState;
  inJar: string | null;
}

interface ThermometerNow {
  bulbC: number;
  inLiquid: boolean;
}

interface WetState {
  vessels: Record<string, VesselState>;
  electrolysers: Record<string, ArmGas>;
  splints: Record<string, SplintNow>;
  thermometers: Record<string, ThermometerNow>;
  burettes: Record<string, BuretteState>;
  volumetric: Record<string, VolumetricProgress>;
  pieces: Record<string, PieceState>;
  plates: Record<string, PlateState>;
  /** Funnels and dishes: what went where (./salt-purification.ts). */
  tallies: Record<string, Tally>;
  fired: string[];
}

interface Tally {
  pouredIn: boolean;
  aboveEdge: boolean;
  sandThroughG: number;
  spiltG: number;
  spatteredG: number;
}

const newTally = (): Tally => ({ pouredIn: false, aboveEdge: false, sandThroughG: 0, spiltG: 0, spatteredG: 0 });

const C = (k: number) => k - ZERO_CELSIUS_K;

export class WetBenchEngine implements BenchEngine {
  readonly catalog = wetParts;
  private setup: Setup | null = null;
  private s: WetState = { vessels: {}, electrolysers: {}, splints: {}, thermometers: {}, burettes: {}, volumetric: {}, pieces: {}, plates: {}, tallies: {}, fired: [] };
  private fired = new Set<string>();
  private heatedSolidMouthUp = new Set<string>();

  /** `announces`: the events the preset declares (others happen silently). */
  constructor(private readonly announces: ReadonlySet<string> = new Set()) {}

  get room(): Room {
    return { temperatureK: ROOM_TEMPERATURE_K, pressurePa: Number(this.setup?.settings?.pressureKPa ?? 101.3) * 1000 };
  }

  configure(setup: Setup): void {
    this.setup = setup;
    const room = this.room;
    const vessels: Record<string, VesselState> = {};
    for (const p of setup.parts) {
      if (!VESSELS.has(p.kind)) continue;
      const charge = JSON.stringify([p.kind, p.kind === 'gas-jar' ? p.props.collection : p.props]);
      const old = this.s.vessels[p.id];
      vessels[p.id] = old && old.charge === charge ? old : this.fill(p, charge, room);
    }
    const splints: Record<string, SplintNow> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'splint')) {
      const old = this.s.splints[p.id], prop = String(p.props.flame);
      splints[p.id] = old && old.prop === prop ? old : { prop, state: prop === 'out' ? 'out' : (prop as SplintState), inJar: null };
    }
    const thermometers: Record<string, ThermometerNow> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'thermometer')) thermometers[p.id] = this.s.thermometers[p.id] ?? { bulbC: C(room.temperatureK), inLiquid: false };
    const electrolysers: Record<string, ArmGas> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'hofmann')) electrolysers[p.id] = this.s.electrolysers[p.id] ?? noArmGas();
    const burettes: Record<string, BuretteState> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'burette')) {
      const old = this.s.burettes[p.id];
      burettes[p.id] = old && old.charge === buretteCharge(p) ? old : fillBurette(p);
    }
    const volumetric: Record<string, VolumetricProgress> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'volumetric-flask')) {
      const old = this.s.volumetric[p.id];
      volumetric[p.id] = old && old.charge === String(p.props.sizeMl) ? old : emptyVolumetric(String(p.props.sizeMl), room.temperatureK);
    }
    const pieces: Record<string, PieceState> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'phosphorus')) {
      const old = this.s.pieces?.[p.id];
      pieces[p.id] = old && old.charge === JSON.stringify(p.props) ? old : newPiece(p, C(room.temperatureK));
    }
    const plates: Record<string, PlateState> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'copper-plate')) plates[p.id] = this.s.plates?.[p.id] ?? { temperatureC: NaN };
    const tallies: Record<string, Tally> = {};
    for (const p of setup.parts.filter((q) => q.kind === 'funnel' || q.kind === 'evaporating-dish')) tallies[p.id] = (vessels[p.id] === this.s.vessels[p.id] && this.s.tallies?.[p.id]) || newTally();
    this.s = { vessels, electrolysers, splints, thermometers, burettes, volumetric, pieces, plates, tallies, fired: this.s.fired };
    // A plate put down takes at once the temperature it has been lying at (on a beaker of hot water, in a flame).
    for (const p of setup.parts.filter((q) => q.kind === 'copper-plate')) if (Number.isNaN(plates[p.id].temperatureC)) plates[p.id].temperatureC = this.plateTarget(p);
  }

  private plateTarget(plate: SetupPart): number {
    return plateTargetC(this.setup!, plate, C(this.room.temperatureK), (id) => {
      const v = this.s.vessels[id];
      return v && !v.cracked && liquidVolumeMl(v.contents) > 0 ? C(v.contents.temperatureK) : null;
    });
  }

  private fill(p: SetupPart, charge: string, room: Room): VesselState {
    const contents = p.kind === 'gas-jar' ? emptyContents(room.temperatureK) : startingContents(p, room.temperatureK, room.pressurePa);
    if (p.kind === 'beaker' && p.props.mixIn === true && this.setup) pourIn(contents, this.setup.parts.filter((q) => q.kind === 'balance'), this.setup.parts.filter((q) => q.kind === 'cylinder'));
    const water = p.kind === 'gas-jar' && p.props.collection === 'water';
    if (p.kind === 'gas-jar' && !water) fillWithAir(contents, GAS_JAR_ML, room.temperatureK, room.pressurePa);
    return { contents, charge, waterLeftMl: water ? GAS_JAR_ML : 0, cracked: false, madeMol: {}, outMl: 0, outRateMlPerS: 0, outAirShare: 1, drawnBackMl: 0, bareFlameS: 0 };
  }

  reset(setup: Setup): void {
    this.s = { vessels: {}, electrolysers: {}, splints: {}, thermometers: {}, burettes: {}, volumetric: {}, pieces: {}, plates: {}, tallies: {}, fired: [] };
    this.fired.clear();
    this.configure(setup);
  }

  private part(id: string): SetupPart | undefined {
    return this.setup?.parts.find((p) => p.id === id);
  }

  /** The contents of a vessel (for the view). */
  contentsOf(id: string): Contents | null {
    return this.s.vessels[id]?.contents ?? null;
  }

  vesselState(id: string): VesselState | null {
    return this.s.vessels[id] ?? null;
  }

  /** The vessel a burette is running titrant into now (null: closed, or nothing under its tip). */
  buretteInto(id: string): string | null {
    const b = this.s.burettes[id];
    return b && b.flowMlPerS > 0 ? b.into : null;
  }

  /** A burette's true level, mL (for the view's meniscus). */
  buretteLevelMl(id: string): number {
    return this.s.burettes[id]?.levelMl ?? NaN;
  }

  splintState(id: string): SplintState | null {
    return this.s.splints[id]?.state ?? null;
  }

  step(dtS: number, timeS: number): SimEvent[] {
    const setup = this.setup;
    if (!setup) return [];
    const room = this.room;
    const events: SimEvent[] = [];
    const fire = (name: string) => {
      if (this.fired.has(name)) return;
      this.fired.add(name);
      this.s.fired.push(name);
      if (this.announces.has(name)) events.push({ name, timeS: timeS + dtS });
    };
    this.heatedSolidMouthUp.clear();
    for (const p of setup.parts) if (p.kind === 'burette') this.stepBurette(p, room, dtS, fire);
    for (const p of setup.parts) {
      const v = this.s.vessels[p.id];
      if (!v || v.cracked) continue;
      if (p.kind === 'beaker') this.stepBeaker(p, v, room, dtS, fire);
      else if (GENERATORS.has(p.kind)) this.stepGenerator(p, v, room, dtS, fire);
    }
    for (const p of setup.parts) {
      const v = this.s.vessels[p.id];
      if (p.kind !== 'gas-jar' || !v) continue;
      const mouth: Mouth = p.props.covered === true || p.props.collection === 'water' ? 'closed' : p.props.collection === 'upward' ? 'up' : 'down';
      const gasMl = GAS_JAR_ML - v.waterLeftMl;
      if (gasMl > 0) mixWithAir(v.contents, gasMl, room.temperatureK, room.pressurePa, mouth, dtS);
    }
    for (const p of setup.parts) if (p.kind === 'volumetric-flask') this.stepVolumetricFlask(p, fire);
    for (const p of setup.parts) if (p.kind === 'hofmann') this.stepHofmann(p, room, dtS, fire);
    for (const p of setup.parts) if (p.kind === 'splint') this.stepSplint(p, fire);
    for (const p of setup.parts) if (p.kind === 'thermometer') this.stepThermometer(p, room, dtS, fire);
    this.stepBurning(setup, dtS, fire);
    this.stepSalt(setup, dtS, fire);
    return events;
  }

  /** Beakers held over funnels, dishes and beakers pour; funnels filter; dishes boil down (./salt-purification.ts). */
  private stepSalt(setup: Setup, dtS: number, fire: (n: string) => void): void {
    for (const b of setup.parts) {
      const from = this.s.vessels[b.id], target = b.kind === 'beaker' ? pourTarget(setup, b) : undefined;
      const into = target && this.s.vessels[target.id];
      if (!from || !target || !into || from.cracked || into.cracked || liquidVolumeMl(from.contents) + massOfG(from.contents, 'SiO2(s)') <= 0) continue;
      pour(from.contents, into.contents, pourRateMlPerS(setup, target), dtS);
      if (this.s.tallies[target.id]) this.s.tallies[target.id].pouredIn = true;
    }
    for (const b of setup.parts) {
      const c = b.kind === 'beaker' ? this.s.vessels[b.id]?.contents : undefined;
      if (c && amountOf(c, 'NaCl(aq)') > 0 && !(amountOf(c, 'NaCl(s)') > 0)) fire('dissolved');
    }
    const room = this.room;
    for (const p of setup.parts) {
      const v = this.s.vessels[p.id], t = this.s.tallies[p.id];
      if (!v || !t) continue;
      if (p.kind === 'funnel') {
        const below = underFunnel(setup, p);
        const r = stepFunnel(v.contents, String(p.props.paper), below ? (this.s.vessels[below.id]?.contents ?? null) : null, dtS);
        t.aboveEdge = r.aboveEdge;
        t.sandThroughG += r.sandThroughG;
        t.spiltG += r.spiltG;
        const feeding = setup.parts.some((b) => pourTarget(setup, b)?.id === p.id && liquidVolumeMl(this.s.vessels[b.id]?.contents ?? v.contents) > 0 && b.id !== p.id);
        if (t.pouredIn && !feeding && liquidVolumeMl(v.contents) <= WET_PAPER_ML + 1e-6) fire('filtered');
      } else if (p.kind === 'evaporating-dish') {
        const r = stepDish(v.contents, dishHeated(setup, p), room.temperatureK, room.pressurePa, dtS);
        t.spatteredG += r.spatteredG;
        if (crystallisedShare(v.contents) >= 0.5) fire('muchSolid');
        if (t.spatteredG > 0) fire('spattering');
      }
    }
  }

  /** Copper plates warm or cool; pieces of phosphorus catch fire, burn and go out (./combustion.ts). */
  private stepBurning(setup: Setup, dtS: number, fire: (n: string) => void): void {
    for (const p of setup.parts) if (p.kind === 'copper-plate' && this.s.plates[p.id]) stepPlate(this.s.plates[p.id], this.plateTarget(p), dtS);
    const roomC = C(this.room.temperatureK);
    const waterAt = (q: { x: number; y: number }) => {
      const at = this.inBeaker(q);
      return at?.inLiquid ? { beakerId: at.beaker.id, temperatureC: C(at.v.contents.temperatureK) } : null;
    };
    for (const p of setup.parts) {
      const s = this.s.pieces[p.id];
      if (p.kind !== 'phosphorus' || !s) continue;
      const around = surroundingsOf(setup, p, this.s.plates, roomC, waterAt);
      const change = stepPiece(s, fuelOf(p), around, this.room.pressurePa, dtS);
      if (change === 'ignited') fire(around.place === 'plate' ? 'ignitesOnPlate' : around.place === 'water' ? 'ignitesUnderWater' : 'ignitesInAir');
      if (change === 'out') fire('goesOut');
    }
  }

  pieceState(id: string): PieceState | null {
    return this.s.pieces[id] ?? null;
  }

  private stepBeaker(p: SetupPart, v: VesselState, room: Room, dtS: number, fire: (n: string) => void): void {
    const heat = heatingOf(this.setup!, p);
    v.bareFlameS = heat.bareFlame ? v.bareFlameS + dtS : 0;
    if (v.bareFlameS >= BARE_FLAME_CRACK_S && liquidVolumeMl(v.contents) >= 0) {
      v.cracked = true;
      fire('beakerCracked');
      return;
    }
    const solidSalt = amountOf(v.contents, 'NaCl(s)') > 0;
    const dissolvedJ = dissolveStep(v.contents, dtS, true);
    if (solidSalt && !(amountOf(v.contents, 'NaCl(s)') > 0)) fire('saltDissolved');
    const out = heatStep(v.contents, { dtS, powerW: heat.powerW + dissolvedJ / dtS, lossWPerK: BEAKER_LOSS_W_PER_K, roomK: room.temperatureK, glassJPerK: BEAKER_GLASS_J_PER_K, pressurePa: room.pressurePa, open: true });
    if (out.changing.includes('H2O(l)')) fire('boiling');
  }

  private stepGenerator(p: SetupPart, v: VesselState, room: Room, dtS: number, fire: (n: string) => void): void {
    const setup = this.setup!;
    const c = v.contents;
    const heat = heatingOf(setup, p);
    const r = reactStep(c, { gas: c, pressurePa: room.pressurePa, burning: new Set() }, dtS);
    for (const [id, rate] of r.rates) {
      for (const [sp, nu] of reaction(id).products) if (phaseOf(sp) === 'g') v.madeMol[sp] = (v.madeMol[sp] ?? 0) + nu * rate * dtS;
    }
    const tube = p.kind === 'test-tube';
    const delivery = deliveryOf(setup, p.id);
    heatStep(c, { dtS, powerW: heat.powerW + r.heatJ / dtS, lossWPerK: tube ? TUBE_LOSS_W_PER_K : FLASK_LOSS_W_PER_K, roomK: room.temperatureK, glassJPerK: tube ? TUBE_GLASS_J_PER_K : FLASK_GLASS_J_PER_K, pressurePa: room.pressurePa, open: !delivery });
    if (tube && heat.powerW > 0 && amountOf(c, 'KMnO4(s)') > 0 && worldPoint(p, 0.09, 0).y < worldPoint(p, -0.09, 0).y - 0.002) this.heatedSolidMouthUp.add(p.id);
    const headspace = Math.max(0.5, capacityMl(p.kind) - condensedVolumeMl(c));
    const { out, missingMol } = overflow(c, headspace, c.temperatureK, room.pressurePa);
    if (!delivery) {
      mixWithAir(c, headspace, c.temperatureK, room.pressurePa, 'up', dtS);
      return;
    }
    const target = this.part(delivery.to.part);
    const ts = this.s.vessels[delivery.to.part];
    countOutflow(v, out, room, dtS);
    if (v.outMl >= 0.5) fire('bubbles');
    if (v.outRateMlPerS > 0.3 && v.outAirShare < 0.05) fire('steadyBubbles');
    const d = deliver(out, target, ts, room, dtS);
    if (d.jarFilled) fire('jarFull');
    if (ts && target && target.kind !== 'gas-jar' && appearanceOf(ts.contents).cloudiness > 0.15) fire('limewaterMilky');
    if (gasAmount(out) > 0) v.drawnBackMl = Math.max(0, v.drawnBackMl - gasVolumeMl(gasAmount(out), room.temperatureK, room.pressurePa));
    if (missingMol > 0) {
      if (endUnderWater(target, ts)) {
        // Water runs back up the tube (its volume at the vessel's temperature) and, past the tube, into the hot glass (先撤导管，后熄灭酒精灯).
        v.drawnBackMl += gasVolumeMl(missingMol, c.temperatureK, room.pressurePa);
        if (v.drawnBackMl > DELIVERY_TUBE_ML && C(c.temperatureK) > 100) {
          v.cracked = true;
          fire('suckBack');
        }
      } else drawAir(c, missingMol);
    }
  }

  /** The tap runs titrant into the vessel under the tip (or onto the table); the indicator there shows the end point. */
  private stepBurette(p: SetupPart, room: Room, dtS: number, fire: (n: string) => void): void {
    const s = this.s.burettes[p.id];
    if (!s) return;
    const under = vesselUnderTip(this.setup!, p);
    const v = under ? this.s.vessels[under.id] : undefined;
    s.into = v && !v.cracked ? under!.id : null;
    const r = runTap(p, s, s.into ? v!.contents : null, room.temperatureK, dtS);
    if (r.emptied) fire('buretteEmpty');
    if (r.ml > 0 && !s.into) fire('spilled');
    if (r.ml > 0 && under && s.into) {
      const endPH = endPointPH(String(under.props.indicator ?? 'none'));
      if (pHOf(v!.contents) >= endPH) fire('endPoint');
    }
  }

  /** The beaker nearest a volumetric flask (the one its solution is poured from). */
  private beakerFor(p: SetupPart): SetupPart | undefined {
    const beakers = this.setup!.parts.filter((q) => q.kind === 'beaker' && this.s.vessels[q.id] && !this.s.vessels[q.id].cracked);
    return beakers.sort((a, b) => Math.hypot(a.xM - p.xM, a.yM - p.yM) - Math.hypot(b.xM - p.xM, b.yM - p.yM))[0];
  }

  private stepVolumetricFlask(p: SetupPart, fire: (n: string) => void): void {
    const g = this.s.volumetric[p.id];
    if (!g) return;
    const b = this.beakerFor(p);
    const was = { transferred: g.transferred, madeUp: g.madeUp };
    stepVolumetric(p, g, b ? { id: b.id, contents: this.s.vessels[b.id].contents } : null);
    if (!was.transferred && g.transferred) fire('transferred');
    if (!was.madeUp && g.madeUp) fire('madeUp');
  }

  private stepHofmann(p: SetupPart, room: Room, dtS: number, fire: (n: string) => void): void {
    const g = this.s.electrolysers[p.id];
    if (!g) return;
    stepElectrolysis(g, electrolysisCurrentA(Number(p.props.currentA), p.props.electrolyte === true, p.props.on === true), dtS, room);
    if (armMl(g.h2Mol, room) >= 0.5) fire('gasSeen');
    if (armMl(g.o2Mol, room) >= 10) fire('oxygenTenMl');
    if (armMl(g.h2Mol, room) >= ARM_ML) fire('armFull');
  }

  /** The jar a splint's tip is in (inside it or within 1.5 cm of its mouth). */
  private jarAt(splint: SetupPart): SetupPart | undefined {
    const tip = worldPoint(splint, 0.07, 0);
    return this.setup!.parts.find((j) => {
      if (j.kind !== 'gas-jar') return false;
      const q = localPoint(j, tip);
      const mouthUp = j.props.collection === 'upward';
      return Math.abs(q.x) < 0.03 && (mouthUp ? q.y > -0.075 && q.y < 0.058 : q.y > -0.058 && q.y < 0.075);
    });
  }

  private stepSplint(p: SetupPart, fire: (n: string) => void): void {
    const s = this.s.splints[p.id];
    if (!s) return;
    const jar = this.jarAt(p);
    s.inJar = jar?.id ?? null;
    if (!jar || s.state === 'out' || s.state === 'unlit') return;
    const v = this.s.vessels[jar.id];
    if (!v || jar.props.covered === true) return;
    const r = splintTest(s.state, GAS_JAR_ML - v.waterLeftMl > 1 ? v.contents : 'air', GAS_JAR_ML);
    s.state = r.next;
    if (r.result === 'relights') fire('splintRelights');
    if (r.result === 'goesOut') fire('splintOut');
  }

  /** The beaker a point is in, with how deep below the water's surface and above the bottom. */
  private inBeaker(q: { x: number; y: number }): { beaker: SetupPart; v: VesselState; inLiquid: boolean; onBottom: boolean } | null {
    for (const b of this.setup!.parts) {
      const v = this.s.vessels[b.id];
      if (b.kind !== 'beaker' || !v || v.cracked) continue;
      const l = localPoint(b, q);
      if (Math.abs(l.x) > 0.0335 || l.y > BEAKER_BOTTOM_M + 0.002 || l.y < -BEAKER_BOTTOM_M) continue;
      const levelY = BEAKER_BOTTOM_M - liquidVolumeMl(v.contents) / BEAKER_AREA_CM2 / 100;
      return { beaker: b, v, inLiquid: l.y >= levelY, onBottom: l.y > BEAKER_BOTTOM_M - 0.003 };
    }
    return null;
  }

  private stepThermometer(p: SetupPart, room: Room, dtS: number, fire: (n: string) => void): void {
    const t = this.s.thermometers[p.id];
    if (!t) return;
    const at = this.inBeaker(worldPoint(p, 0, BULB_Y_M));
    let envC = C(room.temperatureK), tau = TAU_AIR_S;
    if (at?.inLiquid) {
      envC = C(at.v.contents.temperatureK);
      tau = TAU_WATER_S;
      if (at.onBottom) envC += bottomExcessC(heatingOf(this.setup!, at.beaker).powerW);
    }
    t.inLiquid = !!at?.inLiquid;
    t.bulbC = bulbAfter(t.bulbC, envC, tau, dtS);
    if (t.inLiquid && Math.abs(envC - t.bulbC) < DIVISION_C) fire('thermometerSteady');
  }

  value(partId: string, name: string): number {
    const part = this.part(partId);
    if (!part) return NaN;
    if (typeof part.props[name] === 'number') return part.props[name] as number;
    const room = this.room;
    const v = this.s.vessels[partId];
    const ml = (mol: number) => gasVolumeMl(mol, room.temperatureK, room.pressurePa);
    switch (part.kind) {
      case 'test-tube':
      case 'conical-flask': {
        if (!v) return NaN;
        const c = v.contents;
        // Traces a balance or a jar could never show (1e-10 mL of oxygen from a tube at 25 °C) are none.
        const made = (x: number) => (x < 1e-6 ? 0 : x);
        const byName: Record<string, number> = {
          temperatureC: C(c.temperatureK),
          o2MadeMl: made(ml(v.madeMol['O2(g)'] ?? 0)),
          o2MadeG: made((v.madeMol['O2(g)'] ?? 0) * molarMassOf('O2(g)')),
          co2MadeMl: made(ml(v.madeMol['CO2(g)'] ?? 0)),
          h2MadeMl: made(ml(v.madeMol['H2(g)'] ?? 0)),
          pH: pHPaperReading(c),
          pHMeter: readToDivision(pHOf(c), 0.01),
          copperG: massOfG(c, 'Cu(s)'),
          silverG: massOfG(c, 'Ag(s)'),
          gasOutMl: v.outMl,
          kmno4LeftG: massOfG(c, 'KMnO4(s)'),
          marbleLeftG: massOfG(c, 'CaCO3(s)'),
          h2o2LeftG: massOfG(c, 'H2O2(aq)'),
          cloudiness: appearanceOf(c).cloudiness,
          cracked: v.cracked ? 1 : 0,
        };
        return byName[name] ?? NaN;
      }
      case 'gas-jar': {
        if (!v) return NaN;
        if (name === 'gasMl') return GAS_JAR_ML - v.waterLeftMl;
        if (name === 'waterLeftMl') return v.waterLeftMl;
        if (name === 'o2Percent') return GAS_JAR_ML - v.waterLeftMl > 0 ? purity(v.contents, 'O2(g)') * 100 : NaN;
        if (name === 'co2Percent') return GAS_JAR_ML - v.waterLeftMl > 0 ? purity(v.contents, 'CO2(g)') * 100 : NaN;
        return NaN;
      }
      case 'beaker': {
        if (!v) return NaN;
        if (name === 'temperatureC') return C(v.contents.temperatureK);
        if (name === 'liquidMl') return liquidVolumeMl(v.contents);
        if (name === 'boilingPointC') return C(waterBoilingPointK(room.pressurePa));
        if (name === 'cracked') return v.cracked ? 1 : 0;
        if (name === 'massFractionPct') return massFractionPct(v.contents);
        if (name === 'undissolvedG') return massOfG(v.contents, 'NaCl(s)');
        if (name === 'sandG') return massOfG(v.contents, 'SiO2(s)');
        if (name === 'saltG') return saltG(v.contents);
        return NaN;
      }
      case 'funnel': {
        const t = this.s.tallies[partId];
        if (!v || !t) return NaN;
        const byName: Record<string, number> = { liquidMl: liquidVolumeMl(v.contents), sandOnPaperG: massOfG(v.contents, 'SiO2(s)'), saltOnPaperG: saltG(v.contents), sandThroughG: t.sandThroughG, spiltG: t.spiltG };
        return byName[name] ?? NaN;
      }
      case 'evaporating-dish': {
        const t = this.s.tallies[partId];
        if (!v || !t) return NaN;
        const productG = Math.round(dryProductG(v.contents) * 10) / 10;
        const crudeG = this.setup!.parts.filter((q) => q.kind === 'balance').reduce((sum, q) => sum + balanceReadingG(q), 0);
        const byName: Record<string, number> = {
          productG,
          productTrueG: dryProductG(v.contents),
          yieldPct: crudeG > 0 ? (100 * productG) / crudeG : NaN,
          crystallisedPct: 100 * crystallisedShare(v.contents),
          waterLeftG: massOfG(v.contents, 'H2O(l)'),
          spatteredG: t.spatteredG,
          sandG: massOfG(v.contents, 'SiO2(s)'),
          temperatureC: C(v.contents.temperatureK),
        };
        return byName[name] ?? NaN;
      }
      case 'balance': {
        if (name === 'readingG') return balanceReadingG(part);
        if (name === 'pointerDivisions') return balancePointer(part).divisions;
        if (name === 'balanced') return balancePointer(part).balanced ? 1 : 0;
        return NaN;
      }
      case 'cylinder': {
        const r = cylinderReading(part);
        if (name === 'readingMl') return r.readMl;
        if (name === 'heldMl') return r.heldMl;
        return NaN;
      }
      case 'hofmann': {
        const g = this.s.electrolysers[partId];
        if (!g) return NaN;
        const h2 = Math.min(ARM_ML, armMl(g.h2Mol, room)), o2 = Math.min(ARM_ML, armMl(g.o2Mol, room));
        if (name === 'h2Ml') return readEstimated(h2, 1);
        if (name === 'o2Ml') return readEstimated(o2, 1);
        if (name === 'h2TrueMl') return h2;
        if (name === 'o2TrueMl') return o2;
        if (name === 'ratio') return o2 > 0 ? h2 / o2 : NaN;
        return NaN;
      }
      case 'splint': {
        const s = this.s.splints[partId];
        return !s ? NaN : s.state === 'burning' ? 1 : s.state === 'glowing' ? 0 : -1;
      }
      case 'burette': {
        const b = this.s.burettes[partId];
        if (!b) return NaN;
        if (name === 'readingMl') return buretteReadingMl(b.levelMl, String(part.props.eye));
        if (name === 'levelMl') return b.levelMl;
        if (name === 'deliveredMl') return b.levelMl - Number(part.props.startMl);
        if (name === 'spilledMl') return b.spilledMl;
        return NaN;
      }
      case 'gas-syringe': {
        if (!v) return NaN;
        const gasMl = ml(gasAmount(v.contents));
        if (name === 'gasMl') return gasMl;
        if (name === 'readingMl') return readToDivision(gasMl, 1);
        return NaN;
      }
      case 'volumetric-flask': {
        const g = this.s.volumetric[partId];
        if (!g) return NaN;
        if (name === 'liquidMl') return liquidVolumeMl(g.contents);
        if (name === 'concentrationMolL') return g.madeUp ? concentrationMolL(g.contents, 'NaCl(aq)') : NaN;
        if (name === 'saltG') return massOfG(g.contents, 'NaCl(aq)') + massOfG(g.contents, 'NaCl(s)');
        return NaN;
      }
      case 'phosphorus': {
        const s = this.s.pieces[partId];
        return s ? pieceValue(s, fuelOf(part), name) : NaN;
      }
      case 'copper-plate':
        return name === 'temperatureC' ? (this.s.plates[partId]?.temperatureC ?? NaN) : NaN;
      case 'thermometer': {
        const t = this.s.thermometers[partId];
        if (!t) return NaN;
        if (name === 'bulbC') return t.bulbC;
        if (name === 'readingC') return thermometerReading(t.bulbC, String(part.props.eye));
        return NaN;
      }
      default:
        return NaN;
    }
  }

  diagnostics(): BenchDiagnostic[] {
    const out: BenchDiagnostic[] = [];
    const setup = this.setup;
    if (!setup) return out;
    const d = (key: string, part: string, severity: BenchDiagnostic['severity'], vars: Record<string, string | number> = {}) => out.push({ key: `wet.diag.${key}`, vars: { part, ...vars }, parts: [part], severity });
    for (const p of setup.parts) {
      const v = this.s.vessels[p.id];
      if (v?.cracked) d(p.kind === 'beaker' ? 'beakerCracked' : 'suckBack', p.id, 'error');
      if (this.heatedSolidMouthUp.has(p.id)) d('mouthUp', p.id, 'warning');
      if (p.kind === 'test-tube' && v && p.props.cotton !== true && amountOf(v.contents, 'KMnO4(s)') > 0 && C(v.contents.temperatureK) > 200) {
        const del = deliveryOf(setup, p.id);
        if (del) d('noCotton', p.id, 'warning', { to: del.to.part });
      }
      if (p.kind === 'gas-jar' && p.props.covered === true && setup.links.some((l) => (l.to.part === p.id || l.from.part === p.id) && v)) d('jarCovered', p.id, 'info');
      if (p.kind === 'thermometer') {
        const at = this.inBeaker(worldPoint(p, 0, BULB_Y_M));
        if (at?.onBottom) d('bulbOnBottom', p.id, 'warning');
        if (p.props.eye !== 'level') d(p.props.eye === 'above' ? 'eyeAbove' : 'eyeBelow', p.id, 'info');
      }
      if (p.kind === 'burette') {
        const b = this.s.burettes[p.id];
        if (b && b.flowMlPerS > 0 && !b.into) d('buretteSpill', p.id, 'warning');
        if (p.props.eye !== 'level') d(p.props.eye === 'above' ? 'buretteEyeAbove' : 'buretteEyeBelow', p.id, 'info');
      }
      if (p.kind === 'volumetric-flask') this.volumetricDiagnostics(p, d);
      if (p.kind === 'hofmann' && p.props.electrolyte !== true) d('noElectrolyte', p.id, 'info');
      if (p.kind === 'hofmann' && (this.s.electrolysers[p.id]?.h2Mol ?? 0) > 0 && armMl(this.s.electrolysers[p.id].h2Mol, this.room) >= ARM_ML) d('armFull', p.id, 'warning');
      const t = this.s.tallies[p.id];
      if (p.kind === 'funnel' && t?.aboveEdge) d('aboveEdge', p.id, 'warning');
      if (p.kind === 'funnel' && t && t.sandThroughG > 1e-3) d(p.props.paper === 'torn' ? 'paperTorn' : 'sandRoundPaper', p.id, 'warning');
      if (p.kind === 'funnel' && t && t.spiltG > 1e-3) d('spilt', p.id, 'warning');
      if (p.kind === 'evaporating-dish' && t && t.spatteredG > 0) d('spattering', p.id, 'error');
      if (p.kind === 'phosphorus' && (this.s.pieces[p.id] ? pieceValue(this.s.pieces[p.id], fuelOf(p), 'smokeG') : 0) > 0) d('phosphorusSmoke', p.id, 'warning');
      if (p.kind === 'conical-flask' && v && amountOf(v.contents, 'H2O2(aq)') > 0 && !(amountOf(v.contents, 'MnO2(s)') > 0)) d('noCatalyst', p.id, 'info');
    }
    return out;
  }

  private volumetricDiagnostics(p: SetupPart, d: (key: string, part: string, severity: BenchDiagnostic['severity']) => void): void {
    const g = this.s.volumetric[p.id];
    if (!g) return;
    if (p.props.transferred === true && !g.transferred) d('noBeaker', p.id, 'warning');
    if (g.from && amountOf(this.s.vessels[g.from]?.contents ?? emptyContents(0), 'NaCl(s)') > 0) d('saltLeft', p.id, 'warning');
    if (g.madeUp && g.rinses === 0) d('notRinsed', p.id, 'warning');
    if (g.madeUp && Number(p.props.rinses) > g.rinses) d('rinseTooLate', p.id, 'warning');
    if (p.props.madeUp === true && !g.transferred) d('nothingToMakeUp', p.id, 'info');
    if (p.props.eye !== 'level') d(p.props.eye === 'above' ? 'markEyeAbove' : 'markEyeBelow', p.id, 'info');
  }

  state(): unknown {
    return JSON.parse(JSON.stringify(this.s));
  }

  restore(state: unknown): void {
    if (!state || typeof state !== 'object') return;
    const s = state as WetState;
    this.s = { vessels: s.vessels ?? {}, electrolysers: s.electrolysers ?? {}, splints: s.splints ?? {}, thermometers: s.thermometers ?? {}, burettes: s.burettes ?? {}, volumetric: s.volumetric ?? {}, pieces: s.pieces ?? {}, plates: s.plates ?? {}, tallies: s.tallies ?? {}, fired: s.fired ?? [] };
    this.fired = new Set(this.s.fired);
    if (this.setup) this.configure(this.setup);
  }
}

