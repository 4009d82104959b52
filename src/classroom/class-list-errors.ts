/**
 * How a refused class-list file is shown: a problem of the file as a whole (an ApiError invalid_class_list with `details.problem`: not a
 * workbook, no header row, too many rows, too large, …) in the reader's language with its numbers
 * (classroom.import.fileError.*), anything else as every people form shows it (describeError).
 */
import { ApiError } from '../app/json-call';
import { describeError, type ShownError } from '../app/people-api';
import { t } from '../i18n';

/** The column a header lacks, as the preview table names it. */
const COLUMN_LABEL: Record<string, string> = { name: 'classroom.import.colName', studentNumber: 'classroom.import.colNumber', className: 'classroom.import.colClass' };

export function describeClassListError(err: unknown): ShownError {
  if (!(err instanceof ApiError) || err.code !== 'invalid_class_list' || typeof err.details.problem !== 'string') return describeError(err);
  const { problem, line } = err.details;
  const vars: Record<string, string | number> = { ...err.details.vars, ...(typeof line === 'number' ? { line } : {}) };
  if (typeof vars.column === 'string' && COLUMN_LABEL[vars.column]) vars.column = t(COLUMN_LABEL[vars.column]);
  return { key: `classroom.import.fileError.${problem}`, vars, field: err.field };
}
