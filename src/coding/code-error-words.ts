/**
 * A program's error in the reader's language: `coding.error.<code>` with the error's values; a choice parameter's
 * allowed values (what the program must write, e.g. track, table) joined the reader's way ("track or table" /
 * "track或table") rather than the worker's English `track | table` (the worker has no catalogue, so it sends the
 * values as `choices`, space-separated).
 */
import { wordList, type Translate } from '../../simulations/core/word-list';

export function codeErrorText(code: string, values: Record<string, string | number>, t: Translate): string {
  const { choices, ...rest } = values;
  const vars = typeof choices === 'string' && choices ? { ...rest, allowed: wordList(choices.split(' '), t, 'or') } : rest;
  return t(`coding.error.${code}`, vars);
}
