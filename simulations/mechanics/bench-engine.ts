/**
 * The mechanics bench's engine: statics worked out exactly from the setup (what rests on and hangs from what:
 * loads.ts), read through the instruments as students read them; the balance beam's swing is the only thing
 * that moves with time.
 *
 * Values by part (besides any numeric property by its name):
 *   tray-balance: leftG, rightG (pan loads), weightsG (weights on the right pan), massReadingG (weights + rider
 *     read at its left edge: what the student writes), pointerDivisions (centre of the swing, + = left),
 *     swingDivisions (where the pointer is now), balanced (1/0), overload (1/0);
 *   measuring-cylinder: readingMl (to the division, from where the eye is; NaN off the scale), seenMl, volumeMl
 *     (liquid + immersed), spilled (1/0);
 *   beaker: volumeMl;
 *   overflow-can: volumeMl (liquid + immersed, up to the spout), ranOutMl (over the spout since it was filled), full
 *     (1/0: the liquid stands at the spout); bucket: waterMl, waterG (what it caught) (overflow-can.ts); refilling a
 *     can (its liquid or amount changed) empties the buckets it ran into, as a student does before the next trial;
 *   force-gauge: readingN (to the division; NaN against a stop), pointerN, forceN (the true pull);
 *   sample: massG, densityKgM3, immersedCm3, buoyancyN;
 *   lever: leftForceN, leftArmM, rightForceN, rightArmM (the arm of the resultant on each side), leftMomentNm,
 *     rightMomentNm, tiltDeg (+ = left end down), balanced (1/0);
 *   probe: depthM (of the membrane's middle below the surface), pressurePa (ρ g h);
 *   manometer: heightDiffMm (true), readingMm (read to 1 mm on its scale);
 *   wooden-block: normalN, frictionN;
 *   slope: pathM (start to plate), runTimeS and averageSpeedMps (true), travelM (where the cart is now);
 *   cart-track: hangingG, accelerationMps2, travelM, speedMps, dots, x1M … x6M, tapeAccelerationMps2, stopTimeS
 *     (cart-track.ts); every change to the run (start, tilt, masses) starts a new tape;
 *   light-gate: mounted (1/0), alongM (from where the strip's centre starts), blockMs (its blocking time as the
 *     timer shows it; NaN until the strip has passed); digital-timer: dt1Ms, dt2Ms (the gates in the order the
 *     cart reaches them), t12Ms, gapM (between the gates on the board's scale), stripMm, gatesAccelerationMps2
 *     ((v₂² − v₁²)/(2L) from what it shows: what the student works out) (light-gates.ts);
 *   spring: hungG, forceN, extensionM (true), readingM (the pointer on the ruler beside it, estimated digit),
 *     setM (stretch kept from being overloaded), overstretched (1/0) (spring-extension.ts);
 *   drop-timer: massG, accelerationMps2 (true), fallenM, speedMps, dots, landTimeS, firstGapM, and at its `dot`: hM,
 *     vMps, dEpJ, dEkJ, ratio (free-fall-tape.ts); letting go again or changing the weight starts a new tape;
 *   force-board: offOMm (the knot from the mark O, to 0.1 mm), bandForceN, knotXM/knotYM (from the pin);
 *   pull-gauge: forceN (true), pointerN, readingN (0.01 N: an estimated digit on 0.1 N divisions), angleDeg (its
 *     string's direction on the board, to 1°), toKnotXM/toKnotYM (from the hand to the knot) (force-composition.ts);
 *   centripetal-apparatus: leftForceN, rightForceN (true, m ω² r), leftStripes, rightStripes (read to half a stripe;
 *     NaN past the top), leftShown, rightShown (the columns' heights in stripes), leftOmega, rightOmega
 *     (centripetal.ts); the crank still: nothing;
 *   pulley: loadN (what hangs from it), pullN (on its rope, lifting steadily), efficiency (pulleys.ts); a force gauge
 *     whose hook is tied to a pulley's rope reads that pull;
 *   two-force-card: leftN, rightN (the weights' gravity on each string), accelerationMps2 (+ toward the right), offsetM
 *     (how far the card has moved), angleDeg (the card's turn from the strings' line), atRest (1/0 since let go; NaN
 *     while held), gapM (how far the halves of a cut card have moved apart), sinceLetGoS (two-force.ts); every change to the run
 *     (weights, card, turn, the hand) starts it again from rest;
 *   vernier-caliper: readingM (main millimetres + the aligned vernier line × precision: what the student writes; the
 *     zero error with nothing held; NaN when its jaws cannot take what they hold), shownM (where the vernier's
 *     zero stands: size + zero error), readingMm and sizeMm (the same in mm), mainMm, line, sizeM (true),
 *     held (1/0); micrometer: readingM (sleeve + thimble with an estimated tenth), readingMm, sizeMm, shownM, sleeveMm, thimble, sizeM (true),
 *     held (1/0) (length-gauges.ts);
 *   stopwatch: readingS (as its hands show it); ruler: leftM, rightM (the edges of what lies under it, each
 *     with an estimated digit), lengthM (their difference).
 */
import type { SimEvent } from '../core/simulation';
import { gravityFromParams } from '../core/gravity';
import type { BenchDiagnostic, BenchEngine } from '../bench/engine';
import type { Setup, SetupLink, SetupPart } from '../bench/setup';
import { BeamSwing, TRAY_BALANCE_200G, isBalanced, massReadingG, pointerFor } from '../bench/instruments/tray-balance';
import { CYLINDERS, readCylinder, type EyePosition } from '../bench/instruments/measuring-cylinder';
import { GAUGES, readGauge } from '../bench/instruments/force-gauge';
import { readToDivision } from '../bench/instruments/scale-reading';
import { liquidOf } from './materials';
import { loadsOf, type Loads } from './loads';
import { mechanicsParts } from './parts';
import { leverState, type LeverState } from './lever-balance';
import { BOARD_SURFACES } from './parts/board';
import { footprint } from '../bench/placement';
import { RULERS, readRuler, type RulerEye } from '../bench/instruments/ruler';
import { STOPWATCHES, readStopwatch } from '../bench/instruments/stopwatch';
import { cartPathM, cartRunTimeS, cartTravelM } from './motion';
import { RULER_ZERO_INSET_M } from './parts/ruler';
import { CALIPER_HOLD_ZONE } from './parts/vernier-caliper';
import { MICROMETER_HOLD_ZONE } from './parts/micrometer';
import { SCHOOL_SPRING, permanentSetM, springExtensionM, springPointerReadM } from './spring-extension';
import { BAND_K_NPM, BAND_NATURAL_M, PULL_GAUGE, gaugePull, gaugeString, knotRest, springPull, type Vec } from './force-composition';
import { BOARD_MARK_O, BOARD_PIN } from './parts/force-board';
import { pulleyEfficiency, pulleyPullN, type PulleyType } from './pulleys';
import { centripetalForces, stripesFor, armOmegas, type CentripetalSetting } from './centripetal';
import { fallLandTimeS, fallDotsM, fallTapeValue, type FallRun } from './free-fall-tape';
import { caliperReading, caliperSizeM, micrometerReading, type CaliperJaws, type Specimen, type SpecimenShape } from './length-gauges';
import { mountOf } from '../bench/mounting';
import { gatePass, gatesAccelerationMps2, timerShows, type GatePass } from './light-gates';
import { bucketUnderSpout, runOver, type Spill } from './overflow-can';
import { cardAccelerationMps2, halfAccelerationMps2, travelledM, turnedRad, type CardHand, type CardRun } from './two-force';
import { CAN_CAPACITY_ML } from './parts/overflow-can';
import { TICKER_PERIOD_S, cartStopTimeS, cartTrackPositionM, cartTrackValue, tapeDotsM, type CartRun, type CartStart } from './cart-track';

const FLOOR_FAR = 1e9;
/** The hand's acceleration of a block pulled 'faster', m/s². */
export const PULL_FASTER_MPS2 = 0.5;

export class MechanicsBenchEngine implements BenchEngine {
  readonly catalog = mechanicsParts;
  private setup: Setup | null = null;
  private loadsNow: Loads | null = null;
  private swings = new Map<string, BeamSwing>();
  private cache = new Map<string, unknown>();
  /** How long each slope's cart has been rolling, and each stopwatch running, s. */
  private rolling = new Map<string, number>();
  private watches = new Map<string, number>();
  /** Each cart track's run: what it is (a key of its start, tilt and masses) and how long it has gone, s. */
  private runs = new Map<string, { key: string; timeS: number }>();
  /** The largest force each spring has carried, N (past its elastic limit it keeps a set). */
  private springMax = new Map<string, number>();
  /**
   * Bumped by every edit and restore, and by a step only when something shown moved (a beam still swinging, a
   * cart or weight still running, a stopwatch counting): a settled bench's frames redraw nothing
   * (BenchEngine.revision). Everything else here is statics, the same until the next edit.
   */
  private revisionCount = 0;

  revision(): number {
    return this.revisionCount;
  }
  /** What ran over each overflow can's spout and each bucket caught; what went on the table; each can's fill (liquid and amount) and the buckets it ran into. */
  private spills = new Map<string, Spill>();
  private onTableMl = new Map<string, number>();
  private fills = new Map<string, { key: string; buckets: Set<string> }>();
  /** Each two-force card's run since the hand let go (or cut it): time, and whether it has moved. */
  private cards = new Map<string, { key: string; timeS: number; moved: boolean }>();

  configure(setup: Setup): void {
    this.revisionCount++;
    this.setup = setup;
    this.loadsNow = null;
    this.cache.clear();
    this.runOverSpouts(setup);
    for (const id of [...this.swings.keys()]) if (!setup.parts.some((p) => p.id === id)) this.swings.delete(id);
    // A cart held again goes back to its start; a stopwatch pressed back to zero reads zero.
    for (const p of setup.parts) {
      if (p.kind === 'slope' && p.props.released !== true) this.rolling.set(p.id, 0);
      if (p.kind === 'stopwatch' && p.props.crown === 'zero') this.watches.set(p.id, 0);
      if (p.kind === 'spring') this.springMax.set(p.id, Math.max(this.springMax.get(p.id) ?? 0, this.springForceN(p)));
      if (p.kind === 'two-force-card') {
        const r = this.cardRun(p), key = JSON.stringify(r);
        if (this.cards.get(p.id)?.key !== key) this.cards.set(p.id, { key, timeS: 0, moved: false });
      }
      if (p.kind === 'cart-track' || p.kind === 'drop-timer') {
        const r = p.kind === 'cart-track' ? this.cartRun(p) : this.fallRun(p), key = JSON.stringify(r);
        if (this.runs.get(p.id)?.key !== key) this.runs.set(p.id, { key, timeS: 0 });
      }
    }
  }

  /**
   * A can refilled (its liquid or amount changed) starts afresh and the buckets it ran into are emptied; then what an
   * object pushes over a can's spout now runs into the bucket under it (or onto the table), and stays there.
   */
  private runOverSpouts(setup: Setup): void {
    for (const p of setup.parts) {
      if (p.kind !== 'overflow-can') continue;
      const key = `${String(p.props.liquid)}:${String(p.props.liquidMl)}`, fill = this.fills.get(p.id);
      if (fill && fill.key === key) continue;
      for (const id of [p.id, ...(fill?.buckets ?? [])]) this.spills.delete(id);
      this.onTableMl.delete(p.id);
      this.fills.set(p.id, { key, buckets: new Set() });
    }
    for (const p of setup.parts) {
      if (p.kind !== 'overflow-can') continue;
      const v = this.loads.vessels.get(p.id);
      if (!v || v.overflowMl <= 1e-9) continue;
      const bucket = bucketUnderSpout(p, setup.parts);
      const r = runOver(this.spills, p.id, bucket?.id ?? null, v.overflowMl, v.liquid.id, v.liquid.densityKgM3);
      this.spills = r.spills;
      if (r.tableMl > 0) this.onTableMl.set(p.id, (this.onTableMl.get(p.id) ?? 0) + r.tableMl);
      if (bucket) this.fills.get(p.id)?.buckets.add(bucket.id);
      this.loadsNow = null;
    }
  }

  /** The run of a two-force card as set up now: the weights on its two strings, the card, its turn, the hand. */
  cardRun(p: SetupPart): CardRun {
    const on = (terminal: string) => this.loads.onHookKg({ part: p.id, terminal });
    return { leftKg: on('leftHook'), rightKg: on('rightHook'), cardKg: Number(p.props.cardMassG) / 1000, twistDeg: Number(p.props.twistDeg), hand: String(p.props.hand) as CardHand, gMps2: this.gMps2 };
  }

  /** How far the card has moved (whole) or each half (cut: left, right outward), m. */
  cardTravelM(p: SetupPart): { wholeM: number; leftM: number; rightM: number } {
    const run = this.cardRun(p), t = this.cards.get(p.id)?.timeS ?? 0;
    if (run.hand === 'cut') return { wholeM: 0, leftM: travelledM(halfAccelerationMps2(run.leftKg, run.cardKg, run.gMps2), t), rightM: travelledM(halfAccelerationMps2(run.rightKg, run.cardKg, run.gMps2), t) };
    return { wholeM: travelledM(cardAccelerationMps2(run), t), leftM: 0, rightM: 0 };
  }

  /** The card's turn now, radians (as the hand holds it until it lets go). */
  cardThetaRad(p: SetupPart): number {
    const run = this.cardRun(p);
    return run.hand === 'released' ? turnedRad(run, this.cards.get(p.id)?.timeS ?? 0) : (run.twistDeg * Math.PI) / 180;
  }

  /** The liquid a bucket caught (the last that ran into it), or undefined while it is empty. */
  bucketLiquid(id: string): string | undefined {
    return this.spills.get(id)?.liquid;
  }

  /** What hangs on a spring's hook pulls it, N. */
  springForceN(p: SetupPart): number {
    return this.loads.onHookKg({ part: p.id, terminal: 'hook' }) * this.gMps2;
  }

  /** The dots on a cart track's tape so far, m from the first. */
  tapeDotsM(p: SetupPart): number[] {
    return tapeDotsM(this.cartRun(p), this.runs.get(p.id)?.timeS ?? 0);
  }

  /** Where dot `k` of the run now set up will be (or the last dot, if the cart stops before), m from the first. */
  tapeEndM(p: SetupPart, k: number): number {
    const run = this.cartRun(p);
    return cartTrackPositionM(run, Math.min(k * TICKER_PERIOD_S, cartStopTimeS(run)));
  }

  /** The run of a drop stand as set up now. */
  fallRun(p: SetupPart): FallRun {
    return { massKg: Number(p.props.massG) / 1000, resistanceN: Number(p.props.resistanceN), gMps2: this.gMps2, released: p.props.start === 'released' };
  }

  /** The dots on a drop stand's tape so far, m below the first. */
  fallDotsM(p: SetupPart): number[] {
    return fallDotsM(this.fallRun(p), this.runs.get(p.id)?.timeS ?? 0);
  }

  /** The run of a cart track as set up now: the cart, what hangs on its thread, the tilt, how it was started. */
  cartRun(p: SetupPart): CartRun {
    return { cartKg: Number(p.props.cartMassG) / 1000, hangingKg: this.loads.onHookKg({ part: p.id, terminal: 'hook' }), tiltDeg: Number(p.props.tiltDeg), start: String(p.props.start) as CartStart, gMps2: this.gMps2 };
  }

  /** The light gates clamped on a cart track, in the order the cart reaches them, with their distances along it. */
  gatesOn(track: SetupPart): { gate: SetupPart; alongM: number }[] {
    return this.memo(`gates:${track.id}`, () => {
      const out: { gate: SetupPart; alongM: number }[] = [];
      for (const g of this.setup?.parts ?? []) {
        const m = g.kind === 'light-gate' && this.setup ? mountOf(this.setup, this.catalog, g) : null;
        if (m?.trackPart === track.id) out.push({ gate: g, alongM: Number(m.alongM.toFixed(4)) });
      }
      return out.sort((a, b) => a.alongM - b.alongM);
    });
  }

  /** The cart track a digital timer's gates are on: the first with a gate (else the first). */
  private timedTrack(): SetupPart | undefined {
    const tracks = (this.setup?.parts ?? []).filter((p) => p.kind === 'cart-track');
    return tracks.find((t) => this.gatesOn(t).length > 0) ?? tracks[0];
  }

  /** The strip's passes through a track's gates in order, for the run now set up. */
  private passesOn(track: SetupPart): (GatePass | null)[] {
    const run = this.cartRun(track), stripM = Number(track.props.stripMm) / 1000;
    return this.gatesOn(track).map((g) => gatePass(run, g.alongM, stripM));
  }

  private gateValue(p: SetupPart, name: string): number {
    const track = (this.setup?.parts ?? []).find((t) => t.kind === 'cart-track' && this.gatesOn(t).some((g) => g.gate.id === p.id));
    if (name === 'mounted') return track ? 1 : 0;
    if (!track) return NaN;
    const i = this.gatesOn(track).findIndex((g) => g.gate.id === p.id);
    if (name === 'alongM') return this.gatesOn(track)[i].alongM;
    if (name === 'blockMs') return timerShows([this.passesOn(track)[i]], this.runs.get(track.id)?.timeS ?? 0).dt1Ms;
    return NaN;
  }

  private timerValue(name: string): number {
    const track = this.timedTrack();
    if (!track) return NaN;
    const gates = this.gatesOn(track), stripMm = Number(track.props.stripMm);
    const shows = timerShows(this.passesOn(track), this.runs.get(track.id)?.timeS ?? 0);
    const gapM = gates.length >= 2 ? Number((gates[1].alongM - gates[0].alongM).toFixed(4)) : NaN;
    if (name === 'gapM') return gapM;
    if (name === 'stripMm') return stripMm;
    if (name === 'gatesAccelerationMps2') return gatesAccelerationMps2(stripMm / 1000, shows.dt1Ms, shows.dt2Ms, gapM);
    return name in shows ? shows[name as keyof typeof shows] : NaN;
  }

  reset(setup: Setup): void {
    this.swings.clear();
    this.rolling.clear();
    this.watches.clear();
    this.runs.clear();
    this.springMax.clear();
    this.spills.clear();
    this.onTableMl.clear();
    this.fills.clear();
    this.cards.clear();
    this.configure(setup);
    // The beam starts where it settles: a reset is a balance that has been standing.
    for (const p of setup.parts) if (p.kind === 'tray-balance') this.swing(p.id).divisions = this.balancePointer(p).divisions;
  }

  get gMps2(): number {
    return gravityFromParams(this.setup?.settings ?? { gravity: 'earth' });
  }

  get loads(): Loads {
    if (!this.loadsNow) this.loadsNow = loadsOf(this.setup ?? { version: 2, bench: 'mechanics', parts: [], links: [] }, this.catalog, FLOOR_FAR, this.spills);
    return this.loadsNow;
  }

  private swing(id: string): BeamSwing {
    let s = this.swings.get(id);
    if (!s) this.swings.set(id, (s = new BeamSwing()));
    return s;
  }

  step(dtS: number, timeS = 0): SimEvent[] {
    const events: SimEvent[] = [];
    let moved = false;
    for (const p of this.setup?.parts ?? []) {
      if (p.kind === 'slope' && p.props.released === true) {
        const before = this.rolling.get(p.id) ?? 0, after = before + dtS, hit = cartRunTimeS(p, this.gMps2);
        if (before < hit && after >= hit) events.push({ name: 'arrived', timeS: timeS + (hit - before) });
        this.rolling.set(p.id, Math.min(after, hit + 60));
        moved ||= before < hit;
      }
      if (p.kind === 'cart-track' && p.props.start !== 'held') {
        const run = this.runs.get(p.id);
        if (run) {
          const stop = cartStopTimeS(this.cartRun(p)), before = run.timeS;
          run.timeS = Math.min(before + dtS, (Number.isFinite(stop) ? stop : 0) + 60);
          if (before < stop && run.timeS >= stop) events.push({ name: 'stopped', timeS: timeS + (stop - before) });
          moved ||= before < stop;
        }
      }
      if (p.kind === 'drop-timer' && p.props.start === 'released') {
        const run = this.runs.get(p.id);
        if (run) {
          const land = fallLandTimeS(this.fallRun(p)), before = run.timeS;
          run.timeS = Math.min(before + dtS, (Number.isFinite(land) ? land : 0) + 60);
          if (before < land && run.timeS >= land) events.push({ name: 'landed', timeS: timeS + (land - before) });
          moved ||= before < land;
        }
      }
      if (p.kind === 'two-force-card' && p.props.hand !== 'holding') {
        const c = this.cards.get(p.id);
        if (c) {
          const run = this.cardRun(p), was = this.cardTravelM(p), wasRad = this.cardThetaRad(p);
          c.timeS = Math.min(c.timeS + dtS, 600);
          const tr = this.cardTravelM(p);
          // Redrawn while it moves or turns: at a pulley, or settled in line, it is still again.
          if (tr.wholeM !== was.wholeM || tr.leftM !== was.leftM || tr.rightM !== was.rightM || this.cardThetaRad(p) !== wasRad) moved = true;
          if (Math.abs(tr.wholeM) + Math.abs(tr.leftM) + Math.abs(tr.rightM) > 1e-4 || Math.abs(this.cardThetaRad(p) - (run.twistDeg * Math.PI) / 180) > (0.5 * Math.PI) / 180) c.moved = true;
        }
      }
      if (p.kind === 'stopwatch' && p.props.crown === 'running') {
        this.watches.set(p.id, (this.watches.get(p.id) ?? 0) + dtS);
        moved = true;
      }
    }
    for (const p of this.setup?.parts ?? []) {
      if (p.kind !== 'tray-balance') continue;
      const ptr = this.balancePointer(p), swing = this.swing(p.id), before = swing.divisions;
      swing.step(dtS, ptr.divisions, ptr.status);
      // A ten-thousandth of a division is far below a pixel: the beam has come to rest.
      moved ||= Math.abs(swing.divisions - before) > 1e-4;
    }
    if (moved) this.revisionCount++;
    return events;
  }

  /** What lies under a ruler (its top edge within a centimetre below the ruler's lower edge), and its edges' readings. */
  rulerReading(r: SetupPart): { object: string; leftM: number; rightM: number } | null {
    return this.memo(`ruler:${r.id}`, () => {
      const box = footprint(r, this.catalog.get(r.kind));
      const zeroX = box.left + RULER_ZERO_INSET_M;
      const spec = RULERS['30'], eye = String(r.props.eye) as RulerEye;
      for (const q of this.setup?.parts ?? []) {
        if (q.id === r.id) continue;
        const b = footprint(q, this.catalog.get(q.kind));
        if (b.top < box.bottom - 0.001 || b.top > box.bottom + 0.01 || b.right < box.left || b.left > box.right) continue;
        return { object: q.id, leftM: readRuler(b.left - zeroX, eye, spec).readM, rightM: readRuler(b.right - zeroX, eye, spec).readM };
      }
      return null;
    });
  }

  /** The force board a pull gauge's string is tied to, if any. */
  private boardOf(g: SetupPart): SetupPart | undefined {
    for (const l of this.setup?.links ?? []) {
      for (const [a, b] of [[l.from, l.to], [l.to, l.from]]) {
        if (a.part === g.id && a.terminal === 'hook' && b.terminal === 'knot') {
          const q = this.part(b.part);
          if (q?.kind === 'force-board') return q;
        }
      }
    }
    return undefined;
  }

  /** Where a string from a force board's knot to a pull gauge's hook lies now (knot to hook, table metres); null for any other link. */
  stringEnds(link: SetupLink): { from: Vec; to: Vec } | null {
    const ends = [link.from, link.to], gauge = ends.find((e) => e.terminal === 'hook' && this.part(e.part)?.kind === 'pull-gauge');
    const g = gauge && this.part(gauge.part), board = g && this.boardOf(g);
    if (!g || !board || !ends.some((e) => e.part === board.id && e.terminal === 'knot')) return null;
    return gaugeString(this.forceBoardState(board).knot, { x: g.xM, y: g.yM }, this.value(g.id, 'pointerN'));
  }

  /** A force board's pin, its knot where it rests, and the hands of the gauges tied to it (table metres). */
  forceBoardState(board: SetupPart): { pin: Vec; o: Vec; knot: Vec; hands: Map<string, Vec> } {
    return this.memo(`board:${board.id}`, () => {
      const pin = { x: board.xM + BOARD_PIN.x, y: board.yM + BOARD_PIN.y }, o = { x: board.xM + BOARD_MARK_O.x, y: board.yM + BOARD_MARK_O.y };
      const hands = new Map<string, Vec>();
      for (const g of this.setup?.parts ?? []) if (g.kind === 'pull-gauge' && this.boardOf(g)?.id === board.id) hands.set(g.id, { x: g.xM, y: g.yM });
      return { pin, o, knot: knotRest(pin, [...hands.values()]), hands };
    });
  }

  /** The id of the specimen held in a caliper's jaws or a micrometer (its centre in the instrument's hold zone), if any. */
  heldSpecimenId(inst: SetupPart): string | null {
    const zone = inst.kind === 'micrometer' ? MICROMETER_HOLD_ZONE : CALIPER_HOLD_ZONE;
    // The specimen's centre in the instrument's own frame (it may be turned).
    const a = (-inst.rotDeg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
    const inZone = (x: SetupPart) => {
      const dx = x.xM - inst.xM, dy = x.yM - inst.yM, u = dx * c - dy * s, v = dx * s + dy * c;
      return u > zone.left && u < zone.right && v > zone.top && v < zone.bottom;
    };
    return this.setup?.parts.find((x) => x.kind === 'specimen' && inZone(x))?.id ?? null;
  }

  /** The specimen held in a caliper's jaws or a micrometer, if any. */
  heldSpecimen(inst: SetupPart): Specimen | null {
    return this.memo(`held:${inst.id}`, () => {
      const id = this.heldSpecimenId(inst), q = id ? this.part(id) : undefined;
      if (!q) return null;
      return { shape: String(q.props.shape) as SpecimenShape, outerM: Number(q.props.outerMm) / 1000, innerM: Number(q.props.innerMm) / 1000, depthM: Number(q.props.depthMm) / 1000 };
    });
  }

  private part(id: string): SetupPart | undefined {
    return this.setup?.parts.find((p) => p.id === id);
  }

  private onPan(balanceId: string, pan: 'left' | 'right'): SetupPart[] {
    const out: SetupPart[] = [];
    for (const [id, s] of this.loads.supports) if (s && typeof s === 'object' && s.part === balanceId && s.surface === pan) out.push(this.part(id)!);
    return out;
  }

  private panG(balanceId: string, pan: 'left' | 'right'): number {
    return this.onPan(balanceId, pan).reduce((m, p) => m + this.loads.carriedKg(p.id) * 1000, 0);
  }

  /** The weights on the right pan (stacked ones included), grams each. */
  weightsOnRight(balanceId: string): number[] {
    const out: number[] = [];
    const visit = (p: SetupPart) => {
      if (p.kind === 'weight') out.push(Number(p.props.massG));
      for (const [id, s] of this.loads.supports) if (s && typeof s === 'object' && s.part === p.id) visit(this.part(id)!);
    };
    for (const p of this.onPan(balanceId, 'right')) visit(p);
    return out;
  }

  private balanceLoads(p: SetupPart) {
    return { leftG: this.panG(p.id, 'left'), rightG: this.panG(p.id, 'right'), riderG: Number(p.props.riderG), nutMm: Number(p.props.nutMm), trimG: Number(p.props.trimG) };
  }

  private balancePointer(p: SetupPart) {
    return pointerFor(this.balanceLoads(p), TRAY_BALANCE_200G);
  }

  lever(id: string): LeverState | null {
    const p = this.part(id);
    if (p?.kind !== 'lever') return null;
    return this.memo(`lever:${id}`, () => leverState(p, (hole) => this.loads.onHookKg({ part: id, terminal: hole }) * this.gMps2, this.gMps2));
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  /** The true pull on a gauge along its axis, N: what hangs from its hook, or the friction of the block it pulls. */
  gaugeForceN(g: SetupPart): number {
    const hung = this.loads.onHookKg({ part: g.id, terminal: 'hook' }) * this.gMps2;
    const block = this.pulledBlock(g);
    const pulley = this.pulleyOf(g);
    return hung + (block ? this.pullN(g, block) : 0) + (pulley ? this.pulleyState(pulley).pullN : 0);
  }

  /** The pulley whose rope a gauge's hook is tied to, if any. */
  private pulleyOf(g: SetupPart): SetupPart | undefined {
    for (const l of this.setup?.links ?? []) {
      for (const [a, b] of [[l.from, l.to], [l.to, l.from]]) {
        if (a.part === g.id && a.terminal === 'hook' && b.terminal === 'rope') {
          const q = this.part(b.part);
          if (q?.kind === 'pulley') return q;
        }
      }
    }
    return undefined;
  }

  /** What hangs from a pulley, the pull on its rope lifting it steadily, and its efficiency. */
  pulleyState(p: SetupPart): { loadN: number; pullN: number; efficiency: number } {
    const type = String(p.props.type) as PulleyType, loadN = this.loads.onHookKg({ part: p.id, terminal: 'hook' }) * this.gMps2;
    const pullN = pulleyPullN(type, loadN, (Number(p.props.massG) / 1000) * this.gMps2, Number(p.props.friction));
    return { loadN, pullN, efficiency: pulleyEfficiency(type, loadN, pullN) };
  }

  private pulledBlock(g: SetupPart): SetupPart | undefined {
    for (const l of this.setup?.links ?? []) {
      const ends = [l.from, l.to];
      const mine = ends.find((e) => e.part === g.id && e.terminal === 'hook');
      const other = ends.find((e) => e !== mine);
      if (mine && other) {
        const b = this.part(other.part);
        if (b?.kind === 'wooden-block') return b;
      }
    }
    return undefined;
  }

  /** The board a block rests on directly, if any. */
  private boardUnder(block: SetupPart): SetupPart | undefined {
    const s = this.loads.supports.get(block.id);
    const b = s && typeof s === 'object' ? this.part(s.part) : undefined;
    return b?.kind === 'board' ? b : undefined;
  }

  normalN(block: SetupPart): number {
    return this.loads.carriedKg(block.id) * this.gMps2;
  }

  /** Kinetic friction on a block sliding on its board, N (μ_k N); NaN off a board. */
  frictionN(block: SetupPart): number {
    const board = this.boardUnder(block);
    return board ? BOARD_SURFACES[String(board.props.surface)] * this.normalN(block) : NaN;
  }

  /** What the hand's pull on the thread is: nothing, the friction at constant speed, or more while speeding up. */
  private pullN(g: SetupPart, block: SetupPart): number {
    const f = this.frictionN(block);
    if (!Number.isFinite(f) || g.props.pull === 'none') return 0;
    if (g.props.pull === 'steady') return f;
    return f + this.loads.carriedKg(block.id) * PULL_FASTER_MPS2;
  }

  /** The membrane's depth below the tank's surface, metres (0 out of the liquid). */
  probeDepthM(p: SetupPart): number {
    for (const v of this.loads.vessels.values()) {
      const vessel = this.part(v.id)!;
      if (Math.abs(p.xM - vessel.xM) < v.halfWidthM && p.yM < v.bottomYM && p.yM > v.surfaceYM) return p.yM - v.surfaceYM;
    }
    return 0;
  }

  private probeVesselLiquidKgM3(p: SetupPart): number {
    for (const v of this.loads.vessels.values()) {
      const vessel = this.part(v.id)!;
      if (Math.abs(p.xM - vessel.xM) < v.halfWidthM && p.yM < v.bottomYM && p.yM > v.surfaceYM) return v.liquid.densityKgM3;
    }
    return 0;
  }

  /** The probe linked to a manometer's tube, if any. */
  private probeOf(m: SetupPart): SetupPart | undefined {
    for (const l of this.setup?.links ?? []) {
      for (const [a, b] of [[l.from, l.to], [l.to, l.from]]) {
        if (a.part === m.id && a.terminal === 'tube') {
          const p = this.part(b.part);
          if (p?.kind === 'probe') return p;
        }
      }
    }
    return undefined;
  }

  manometerDiffM(m: SetupPart): number {
    const p = this.probeOf(m);
    if (!p) return 0;
    const pressure = this.probeVesselLiquidKgM3(p) * this.gMps2 * this.probeDepthM(p);
    return pressure / (liquidOf(m.props.liquid).densityKgM3 * this.gMps2);
  }

  value(partId: string, name: string): number {
    const p = this.part(partId);
    if (!p) return NaN;
    if (typeof p.props[name] === 'number') return p.props[name] as number;
    const g = this.gMps2;
    switch (p.kind) {
      case 'tray-balance': {
        const loads = this.balanceLoads(p);
        const ptr = pointerFor(loads, TRAY_BALANCE_200G);
        if (name === 'leftG') return loads.leftG;
        if (name === 'rightG') return loads.rightG;
        if (name === 'weightsG') return this.weightsOnRight(p.id).reduce((a, b) => a + b, 0);
        if (name === 'massReadingG') return massReadingG(this.weightsOnRight(p.id), loads.riderG, TRAY_BALANCE_200G);
        if (name === 'pointerDivisions') return ptr.divisions;
        if (name === 'swingDivisions') return this.swings.get(p.id)?.divisions ?? ptr.divisions;
        if (name === 'balanced') return isBalanced(loads, TRAY_BALANCE_200G) ? 1 : 0;
        if (name === 'overload') return ptr.status === 'overload' ? 1 : 0;
        return NaN;
      }
      case 'measuring-cylinder': {
        const v = this.loads.vessels.get(p.id);
        if (!v) return NaN;
        const r = readCylinder(v.volumeMl, String(p.props.eye) as EyePosition, CYLINDERS[String(p.props.capacityMl)]);
        if (name === 'readingMl') return r.readMl;
        if (name === 'seenMl') return r.seenMl;
        if (name === 'volumeMl') return v.volumeMl;
        if (name === 'spilled') return r.status === 'spilled' ? 1 : 0;
        return NaN;
      }
      case 'beaker':
        return name === 'volumeMl' ? (this.loads.vessels.get(p.id)?.volumeMl ?? NaN) : NaN;
      case 'overflow-can': {
        const v = this.loads.vessels.get(p.id);
        if (name === 'volumeMl') return v ? Math.min(v.volumeMl, CAN_CAPACITY_ML) : NaN;
        if (name === 'ranOutMl') return -(this.spills.get(p.id)?.ml ?? 0);
        if (name === 'full') return v && v.volumeMl >= CAN_CAPACITY_ML - 1e-6 ? 1 : 0;
        return NaN;
      }
      case 'bucket':
        if (name === 'waterMl') return this.spills.get(p.id)?.ml ?? 0;
        if (name === 'waterG') return (this.spills.get(p.id)?.kg ?? 0) * 1000;
        return NaN;
      case 'force-gauge': {
        const spec = GAUGES[String(p.props.range)];
        const f = this.gaugeForceN(p);
        const r = readGauge(f, Number(p.props.zeroN), spec);
        if (name === 'readingN') return r.readN;
        if (name === 'pointerN') return r.pointerN;
        if (name === 'forceN') return f;
        return NaN;
      }
      case 'sample': {
        const m = this.loads.ownKg(p.id);
        const im = this.loads.immersed.get(p.id);
        if (name === 'massG') return m * 1000;
        if (name === 'densityKgM3') return (m / (Number(p.props.volumeCm3) * 1e-6));
        if (name === 'immersedCm3') return (im?.volumeM3 ?? 0) * 1e6;
        if (name === 'buoyancyN') return im ? this.loads.vessels.get(im.vessel)!.liquid.densityKgM3 * g * im.volumeM3 : 0;
        return NaN;
      }
      case 'lever': {
        const s = this.lever(p.id)!;
        if (name === 'leftForceN') return s.left.forceN;
        if (name === 'leftArmM') return s.left.armM;
        if (name === 'rightForceN') return s.right.forceN;
        if (name === 'rightArmM') return s.right.armM;
        if (name === 'leftMomentNm') return s.left.momentNm;
        if (name === 'rightMomentNm') return s.right.momentNm;
        if (name === 'tiltDeg') return s.tiltDeg;
        if (name === 'balanced') return s.balanced ? 1 : 0;
        return NaN;
      }
      case 'probe':
        if (name === 'depthM') return this.probeDepthM(p);
        if (name === 'pressurePa') return this.probeVesselLiquidKgM3(p) * g * this.probeDepthM(p);
        return NaN;
      case 'manometer': {
        const d = this.manometerDiffM(p);
        if (name === 'heightDiffMm') return d * 1000;
        if (name === 'readingMm') return readToDivision(d * 1000, 1);
        return NaN;
      }
      case 'slope': {
        if (name === 'pathM') return cartPathM(p);
        if (name === 'runTimeS') return cartRunTimeS(p, g);
        if (name === 'travelM') return p.props.released === true ? cartTravelM(p, g, this.rolling.get(p.id) ?? 0) : 0;
        if (name === 'averageSpeedMps') return cartPathM(p) / cartRunTimeS(p, g);
        return NaN;
      }
      case 'spring': {
        const f = this.springForceN(p), max = this.springMax.get(p.id) ?? f, x = springExtensionM(f, max, SCHOOL_SPRING);
        if (name === 'hungG') return Number((this.loads.onHookKg({ part: p.id, terminal: 'hook' }) * 1000).toPrecision(12));
        if (name === 'forceN') return f;
        if (name === 'extensionM') return x;
        if (name === 'readingM') return springPointerReadM(x, SCHOOL_SPRING);
        if (name === 'setM') return permanentSetM(max, SCHOOL_SPRING);
        if (name === 'overstretched') return max > SCHOOL_SPRING.elasticLimitN ? 1 : 0;
        return NaN;
      }
      case 'drop-timer':
        return fallTapeValue(this.fallRun(p), this.runs.get(p.id)?.timeS ?? 0, Number(p.props.dot), name);
      case 'light-gate':
        return this.gateValue(p, name);
      case 'digital-timer':
        return this.timerValue(name);
      case 'cart-track':
        return cartTrackValue(this.cartRun(p), this.runs.get(p.id)?.timeS ?? 0, name);
      case 'pulley': {
        const st = this.pulleyState(p);
        return name === 'loadN' ? st.loadN : name === 'pullN' ? st.pullN : name === 'efficiency' ? st.efficiency : NaN;
      }
      case 'centripetal-apparatus': {
        const set: CentripetalSetting = { leftBall: String(p.props.leftBall), leftSlot: String(p.props.leftSlot), rightBall: String(p.props.rightBall), belt: String(p.props.belt), crankRps: p.props.crank === 'turning' ? Number(p.props.crankRps) : 0 };
        const f = centripetalForces(set), w = armOmegas(set), l = stripesFor(f.left), r = stripesFor(f.right);
        const out: Record<string, number> = { leftForceN: f.left, rightForceN: f.right, leftStripes: l.read, rightStripes: r.read, leftShown: l.shown, rightShown: r.shown, leftOmega: w.left, rightOmega: w.right };
        return out[name] ?? NaN;
      }
      case 'force-board': {
        const b = this.forceBoardState(p);
        if (name === 'offOMm') return Number((Math.hypot(b.knot.x - b.o.x, b.knot.y - b.o.y) * 1000).toFixed(1)); // to 0.1 mm, as a ruler on the paper
        if (name === 'bandForceN') return Math.hypot(...(Object.values(springPull(b.knot, b.pin, BAND_NATURAL_M, BAND_K_NPM)) as [number, number]));
        if (name === 'knotXM') return b.knot.x - b.pin.x;
        if (name === 'knotYM') return b.knot.y - b.pin.y;
        return NaN;
      }
      case 'pull-gauge': {
        const board = this.boardOf(p), s = board ? this.forceBoardState(board) : null;
        const pull = s ? gaugePull(s.knot, { x: p.xM, y: p.yM }) : { forceN: 0, readingN: 0, angleDeg: NaN };
        if (name === 'forceN') return pull.forceN;
        if (name === 'readingN') return pull.readingN;
        if (name === 'pointerN') return readGauge(pull.forceN, 0, PULL_GAUGE).pointerN;
        if (name === 'angleDeg') return pull.angleDeg;
        if (name === 'toKnotXM') return s ? s.knot.x - p.xM : NaN;
        if (name === 'toKnotYM') return s ? s.knot.y - p.yM : NaN;
        return NaN;
      }
      case 'two-force-card': {
        const run = this.cardRun(p), c = this.cards.get(p.id), tr = this.cardTravelM(p);
        const out: Record<string, number> = {
          leftN: run.leftKg * g,
          rightN: run.rightKg * g,
          accelerationMps2: cardAccelerationMps2(run),
          offsetM: tr.wholeM,
          angleDeg: run.hand === 'cut' ? NaN : (this.cardThetaRad(p) * 180) / Math.PI,
          atRest: run.hand === 'holding' ? NaN : c?.moved ? 0 : 1,
          gapM: run.hand === 'cut' ? Math.abs(tr.leftM) + Math.abs(tr.rightM) : 0,
          sinceLetGoS: run.hand === 'holding' ? 0 : (c?.timeS ?? 0),
        };
        return out[name] ?? NaN;
      }
      case 'vernier-caliper': {
        const held = this.heldSpecimen(p), jaws = String(p.props.jaws) as CaliperJaws;
        const r = caliperReading(held, jaws, String(p.props.divisions), Number(p.props.zeroErrorMm) / 1000);
        if (name === 'held') return held ? 1 : 0;
        if (name === 'sizeM') return held ? caliperSizeM(held, jaws) : 0;
        if (name === 'readingM') return r?.readM ?? NaN;
        if (name === 'readingMm') return r ? Number((r.readM * 1000).toPrecision(12)) : NaN;
        if (name === 'sizeMm') return held ? Number((caliperSizeM(held, jaws) * 1000).toPrecision(12)) : 0;
        if (name === 'shownM') return r?.shownM ?? NaN;
        if (name === 'mainMm') return r?.mainMm ?? NaN;
        if (name === 'line') return r?.line ?? NaN;
        return NaN;
      }
      case 'micrometer': {
        const held = this.heldSpecimen(p), r = micrometerReading(held, Number(p.props.zeroErrorMm) / 1000);
        if (name === 'held') return held ? 1 : 0;
        if (name === 'sizeM') return held ? held.outerM : 0;
        if (name === 'readingM') return r?.readM ?? NaN;
        if (name === 'readingMm') return r ? Number((r.readM * 1000).toPrecision(12)) : NaN;
        if (name === 'sizeMm') return held ? Number((held.outerM * 1000).toPrecision(12)) : 0;
        if (name === 'shownM') return r?.shownM ?? NaN;
        if (name === 'sleeveMm') return r ? Number((r.sleeveM * 1000).toPrecision(12)) : NaN;
        if (name === 'thimble') return r?.thimble ?? NaN;
        return NaN;
      }
      case 'stopwatch':
        return name === 'readingS' ? readStopwatch(this.watches.get(p.id) ?? 0, STOPWATCHES[String(p.props.type)] ?? STOPWATCHES.mechanical).readS : NaN;
      case 'ruler': {
        const r = this.rulerReading(p);
        if (name === 'leftM') return r?.leftM ?? NaN;
        if (name === 'rightM') return r?.rightM ?? NaN;
        if (name === 'lengthM') return r ? Number((r.rightM - r.leftM).toPrecision(12)) : NaN;
        return NaN;
      }
      case 'wooden-block':
        if (name === 'normalN') return this.normalN(p);
        if (name === 'frictionN') return this.frictionN(p);
        return NaN;
      default:
        return NaN;
    }
  }

  diagnostics(): BenchDiagnostic[] {
    const out: BenchDiagnostic[] = [];
    for (const p of this.setup?.parts ?? []) {
      if (p.kind === 'tray-balance' && this.balancePointer(p).status === 'overload') out.push({ key: 'mechanics.diag.overload', vars: { part: p.id }, parts: [p.id], severity: 'error' });
      if (p.kind === 'measuring-cylinder' && this.value(p.id, 'spilled') === 1) out.push({ key: 'mechanics.diag.spilled', vars: { part: p.id }, parts: [p.id], severity: 'warning' });
      if (p.kind === 'force-gauge') {
        const r = readGauge(this.gaugeForceN(p), Number(p.props.zeroN), GAUGES[String(p.props.range)]);
        if (r.status === 'overrange') out.push({ key: 'mechanics.diag.gaugeOverrange', vars: { part: p.id }, parts: [p.id], severity: 'error' });
      }
      if (p.kind === 'spring' && this.value(p.id, 'overstretched') === 1) out.push({ key: 'mechanics.diag.springOverstretched', vars: { part: p.id }, parts: [p.id], severity: 'warning' });
      if (p.kind === 'overflow-can') {
        const v = this.loads.vessels.get(p.id), used = (v && v.volumeMl > v.liquidMl) || this.spills.has(p.id);
        if (used && Number(p.props.liquidMl) < CAN_CAPACITY_ML) out.push({ key: 'mechanics.diag.canNotFull', vars: { part: p.id, ml: CAN_CAPACITY_ML - Number(p.props.liquidMl) }, parts: [p.id], severity: 'warning' });
        if ((this.onTableMl.get(p.id) ?? 0) > 0) out.push({ key: 'mechanics.diag.spoutOnTable', vars: { part: p.id }, parts: [p.id], severity: 'warning' });
      }
      if (p.kind === 'manometer' && !this.probeOf(p)) out.push({ key: 'mechanics.diag.noProbe', vars: { part: p.id }, parts: [p.id], severity: 'info' });
      if (p.kind === 'sample' && this.loads.hanging.has(p.id)) {
        const im = this.loads.immersed.get(p.id);
        const v = im && this.loads.vessels.get(im.vessel);
        if (v && this.loads.grounded.has(p.id)) out.push({ key: 'mechanics.diag.touchesBottom', vars: { part: p.id }, parts: [p.id, v.id], severity: 'warning' });
      }
    }
    return out;
  }

  state(): unknown {
    return { swings: Object.fromEntries([...this.swings].map(([id, s]) => [id, [s.divisions, s.velocity]])), rolling: Object.fromEntries(this.rolling), watches: Object.fromEntries(this.watches), runs: Object.fromEntries([...this.runs].map(([id, r]) => [id, r.timeS])), springs: Object.fromEntries(this.springMax), spills: Object.fromEntries(this.spills), onTable: Object.fromEntries(this.onTableMl), cards: Object.fromEntries([...this.cards].map(([id, c]) => [id, [c.timeS, c.moved ? 1 : 0]])) };
  }

  restore(state: unknown): void {
    this.revisionCount++;
    const saved = state as { swings?: Record<string, unknown>; rolling?: Record<string, unknown>; watches?: Record<string, unknown>; runs?: Record<string, unknown>; springs?: Record<string, unknown>; spills?: Record<string, unknown>; onTable?: Record<string, unknown>; cards?: Record<string, unknown> } | null;
    for (const [id, v] of Object.entries(saved?.cards ?? {})) {
      const c = this.cards.get(id);
      if (c && Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0)) Object.assign(c, { timeS: v[0], moved: v[1] === 1 });
    }
    for (const [id, v] of Object.entries(saved?.spills ?? {})) {
      const s = v as Partial<Spill> | null;
      if (s && typeof s.ml === 'number' && typeof s.kg === 'number' && typeof s.liquid === 'string' && Number.isFinite(s.ml) && Number.isFinite(s.kg)) this.spills.set(id, { ml: s.ml, kg: s.kg, liquid: s.liquid });
    }
    for (const [id, v] of Object.entries(saved?.onTable ?? {})) if (typeof v === 'number' && Number.isFinite(v) && v >= 0) this.onTableMl.set(id, v);
    if (saved?.spills) this.loadsNow = null;
    for (const [id, v] of Object.entries(saved?.springs ?? {})) if (typeof v === 'number' && Number.isFinite(v) && v >= 0) this.springMax.set(id, Math.max(this.springMax.get(id) ?? 0, v));
    for (const [id, v] of Object.entries(saved?.runs ?? {})) {
      const run = this.runs.get(id);
      if (run && typeof v === 'number' && Number.isFinite(v) && v >= 0) run.timeS = v;
    }
    for (const [into, from] of [[this.rolling, saved?.rolling], [this.watches, saved?.watches]] as const) {
      if (from && typeof from === 'object') for (const [id, v] of Object.entries(from)) if (typeof v === 'number' && Number.isFinite(v) && v >= 0) into.set(id, v);
    }
    const swings = saved?.swings;
    if (!swings || typeof swings !== 'object') return;
    for (const [id, v] of Object.entries(swings)) {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) continue;
      const s = this.swing(id);
      [s.divisions, s.velocity] = v as [number, number];
    }
  }
}
