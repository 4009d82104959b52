/**
 * A refusal of the server in the reader's language: its stable `reason` (server/http/error-reasons.ts) and
 * `params` become the words of `errors.<reason>` (errors.json of each language, which
 * server/http/error-reasons.test.ts keeps complete for every reason the server has). A refusal without a reason (an older server) is shown in
 * the server's own English; a failure that is not an answer (no network, a bug) by its kind. A value that is itself
 * words (a rule of the field, a type) is said in the reader's language too (simulations/bench/problem-words.ts).
 */
import { wordedParams } from '../../simulations/bench/problem-words';
import { t } from '../i18n';
import { ApiError } from './json-call';

/** The i18n key and values of a refusal that names its reason, else null. */
export function serverErrorKey(err: unknown): { key: string; vars: Record<string, string | number> } | null {
  if (!(err instanceof ApiError) || typeof err.details.reason !== 'string') return null;
  return { key: `errors.${err.details.reason}`, vars: wordedParams(err.details.params ?? {}, t) };
}

/** What to show for a failed call. */
export function serverErrorText(err: unknown): string {
  if (err instanceof ApiError && err.code === 'network') return t('errors.network') || err.message;
  const k = serverErrorKey(err);
  if (k) {
    const words = t(k.key, k.vars);
    if (words && words !== k.key) return words;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * The technical side of a failed call, for a "technical details" disclosure (src/ui/FailureNotice.svelte): the
 * status and code, and the server's own English naming the request field by its path (`criteria.1.id`), which the
 * sentence of serverErrorText says as the field of the form. Null for a failure without an answer or a field.
 */
export function serverErrorDetail(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code === 'network') return null;
  const lines = [`HTTP ${err.status} ${err.code}`];
  if (err.field && !err.message.startsWith(`${err.field}:`)) lines.push(`field: ${err.field}`);
  lines.push(err.message);
  return lines.join('\n');
}
