/**
 * Reaction amounts as a simulation. The equation comes from the `reaction` choice (textbook presets, or
 * `custom`) or from `configure({ equation })` — a string the lab frame's number/choice controls cannot hold,
 * so the view has its own text field and the CLI/Blockly call `configure`. A configured equation stays in
 * force through resets until the `reaction` choice changes. Amounts are the `amount1…5` params (reactants in
 * equation order) in `amountUnit`. Over `reactionTimeS` the extent grows linearly from 0 to its final value,
 * so the before/after bars move; `complete` fires at the end.
 */
import type { SimulationMeta } from '../core/meta';
import { num, str, type ParamValues } from '../core/params';
import type { Measurements, SimEvent, Simulation } from '../core/simulation';
import { reactionAmounts, type AmountUnit, type ReactionAmounts } from './amounts';
import { balance, type BalancedEquation } from './balance';
import type { AtomicWeightTable } from './periodic-table';
import { SPECIES_SLOTS, stoichiometryMeta } from './meta';
import { REACTION_PRESETS } from './presets';

/** Used for `reaction = custom` until `configure` gives another. */
export const DEFAULT_CUSTOM_EQUATION = 'H2 + O2 -> H2O';

export interface StoichiometryState {
  params: ParamValues;
  customEquation: string;
  typed: boolean;
  timeS: number;
}

export interface StoichiometryConfig {
  /** The equation text, e.g. `Fe + O2 -> Fe2O3`. Throws an EquationError naming the problem and column. */
  equation: string;
}

export class StoichiometryModel implements Simulation<StoichiometryState> {
  readonly meta: SimulationMeta = stoichiometryMeta;
  timeS = 0;
  private params: ParamValues = {};
  private customEquation = DEFAULT_CUSTOM_EQUATION;
  /** A typed equation overrides a preset until the `reaction` choice itself changes. */
  private typed = false;
  private balanced!: BalancedEquation;
  private result!: ReactionAmounts;

  constructor(params?: ParamValues) {
    if (params) this.reset(params);
  }

  /**
   * Use a typed equation from now on (amounts stay those of the params). It stays in force through resets
   * until the `reaction` choice changes to something else. Throws an EquationError before anything changes.
   */
  configure(config: StoichiometryConfig): BalancedEquation {
    const b = balance(config.equation);
    this.customEquation = config.equation;
    this.typed = true;
    this.reset(this.params);
    return b;
  }

  get equationText(): string {
    const id = str(this.params, 'reaction');
    return id === 'custom' || this.typed ? this.customEquation : REACTION_PRESETS.find((p) => p.id === id)!.equation;
  }

  get equation(): BalancedEquation {
    return this.balanced;
  }

  /** An amount control applies only to a reactant of the current equation (amount1 … amountN). */
  controlApplies(paramName: string): boolean {
    const slot = /^amount(\d+)$/.exec(paramName);
    return !slot || !this.balanced || Number(slot[1]) <= this.balanced.reactants.length; // before the first reset: all
  }

  get amounts(): ReactionAmounts {
    return this.result;
  }

  get unit(): AmountUnit {
    return str(this.params, 'amountUnit') === 'mol' ? 'mol' : 'g';
  }

  /** IUPAC standard atomic weights, or the Chinese textbook values (Cl 35.5, Cu 64). */
  get atomicWeights(): AtomicWeightTable {
    return str(this.params, 'atomicWeights') === 'textbook' ? 'textbook' : 'iupac';
  }

  reset(params: ParamValues): void {
    const id = str(params, 'reaction');
    if (id !== 'custom' && !REACTION_PRESETS.some((p) => p.id === id)) {
      throw new Error(`reaction: '${id}' is not allowed; allowed: ${[...REACTION_PRESETS.map((p) => p.id), 'custom'].join(' | ')}`);
    }
    if (this.params.reaction !== undefined && this.params.reaction !== id) this.typed = false;
    this.params = { ...params };
    this.balanced = balance(this.equationText);
    const amounts = Array.from({ length: Math.max(SPECIES_SLOTS, this.balanced.reactants.length) }, (_, i) =>
      i < SPECIES_SLOTS ? num(params, `amount${i + 1}`) : 0,
    );
    this.result = reactionAmounts(this.balanced, amounts, this.unit, this.atomicWeights);
    this.timeS = 0;
  }

  /** Fraction of the full extent reached so far, 0 … 1. */
  get progress(): number {
    return Math.min(1, this.timeS / num(this.params, 'reactionTimeS'));
  }

  step(dtS: number): SimEvent[] {
    if (!(dtS >= 0) || !Number.isFinite(dtS)) throw new Error(`dtS must be a finite number ≥ 0, got ${dtS}`);
    const T = num(this.params, 'reactionTimeS');
    const before = this.timeS;
    this.timeS += dtS;
    return before < T && this.timeS >= T ? [{ name: 'complete', timeS: T }] : [];
  }

  measure(): Measurements {
    const p = this.progress;
    const r = this.result;
    const m: Measurements = {
      progress: p,
      extentMol: p * r.extentMol,
      finalExtentMol: r.extentMol,
      limitingReactant: r.limiting[0] + 1,
      reactantCount: r.reactants.length,
      productCount: r.products.length,
      totalMassG: 0,
    };
    let mass = 0;
    for (let i = 0; i < SPECIES_SLOTS; i++) {
      const re = r.reactants[i];
      const pr = r.products[i];
      const reMol = re ? re.beforeMol + (re.afterMol - re.beforeMol) * p : 0;
      const prMol = pr ? pr.afterMol * p : 0;
      m[`reactant${i + 1}Mol`] = reMol;
      m[`reactant${i + 1}G`] = re ? reMol * re.molarMassGMol : 0;
      m[`product${i + 1}Mol`] = prMol;
      m[`product${i + 1}G`] = pr ? prMol * pr.molarMassGMol : 0;
    }
    for (const re of r.reactants) mass += (re.beforeMol + (re.afterMol - re.beforeMol) * p) * re.molarMassGMol;
    for (const pr of r.products) mass += pr.afterMol * p * pr.molarMassGMol;
    m.totalMassG = mass;
    return m;
  }

  state(): StoichiometryState {
    return { params: { ...this.params }, customEquation: this.customEquation, typed: this.typed, timeS: this.timeS };
  }

  restore(state: StoichiometryState): void {
    this.customEquation = state.customEquation;
    this.params = {};
    this.typed = state.typed;
    this.reset(state.params);
    this.timeS = state.timeS;
  }
}
