/**
 * The symbols of circuit diagrams (电路图) as Chinese textbooks draw them (GB/T 4728: a rectangle for a
 * resistor, a circle with a cross for a bulb, a circle with A, V or G for a meter, a long and a short line for
 * a cell), as the parts of a second bench, `circuit-schematic`: a diagram is a setup of symbols and the lines
 * between their ends, edited with the same workbench (keyboard, undo) as the apparatus.
 *
 * Each symbol says which of its ends are interchangeable (`roles`: a resistor's two ends are alike, a meter's
 * + and − are not), and which symbol every bench part is drawn as (`symbolOf`): a battery pack and a DC supply
 * as a battery, a multimeter by its selector (V, A or Ω), a current sensor as an ammeter. A bench ammeter's
 * three posts become the symbol's two ends: + is the range post in use.
 */
import { PartCatalog, type PartDefinition } from '../../bench/part';
import type { SetupPart } from '../../bench/setup';
import { TRANSFORMER_TAPS } from '../parts/demountable-transformer';

export const SCHEMATIC_BENCH = 'circuit-schematic';

const k = (s: string) => `circuits.${s}`;
/** Length of a two-ended symbol from end to end, metres on the drawing. */
export const SYMBOL_SPAN_M = 0.08;
const h = SYMBOL_SPAN_M / 2;

interface SymbolSpec {
  kind: string;
  labelKey: string;
  idPrefix: string;
  /** Ends: name, place, role (same role: interchangeable). */
  ends: { name: string; xM: number; yM: number; role: string; labelKey: string; polarity?: '+' | '-' }[];
  widthM?: number;
  heightM?: number;
  /** Symbols matched as one (a cell and a battery are both a source). */
  matchAs?: string;
  props?: PartDefinition['props'];
  liveProps?: string[];
}

const two = (role = 'end'): SymbolSpec['ends'] => [
  { name: 'a', xM: -h, yM: 0, role, labelKey: k('terminal.a') },
  { name: 'b', xM: h, yM: 0, role, labelKey: k('terminal.b') },
];
const polar = (): SymbolSpec['ends'] => [
  { name: '+', xM: h, yM: 0, role: '+', labelKey: k('terminal.plus'), polarity: '+' },
  { name: '-', xM: -h, yM: 0, role: '-', labelKey: k('terminal.minus'), polarity: '-' },
];

const SPECS: SymbolSpec[] = [
  { kind: 'cell', labelKey: k('part.cell'), idPrefix: 'E', ends: polar(), matchAs: 'source' },
  { kind: 'battery', labelKey: k('part.battery-pack'), idPrefix: 'E', ends: polar(), matchAs: 'source' },
  { kind: 'ac-source', labelKey: k('part.ac-supply'), idPrefix: 'U', ends: two() },
  { kind: 'switch', labelKey: k('part.switch'), idPrefix: 'S', ends: two(), props: [{ kind: 'boolean', name: 'closed', labelKey: k('prop.closed'), default: false }], liveProps: ['closed'] },
  {
    kind: 'two-way-switch',
    labelKey: k('part.two-way-switch'),
    idPrefix: 'S',
    heightM: 0.05,
    ends: [
      { name: 'common', xM: -h, yM: 0, role: 'common', labelKey: k('terminal.common') },
      { name: 'a', xM: h, yM: -0.02, role: 'throw', labelKey: k('terminal.a') },
      { name: 'b', xM: h, yM: 0.02, role: 'throw', labelKey: k('terminal.b') },
    ],
    props: [
      {
        kind: 'choice',
        name: 'position',
        labelKey: k('prop.position'),
        options: [
          { value: 'a', labelKey: k('position.a') },
          { value: 'b', labelKey: k('position.b') },
        ],
        default: 'a',
      },
    ],
    liveProps: ['position'],
  },
  { kind: 'lamp', labelKey: k('part.bulb'), idPrefix: 'L', ends: two() },
  { kind: 'resistor', labelKey: k('part.resistor'), idPrefix: 'R', ends: two() },
  {
    kind: 'rheostat',
    labelKey: k('part.rheostat'),
    idPrefix: 'RP',
    heightM: 0.05,
    ends: [...two(), { name: 'c', xM: 0, yM: -0.025, role: 'slider', labelKey: k('terminal.slider') }],
  },
  { kind: 'resistance-box', labelKey: k('part.resistance-box'), idPrefix: 'R', ends: two() },
  { kind: 'thermistor', labelKey: k('part.thermistor'), idPrefix: 'RT', ends: two() },
  { kind: 'photoresistor', labelKey: k('part.photoresistor'), idPrefix: 'RG', ends: two() },
  {
    kind: 'led',
    labelKey: k('part.led'),
    idPrefix: 'D',
    ends: [
      { name: '+', xM: -h, yM: 0, role: '+', labelKey: k('terminal.anode'), polarity: '+' },
      { name: '-', xM: h, yM: 0, role: '-', labelKey: k('terminal.cathode'), polarity: '-' },
    ],
  },
  {
    kind: 'diode',
    labelKey: k('part.diode'),
    idPrefix: 'D',
    ends: [
      { name: '+', xM: -h, yM: 0, role: '+', labelKey: k('terminal.diodeAnode'), polarity: '+' },
      { name: '-', xM: h, yM: 0, role: '-', labelKey: k('terminal.diodeCathode'), polarity: '-' },
    ],
  },
  { kind: 'fuse', labelKey: k('part.fuse'), idPrefix: 'F', ends: two() },
  { kind: 'capacitor', labelKey: k('part.capacitor'), idPrefix: 'C', ends: polar() },
  { kind: 'ammeter', labelKey: k('part.ammeter'), idPrefix: 'A', ends: polar() },
  { kind: 'voltmeter', labelKey: k('part.voltmeter'), idPrefix: 'V', ends: polar() },
  { kind: 'galvanometer', labelKey: k('part.galvanometer'), idPrefix: 'G', ends: polar() },
  { kind: 'ohmmeter', labelKey: k('symbol.ohmmeter'), idPrefix: 'M', ends: polar() },
  { kind: 'inductor', labelKey: k('symbol.inductor'), idPrefix: 'N', ends: two() },
  { kind: 'conductor', labelKey: k('part.conductor-rod'), idPrefix: 'AB', ends: two() },
  {
    kind: 'transformer',
    labelKey: k('part.transformer'),
    idPrefix: 'T',
    heightM: 0.07,
    ends: [
      { name: 'p1', xM: -h, yM: -0.03, role: 'primary', labelKey: k('terminal.primary1') },
      { name: 'p2', xM: -h, yM: 0.03, role: 'primary', labelKey: k('terminal.primary2') },
      { name: 's1', xM: h, yM: -0.03, role: 'secondary', labelKey: k('terminal.secondary1') },
      { name: 's2', xM: h, yM: 0.03, role: 'secondary', labelKey: k('terminal.secondary2') },
    ],
  },
  {
    kind: 'relay',
    labelKey: k('part.relay'),
    idPrefix: 'K',
    widthM: 0.12,
    heightM: 0.07,
    ends: [
      { name: 'c1', xM: -0.06, yM: -0.02, role: 'coil', labelKey: k('terminal.coil1') },
      { name: 'c2', xM: -0.06, yM: 0.02, role: 'coil', labelKey: k('terminal.coil2') },
      { name: 'com', xM: 0.02, yM: 0.035, role: 'common', labelKey: k('terminal.common') },
      { name: 'no', xM: 0.06, yM: -0.01, role: 'no', labelKey: k('terminal.normallyOpen') },
      { name: 'nc', xM: 0.06, yM: 0.025, role: 'nc', labelKey: k('terminal.normallyClosed') },
    ],
  },
];

export const symbolDefinitions: PartDefinition[] = SPECS.map((s) => ({
  kind: s.kind,
  bench: SCHEMATIC_BENCH,
  labelKey: s.labelKey,
  idPrefix: s.idPrefix,
  widthM: s.widthM ?? SYMBOL_SPAN_M,
  heightM: s.heightM ?? 0.03,
  props: s.props ?? [],
  terminals: s.ends.map(({ name, xM, yM, labelKey, polarity }) => ({ name, xM, yM, labelKey, polarity })),
  liveProps: s.liveProps,
}));

/** The symbols as the parts of the diagram bench. */
export const schematicSymbols = new PartCatalog(SCHEMATIC_BENCH, symbolDefinitions);

const specOf = new Map(SPECS.map((s) => [s.kind, s]));

/** The role of a symbol's end (ends of one role are interchangeable). */
export function endRole(symbol: string, end: string): string {
  return specOf.get(symbol)?.ends.find((e) => e.name === end)?.role ?? end;
}

/** What the checker compares: symbols that count as the same (a cell and a battery are both a source). */
export function matchClass(symbol: string): string {
  return specOf.get(symbol)?.matchAs ?? symbol;
}

/** A bench part as a symbol: which symbol, and which bench terminal each end of it is (null: not used). */
export interface PartSymbol {
  symbol: string;
  /** Symbol end → the bench terminal(s) it stands for (a meter's + is its range post in use). */
  ends: Record<string, string | null>;
  /** Bench terminals wired but drawn as no end of the symbol (both range posts of a meter wired). */
  extra: string[];
}

const same = (...names: string[]) => Object.fromEntries(names.map((n) => [n, n]));
const METER_POSTS: Record<string, string[]> = { ammeter: ['0.6', '3'], voltmeter: ['3', '15'] };

/**
 * The symbol a bench part is drawn as, or null for what is not part of a circuit (a magnet, a compass).
 * `wired` holds the bench terminals a wire touches (`A1.0.6`), to tell which range post a meter uses.
 */
export function symbolOf(part: SetupPart, wired: ReadonlySet<string>): PartSymbol | null {
  const plain = (symbol: string, ...ends: string[]): PartSymbol => ({ symbol, ends: same(...ends), extra: [] });
  switch (part.kind) {
    case 'cell':
      return plain('cell', '+', '-');
    case 'battery-pack':
    case 'dc-supply':
      return plain('battery', '+', '-');
    case 'ac-supply':
      return plain('ac-source', 'a', 'b');
    case 'student-supply': {
      // Drawn as the output in use: AC (a circle with ~) when an AC post is wired, else a battery for DC.
      const ac = wired.has(`${part.id}.ac1`) || wired.has(`${part.id}.ac2`);
      const dc = wired.has(`${part.id}.dc+`) || wired.has(`${part.id}.dc-`);
      if (ac) return { symbol: 'ac-source', ends: { a: 'ac1', b: 'ac2' }, extra: dc ? ['dc+', 'dc-'].filter((t) => wired.has(`${part.id}.${t}`)) : [] };
      return { symbol: 'battery', ends: { '+': 'dc+', '-': 'dc-' }, extra: [] };
    }
    case 'demountable-transformer': {
      // The windings in use: each coil's lowest and highest wired posts; other wired posts are extra.
      const used = (coil: 'p' | 's') => TRANSFORMER_TAPS.map((t) => `${coil}${t}`).filter((t) => wired.has(`${part.id}.${t}`));
      const p = used('p'), s = used('s');
      return { symbol: 'transformer', ends: { p1: p[0] ?? null, p2: p.length > 1 ? p[p.length - 1] : null, s1: s[0] ?? null, s2: s.length > 1 ? s[s.length - 1] : null }, extra: [...p.slice(1, -1), ...s.slice(1, -1)] };
    }
    case 'switch':
      return plain('switch', 'a', 'b');
    case 'two-way-switch':
      return plain('two-way-switch', 'common', 'a', 'b');
    case 'bulb':
      return plain('lamp', 'a', 'b');
    case 'resistor':
    case 'resistance-wire':
      return plain('resistor', 'a', 'b');
    case 'resistance-box':
      return plain('resistance-box', 'a', 'b');
    case 'rheostat':
      return plain('rheostat', 'a', 'b', 'c');
    case 'thermistor':
      return plain('thermistor', 'a', 'b');
    case 'photoresistor':
      return plain('photoresistor', 'a', 'b');
    case 'led':
      return plain('led', '+', '-');
    case 'diode':
      return plain('diode', '+', '-');
    case 'fuse':
      return plain('fuse', 'a', 'b');
    case 'capacitor':
      return plain('capacitor', '+', '-');
    case 'galvanometer':
      return plain('galvanometer', '+', '-');
    case 'current-sensor':
      return plain('ammeter', '+', '-');
    case 'solenoid':
    case 'coil':
      return plain('inductor', 'a', 'b');
    case 'conductor-rod':
      return plain('conductor', 'a', 'b');
    case 'transformer':
      return plain('transformer', 'p1', 'p2', 's1', 's2');
    case 'relay':
      return plain('relay', 'c1', 'c2', 'com', 'no', 'nc');
    case 'multimeter': {
      const mode = String(part.props.mode ?? 'off');
      const symbol = mode.startsWith('ohm') ? 'ohmmeter' : mode.startsWith('dcma') ? 'ammeter' : mode.startsWith('dcv') || mode.startsWith('acv') ? 'voltmeter' : null;
      return symbol ? plain(symbol, '+', '-') : null;
    }
    case 'ammeter':
    case 'voltmeter': {
      const used = METER_POSTS[part.kind].filter((post) => wired.has(`${part.id}.${post}`));
      return { symbol: part.kind, ends: { '+': used[0] ?? null, '-': '-' }, extra: used.slice(1) };
    }
    default:
      return null;
  }
}
