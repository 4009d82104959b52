/**
 * The shape of a setup's JSON, checked by hand: every rule of the structure (which keys, their types,
 * ranges, patterns and sizes) is here, and each error names its field path (`parts[2].xM`, `links[0]`)
 * and what is allowed. The meaning (known kinds, properties, terminals) is checked in setup.ts after it.
 *
 * Not zod: a bench page parses its preset's setup while it opens, and zod's 25 KB (gzip) on that path
 * cost about 100 ms of a 2 Mbit/s link and 60–80 ms of evaluation at 4× CPU (issue #22, item 3).
 */
import { MAX_LINKS, MAX_PARTS, SETUP_VERSION } from './setup-limits';

export interface ShapeError {
  field: string;
  message: string;
}

type Path = readonly (string | number)[];

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(setup)';
}

const ID = { pattern: /^[A-Za-z][A-Za-z0-9_-]{0,23}$/, what: 'an id: a letter, then up to 23 letters, digits, _ or -' };
const KIND = { pattern: /^[a-z][a-z0-9-]{0,39}$/, what: 'a part kind: lowercase letters, digits and -' };
const BENCH = { pattern: /^[a-z][a-z0-9-]{0,39}$/, what: 'a bench name: lowercase letters, digits and -, up to 40' };
const TOOL = { pattern: /^[a-z][a-zA-Z0-9-]{0,39}$/, what: 'a tool name: a lowercase letter, then letters, digits and -, up to 40' };

const describe = (v: unknown) => (v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `the text ${JSON.stringify(v.slice(0, 40))}` : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`);

/** Collects the errors of one setup. */
class ShapeCheck {
  readonly errors: ShapeError[] = [];

  fail(path: Path, message: string): false {
    this.errors.push({ field: fieldPath(path), message });
    return false;
  }

  /** An object with only the keys allowed; `required` keys must be there (their values are checked by the caller). */
  object(v: unknown, path: Path, allowed: readonly string[]): v is Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.fail(path, `expected an object, got ${describe(v)}`);
    const extra = Object.keys(v).filter((k) => !allowed.includes(k));
    if (extra.length) this.fail(path, `unknown key${extra.length > 1 ? 's' : ''} ${extra.map((k) => `'${k}'`).join(', ')}; allowed: ${allowed.join(', ')}`);
    return true;
  }

  text(v: unknown, path: Path, rule: { max?: number; min?: number; pattern?: RegExp; what?: string } = {}): boolean {
    if (typeof v !== 'string') return this.fail(path, `expected ${rule.what ?? 'text'}, got ${describe(v)}`);
    if (rule.min !== undefined && v.length < rule.min) return this.fail(path, `expected at least ${rule.min} character${rule.min > 1 ? 's' : ''}`);
    if (rule.max !== undefined && v.length > rule.max) return this.fail(path, `expected at most ${rule.max} characters, got ${v.length}`);
    if (rule.pattern && !rule.pattern.test(v)) return this.fail(path, `expected ${rule.what ?? rule.pattern.source}, got ${describe(v)}`);
    return true;
  }

  number(v: unknown, path: Path, min: number, max: number, maxIncluded = true): boolean {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(path, `expected a finite number, got ${describe(v)}`);
    if (v < min || (maxIncluded ? v > max : v >= max)) return this.fail(path, `expected a number from ${min} to ${maxIncluded ? '' : 'below '}${max}, got ${v}`);
    return true;
  }

  boolean(v: unknown, path: Path): boolean {
    return typeof v === 'boolean' || this.fail(path, `expected true or false, got ${describe(v)}`);
  }

  /** A list of at most `max` items, each checked by `item`. */
  list(v: unknown, path: Path, max: number, item: (x: unknown, path: Path) => void): boolean {
    if (!Array.isArray(v)) return this.fail(path, `expected a list, got ${describe(v)}`);
    if (v.length > max) return this.fail(path, `expected at most ${max} items, got ${v.length}`);
    v.forEach((x, i) => item(x, [...path, i]));
    return true;
  }

  /** Property values (a part's props, the bench's settings): names up to 40 characters; a finite number, text up to 200 characters, or true/false. */
  values(v: unknown, path: Path): boolean {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.fail(path, `expected an object of values, got ${describe(v)}`);
    for (const [k, x] of Object.entries(v)) {
      if (k.length > 40) this.fail([...path, k], 'a property name has at most 40 characters');
      const ok = (typeof x === 'number' && Number.isFinite(x)) || (typeof x === 'string' && x.length <= 200) || typeof x === 'boolean';
      if (!ok) this.fail([...path, k], `expected a finite number, text up to 200 characters, or true/false, got ${describe(x)}`);
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
  if (s.version !== SETUP_VERSION) c.fail(['version'], `expected ${SETUP_VERSION}, got ${describe(s.version)}`);
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
    if (typeof p !== 'object' || p === null || Array.isArray(p)) return c.fail(at, `expected an object, got ${describe(p)}`);
    const part = p as Record<string, unknown>;
    c.optional(part, 'mystery', (v) => c.boolean(v, [...at, 'mystery']));
    if (typeof part.props !== 'object' || part.props === null || Array.isArray(part.props)) c.fail([...at, 'props'], `expected an object, got ${describe(part.props)}`);
  });
  c.list(s.links, ['links'], Infinity, () => undefined);
  c.optional(s, 'hiddenTools', (v) => c.list(v, ['hiddenTools'], Infinity, (t, at) => c.text(t, at)));
  return c.errors;
}
