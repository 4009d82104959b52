/**
 * What a part is, independent of any bench: its kind, how it is labelled, its typed properties (the same
 * `ParamSpec` the lab frame's controls use, so one validation decides for sliders, setups and the CLI), its
 * terminals (where wires attach, in the part's own metres) and its size on the table.
 * Behaviour (a bulb's resistance law, a meter's ranges) lives in the bench's engine, keyed by `kind`:
 * adding a part to a bench is adding one file under `<bench>/parts/` that exports a `PartDefinition`.
 */
import { defaultParams, parseParam, type ParamSpec, type ParamValue, type ParamValues } from '../core/params';
import type { RuleParams, SetupRule } from './setup-shape';

export interface TerminalDefinition {
  /** Stable name used in links (`from: { part: 'A1', terminal: '0.6' }`). */
  name: string;
  /** Position in the part's own frame, metres, before rotation (x right, y down, origin at the centre). */
  xM: number;
  yM: number;
  /** i18n key naming the terminal for screen readers ("positive terminal"). */
  labelKey: string;
  /** Polarity marking, for meters and cells: students must respect it. */
  polarity?: '+' | '-';
  /**
   * For benches where things hang (placement.ts): a `hook` carries what is linked below it, a `ring` is where
   * the part itself hangs from. A part whose ring is linked to a hook hangs straight below it.
   */
  hang?: 'hook' | 'ring';
}

/** A flat place on top of a part where others can rest (a balance pan, a vessel's inside bottom), in the part's own metres. */
export interface SurfaceDefinition {
  name: string;
  /** Centre of the surface and its width, before rotation (y down: the surface is at yM). */
  xM: number;
  yM: number;
  widthM: number;
}

/**
 * A straight track other parts sit on and slide along: an optical bench's rail (光具座), a lever's row of
 * holes, a dynamics track. In the part's own frame, metres. Parts whose `mountsOn` names `holds` snap onto
 * the nearest track within reach, turn with it, and move and turn with the track's part.
 */
export interface TrackDefinition {
  x0M: number;
  y0M: number;
  x1M: number;
  y1M: number;
  /** What sits on it: parts whose `mountsOn` is this name ('optical-holder'). */
  holds: string;
}

export interface PartDefinition {
  kind: string;
  /** Which bench the part belongs to (`circuits`, later `optics`, `mechanics`, `wet`). */
  bench: string;
  /** i18n key of the part's name ("resistor"). */
  labelKey: string;
  /** Letter(s) of new ids: R1, R2 … (the textbook's convention: L for bulbs, S for switches). */
  idPrefix: string;
  /** Footprint on the table, metres (before rotation). */
  widthM: number;
  heightM: number;
  /** Typed properties with units and ranges; `name` is the property key in the setup. */
  props: ParamSpec[];
  terminals: TerminalDefinition[];
  /** Properties a student changes while the experiment runs (a switch, a rheostat slider), shown on the part itself. */
  liveProps?: string[];
  /**
   * A student tips this part about a point of its own (a test tube about its mouth, to pour from it): the inspector
   * gives it a tilt control, keyboard and pointer alike, that turns it about that point (editor.turnAbout), so the
   * point stays where it was held. `labelKey` names the control; upright is the turn that puts the point straight
   * above the centre.
   */
  tip?: { aboutXM: number; aboutYM: number; labelKey: string };
  /** This part is a track others sit on (see TrackDefinition). */
  track?: TrackDefinition;
  /** This part sits on tracks that hold this name: dropped near one it snaps onto it. */
  mountsOn?: string;
  /**
   * The part falls when put down until it rests on a surface below it or the table's bottom edge (benches
   * drawn from the side, placement.ts); parts without it stay where they are put (held by a hand, clamped).
   */
  rests?: boolean;
  /** Where other parts can rest on it; `'top'` is the top edge of its footprint, whichever way it is turned. */
  surfaces?: (SurfaceDefinition | 'top')[];
}

/** A value its property does not take, as the rule setup_bad_value. */
const valueProblem = (v: unknown, allowed: string): PropError['problem'] => ({ rule: 'setup_bad_value', params: { value: JSON.stringify(v)?.slice(0, 40) ?? String(v), allowed } });

export interface PropError {
  prop: string;
  message: string;
  /** The rule broken and its values (setup-shape.ts SETUP_RULES), for words in the reader's language. */
  problem: { rule: SetupRule; params: RuleParams };
}

/** The parts of one bench, by kind. */
export class PartCatalog {
  private readonly byKind = new Map<string, PartDefinition>();

  constructor(
    readonly bench: string,
    definitions: readonly PartDefinition[],
    /** Settings of the whole bench (the mechanics bench's g), carried in `setup.settings`. */
    readonly settings: readonly ParamSpec[] = [],
  ) {
    for (const d of definitions) {
      if (d.bench !== bench) throw new Error(`part '${d.kind}' belongs to bench '${d.bench}', not '${bench}'`);
      if (this.byKind.has(d.kind)) throw new Error(`part kind '${d.kind}' is defined twice`);
      const names = new Set(d.terminals.map((t) => t.name));
      if (names.size !== d.terminals.length) throw new Error(`part '${d.kind}' has two terminals with one name`);
      this.byKind.set(d.kind, d);
    }
  }

  /** Whether any part falls, carries others or hangs: the editor then arranges parts after each edit. */
  get usesPlacement(): boolean {
    return this.definitions.some((d) => d.rests || d.surfaces?.length || d.terminals.some((t) => t.hang));
  }

  settingSpec(name: string): ParamSpec | undefined {
    return this.settings.find((s) => s.name === name);
  }

  /** Validate a setup's settings: unknown names and bad values are errors; missing ones take defaults. */
  validateSettings(raw: Record<string, unknown>): { ok: true; values: ParamValues } | { ok: false; errors: PropError[] } {
    const values = defaultParams(this.settings);
    const errors: PropError[] = [];
    for (const [name, v] of Object.entries(raw)) {
      const spec = this.settingSpec(name);
      if (!spec) {
        const allowed = this.settings.map((p) => p.name).join(', ');
        errors.push({ prop: name, message: `unknown setting '${name}' of the ${this.bench} bench; settings: ${allowed || 'none'}`, problem: { rule: 'setup_unknown_setting', params: { value: name, bench: this.bench, allowed: allowed || '—' } } });
        continue;
      }
      const r = parseParam(spec, v);
      if (r.ok) values[name] = r.value;
      else errors.push({ prop: name, message: r.error.message, problem: valueProblem(v, r.error.allowed) });
    }
    return errors.length ? { ok: false, errors } : { ok: true, values };
  }

  get kinds(): string[] {
    return [...this.byKind.keys()];
  }

  get definitions(): PartDefinition[] {
    return [...this.byKind.values()];
  }

  find(kind: string): PartDefinition | undefined {
    return this.byKind.get(kind);
  }

  get(kind: string): PartDefinition {
    const d = this.byKind.get(kind);
    if (!d) throw new Error(`unknown part kind '${kind}'; parts of the ${this.bench} bench: ${this.kinds.join(', ')}`);
    return d;
  }

  defaultProps(kind: string): ParamValues {
    return defaultParams(this.get(kind).props);
  }

  propSpec(kind: string, prop: string): ParamSpec | undefined {
    return this.get(kind).props.find((p) => p.name === prop);
  }

  /** Validate a part's whole property set: unknown keys and bad values are errors; missing ones take defaults. */
  validateProps(kind: string, raw: Record<string, unknown>): { ok: true; values: ParamValues } | { ok: false; errors: PropError[] } {
    const def = this.get(kind);
    const values = defaultParams(def.props);
    const errors: PropError[] = [];
    for (const [name, v] of Object.entries(raw)) {
      const spec = def.props.find((p) => p.name === name);
      if (!spec) {
        const allowed = def.props.map((p) => p.name).join(', ');
        errors.push({ prop: name, message: `unknown property '${name}' of ${kind}; properties: ${allowed || 'none'}`, problem: { rule: 'setup_unknown_property', params: { value: name, kind, allowed: allowed || '—' } } });
        continue;
      }
      const r = parseParam(spec, v);
      if (r.ok) values[name] = r.value;
      else errors.push({ prop: name, message: r.error.message, problem: valueProblem(v, r.error.allowed) });
    }
    return errors.length ? { ok: false, errors } : { ok: true, values };
  }

  /** Parse one property value (from a field, a preset parameter, the CLI). */
  parseProp(kind: string, prop: string, raw: unknown): { ok: true; value: ParamValue } | { ok: false; message: string } {
    const spec = this.propSpec(kind, prop);
    if (!spec) return { ok: false, message: `unknown property '${prop}' of ${kind}` };
    const r = parseParam(spec, raw);
    return r.ok ? r : { ok: false, message: r.error.message };
  }
}

/** A terminal's position on the table, metres, for a part at (xM, yM) turned by rotDeg (clockwise on screen, y down). */
export function terminalPositionM(def: PartDefinition, terminal: string, part: { xM: number; yM: number; rotDeg: number }): { xM: number; yM: number } {
  const t = def.terminals.find((x) => x.name === terminal);
  if (!t) throw new Error(`${def.kind} has no terminal '${terminal}'`);
  const a = (part.rotDeg * Math.PI) / 180;
  const c = Math.cos(a), s = Math.sin(a);
  return { xM: part.xM + t.xM * c - t.yM * s, yM: part.yM + t.xM * s + t.yM * c };
}
