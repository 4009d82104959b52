/**
 * Acid–base titration, time-based: the burette tap adds titrant at its flow rate; after every step the
 * flask's pH comes from the exact charge balance (ph-solver.ts). The equivalence points come from the
 * chemistry once per reset (stoichiometric volumes, equivalence.ts); crossing one raises `equivalence`.
 * The 50 mL burette runs dry (`buretteEmpty`) and is refilled by the student (`refill()`) or, with the
 * `autoRefill` parameter, at once; the flask holds at most 250 mL (`flaskFull`).
 */
import type { SimulationMeta } from '../core/meta';
import { num, str, bool, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { customCompound, findCompound, type AcidBaseSystem, type Compound } from './acids';
import { titrationCurve, type TitrationCurve } from './curve';
import { equivalencePoints, type EquivalencePoint } from './equivalence';
import { flaskMix, type TitrationSetup } from './flask';
import { indicatorColor, type Rgb } from './indicators';
import { speciate, type Speciation } from './ph-solver';
import { BURETTE_CAPACITY_ML, FLASK_CAPACITY_ML, SPECIES_SLOTS, TAP_MODES, TAP_RATES_ML_S, titrationMeta, type TapMode } from './meta';

export interface EquivalenceEvent extends SimEvent {
  name: 'equivalence';
  volumeML: number;
  pH: number;
}

export interface TitrationState {
  params: ParamValues;
  timeS: number;
  addedML: number;
  tap: TapMode;
  /** Equivalence points already passed. */
  passed: number;
  /** Titrant left in the burette, mL (absent in states saved before refilling: 50 − addedML, at least 0). */
  buretteML?: number;
}

/** The plotted curve has a point every 0.05 mL (about one drop). */
const CURVE_STEP_ML = 0.05;

/** The system whose species a compound's measurements report: the one with the most species. */
function mainSystemIndex(c: Compound): number {
  let best = 0;
  c.systems.forEach((s: AcidBaseSystem, i) => {
    if (s.species.length > c.systems[best].species.length) best = i;
  });
  return best;
}

export class TitrationModel implements Simulation<TitrationState> {
  readonly meta: SimulationMeta = titrationMeta;
  timeS = 0;
  private params: ParamValues = {};
  private setup!: TitrationSetup;
  private addedML = 0;
  private buretteML = BURETTE_CAPACITY_ML;
  private tapMode: TapMode = 'closed';
  private passed = 0;
  private eqs: EquivalencePoint[] = [];
  private curveCache: TitrationCurve | undefined;
  private spec!: Speciation;

  constructor(params?: ParamValues) {
    if (params) this.reset(params);
  }

  reset(params: ParamValues): void {
    this.params = { ...params };
    const analyteId = str(params, 'analyte');
    const analyte =
      analyteId === 'custom'
        ? customCompound(str(params, 'customKind') === 'base' ? 'base' : 'acid', [num(params, 'customPka1'), num(params, 'customPka2'), num(params, 'customPka3')].slice(0, Math.round(num(params, 'customPkaCount'))))
        : findCompound(analyteId);
    this.setup = {
      analyte,
      analyteConcMolL: num(params, 'analyteConcMolL'),
      analyteVolumeML: num(params, 'analyteVolumeML'),
      titrant: findCompound(str(params, 'titrant')),
      titrantConcMolL: num(params, 'titrantConcMolL'),
    };
    this.setTap(str(params, 'tap'));
    this.timeS = 0;
    this.addedML = 0;
    this.buretteML = BURETTE_CAPACITY_ML;
    this.passed = 0;
    this.eqs = equivalencePoints(this.setup, this.maxAddML);
    this.curveCache = undefined;
    this.spec = speciate(flaskMix(this.setup, 0));
  }

  /** The most titrant the flask can take, mL. */
  get maxAddML(): number {
    return FLASK_CAPACITY_ML - this.setup.analyteVolumeML;
  }

  /** The student refills the burette to its 0.00 mL mark (no reset; the tap stays as it is). */
  refill(): void {
    this.buretteML = BURETTE_CAPACITY_ML;
  }

  /** Titrant left in the burette, mL. */
  get buretteLevelML(): number {
    return this.buretteML;
  }

  private get autoRefill(): boolean {
    return bool(this.params, 'autoRefill');
  }

  /** The student turns the tap (no reset). */
  setTap(mode: string): void {
    if (!TAP_MODES.includes(mode as TapMode)) throw new Error(`tap: '${mode}' is not allowed; allowed: ${TAP_MODES.join(' | ')}`);
    this.tapMode = mode as TapMode;
  }

  get tap(): TapMode {
    return this.tapMode;
  }

  get titrationSetup(): TitrationSetup {
    return this.setup;
  }

  /**
   * Volumes the plot spans: whole burettes up to what the titrant in the burette can still reach (50 mL
   * until the first refill), at most what the flask takes.
   */
  get plotRangeML(): number {
    const reach = this.addedML + this.buretteML;
    return Math.min(this.maxAddML, Math.max(BURETTE_CAPACITY_ML, Math.ceil(reach / BURETTE_CAPACITY_ML - 1e-9) * BURETTE_CAPACITY_ML));
  }

  /** The theoretical curve over `plotRangeML` (for the live plot; the view shows it up to the added volume). */
  get curve(): TitrationCurve {
    const range = this.plotRangeML;
    if (this.curveCache?.volumeML[this.curveCache.volumeML.length - 1] !== range) {
      this.curveCache = titrationCurve(this.setup, { maxVolumeML: range, points: Math.round(range / CURVE_STEP_ML) + 1 });
    }
    return this.curveCache;
  }

  /** Every equivalence point the flask can reach, at its stoichiometric volume. */
  get equivalencePoints(): EquivalencePoint[] {
    return this.eqs;
  }

  get volumeAddedML(): number {
    return this.addedML;
  }

  /** Concentrations of every species in the flask now. */
  get speciation(): Speciation {
    return this.spec;
  }

  get showDerivative(): boolean {
    return bool(this.params, 'showDerivative');
  }

  /** Colour of the solution with the chosen indicator. */
  solutionColor(): Rgb {
    return indicatorColor(str(this.params, 'indicator'), this.spec.pH);
  }

  step(dtS: number): SimEvent[] {
    if (!(dtS >= 0) || !Number.isFinite(dtS)) throw new Error(`dtS must be a finite number ≥ 0, got ${dtS}`);
    const t0 = this.timeS;
    this.timeS += dtS;
    const rate = TAP_RATES_ML_S[this.tapMode];
    if (rate === 0) return [];
    const auto = this.autoRefill;
    if (auto && this.buretteML <= 0) this.buretteML = BURETTE_CAPACITY_ML;
    const before = this.addedML;
    const add = Math.min(rate * dtS, this.maxAddML - before, auto ? Infinity : this.buretteML);
    if (!(add > 0)) return [];
    const events: SimEvent[] = [];
    const at = (volumeML: number) => t0 + (volumeML - before) / rate;
    // The burette: it runs dry at most once per fill; with autoRefill it is filled again at once.
    let left = add;
    let dispensed = before;
    while (left > 0) {
      const take = Math.min(left, this.buretteML);
      this.buretteML -= take;
      left -= take;
      dispensed += take;
      if (this.buretteML <= 1e-12 * BURETTE_CAPACITY_ML) {
        this.buretteML = 0;
        events.push({ name: 'buretteEmpty', timeS: at(dispensed) });
        if (left > 0) this.buretteML = BURETTE_CAPACITY_ML; // only reached with autoRefill
      }
    }
    this.addedML = before + add;
    while (this.passed < this.eqs.length && this.eqs[this.passed].volumeML <= this.addedML * (1 + 1e-12)) {
      const eq = this.eqs[this.passed];
      const ev: EquivalenceEvent = { name: 'equivalence', timeS: at(Math.max(before, eq.volumeML)), volumeML: eq.volumeML, pH: eq.pH };
      events.push(ev);
      this.passed++;
    }
    if (this.addedML >= this.maxAddML * (1 - 1e-12)) events.push({ name: 'flaskFull', timeS: at(this.maxAddML) });
    events.sort((a, b) => a.timeS - b.timeS);
    this.spec = speciate(flaskMix(this.setup, this.addedML));
    return events;
  }

  measure(): Measurements {
    const s = this.spec;
    const last = this.passed > 0 ? this.eqs[this.passed - 1] : undefined;
    const flowing = this.addedML < this.maxAddML && (this.buretteML > 0 || this.autoRefill);
    const m: Measurements = {
      volumeAddedML: this.addedML,
      buretteReadingML: BURETTE_CAPACITY_ML - this.buretteML,
      pH: s.pH,
      hydroniumMolL: s.hydroniumMolL,
      hydroxideMolL: s.hydroxideMolL,
      totalVolumeML: this.setup.analyteVolumeML + this.addedML,
      flowRateMLs: flowing ? TAP_RATES_ML_S[this.tapMode] : 0,
      equivalenceCount: this.passed,
      // 0 until the first equivalence point is passed (measurements are always numbers).
      lastEquivalenceVolumeML: last?.volumeML ?? 0,
      lastEquivalencePH: last?.pH ?? 0,
    };
    const nA = this.setup.analyte.systems.length;
    const a = s.systems[mainSystemIndex(this.setup.analyte)];
    const t = s.systems[nA + mainSystemIndex(this.setup.titrant)];
    for (let j = 0; j < SPECIES_SLOTS; j++) {
      m[`analyteSpecies${j}MolL`] = a.concMolL[j] ?? 0;
      m[`titrantSpecies${j}MolL`] = t.concMolL[j] ?? 0;
    }
    return m;
  }

  state(): TitrationState {
    return { params: { ...this.params }, timeS: this.timeS, addedML: this.addedML, tap: this.tapMode, passed: this.passed, buretteML: this.buretteML };
  }

  restore(state: TitrationState): void {
    this.reset(state.params);
    this.timeS = state.timeS;
    this.addedML = state.addedML;
    this.buretteML = state.buretteML ?? Math.max(0, BURETTE_CAPACITY_ML - state.addedML);
    this.passed = state.passed;
    this.setTap(state.tap);
    this.spec = speciate(flaskMix(this.setup, this.addedML));
  }
}
