/**
 * How a refused class-list file is shown: a problem of the file as a whole (ClassListFileError: not a
 * workbook, no header row, too many rows, too large, …) in the reader's language with its numbers
 * (classroom.import.fileError.*), anything else as every people form shows it (describeError).
 */
import { describeError, type ShownError } from '../app/people-api';
import { t } from '../i18n';
import { ClassListFileError } from './accounts-api';

/** The column a header lacks, as the preview table names it. */
const COLUMN_LABEL: Record<string, string> = { name: 'classroom.import.colName', studentNumber: 'classroom.import.colNumber', className: 'classroom.import.colClass' };

export function describeClassListError(err: unknown): ShownError {
  if (!(err instanceof ClassListFileError)) return describeError(err);
  const vars: Record<string, string | number> = { ...err.vars, ...(err.line !== undefined ? { line: err.line } : {}) };
  if (typeof vars.column === 'string' && COLUMN_LABEL[vars.column]) vars.column = t(COLUMN_LABEL[vars.column]);
  return { key: `classroom.import.fileError.${err.problem}`, vars, field: err.field };
}
