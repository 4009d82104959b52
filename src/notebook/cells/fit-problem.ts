/** Why a chart has no fit, in the user's language (the fit module gives a reason and its values). */
import type { FitErrorReason } from '../../../projects/fit';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function fitProblemText(problem: { reason: FitErrorReason; vars: Record<string, string | number> }, t: Translate): string {
  const vars = { ...problem.vars };
  if (typeof vars.kind === 'string') vars.kind = t(`notebook.chart.fit.${vars.kind}`);
  return t(`notebook.chart.fitError.${problem.reason}`, vars);
}
