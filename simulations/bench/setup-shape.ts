/**
 * The shape of a setup's JSON, checked by hand: every rule of the structure (which keys, their types,
 * ranges, patterns and sizes) is here, and each error names its field path (`parts[2].xM`, `links[0]`)
 * and what is allowed. The meaning (known kinds, properties, terminals) is checked in setup.ts after it.
 *
 * Not zod: a bench page parses its preset's setup while it opens, and zod's 25 KB (gzip) on that path
 * cost about 100 ms of a 2 Mbit/s link and 60–80 ms of evaluation at 4× CPU (issue #22, item 3).
 */
import { fillPlaceholders } from '../core/placeholders';
import { MAX_LINKS, MAX_PARTS, SETUP_VERSION } from './setup-limits';

/**
 * The rules a setup can break, by stable name, with their English sentence (`{name}` marks a value). A problem
 * names its rule and values, so the app says it in the reader's language (src/i18n/{en,zh-CN}/errors.json,
 * `errors.rule.<rule>`; a value named `expected` or `got` is a type word, `errors.type.<word>`); its `message`
 * stays the English sentence, for API users and as the fallback. A name once given stays.
 */
export const SETUP_RULES = {
  setup_wrong_type: 'expected {expected}, got {got}',
  setup_unknown_keys: 'unknown keys {keys}; allowed: {allowed}',
  setup_text_too_short: 'expected at least {min} characters',
  setup_text_too_long: 'expected at most {max} characters, got {got}',
  setup_id: 'expected an id: a letter, then up to 23 letters, digits, _ or -, got "{value}"',
  setup_part_kind: 'expected a part kind: lowercase letters, digits and -, got "{value}"',
  setup_bench_name: 'expected a bench name: lowercase letters, digits and -, up to 40, got "{value}"',
  setup_tool_name: 'expected a tool name: a lowercase letter, then letters, digits and -, up to 40, got "{value}"',
  setup_number_range: 'expected a number from {min} to {max}, got {got}',
  setup_number_range_below: 'expected a number from {min} to below {max}, got {got}',
  setup_list_too_long: 'expected at most {max} items, got {got}',
  setup_version: 'expected version {expected}, got {value}',
  setup_unknown_version: 'unknown setup version {value}; this app reads versions 1 … {latest}',
  setup_not_json: 'not JSON',
  setup_file_too_large: 'the file is larger than {max} bytes',
  setup_link_unreadable: 'the link does not hold a setup',
  setup_wrong_bench: "this is a '{value}' setup; expected '{expected}'",
  setup_id_twice: "id '{value}' is used twice",
  setup_unknown_kind: "unknown part kind '{value}'; allowed: {allowed}",
  setup_no_property: "{kind} has no property '{value}'; properties: {allowed}",
  setup_no_part: "no part '{value}' on the bench",
  setup_no_terminal: "{kind} {part} has no terminal '{value}'; terminals: {allowed}",
  setup_same_terminal: 'a wire must join two different terminals',
  setup_unknown_property: "unknown property '{value}' of {kind}; properties: {allowed}",
  setup_unknown_setting: "unknown setting '{value}' of the {bench} bench; settings: {allowed}",
  setup_bad_value: '{value} is not allowed; allowed: {allowed}',
  mystery_no_part: "no part '{value}' in the setup; parts: {allowed}",
  mystery_not_mystery: "'{value}' of {part} is not a mystery in the setup; its mysteries: {allowed}",
  mystery_two_ranges: '{value} has two ranges',
  mystery_not_number: '{value} is not a number',
  mystery_max_below_min: 'max ({max}) must be above min ({min})',
  mystery_outside: 'the range must lie within {min} … {max} {unit}',
} as const satisfies Record<string, string>;
export type SetupRule = keyof typeof SETUP_RULES;
export type RuleParams = Record<string, string | number>;

export interface ShapeError {
  field: string;
  /** The English sentence. */
  message: string;
  /** The rule broken and its values, for words in the reader's language (absent: only the English is known). */
  rule?: SetupRule;
  params?: RuleParams;
}

/** A problem whose English is its rule's sentence with the values filled in. */
export function ruledProblem(field: string, rule: SetupRule, params: RuleParams = {}): ShapeError {
  const message = fillPlaceholders(SETUP_RULES[rule], params);
  return { field, message, rule, params };
}

/** The type word of a value (errors.type.<word>), as zod names types. */
export function typeWord(v: unknown): string {
  return v === undefined ? 'undefined' : v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : typeof v === 'number' && !Number.isFinite(v) ? 'nan' : typeof v;
}

type Path = readonly (string | number)[];

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(setup)';
}

const ID = { pattern: /^[A-Za-z][A-Za-z0-9_-]{0,23}$/, what: 'an id: a letter, then up to 23 letters, digits, _ or -', rule: 'setup_id' } as const;
const KIND = { pattern: /^[a-z][a-z0-9-]{0,39}$/, what: 'a part kind: lowercase letters, digits and -', rule: 'setup_part_kind' } as const;
const BENCH = { pattern: /^[a-z][a-z0-9-]{0,39}$/, what: 'a bench name: lowercase letters, digits and -, up to 40', rule: 'setup_bench_name' } as const;
const TOOL = { pattern: /^[a-z][a-zA-Z0-9-]{0,39}$/, what: 'a tool name: a lowercase letter, then letters, digits and -, up to 40', rule: 'setup_tool_name' } as const;

const describe = (v: unknown) => (v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `the text ${JSON.stringify(v.slice(0, 40))}` : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`);

/** Collects the errors of one setup. */
class ShapeCheck {
  readonly errors: ShapeError[] = [];

  fail(path: Path, message: string, rule?: SetupRule, params: RuleParams = {}): false {
    this.errors.push(rule ? { field: fieldPath(path), message, rule, params } : { field: fieldPath(path), message });
    return false;
  }

  /** `v` is not of the type expected (`expected` a type word, errors.type.<word>). */
  wrongType(path: Path, v: unknown, what: string, expected: string): false {
    return this.fail(path, `expected ${what}, got ${describe(v)}`, 'setup_wrong_type', { expected, got: typeWord(v) });
  }

  /** An object with only the keys allowed; `required` keys must be there (their values are checked by the caller). */
  object(v: unknown, path: Path, allowed: readonly string[]): v is Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.wrongType(path, v, 'an object', 'object');
    const extra = Object.keys(v).filter((k) => !allowed.includes(k));
    if (extra.length) {
      const keys = extra.map((k) => `'${k}'`).join(', ');
      this.fail(path, `unknown key${extra.length > 1 ? 's' : ''} ${keys}; allowed: ${allowed.join(', ')}`, 'setup_unknown_keys', { keys, allowed: allowed.join(', ') });
    }
    return true;
  }

  text(v: unknown, path: Path, rule: { max?: number; min?: number; pattern?: RegExp; what?: string; rule?: SetupRule } = {}): boolean {
    if (typeof v !== 'string') return this.wrongType(path, v, rule.what ?? 'text', 'string');
    if (rule.min !== undefined && v.length < rule.min) return this.fail(path, `expected at least ${rule.min} character${rule.min > 1 ? 's' : ''}`, 'setup_text_too_short', { min: rule.min });
    if (rule.max !== undefined && v.length > rule.max) return this.fail(path, `expected at most ${rule.max} characters, got ${v.length}`, 'setup_text_too_long', { max: rule.max, got: v.length });
    if (rule.pattern && !rule.pattern.test(v)) return this.fail(path, `expected ${rule.what ?? rule.pattern.source}, got ${describe(v)}`, rule.rule, { value: v.slice(0, 40) });
    return true;
  }

  number(v: unknown, path: Path, min: number, max: number, maxIncluded = true): boolean {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.wrongType(path, v, 'a finite number', 'number');
    if (v < min || (maxIncluded ? v > max : v >= max)) return this.fail(path, `expected a number from ${min} to ${maxIncluded ? '' : 'below '}${max}, got ${v}`, maxIncluded ? 'setup_number_range' : 'setup_number_range_below', { min, max, got: v });
    return true;
  }

  boolean(v: unknown, path: Path): boolean {
    return typeof v === 'boolean' || this.wrongType(path, v, 'true or false', 'boolean');
  }

  /** A list of at most `max` items, each checked by `item`. */
  list(v: unknown, path: Path, max: number, item: (x: unknown, path: Path) => void): boolean {
    if (!Array.isArray(v)) return this.wrongType(path, v, 'a list', 'array');
    if (v.length > max) return this.fail(path, `expected at most ${max} items, got ${v.length}`, 'setup_list_too_long', { max, got: v.length });
    v.forEach((x, i) => item(x, [...path, i]));
    return true;
  }

  /** Property values (a part's props, the bench's settings): names up to 40 characters; a finite number, text up to 200 characters, or true/false. */
  values(v: unknown, path: Path): boolean {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.wrongType(path, v, 'an object of values', 'object');
    for (const [k, x] of Object.entries(v)) {
      if (k.length > 40) this.fail([...path, k], 'a property name has at most 40 characters', 'setup_text_too_long', { max: 40, got: k.length });
      const ok = (typeof x === 'number' && Number.isFinite(x)) || (typeof x === 'string' && x.length <= 200) || typeof x === 'boolean';
      if (!ok) this.wrongType([...path, k], x, 'a finite number, text up to 200 characters, or true/false', 'property_value');
    }
    return true;
  }

  optional(o: Record<string, unknown>, key: string, check: (v: unknown) => unknown): void {
    if (o[key] !== undefined) check(o[key]);
  }
}

const PART_KEYS = ['id', 'kind', 'xM', 'yM', 'rotDeg', 'props', 'locked', 'hidden', 'mystery'] as const;
const LINK_KEYS = ['id', 'from', 'to', 'locked'] as const;
const TERMINAL_KEYS = ['part', 'terminal'] as const;
const SETUP_KEYS = ['version', 'bench', 'title', 'parts', 'links', 'hiddenTools', 'hiddenMeasurements', 'settings'] as const;

function checkPart(c: ShapeCheck, p: unknown, path: Path): void {
  if (!c.object(p, path, PART_KEYS)) return;
  c.text(p.id, [...path, 'id'], ID);
  c.text(p.kind, [...path, 'kind'], KIND);
  c.number(p.xM, [...path, 'xM'], -100, 100);
  c.number(p.yM, [...path, 'yM'], -100, 100);
  c.number(p.rotDeg, [...path, 'rotDeg'], 0, 360, false);
  c.values(p.props, [...path, 'props']);
  c.optional(p, 'locked', (v) => c.boolean(v, [...path, 'locked']));
  c.optional(p, 'hidden', (v) => c.boolean(v, [...path, 'hidden']));
  c.optional(p, 'mystery', (v) => c.list(v, [...path, 'mystery'], 20, (m, at) => c.text(m, at, { max: 40, what: 'a property name' })));
}

function checkTerminal(c: ShapeCheck, t: unknown, path: Path): void {
  if (!c.object(t, path, TERMINAL_KEYS)) return;
  c.text(t.part, [...path, 'part'], ID);
  c.text(t.terminal, [...path, 'terminal'], { min: 1, max: 24, what: 'a terminal name' });
}

function checkLink(c: ShapeCheck, l: unknown, path: Path): void {
  if (!c.object(l, path, LINK_KEYS)) return;
  c.text(l.id, [...path, 'id'], ID);
  checkTerminal(c, l.from, [...path, 'from']);
  checkTerminal(c, l.to, [...path, 'to']);
  c.optional(l, 'locked', (v) => c.boolean(v, [...path, 'locked']));
}

/** The structure of a current-version setup (setup.ts's `Setup`): the errors, none when it is well shaped. */
export function setupShapeErrors(s: unknown): ShapeError[] {
  const c = new ShapeCheck();
  if (!c.object(s, [], SETUP_KEYS)) return c.errors;
  if (s.version !== SETUP_VERSION) c.fail(['version'], `expected ${SETUP_VERSION}, got ${describe(s.version)}`, 'setup_version', { expected: SETUP_VERSION, value: String(s.version) });
  c.text(s.bench, ['bench'], BENCH);
  c.optional(s, 'title', (v) => c.text(v, ['title'], { max: 200 }));
  c.list(s.parts, ['parts'], MAX_PARTS, (p, at) => checkPart(c, p, at));
  c.list(s.links, ['links'], MAX_LINKS, (l, at) => checkLink(c, l, at));
  c.optional(s, 'hiddenTools', (v) => c.list(v, ['hiddenTools'], 20, (t, at) => c.text(t, at, TOOL)));
  c.optional(s, 'hiddenMeasurements', (v) => c.list(v, ['hiddenMeasurements'], 50, (m, at) => c.text(m, at, { max: 60, what: 'a measurement name' })));
  c.optional(s, 'settings', (v) => c.values(v, ['settings']));
  return c.errors;
}

/** The structure of a version 1 setup, as far as its migration relies on it (its result is checked as the next version). */
export function setupV1ShapeErrors(s: unknown): ShapeError[] {
  const c = new ShapeCheck();
  if (!c.object(s, [], ['version', 'bench', 'title', 'parts', 'links', 'hiddenTools'])) return c.errors;
  c.text(s.bench, ['bench']);
  c.optional(s, 'title', (v) => c.text(v, ['title']));
  c.list(s.parts, ['parts'], Infinity, (p, at) => {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) return c.wrongType(at, p, 'an object', 'object');
    const part = p as Record<string, unknown>;
    c.optional(part, 'mystery', (v) => c.boolean(v, [...at, 'mystery']));
    if (typeof part.props !== 'object' || part.props === null || Array.isArray(part.props)) c.wrongType([...at, 'props'], part.props, 'an object', 'object');
  });
  c.list(s.links, ['links'], Infinity, () => undefined);
  c.optional(s, 'hiddenTools', (v) => c.list(v, ['hiddenTools'], Infinity, (t, at) => c.text(t, at)));
  return c.errors;
}
