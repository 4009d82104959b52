/**
 * The circuit in words, for screen readers and the description panel: each part with its state ("switch
 * S1, closed"; "ammeter A1 on its 0.6 A posts"), then how parts are joined ("bulb L1 in series with switch
 * S1"; "voltmeter V1 in parallel with bulb L1"), unwired parts, and what the engine says (an open circuit,
 * a short, a pinned meter). Series: two parts share a junction that nothing else touches. Parallel: two
 * parts share both their junctions.
 */
import type { ViewI18n } from '../view';
import type { BenchModel } from '../bench/bench-model';
import type { BenchDiagnostic } from '../bench/engine';
import type { PartCatalog } from '../bench/part';
import { visiblePart } from '../bench/audience';
import { buildNets } from '../bench/nets';
import type { Setup, SetupPart } from '../bench/setup';
import { pointerFor, AMMETER_SCALES, VOLTMETER_SCALES } from '../bench/instruments/analog-meter';
import { circuitParts } from './parts';
import { galvanometerFullScaleA } from './parts/galvanometer';
import { schematicSymbols } from './schematic/symbols';

const k = (s: string) => `circuits.describe.${s}`;

/** The part's name as a student says it: "bulb L1". */
export function partName(p: SetupPart, i18n: ViewI18n): string {
  return `${i18n.t(circuitParts.get(p.kind).labelKey)} ${p.id}`;
}

/** The part's state in a few words, or '' (mystery values are not in `p.props` for a student). */
export function partState(p: SetupPart, model: BenchModel | null, i18n: ViewI18n): string {
  const t = i18n.t;
  const n = (prop: string, unit: string) => (typeof p.props[prop] === 'number' ? `${i18n.number(p.props[prop] as number, 4)} ${unit}` : '');
  switch (p.kind) {
    case 'switch':
      return t(p.props.closed ? k('closed') : k('open'));
    case 'two-way-switch':
      return t(k('position'), { position: String(p.props.position ?? 'a') });
    case 'cell':
      return n('emfV', 'V');
    case 'battery-pack':
      return t(k('cells'), { n: String(p.props.cellCount ?? '?') });
    case 'dc-supply':
      return n('voltageV', 'V');
    case 'student-supply':
      return p.props.on === true ? t(k('supplyOn'), { volts: i18n.number(Number(p.props.voltageV), 3) }) : t(k('supplyOff'));
    case 'demountable-transformer': {
      const yoke = t(p.props.yoke === false ? k('yokeOff') : k('yokeOn'));
      const n1 = model?.engine.value(p.id, 'primaryTurns') ?? NaN, n2 = model?.engine.value(p.id, 'secondaryTurns') ?? NaN;
      return Number.isFinite(n1) && Number.isFinite(n2) ? t(k('windings'), { yoke, n1, n2 }) : yoke;
    }
    case 'resistor':
    case 'resistance-box':
      return n('resistanceOhm', 'Ω');
    case 'rheostat':
      return typeof p.props.sliderFraction === 'number' ? t(k('slider'), { percent: Math.round(p.props.sliderFraction * 100) }) : '';
    case 'bulb': {
      const b = model?.engine.value(p.id, 'brightness') ?? NaN;
      return Number.isFinite(b) ? t(b > 0.05 ? k('lit') : k('dark')) : '';
    }
    case 'fuse':
      return model?.engine.value(p.id, 'blown') === 1 ? t(k('blown')) : '';
    case 'ammeter':
    case 'voltmeter': {
      const range = model?.engine.value(p.id, 'range') ?? NaN;
      if (!Number.isFinite(range)) return t(k('meterUnwired'));
      const unit = p.kind === 'ammeter' ? 'A' : 'V';
      const reading = model?.engine.value(p.id, p.kind === 'ammeter' ? 'readingA' : 'readingV') ?? NaN;
      const scale = (p.kind === 'ammeter' ? AMMETER_SCALES : VOLTMETER_SCALES)[String(range)];
      const status = scale ? pointerFor(reading, scale).status : 'none';
      const posts = t(k('meterRange'), { range: i18n.number(range, 2), unit });
      return status === 'overrange' || status === 'reversed' ? `${posts}, ${t(k(status))}` : posts;
    }
    case 'solenoid':
      return [p.props.ironCore === true ? t(k('ironCore')) : t(k('airCore')), typeof p.props.turns === 'number' ? t(k('turns'), { n: p.props.turns }) : ''].filter(Boolean).join(', ');
    case 'resistance-wire':
      return [typeof p.props.material === 'string' ? t(`circuits.material.${p.props.material}`) : '', typeof p.props.lengthM === 'number' ? t(k('clipAt'), { cm: i18n.number(p.props.lengthM * 100, 4) }) : ''].filter(Boolean).join(', ');
    case 'photoresistor':
      return typeof p.props.illuminanceLux === 'number' ? `${i18n.number(p.props.illuminanceLux, 4)} lx` : '';
    case 'relay': {
      const on = model?.engine.value(p.id, 'energised');
      return on === 1 ? t(k('relayOn')) : on === 0 ? t(k('relayOff')) : '';
    }
    case 'capacitor':
      return n('capacitanceUF', 'µF');
    case 'current-sensor': {
      const ma = model?.engine.value(p.id, 'readingMA') ?? NaN;
      return Number.isFinite(ma) ? t(k('sensorShows'), { value: i18n.number(Math.abs(ma) < 0.005 ? 0 : ma, 3) }) : '';
    }
    case 'coil':
      return typeof p.props.turns === 'number' ? t(k('turns'), { n: p.props.turns }) : '';
    case 'compass': {
      const bearing = model?.engine.value(p.id, 'bearingDeg') ?? NaN;
      return Number.isFinite(bearing) ? t(k('needle'), { direction: t(k(`dir.${COMPASS_POINTS[Math.round(bearing / 45) % 8]}`)) }) : '';
    }
    case 'u-magnet':
      return t(p.props.northPole === 'down' ? k('northDown') : k('northUp'));
    case 'conductor-rod':
      return p.props.level === 'up' || p.props.level === 'down' ? t(`circuits.level.${p.props.level}`) : '';
    case 'multimeter':
      return t(`circuits.selector.${String(p.props.mode)}`);
    case 'galvanometer': {
      const a = model?.engine.value(p.id, 'readingA') ?? NaN;
      // Within half a small division of zero a student sees the pointer at zero.
      const half = galvanometerFullScaleA(p.props) / 60;
      return !Number.isFinite(a) || Math.abs(a) < half ? t(k('pointerZero')) : t(a > 0 ? k('pointerRight') : k('pointerLeft'));
    }
    default:
      return '';
  }
}

const COMPASS_POINTS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;

export function describeCircuit(setup: Setup, model: BenchModel, i18n: ViewI18n, audience: 'student' | 'teacher'): string {
  return describeSetup(setup, circuitParts, i18n, audience, { state: (p) => partState(p, model, i18n), diagnostics: model.diagnostics(), onTableKey: k('onTable') });
}

/** A circuit diagram in words: the symbols with their switches' positions, then what is in series or parallel. */
export function describeDiagram(setup: Setup, _model: BenchModel, i18n: ViewI18n, audience: 'student' | 'teacher'): string {
  const state = (p: SetupPart) => (p.kind === 'switch' || p.kind === 'two-way-switch' ? partState(p, null, i18n) : '');
  return describeSetup(setup, schematicSymbols, i18n, audience, { state, diagnostics: [], onTableKey: k('onPaper') });
}

function describeSetup(
  setup: Setup,
  catalog: PartCatalog,
  i18n: ViewI18n,
  audience: 'student' | 'teacher',
  how: { state: (p: SetupPart) => string; diagnostics: BenchDiagnostic[]; onTableKey: string },
): string {
  const t = i18n.t;
  const partName = (p: SetupPart, i18n: ViewI18n) => `${i18n.t(catalog.get(p.kind).labelKey)} ${p.id}`;
  // A student's copy of each part: mystery values are not there to be told.
  const parts = setup.parts.filter((p) => audience === 'teacher' || !p.hidden).map((p) => visiblePart(p, audience));
  if (!parts.length) return t(k('empty'));
  const shown = new Set(parts.map((p) => p.id));
  const nets = buildNets(setup, catalog);
  const wired = new Set(setup.links.flatMap((l) => [`${l.from.part}.${l.from.terminal}`, `${l.to.part}.${l.to.terminal}`]));
  const byId = new Map(parts.map((p) => [p.id, p]));
  const name = (id: string) => partName(byId.get(id)!, i18n);
  const sentences: string[] = [];

  const list = parts.map((p) => {
    const state = how.state(p);
    return state ? `${partName(p, i18n)} (${state})` : partName(p, i18n);
  });
  sentences.push(t(how.onTableKey, { list: list.join(t(k('sep.item'))) }));

  // The junctions each part touches through its wired terminals.
  const junctions = new Map<string, number[]>();
  for (const p of parts) {
    const js = catalog
      .get(p.kind)
      .terminals.filter((term) => wired.has(`${p.id}.${term.name}`))
      .map((term) => nets.netOf({ part: p.id, terminal: term.name }));
    junctions.set(p.id, [...new Set(js)].sort((a, b) => a - b));
  }
  const partsAt = (net: number) => [...new Set(nets.members[net].filter((m) => shown.has(m.part) && wired.has(`${m.part}.${m.terminal}`)).map((m) => m.part))];

  const said = new Set<string>();
  const pairs: string[] = [];
  const ids = parts.map((p) => p.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = junctions.get(ids[i])!, b = junctions.get(ids[j])!;
      if (a.length < 2 || b.length < 2) continue;
      const shared = a.filter((x) => b.includes(x));
      const key = `${ids[i]}|${ids[j]}`;
      if (shared.length >= 2 && a.length === 2 && b.length === 2) {
        pairs.push(t(k('parallel'), { a: name(ids[i]), b: name(ids[j]) }));
        said.add(key);
      } else if (shared.length === 1 && partsAt(shared[0]).length === 2) {
        pairs.push(t(k('series'), { a: name(ids[i]), b: name(ids[j]) }));
        said.add(key);
      }
    }
  }
  if (pairs.length) sentences.push(pairs.join(t(k('sep.clause'))));
  // Parts without posts (a compass, a magnet) are not waiting for wires.
  const loose = parts.filter((p) => junctions.get(p.id)!.length === 0 && catalog.get(p.kind).terminals.length > 0).map((p) => partName(p, i18n));
  if (loose.length) sentences.push(t(k('unwired'), { list: loose.join(t(k('sep.item'))) }));
  for (const d of how.diagnostics) {
    if (d.parts.some((id) => !shown.has(id))) continue;
    sentences.push(t(d.key, { ...d.vars, parts: d.parts.map((id) => (byId.has(id) ? name(id) : id)).join(', ') }));
  }
  // Punctuation is the language's: '. ' and '; ' in English, '。' and '；' in Chinese.
  return sentences.join(t(k('sep.sentence'))) + t(k('sep.end'));
}
