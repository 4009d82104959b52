/**
 * The wet bench's engine: every vessel on the table holds contents (./chem/contents.ts) that react
 * (./chem/kinetics.ts), warm or cool (./chem/heat.ts) and push gas along their delivery tube (./gas-train.ts);
 * splints meet the gas of the jar their tip is in (./chem/gas-tests.ts); thermometers follow what their bulb is in
 * (./thermometer-reading.ts). Contents survive edits of the setup; a vessel whose starting properties change is
 * filled afresh (./engine/state.ts). This class only orders a step; the work is in ./engine/: vessels.ts (beakers,
 * tubes and flasks, jars), instruments.ts (burettes, volumetric flasks, Hofmann, splints, thermometers),
 * burning.ts, salt-work.ts, readings.ts (the values below), mistakes.ts (the diagnostics), places.ts (geometry).
 *
 * Values by part (besides any numeric property by its name):
 *   test tube, conical flask: outletFlame (1: hydrogen burning quietly at its mouth or jet), temperatureC, o2MadeMl, o2MadeG, co2MadeMl, h2MadeMl, pH (as pH paper reads it), pHMeter (to 0.01), copperG, silverG (metal there now), gasOutMl, kmno4LeftG, marbleLeftG,
 *     h2o2LeftG, cloudiness (0 clear … 1 milky), cracked (1 after water was sucked back into it hot), meltedPct (of its 海波);
 *   gas jar: gasMl (gas collected), waterLeftMl, o2Percent, co2Percent;
 *   beaker: temperatureC, liquidMl, boilingPointC (at the bench's pressure), cracked, massFractionPct (of the salt
 *     dissolved), undissolvedG, copperIIMolL, ironIIMolL (of a plating bath), ironIIIMmolL, colloidMmolL (Fe(OH)₃ colloid),
 *     (the crude salt) <ion>LeftMg (sulfate, magnesium, calcium, barium, hydroxide, carbonate, bicarbonate), co2MadeMl, pH, pHMeter;
 *   balance: readingG (weights + rider, to 0.1 g), pointerDivisions, balanced; cylinder: readingMl (from where the
 *     eye is, to 1 mL), heldMl;
 *   splint: burning (1 alight, 0 glowing, −1 out);
 *   thermometer: readingC (as the student reads it, to 1 °C, parallax included), bulbC;
 *   burette: readingMl (from where the eye is, to 0.01 mL), levelMl (true), deliveredMl, spilledMl;
 *   gas syringe: readingMl (to 1 mL), gasMl (true);
 *   volumetric flask: liquidMl, concentrationMolL (of the sodium chloride, once made up to the mark), saltG;
 *   test tube (ester, ./engine/ester-step.ts): esterG (in all), esterLayerMl, esterLayerMm (the oily layer floating on it), distilledMl,
 *     distilRateMlPerMin, bumps, suckedBackMl, boilingPointC, aceticAcidG;
 *   test tube (iron): ironIIIMmolL, ironIIMmolL (dissolved), redComplexMmolL ([Fe(SCN)]²⁺), hydroxideOxidisedPct (of the iron
 *     hydroxide precipitate, as Fe(OH)₃); (sealed) no2MmolL (nitrogen dioxide over its gas space);
 *     (complexes) copperHydroxideMg, tetraammineMmolL, ammineCrystalsMg, silverChlorideMg, diammineSilverMmolL; (salt hydrolysis) aluminiumHydroxideMg; (periodic trends) magnesiumHydroxideMg, magnesiumLeftMg, aluminiumLeftMg, aluminateMmolL, bromineMmolL, iodineMmolL, chlorineMmolL; (sulfur) sulfurMg, permanganateMmolL, bariumSulfateMg, bariumSulfiteMg, so2MadeMl, h2sMadeMl, so2EscapedMl, so2AbsorbedMl, magentaUmolL, (the tube of SO₂ over water, ./engine/inverted-tube.ts) waterInTubeMl, waterLevelPct (to 5 %), so2DissolvedMmol, fellOutMl; (functional groups) dibromohexaneMg, permanganateMmolL, ironPhenolateMmolL, tribromophenolMg, bromobutaneMg, bromideMmol, silverBromideMg, silverOxideMg;
 *     (complexes) copperHydroxideMg, tetraammineMmolL, ammineCrystalsMg, silverChlorideMg, diammineSilverMmolL;
 *     (sugars) cuprousOxideMg, copperOxideMg, silverMirrorMg, silverPowderMg, glucoseMmolL, sucroseMmolL, starchGPerL, starchBlueMmolL; dropper, spatula: left (mL of drops, g of powder), spilled;
 *   metal strip: h2Ml (hydrogen given off at it), bubblingMlPerMin (now), dissolvedMg (metal gone into the liquid), dipped (1/0),
 *     massG (metal and copper on it), platedMg (copper that holds), loosePct (of the copper, on oil), oilyPct, o2Ml (oxygen
 *     bubbled off it), h2HeldMl, o2HeldMl (in a graphite rod's pores); galvanometer:
 *     currentMa (read to 1 mA, + when the current comes in at its + terminal), trueMa, chargeC; supply: ammeterA (to 0.01 A), trueA, chargeC;
 *     electronic balance: readingG (the strips on its pan, to 0.001 g), trueG;
 *   water electrolysis apparatus: h2Ml, o2Ml (each arm read to 0.1 mL), h2TrueMl, o2TrueMl, ratio;
 *   oil tray: drops, filmAreaCm2, spreading, squares, countedAreaCm2, tracedAreaCm2, moleculeNm, trueNm; small cylinder: drops, readingMl,
 *     trueMl, dropsPerMl (./engine/film-step.ts);
 *   jet: burning (1: the hydrogen from the generator it ends burns at its tip);
 *   copper wire: temperatureC (of its coil), cuoMg (the black oxide on it), blackPct (0 bright … 100 black all over), copperG (as metal and
 *     oxide: the catalyst is not used up), dips, aldehydeMg (acetaldehyde it has made in ethanol);
 *   phosphorus: burning (1/0), temperatureC, leftG, burnedG, smokeG (P₂O₅ made); copper plate: temperatureC;
 *   funnel: liquidMl, sandOnPaperG, saltOnPaperG, sandThroughG, spiltG; evaporating dish: productG (weighed dry, to
 *     0.1 g), productTrueG, yieldPct (product over the coarse salt weighed, both as read), crystallisedPct,
 *     waterLeftG, spatteredG, sandG, temperatureC (./salt-purification.ts).
 * Events (announced only when the preset declares them): bubbles, steadyBubbles, jarFull, splintRelights,
 * splintOut, limewaterMilky, suckBack, boiling, thermometerSteady, beakerCracked, gasSeen, oxygenTenMl, armFull,
 * endPoint (the indicator in the vessel under a burette turns), buretteEmpty, spilled, saltDissolved, transferred, madeUp,
 * ignitesOnPlate, ignitesUnderWater, ignitesInAir, goesOut (./combustion.ts), dissolved (all the salt in a beaker), filtered,
 * muchSolid, spattering, melting and melted (海波 in a tube), sharpPop and softPop (a burning splint at the mouth of an open tube
 * holding hydrogen, or a flame at a test tube generator's outlet), explosion (a burning splint in a jar of hydrogen mixed with air, a
 * flame at a flask generator's outlet before the air is driven out), hydrogenBurns (pure hydrogen lit at a generator's outlet), turnsRed (the thiocyanate test shows Fe³⁺), iodineFreed (a halogen sets iodine free from an iodide), turnsViolet (phenol with Fe³⁺), paleYellow (AgBr from a hydrolysed bromoalkane), silverOxide (AgNO₃ into NaOH not yet acidified), brickRed (Cu₂O from a sugar), silverMirror, sulfurForms (pale-yellow sulfur in a tube), purpleFades (permanganate used up by a reductant), magentaFades (SO₂ bleaches magenta), waterRises (water rises in an upside-down tube of SO₂ opened under water), waterFallsOut (it was lifted out unstoppered),
 * pointerMoves (a cell drives a current through the meter), bubblesOnCopper, wireBlack and wireBright (a copper wire's coil
 * black from the flame, bright again in ethanol), aldehydeSmell (acetaldehyde made in a tube), currentFlows (a supply drives a current
 * through a beaker), copperOnPiece (copper on an iron piece), pieceDissolves (an iron piece on the supply's +), gasOnRods
 * (gas bubbles off an electrode the supply drives), filmSpread (an oil film has spread), traced (its outline traced on the plate), esterLayer, bumping, layerGone (./engine/ester-step.ts; suckBack too).
 */
import type { SimEvent } from '../core/simulation';
import type { BenchDiagnostic, BenchEngine } from '../bench/engine';
import type { Setup } from '../bench/setup';
import type { Contents } from './chem/contents';
import type { SplintState } from './chem/gas-tests';
import { ROOM_TEMPERATURE_K } from './chem/species';
import type { PieceState } from './combustion';
import type { Room, VesselState } from './gas-train';
import { stepAdder } from './engine/adding';
import { stepBurning } from './engine/burning';
import { stepCells } from './engine/cell-step';
import { stepFilms, type FilmState } from './engine/film-step';
import { stepEsters } from './engine/ester-step';
import { checkEndPoint, stepBurette, stepHofmann, stepSplint, stepThermometer, stepVolumetricFlask } from './engine/instruments';
import { mistakesOf } from './engine/mistakes';
import { plateTarget } from './engine/places';
import { stepOutletFlames } from './engine/outlet-flame';
import { readingOf } from './engine/readings';
import { stepSaltWork } from './engine/salt-work';
import { stepWires } from './engine/wire-step';
import { carryOver, emptyWetState, restoredState, type AdderState, type WetBench, type WetState } from './engine/state';
import { GENERATORS, stepBeaker, stepGenerator, stepJar } from './engine/vessels';
import { wetParts } from './parts';

export class WetBenchEngine implements BenchEngine {
  readonly catalog = wetParts;
  private setup: Setup | null = null;
  private s: WetState = emptyWetState();
  private fired = new Set<string>();
  private heatedSolidMouthUp = new Set<string>();
  /** Bumped by every step, edit and restore (BenchEngine.revision): frames between two steps redraw nothing. */
  private revisionCount = 0;

  /** `announces`: the events the preset declares (others happen silently). */
  constructor(private readonly announces: ReadonlySet<string> = new Set()) {}

  get room(): Room {
    return { temperatureK: ROOM_TEMPERATURE_K, pressurePa: Number(this.setup?.settings?.pressureKPa ?? 101.3) * 1000 };
  }

  private bench(setup: Setup): WetBench {
    return { setup, s: this.s, room: this.room };
  }

  revision(): number {
    return this.revisionCount;
  }

  configure(setup: Setup): void {
    this.revisionCount++;
    this.setup = setup;
    this.s = carryOver(setup, this.s, this.room);
    // A plate put down takes at once the temperature it has been lying at (on a beaker of hot water, in a flame).
    const b = this.bench(setup);
    for (const p of setup.parts.filter((q) => q.kind === 'copper-plate')) if (Number.isNaN(this.s.plates[p.id].temperatureC)) this.s.plates[p.id].temperatureC = plateTarget(b, p);
  }

  reset(setup: Setup): void {
    this.s = emptyWetState();
    this.fired.clear();
    this.configure(setup);
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

  /** A dropper's or spatula's state (what is left in it, where it went last). */
  adderState(id: string): AdderState | null {
    return this.s.adders[id] ?? null;
  }

  /** A tray's oil film (null: no drop on its water yet). */
  filmState(id: string): FilmState | null {
    const f = this.s.films?.[id];
    return f && f.solutionMl > 0 ? f : null;
  }

  pieceState(id: string): PieceState | null {
    return this.s.pieces[id] ?? null;
  }

  step(dtS: number, timeS: number): SimEvent[] {
    const setup = this.setup;
    if (!setup) return [];
    this.revisionCount++;
    const b = this.bench(setup);
    const events: SimEvent[] = [];
    const fire = (name: string) => {
      if (this.fired.has(name)) return;
      this.fired.add(name);
      this.s.fired.push(name);
      if (this.announces.has(name)) events.push({ name, timeS: timeS + dtS });
    };
    this.heatedSolidMouthUp.clear();
    for (const p of setup.parts) if (p.kind === 'burette') stepBurette(b, p, dtS, fire);
    for (const p of setup.parts) if (p.kind === 'dropper' || p.kind === 'spatula') stepAdder(b, p, dtS, fire);
    stepCells(b, dtS, fire);
    for (const p of setup.parts) {
      const v = this.s.vessels[p.id];
      if (!v || v.cracked) continue;
      if (p.kind === 'beaker') stepBeaker(b, p, v, dtS, fire);
      else if (GENERATORS.has(p.kind)) stepGenerator(b, p, v, dtS, fire, this.heatedSolidMouthUp);
    }
    stepEsters(b, dtS, fire);
    stepOutletFlames(b, fire);
    for (const p of setup.parts) {
      const v = this.s.vessels[p.id];
      if (p.kind === 'gas-jar' && v) stepJar(b, p, v, dtS);
    }
    for (const p of setup.parts) if (p.kind === 'volumetric-flask') stepVolumetricFlask(b, p, fire);
    for (const p of setup.parts) if (p.kind === 'hofmann') stepHofmann(b, p, dtS, fire);
    for (const p of setup.parts) if (p.kind === 'splint') stepSplint(b, p, fire);
    for (const p of setup.parts) if (p.kind === 'thermometer') stepThermometer(b, p, dtS, fire);
    stepWires(b, dtS, fire);
    stepBurning(b, dtS, fire);
    stepSaltWork(b, dtS, fire);
    stepFilms(b, dtS, fire);
    for (const p of setup.parts) if (p.kind === 'burette') checkEndPoint(b, p, fire);
    return events;
  }

  value(partId: string, name: string): number {
    return this.setup ? readingOf(this.bench(this.setup), partId, name) : NaN;
  }

  diagnostics(): BenchDiagnostic[] {
    return this.setup ? mistakesOf(this.bench(this.setup), this.heatedSolidMouthUp) : [];
  }

  state(): unknown {
    return JSON.parse(JSON.stringify(this.s));
  }

  restore(state: unknown): void {
    const s = restoredState(state);
    if (!s) return;
    this.s = s;
    this.fired = new Set(this.s.fired);
    if (this.setup) this.configure(this.setup);
  }
}
