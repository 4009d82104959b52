/**
 * Acid–base titration, time-based: the burette tap adds titrant at its flow rate; after every step the
 * flask's pH comes from the exact charge balance (ph-solver.ts). The equivalence points are found once per
 * reset from the whole curve (steepest slope, curve.ts); crossing one raises the `equivalence` event.
 */
import type { SimulationMeta } from '../core/meta';
import { num, str, bool, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { customCompound, findCompound, type AcidBaseSystem, type Compound } from './acids';
import { flaskMix, titrationCurve, type EquivalencePoint, type TitrationCurve, type TitrationSetup } from './curve';
import { indicatorColor, type Rgb } from './indicators';
import { speciate, type Speciation } from './ph-solver';
import { BURETTE_CAPACITY_ML, SPECIES_SLOTS, TAP_MODES, TAP_RATES_ML_S, titrationMeta, type TapMode } from './meta';

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
}

/** Points of the precomputed curve over the whole burette (0 … 50 mL). */
const CURVE_POINTS = 1001;

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
  private tapMode: TapMode = 'closed';
  private passed = 0;
  private curveCache!: TitrationCurve;
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
    this.passed = 0;
    this.curveCache = titrationCurve(this.setup, { maxVolumeML: BURETTE_CAPACITY_ML, points: CURVE_POINTS });
    this.spec = speciate(flaskMix(this.setup, 0));
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

  /** The whole theoretical curve over the burette (for the live plot; the view shows it up to the added volume). */
  get curve(): TitrationCurve {
    return this.curveCache;
  }

  get equivalencePoints(): EquivalencePoint[] {
    return this.curveCache.equivalencePoints;
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
    const events: SimEvent[] = [];
    const rate = TAP_RATES_ML_S[this.tapMode];
    const before = this.addedML;
    const room = BURETTE_CAPACITY_ML - before;
    const add = Math.min(rate * dtS, room);
    const t0 = this.timeS;
    this.addedML = before + add;
    this.timeS += dtS;
    if (add > 0) {
      const eqs = this.curveCache.equivalencePoints;
      while (this.passed < eqs.length && eqs[this.passed].volumeML <= this.addedML + 1e-12) {
        const eq = eqs[this.passed];
        if (eq.volumeML > before) {
          const ev: EquivalenceEvent = { name: 'equivalence', timeS: t0 + (eq.volumeML - before) / rate, volumeML: eq.volumeML, pH: eq.pH };
          events.push(ev);
        }
        this.passed++;
      }
      if (this.addedML >= BURETTE_CAPACITY_ML - 1e-12 && before < BURETTE_CAPACITY_ML - 1e-12) {
        events.push({ name: 'buretteEmpty', timeS: t0 + room / rate });
      }
      this.spec = speciate(flaskMix(this.setup, this.addedML));
    }
    return events;
  }

  measure(): Measurements {
    const s = this.spec;
    const last = this.passed > 0 ? this.curveCache.equivalencePoints[this.passed - 1] : undefined;
    const m: Measurements = {
      volumeAddedML: this.addedML,
      pH: s.pH,
      hydroniumMolL: s.hydroniumMolL,
      hydroxideMolL: s.hydroxideMolL,
      totalVolumeML: this.setup.analyteVolumeML + this.addedML,
      flowRateMLs: this.addedML < BURETTE_CAPACITY_ML ? TAP_RATES_ML_S[this.tapMode] : 0,
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
    return { params: { ...this.params }, timeS: this.timeS, addedML: this.addedML, tap: this.tapMode, passed: this.passed };
  }

  restore(state: TitrationState): void {
    this.reset(state.params);
    this.timeS = state.timeS;
    this.addedML = state.addedML;
    this.passed = state.passed;
    this.setTap(state.tap);
    this.spec = speciate(flaskMix(this.setup, this.addedML));
  }
}
