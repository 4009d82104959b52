/**
 * A two-part bench for the framework's own tests (a cell and a resistor): small enough to reason about,
 * real enough that the generic pieces (setup, editor, model, share) are exercised through their contracts.
 */
import type { SimEvent } from '../core/simulation';
import type { BenchDiagnostic, BenchEngine } from './engine';
import { buildNets } from './nets';
import { PartCatalog, type PartDefinition } from './part';
import { SETUP_VERSION, type Setup } from './setup';

// Labels are not shown anywhere (tests only), so they are not in the catalogues.
const k = (s: string) => `toy.${s}`;

const cell: PartDefinition = {
  kind: 'cell',
  bench: 'toy',
  labelKey: k('cell'),
  idPrefix: 'E',
  widthM: 0.06,
  heightM: 0.03,
  props: [{ kind: 'number', name: 'emfV', labelKey: k('emf'), unit: 'V', min: 0, max: 12, step: 0.1, default: 1.5 }],
  terminals: [
    { name: '+', xM: 0.03, yM: 0, labelKey: k('plus'), polarity: '+' },
    { name: '-', xM: -0.03, yM: 0, labelKey: k('minus'), polarity: '-' },
  ],
};
const resistor: PartDefinition = {
  kind: 'resistor',
  bench: 'toy',
  labelKey: k('resistor'),
  idPrefix: 'R',
  widthM: 0.08,
  heightM: 0.02,
  props: [
    { kind: 'number', name: 'resistanceOhm', labelKey: k('r'), unit: 'Ω', min: 1, max: 1000, step: 1, default: 10 },
    { kind: 'boolean', name: 'pressed', labelKey: k('pressed'), default: false },
  ],
  terminals: [
    { name: 'a', xM: -0.04, yM: 0, labelKey: k('a') },
    { name: 'b', xM: 0.04, yM: 0, labelKey: k('b') },
  ],
  liveProps: ['pressed'],
};

/** A 1 m rail (a track along its x axis) and a holder that sits on it: the framework's mounting tests. */
const rail: PartDefinition = {
  kind: 'rail',
  bench: 'toy',
  labelKey: k('rail'),
  idPrefix: 'T',
  widthM: 1.04,
  heightM: 0.04,
  props: [],
  terminals: [],
  track: { x0M: -0.5, y0M: 0, x1M: 0.5, y1M: 0, holds: 'toy-holder' },
};
const holder: PartDefinition = {
  kind: 'holder',
  bench: 'toy',
  labelKey: k('holder'),
  idPrefix: 'H',
  widthM: 0.02,
  heightM: 0.06,
  props: [],
  terminals: [],
  mountsOn: 'toy-holder',
};

export const toyCatalog = new PartCatalog('toy', [cell, resistor, rail, holder]);

export function toySetup(): Setup {
  return {
    version: SETUP_VERSION,
    bench: 'toy',
    parts: [
      { id: 'E1', kind: 'cell', xM: 0.2, yM: 0.2, rotDeg: 0, props: { emfV: 3 } },
      { id: 'R1', kind: 'resistor', xM: 0.5, yM: 0.2, rotDeg: 0, props: { resistanceOhm: 10, pressed: false } },
    ],
    links: [
      { id: 'w1', from: { part: 'E1', terminal: '+' }, to: { part: 'R1', terminal: 'a' } },
      { id: 'w2', from: { part: 'R1', terminal: 'b' }, to: { part: 'E1', terminal: '-' } },
    ],
  };
}

/**
 * One cell across one resistor (Ohm's law, I = E / R) when both wires close the loop; the charge that has
 * flowed is its state, so stepping and save/restore are observable.
 */
export class ToyEngine implements BenchEngine {
  readonly catalog = toyCatalog;
  private currentA = 0;
  chargeC = 0;
  private problems: BenchDiagnostic[] = [];

  configure(setup: Setup): void {
    const nets = buildNets(setup, this.catalog);
    const e = setup.parts.find((p) => p.kind === 'cell');
    const r = setup.parts.find((p) => p.kind === 'resistor');
    this.problems = [];
    this.currentA = 0;
    if (!e || !r) return;
    const closed = nets.netOf({ part: e.id, terminal: '+' }) === nets.netOf({ part: r.id, terminal: 'a' }) && nets.netOf({ part: e.id, terminal: '-' }) === nets.netOf({ part: r.id, terminal: 'b' });
    if (!closed) this.problems = [{ key: k('open'), parts: [e.id], severity: 'warning' }];
    else this.currentA = Number(e.props.emfV) / Number(r.props.resistanceOhm);
  }
  reset(setup: Setup): void {
    this.chargeC = 0;
    this.configure(setup);
  }
  step(dtS: number): SimEvent[] {
    this.chargeC += this.currentA * dtS;
    return [];
  }
  value(_partId: string, name: string): number {
    if (name === 'currentA') return this.currentA;
    if (name === 'chargeC') return this.chargeC;
    return NaN;
  }
  diagnostics(): BenchDiagnostic[] {
    return this.problems;
  }
  state(): unknown {
    return { chargeC: this.chargeC };
  }
  restore(state: unknown): void {
    // Like the real engines, keep a copy of what is restored (structuredClone, as the circuit engine does).
    this.chargeC = structuredClone(state as { chargeC: number }).chargeC;
  }
}
