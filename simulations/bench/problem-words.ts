/**
 * A refusal's or a setup problem's values in the reader's language: `field`, a request path such as `criteria.1.id`,
 * becomes the field the reader sees on the form (fieldWords: "rubric criterion 2, its id"); a value named `expected` or `got` that is a
 * type word becomes `errors.type.<word>`, `format` becomes `errors.format.<format>`, a list of values (`allowed`,
 * `keys`: the server joins them with ", ") is joined the reader's way (core/word-list.ts: "a, b or c", "a、b或c"),
 * and `rule` becomes the rule's own sentence (`errors.rule.<rule>`, filled with the other values). Pure: the caller passes its translate function (the app's `t`, a view's
 * i18n.t), whose catalogue (src/i18n/{en,zh-CN}/errors.json) has every rule of setup-shape.ts and of the
 * request schemas (server/http/error-reasons.test.ts checks both).
 */
import type { ShapeError } from './setup-shape';
import { wordList, type Translate } from '../core/word-list';

export type { Translate };
type Params = Record<string, string | number>;

/** The words of `key`, or null when the catalogue has none (yet). */
function word(t: Translate, key: string, vars?: Params): string | null {
  const w = t(key, vars);
  return w && w !== key ? w : null;
}

/**
 * A request field's path as the reader's form names it, from `errors.path.<pattern>` (each number of the path a
 * `#`, filled as `{n1}`, `{n2}`, … counted from 1, as forms count): `criteria.1.id` is `errors.path.criteria.#.id`
 * with n1 = 2. Without words for the whole path, the longest leading part that has some (`criteria.1.levels.0.x`
 * as `criteria.#.levels.#`); null when none has, so the path is said as it is.
 */
export function fieldWords(path: string, t: Translate): string | null {
  const parts = path.split('.');
  const vars: Params = {};
  const pattern = parts.map((p) => {
    if (!/^\d+$/.test(p)) return p;
    const n = Object.keys(vars).length + 1;
    vars[`n${n}`] = Number(p) + 1;
    return '#';
  });
  for (let end = pattern.length; end > 0; end--) {
    const w = word(t, `errors.path.${pattern.slice(0, end).join('.')}`, vars);
    if (w) return w;
  }
  return null;
}

/** `params` with its field, type words, format, lists and its rule in words; a value without words stays as it is. */
export function wordedParams(params: Params, t: Translate): Params {
  const out: Params = { ...params };
  if (typeof params.field === 'string') out.field = fieldWords(params.field, t) ?? params.field;
  for (const name of ['expected', 'got'] as const) {
    const v = params[name];
    if (typeof v === 'string') out[name] = word(t, `errors.type.${v}`) ?? v;
  }
  if (typeof params.format === 'string') out.format = word(t, `errors.format.${params.format}`) ?? word(t, 'errors.format.other') ?? params.format;
  if (typeof params.allowed === 'string') out.allowed = wordList(params.allowed.split(', '), t, 'or');
  if (typeof params.keys === 'string') out.keys = wordList(params.keys.split(', '), t, 'and');
  if (typeof params.rule === 'string') out.rule = word(t, `errors.rule.${params.rule}`, out) ?? params.rule;
  return out;
}

/** A setup problem as `field: words` in the reader's language; its English when its rule has no words. */
export function setupProblemText(e: Pick<ShapeError, 'field' | 'message' | 'rule' | 'params'>, t: Translate): string {
  const english = `${e.field}: ${e.message}`;
  if (!e.rule) return english;
  const vars = wordedParams({ ...e.params, rule: e.rule }, t);
  if (vars.rule === e.rule) return english;
  return word(t, 'errors.field_rule', { ...vars, field: e.field }) ?? english;
}
