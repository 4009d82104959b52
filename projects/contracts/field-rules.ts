/**
 * Rules of a request's fields that numbers and allowed values alone do not tell (a pattern, a choice between
 * fields), by stable name, with the English sentence the schema gives (`{name}` marks a value). The server
 * refuses a broken rule with reason `field_rule` and the rule's name and values (server/http/validate.ts), so
 * the app says it in the reader's language (src/i18n/{en,zh-CN}/errors.json `errors.rule.<name>`); API users
 * read the English. A name once given stays.
 */
import { fillPlaceholders } from '../../simulations/core/placeholders';
export const CONTRACT_RULES = {
  username: '3 to 32 letters, digits, dots, dashes or underscores',
  xlsx_base64: 'the bytes of the .xlsx file in base64',
  csv_or_xlsx: 'send the list either as csv (text) or as xlsx (base64), one of the two',
  truth_or_expected: 'give either truth (a mystery value) or expected (a number)',
  change_something: 'change at least one of title, instructions, dueAt, questions, checks, addStudentIds, addTeamIds',
  criterion_id: 'must be lowercase letters, digits and _ (starting with a letter)',
  used_twice: '"{value}" is used twice',
  some_weight: 'at least one weight must be above 0',
  end_after_start: 'end must be after start',
  https_link: 'must be an https:// link',
  place_or_video: 'give a place or a video link (or both)',
  lab_session_id: 'must be 8 to 40 letters, digits, _ or -',
  simulation_id: 'must be a simulation or preset id',
  indicator_weight: 'at least one indicator must weigh more than 0 while the process counts',
  process_floor: "the default scheme's process share must be at least the floor, {floorPct} %",
} as const satisfies Record<string, string>;
export type ContractRule = keyof typeof CONTRACT_RULES;

/** A custom check's zod message and params: the rule's English sentence filled in, and its name and values. */
export function ruleIssue(rule: ContractRule, params: Record<string, string | number> = {}): { message: string; params: Record<string, string | number> } {
  const message = fillPlaceholders(CONTRACT_RULES[rule], params);
  return { message, params: { rule, ...params } };
}
