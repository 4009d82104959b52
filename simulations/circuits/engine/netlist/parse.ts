/**
 * SPICE netlist import, the subset documented in ../../model.md ("Netlists"):
 *
 *   title line (always the first line, as in SPICE)        * comment        ; or $ inline comment
 *   + continuation line                                     names and nodes are case-insensitive
 *   R C L V I D S W K element cards, .model (D, SW, CSW), .op, .tran, .options method=…, .end
 *   V/I values: [DC] v, PULSE(v1 v2 td tr tf pw per), SIN(vo va freq td theta phase), PWL(t1 v1 …); AC specs ignored
 *   numbers with SI suffixes T G MEG K M U N P F (M is milli), e.g. 4.7k 10u 2MEG
 *
 * A line outside the subset is refused with its line number and what was expected there (NetlistError).
 * .control … .endc blocks (ngspice scripts, not circuit) are skipped.
 */
import type { CircuitElement } from '../elements';
import type { DiodeModel } from '../diode-model';
import { validateElements, CircuitInputError } from '../validate';
import type { Waveform } from '../waveforms';
import { parseSpiceNumber } from './units';

export type NetlistAnalysis =
  | { kind: 'op' }
  | { kind: 'tran'; stepS: number; stopS: number; startS: number; maxStepS?: number; uic: boolean };

export interface Netlist {
  title: string;
  elements: CircuitElement[];
  analyses: NetlistAnalysis[];
  /** Integration method from `.options method=` (trap → trapezoidal, gear → gear2, euler → backwardEuler). */
  method?: 'trapezoidal' | 'gear2' | 'backwardEuler';
}

export class NetlistError extends Error {
  constructor(
    readonly line: number,
    readonly expected: string,
    found: string,
  ) {
    super(`line ${line}: expected ${expected}${found ? `, found ${JSON.stringify(found)}` : ''}`);
    this.name = 'NetlistError';
  }
}

interface Token {
  text: string;
  line: number;
}

/** Largest netlist accepted (characters): a bench circuit is far smaller; this bounds work on bad input. */
export const MAX_NETLIST_CHARS = 2_000_000;

interface ModelCard {
  type: 'd' | 'sw' | 'csw';
  params: Map<string, number>;
  line: number;
}

export function parseNetlist(text: string): Netlist {
  if (typeof text !== 'string') throw new NetlistError(1, 'netlist text', '');
  if (text.length > MAX_NETLIST_CHARS) throw new NetlistError(1, `a netlist of at most ${MAX_NETLIST_CHARS} characters`, `${text.length} characters`);
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const title = raw[0]?.trim() ?? '';
  // Logical lines: continuation lines (+) join the one before; comments and blank lines drop out.
  const logical: Token[][] = [];
  let inControl = false;
  for (let i = 1; i < raw.length; i++) {
    const lineNo = i + 1;
    let line = raw[i];
    const trimmed = line.trim();
    if (inControl) {
      if (/^\.endc\b/i.test(trimmed)) inControl = false;
      continue;
    }
    if (/^\.control\b/i.test(trimmed)) {
      inControl = true;
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('*')) continue;
    line = line.replace(/;.*$/, '').replace(/\s\$\s.*$/, '');
    const tokens = tokenize(line, lineNo);
    if (tokens.length === 0) continue;
    if (tokens[0].text.startsWith('+')) {
      if (logical.length === 0) throw new NetlistError(lineNo, 'an element or control line before a continuation line', trimmed);
      tokens[0] = { ...tokens[0], text: tokens[0].text.slice(1) };
      logical[logical.length - 1].push(...tokens.filter((t) => t.text !== ''));
      continue;
    }
    logical.push(tokens);
  }

  const models = new Map<string, ModelCard>();
  const cards: Token[][] = [];
  const analyses: NetlistAnalysis[] = [];
  let method: Netlist['method'];
  for (const toks of logical) {
    const head = toks[0].text.toLowerCase();
    if (head === '.end') break;
    if (head === '.model') {
      const m = parseModel(toks);
      models.set(m.name, m.card);
    } else if (head === '.op') {
      expectEnd(toks, 1, 'end of line after .op');
      analyses.push({ kind: 'op' });
    } else if (head === '.tran') {
      analyses.push(parseTran(toks));
    } else if (head === '.options' || head === '.option') {
      for (const [k, v] of pairs(toks.slice(1), 'option name=value')) {
        if (k.text.toLowerCase() !== 'method') continue;
        const m = v.text.toLowerCase();
        method = m === 'trap' || m === 'trapezoidal' ? 'trapezoidal' : m === 'gear' ? 'gear2' : m === 'euler' ? 'backwardEuler' : undefined;
        if (!method) throw new NetlistError(v.line, 'method=trap, gear or euler', v.text);
      }
    } else if (head.startsWith('.')) {
      throw new NetlistError(toks[0].line, 'one of .model .op .tran .options .end (the supported subset)', toks[0].text);
    } else {
      cards.push(toks);
    }
  }

  const elements: CircuitElement[] = [];
  const vsources = new Set<string>();
  for (const toks of cards) {
    const e = parseElement(toks, models);
    elements.push(e);
    if (e.kind === 'voltageSource') vsources.add(e.name.toLowerCase());
  }
  // References by name (K to L, W to V) are case-insensitive: point them at the names as written.
  const byLower = new Map(elements.map((e) => [e.name.toLowerCase(), e.name]));
  const seen = new Map<string, { line: number; name: string }>();
  for (const [i, e] of elements.entries()) {
    const line = cards[i][0].line;
    const lower = e.name.toLowerCase();
    const before = seen.get(lower);
    if (before) throw new NetlistError(line, `a name not used before (${before.name} is on line ${before.line})`, e.name);
    seen.set(lower, { line, name: e.name });
    if (e.kind === 'coupling') {
      e.inductors = e.inductors.map((n) => byLower.get(n.toLowerCase()) ?? n) as [string, string];
      for (const [j, n] of e.inductors.entries()) {
        const target = elements.find((x) => x.name === n);
        if (target?.kind !== 'inductor') throw new NetlistError(cards[i][2 + j].line, 'the name of an inductor (L…) in this netlist', n);
      }
    }
    if (e.kind === 'currentSwitch') {
      e.controlSource = byLower.get(e.controlSource.toLowerCase()) ?? e.controlSource;
      if (!vsources.has(e.controlSource.toLowerCase())) throw new NetlistError(cards[i][3].line, 'the name of a voltage source (V…) in this netlist', e.controlSource);
    }
  }
  const tran = analyses.find((a) => a.kind === 'tran');
  const withDefaults = tran ? applyTranDefaults(elements, tran.stepS, tran.stopS) : elements;
  try {
    validateElements(withDefaults);
  } catch (err) {
    if (!(err instanceof CircuitInputError)) throw err;
    const at = elements.findIndex((e) => e.name === err.element);
    throw new NetlistError(at >= 0 ? cards[at][0].line : 1, `${err.field}: ${err.allowed}`, err.element);
  }
  return { title, elements: withDefaults, analyses, method };
}

function tokenize(line: string, lineNo: number): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/[()=]|[^\s(),=]+/g)) out.push({ text: m[0], line: lineNo });
  return out;
}

function expectEnd(toks: Token[], at: number, expected: string): void {
  if (toks.length > at) throw new NetlistError(toks[at].line, expected, toks[at].text);
}

function num(t: Token | undefined, what: string, prev: Token): number {
  if (!t) throw new NetlistError(prev.line, what, '');
  const v = parseSpiceNumber(t.text);
  if (v === undefined || !Number.isFinite(v)) throw new NetlistError(t.line, what, t.text);
  return v;
}

function node(t: Token | undefined, what: string, prev: Token): string {
  if (!t || t.text === '(' || t.text === ')' || t.text === '=') throw new NetlistError(t?.line ?? prev.line, what, t?.text ?? '');
  if (t.text.includes('#')) throw new NetlistError(t.line, `${what} without "#"`, t.text);
  return t.text.toLowerCase() === 'gnd' ? '0' : t.text.toLowerCase();
}

/** name=value pairs (parentheses allowed around them). */
function pairs(toks: Token[], what: string): [Token, Token][] {
  const flat = toks.filter((t) => t.text !== '(' && t.text !== ')');
  const out: [Token, Token][] = [];
  for (let i = 0; i < flat.length; i += 3) {
    const [k, eq, v] = [flat[i], flat[i + 1], flat[i + 2]];
    if (eq?.text !== '=' || !v) throw new NetlistError((eq ?? k).line, what, (eq ?? k).text);
    out.push([k, v]);
  }
  return out;
}

function parseModel(toks: Token[]): { name: string; card: ModelCard } {
  const [, nameTok, typeTok] = toks;
  if (!nameTok) throw new NetlistError(toks[0].line, 'a model name after .model', '');
  if (!typeTok) throw new NetlistError(nameTok.line, 'a model type (D, SW or CSW)', '');
  // ".model d1 D(IS=…)" tokenizes the type and "(" apart; "D" alone is fine too.
  const type = typeTok.text.toLowerCase();
  if (type !== 'd' && type !== 'sw' && type !== 'csw') throw new NetlistError(typeTok.line, 'a model type D, SW or CSW', typeTok.text);
  const params = new Map<string, number>();
  for (const [k, v] of pairs(toks.slice(3), 'model parameter name=value')) {
    const value = parseSpiceNumber(v.text);
    if (value === undefined) throw new NetlistError(v.line, `a number for ${k.text}`, v.text);
    params.set(k.text.toLowerCase(), value);
  }
  const known: Record<ModelCard['type'], string[]> = { d: ['is', 'n', 'rs', 'bv', 'ibv'], sw: ['vt', 'vh', 'ron', 'roff'], csw: ['it', 'ih', 'ron', 'roff'] };
  for (const k of params.keys()) {
    if (!known[type].includes(k)) throw new NetlistError(typeTok.line, `${type.toUpperCase()} model parameters ${known[type].join(' ').toUpperCase()}`, k);
  }
  return { name: nameTok.text.toLowerCase(), card: { type, params, line: nameTok.line } };
}

function parseTran(toks: Token[]): NetlistAnalysis {
  const head = toks[0];
  const args = toks.slice(1);
  const uic = args.length > 0 && args[args.length - 1].text.toLowerCase() === 'uic';
  const nums = (uic ? args.slice(0, -1) : args).map((t, i) => num(t, ['the print step', 'the stop time', 'the start time', 'the largest internal step'][i] ?? 'end of line', head));
  if (nums.length < 2) throw new NetlistError(head.line, '.tran <step> <stop> [<start> [<max step>]] [uic]', toks.map((t) => t.text).join(' '));
  if (nums.length > 4) throw new NetlistError(args[4].line, 'end of line (or uic) after .tran’s four numbers', args[4].text);
  const [stepS, stopS, startS = 0, maxStepS] = nums;
  if (!(stepS > 0 && stopS > 0 && stopS > startS && startS >= 0)) throw new NetlistError(head.line, '.tran with step > 0 and stop > start ≥ 0', toks.map((t) => t.text).join(' '));
  if (stopS / Math.min(stepS, maxStepS ?? stepS) > 1e7) throw new NetlistError(head.line, 'at most 10 000 000 steps (stop / step)', `${stopS / stepS}`);
  return { kind: 'tran', stepS, stopS, startS, maxStepS, uic };
}

/** Value and waveform of a V or I card: [DC] v, PULSE(…), SIN(…), PWL(…), AC … (ignored). */
function parseSource(toks: Token[], from: number): { value: number; dcGiven: boolean; waveform?: Waveform } {
  let value = 0;
  let dcGiven = false;
  let waveform: Waveform | undefined;
  let i = from;
  while (i < toks.length) {
    const t = toks[i];
    const word = t.text.toLowerCase();
    if (word === 'dc') {
      value = num(toks[i + 1], 'a DC value after DC', t);
      dcGiven = true;
      i += 2;
    } else if (word === 'ac') {
      // Small-signal AC specification: no AC analysis here, so it is skipped (magnitude [phase]).
      i++;
      for (let k = 0; k < 2 && i < toks.length && parseSpiceNumber(toks[i].text) !== undefined; k++) i++;
    } else if (word === 'pulse' || word === 'sin' || word === 'pwl') {
      if (toks[i + 1]?.text !== '(') throw new NetlistError(t.line, `( after ${t.text.toUpperCase()}`, toks[i + 1]?.text ?? '');
      const close = toks.findIndex((x, k) => k > i && x.text === ')');
      if (close < 0) throw new NetlistError(t.line, `) to close ${t.text.toUpperCase()}(`, '');
      const args = toks.slice(i + 2, close).map((x) => num(x, `a number in ${t.text.toUpperCase()}()`, t));
      waveform = makeWaveform(word, args, t);
      i = close + 1;
    } else if (!dcGiven && parseSpiceNumber(t.text) !== undefined) {
      value = num(t, 'a value', t);
      dcGiven = true;
      i++;
    } else {
      throw new NetlistError(t.line, 'a value, DC v, PULSE(…), SIN(…), PWL(…) or AC', t.text);
    }
  }
  return { value, dcGiven, waveform };
}

function makeWaveform(kind: string, a: number[], at: Token): Waveform {
  const need = (min: number, max: number, form: string) => {
    if (a.length < min || a.length > max) throw new NetlistError(at.line, form, `${a.length} numbers`);
  };
  if (kind === 'pulse') {
    need(2, 7, 'PULSE(v1 v2 [td [tr [tf [pw [per]]]]]) with 2 to 7 numbers');
    // SPICE defaults (tr, tf: the print step; pw, per: the stop time) are filled in by applyTranDefaults.
    return { kind: 'pulse', initial: a[0], pulsed: a[1], delayS: a[2] ?? 0, riseS: a[3] ?? 0, fallS: a[4] ?? 0, widthS: a[5] ?? 0, periodS: a[6] ?? 0 };
  }
  if (kind === 'sin') {
    need(2, 6, 'SIN(vo va [freq [td [theta [phase]]]]) with 2 to 6 numbers');
    return { kind: 'sine', offset: a[0], amplitude: a[1], frequencyHz: a[2] ?? 0, delayS: a[3] ?? 0, dampingPerS: a[4] ?? 0, phaseDeg: a[5] ?? 0 };
  }
  if (a.length < 2 || a.length % 2 !== 0) throw new NetlistError(at.line, 'PWL(t1 v1 t2 v2 …) with pairs of numbers', `${a.length} numbers`);
  const points: [number, number][] = [];
  for (let i = 0; i < a.length; i += 2) points.push([a[i], a[i + 1]]);
  return { kind: 'pwl', points };
}

function parseElement(toks: Token[], models: Map<string, ModelCard>): CircuitElement {
  const [head] = toks;
  const name = head.text;
  const letter = name[0].toLowerCase();
  const n = (i: number, what: string) => node(toks[i], what, head);
  const value = (i: number, what: string) => num(toks[i], what, head);
  const keyword = (from: number) => {
    const out = new Map<string, Token>();
    for (const [k, v] of pairs(toks.slice(from), 'name=value')) out.set(k.text.toLowerCase(), v);
    return out;
  };
  const model = (i: number, type: ModelCard['type']) => {
    const t = toks[i];
    if (!t) throw new NetlistError(head.line, `a ${type.toUpperCase()} model name`, '');
    const m = models.get(t.text.toLowerCase());
    if (!m || m.type !== type) throw new NetlistError(t.line, `the name of a .model … ${type.toUpperCase()} in this netlist`, t.text);
    return m.params;
  };
  const onOff = (i: number) => {
    const t = toks[i];
    if (!t) return undefined;
    const w = t.text.toLowerCase();
    if (w !== 'on' && w !== 'off') throw new NetlistError(t.line, 'ON, OFF or end of line', t.text);
    expectEnd(toks, i + 1, 'end of line');
    return w === 'on';
  };
  switch (letter) {
    case 'r': {
      const e: CircuitElement = { kind: 'resistor', name, nodes: [n(1, 'node 1'), n(2, 'node 2')], resistanceOhm: value(3, 'a resistance') };
      expectEnd(toks, 4, 'end of line after the resistance');
      return e;
    }
    case 'c':
    case 'l': {
      const nodes: [string, string] = [n(1, 'node 1'), n(2, 'node 2')];
      const v = value(3, letter === 'c' ? 'a capacitance' : 'an inductance');
      const kw = keyword(4);
      for (const k of kw.keys()) if (k !== 'ic') throw new NetlistError(kw.get(k)!.line, 'IC=value or end of line', k);
      const ic = kw.has('ic') ? num(kw.get('ic'), 'a number after IC=', head) : undefined;
      return letter === 'c'
        ? { kind: 'capacitor', name, nodes, capacitanceF: v, ...(ic !== undefined ? { initialVoltageV: ic } : {}) }
        : { kind: 'inductor', name, nodes, inductanceH: v, ...(ic !== undefined ? { initialCurrentA: ic } : {}) };
    }
    case 'v':
    case 'i': {
      const nodes: [string, string] = [n(1, 'the + node'), n(2, 'the − node')];
      const s = parseSource(toks, 3);
      // Without a DC value the DC operating point uses the waveform at t = 0 (as SPICE does).
      const dc = s.dcGiven || !s.waveform ? s.value : initialValue(s.waveform);
      return letter === 'v'
        ? { kind: 'voltageSource', name, nodes, voltageV: dc, ...(s.waveform ? { waveform: s.waveform } : {}) }
        : { kind: 'currentSource', name, nodes, currentA: dc, ...(s.waveform ? { waveform: s.waveform } : {}) };
    }
    case 'd': {
      const p = model(3, 'd');
      expectEnd(toks, 4, 'end of line after the model name');
      const m: DiodeModel = { saturationCurrentA: p.get('is') ?? 1e-14, emissionCoefficient: p.get('n') ?? 1 };
      if (p.has('rs')) m.seriesResistanceOhm = p.get('rs');
      if (p.has('bv')) m.breakdownVoltageV = p.get('bv');
      if (p.has('ibv')) m.breakdownCurrentA = p.get('ibv');
      return { kind: 'diode', name, nodes: [n(1, 'the anode'), n(2, 'the cathode')], model: m };
    }
    case 's': {
      const p = model(5, 'sw');
      const on = onOff(6);
      return {
        kind: 'voltageSwitch',
        name,
        nodes: [n(1, 'node 1'), n(2, 'node 2'), n(3, 'the control + node'), n(4, 'the control − node')],
        thresholdV: p.get('vt') ?? 0,
        hysteresisV: Math.abs(p.get('vh') ?? 0),
        onResistanceOhm: p.get('ron') ?? 1,
        offResistanceOhm: p.get('roff') ?? 1e12,
        ...(on !== undefined ? { initiallyOn: on } : {}),
      };
    }
    case 'w': {
      const ctrl = toks[3];
      if (!ctrl) throw new NetlistError(head.line, 'the controlling voltage source', '');
      const p = model(4, 'csw');
      const on = onOff(5);
      return {
        kind: 'currentSwitch',
        name,
        nodes: [n(1, 'node 1'), n(2, 'node 2')],
        controlSource: ctrl.text,
        thresholdA: p.get('it') ?? 0,
        hysteresisA: Math.abs(p.get('ih') ?? 0),
        onResistanceOhm: p.get('ron') ?? 1,
        offResistanceOhm: p.get('roff') ?? 1e12,
        ...(on !== undefined ? { initiallyOn: on } : {}),
      };
    }
    case 'k': {
      const [l1, l2] = [toks[1], toks[2]];
      if (!l1 || !l2) throw new NetlistError(head.line, 'two inductor names and a coupling coefficient', '');
      const k = value(3, 'a coupling coefficient 0 < k ≤ 1');
      expectEnd(toks, 4, 'end of line after the coupling coefficient');
      return { kind: 'coupling', name, inductors: [l1.text, l2.text], coefficient: k };
    }
    default:
      throw new NetlistError(head.line, 'an element name starting with R, C, L, V, I, D, S, W or K', name);
  }
}

function initialValue(w: Waveform): number {
  switch (w.kind) {
    case 'pulse':
      return w.initial;
    case 'sine':
      return w.offset + w.amplitude * Math.sin((w.phaseDeg * Math.PI) / 180);
    case 'pwl':
      return w.points[0][1];
  }
}

/**
 * SPICE's defaults that depend on the analysis: PULSE rise/fall default to the print step, width and period
 * to the stop time; SIN frequency to 1/stop. Applied when a .tran is known.
 */
export function applyTranDefaults(elements: CircuitElement[], stepS: number, stopS: number): CircuitElement[] {
  return elements.map((e) => {
    if ((e.kind !== 'voltageSource' && e.kind !== 'currentSource') || !e.waveform) return e;
    const w = e.waveform;
    if (w.kind === 'pulse') {
      return { ...e, waveform: { ...w, riseS: w.riseS || stepS, fallS: w.fallS || stepS, widthS: w.widthS || stopS, periodS: w.periodS || stopS } };
    }
    if (w.kind === 'sine' && w.frequencyHz === 0) return { ...e, waveform: { ...w, frequencyHz: 1 / stopS } };
    return e;
  });
}
