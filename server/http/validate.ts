/** Request bodies checked with zod: the first problem becomes a 400 naming the field and what is allowed. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { CONTRACT_RULES } from '../../projects/contracts/field-rules';
import { SETUP_RULES, type ShapeError } from '../../simulations/bench/setup-shape';
import { invalidField, type ApiError, type Reason, type ReasonParams } from './errors';
import { readJson } from './json';

/**
 * Every named rule a field can break, with its English sentence: the request schemas' (projects/contracts/field-rules.ts)
 * and a bench setup's (simulations/bench/setup-shape.ts). The app has each as errors.rule.<name> in both languages.
 */
export const FIELD_RULES: Record<string, string> = { ...CONTRACT_RULES, ...SETUP_RULES };
const RULE_BY_MESSAGE = new Map(Object.entries(CONTRACT_RULES).map(([name, text]) => [text as string, name]));

/** A problem of a saved bench setup as the refusal of `field` (its path in the request): by its rule when it names one, else its English. */
export function setupProblem(field: string, e: Pick<ShapeError, 'message' | 'rule' | 'params'>): ApiError {
  if (e.rule && e.rule in FIELD_RULES) return invalidField(field, 'field_rule', { ...e.params, rule: e.rule }, `${field}: ${e.message}`);
  return invalidField(field, 'field_invalid', {}, `${field}: ${e.message}`);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.map(String).join('.') || 'body';
  const { reason, params } = issueReason(issue, valueAt(value, issue.path));
  throw invalidField(field, reason, params, `${field}: ${issue.message}`); // the schema's own words, for API users
}

export async function readBodyAs<S extends z.ZodType>(req: IncomingMessage, schema: S, limitBytes = 64 * 1024): Promise<z.infer<S>> {
  return parseWith(schema, await readJson(req, limitBytes));
}

/** The value at `path` of the checked input (zod 4 leaves `input` out of its issues unless asked), or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** zod's container types said as the type word the catalogues have (errors.type.<word>). */
const TYPE_WORD: Record<string, string> = { tuple: 'array', set: 'array', record: 'object', map: 'object', nonoptional: 'undefined' };

/**
 * A zod problem as a reason the app words in the reader's language (src/i18n/{en,zh-CN}/errors.json), by the issue's
 * code and path, with the limit, the expected type word, the allowed values or the format as params. The schema's own
 * English message is never a param: it goes out only as the answer's English `message` (parseWith), for API users.
 */
export function issueReason(issue: z.core.$ZodIssue, input: unknown = issue.input): { reason: Reason; params: ReasonParams } {
  switch (issue.code) {
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? { reason: 'field_empty', params: {} } : { reason: 'field_too_short', params: { min: n } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'field_too_few', params: { min: n } };
      return { reason: issue.inclusive === false ? 'field_not_above' : 'field_below', params: { min: n } };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'field_too_long', params: { max: n } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'field_too_many', params: { max: n } };
      return { reason: issue.inclusive === false ? 'field_not_below' : 'field_above', params: { max: n } };
    }
    case 'invalid_type': {
      const expected = TYPE_WORD[issue.expected] ?? String(issue.expected);
      return { reason: input === undefined ? 'field_missing' : 'field_wrong_type', params: { expected } };
    }
    case 'invalid_value':
      return { reason: 'field_not_one_of', params: { allowed: issue.values.map(String).join(', ') } };
    case 'not_multiple_of':
      return { reason: 'field_not_multiple', params: { step: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { reason: 'field_unknown_keys', params: { keys: issue.keys.join(', ') } };
    case 'invalid_format': {
      const rule = RULE_BY_MESSAGE.get(issue.message);
      if (rule) return { reason: 'field_rule', params: { rule } };
      return { reason: 'field_bad_format', params: { format: issue.format } };
    }
    case 'invalid_union':
      return { reason: 'field_no_form', params: {} };
    case 'custom': {
      const given = issue.params as Record<string, string | number> | undefined;
      const rule = typeof given?.rule === 'string' && given.rule in FIELD_RULES ? given.rule : RULE_BY_MESSAGE.get(issue.message);
      if (rule) return { reason: 'field_rule', params: { ...given, rule } };
      return { reason: 'field_invalid', params: {} };
    }
    default:
      return { reason: 'field_invalid', params: {} };
  }
}
