/**
 * Errors a student's program can run into. They carry a code and values (translated on the page as
 * `coding.error.<code>`) and the id of the block that caused them, so the page can put the message
 * on that block in the student's language.
 */
export type CodeErrorCode =
  | 'divisionByZero'
  | 'notANumber'
  | 'notAList'
  | 'badColour'
  | 'noExperiment'
  | 'unknownExperiment'
  | 'unknownParameter'
  | 'badParameterValue'
  | 'unknownMeasurement'
  | 'unknownEvent'
  | 'unknownColumn'
  | 'emptyRow'
  | 'notEnoughData'
  | 'stepBudget'
  | 'timeBudget'
  | 'syntax'
  | 'runtime';

export class CodeError extends Error {
  constructor(
    readonly code: CodeErrorCode,
    readonly values: Record<string, string | number> = {},
    /** The block that caused it; the runner fills in the current statement's block when unknown. */
    public blockId: string | null = null,
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'CodeError';
  }
}

/** A serializable form of an error, as the worker posts it to the page. */
export interface ProgramError {
  code: CodeErrorCode;
  values: Record<string, string | number>;
  blockId: string | null;
}

/** Any thrown value as a ProgramError; JavaScript errors (e.g. a TypeError) become `runtime` with their message. */
export function toProgramError(e: unknown, currentBlockId: string | null): ProgramError {
  if (e instanceof CodeError) return { code: e.code, values: e.values, blockId: e.blockId ?? currentBlockId };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'runtime', values: { message }, blockId: currentBlockId };
}
