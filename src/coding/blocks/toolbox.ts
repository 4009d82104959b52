/**
 * The toolbox: Blockly's logic, loops, math, text, lists, variables and functions, then turtle art
 * and the lab. Category names come from the i18n catalogue (`coding.toolbox.*`).
 */
import { LAB_HUE, TURTLE_HUE } from './definitions';

type Translate = (key: string) => string;
type Item = Record<string, unknown>;

const n = (value: number) => ({ shadow: { type: 'math_number', fields: { NUM: value } } });
const s = (value: string) => ({ shadow: { type: 'text', fields: { TEXT: value } } });
const b = (type: string, inputs?: Record<string, unknown>, fields?: Record<string, unknown>): Item => ({ kind: 'block', type, ...(inputs ? { inputs } : {}), ...(fields ? { fields } : {}) });

export function buildToolbox(t: Translate) {
  const category = (key: string, colour: string | number, contents: Item[]) => ({ kind: 'category', name: t(`coding.toolbox.${key}`), colour: String(colour), contents });
  return {
    kind: 'categoryToolbox',
    contents: [
      category('logic', '%{BKY_LOGIC_HUE}', [b('controls_if'), b('logic_compare'), b('logic_operation'), b('logic_negate'), b('logic_boolean'), b('logic_null'), b('logic_ternary')]),
      category('loops', '%{BKY_LOOPS_HUE}', [
        b('controls_repeat_ext', { TIMES: n(10) }),
        b('controls_whileUntil'),
        b('controls_for', { FROM: n(1), TO: n(10), BY: n(1) }),
        b('controls_forEach'),
        b('controls_flow_statements'),
      ]),
      category('math', '%{BKY_MATH_HUE}', [
        b('math_number'),
        b('math_arithmetic', { A: n(1), B: n(1) }),
        b('math_single', { NUM: n(9) }),
        b('math_trig', { NUM: n(45) }),
        b('math_constant'),
        b('math_number_property', { NUMBER_TO_CHECK: n(0) }),
        b('math_round', { NUM: n(3.1) }),
        b('math_on_list'),
        b('math_modulo', { DIVIDEND: n(64), DIVISOR: n(10) }),
        b('math_constrain', { VALUE: n(50), LOW: n(1), HIGH: n(100) }),
        b('math_random_int', { FROM: n(1), TO: n(100) }),
        b('math_random_float'),
      ]),
      category('text', '%{BKY_TEXTS_HUE}', [
        b('text'),
        b('text_join'),
        b('text_append', { TEXT: s('') }),
        b('text_length', { VALUE: s('abc') }),
        b('text_isEmpty', { VALUE: s('') }),
        b('text_indexOf', { FIND: s('abc') }),
        b('text_charAt'),
        b('text_changeCase', { TEXT: s('abc') }),
        b('text_print', { TEXT: s('abc') }),
        b('text_prompt_ext', { TEXT: s('?') }),
      ]),
      category('lists', '%{BKY_LISTS_HUE}', [
        b('lists_create_with', undefined),
        b('lists_repeat', { NUM: n(5) }),
        b('lists_length'),
        b('lists_isEmpty'),
        b('lists_indexOf'),
        b('lists_getIndex'),
        b('lists_setIndex'),
        b('lists_getSublist'),
        b('lists_sort'),
      ]),
      { kind: 'category', name: t('coding.toolbox.variables'), colour: '%{BKY_VARIABLES_HUE}', custom: 'VARIABLE' },
      { kind: 'category', name: t('coding.toolbox.functions'), colour: '%{BKY_PROCEDURES_HUE}', custom: 'PROCEDURE' },
      category('turtle', TURTLE_HUE, [
        b('turtle_move', { DISTANCE: n(50) }),
        b('turtle_turn', { ANGLE: n(90) }),
        b('turtle_goto', { X: n(0), Y: n(0) }),
        b('turtle_set_heading', { ANGLE: n(90) }),
        b('turtle_pen'),
        b('turtle_pen_colour', { COLOUR: { shadow: { type: 'turtle_colour', fields: { COLOUR: 'red' } } } }),
        b('turtle_pen_width', { WIDTH: n(3) }),
        b('turtle_fill', { COLOUR: { shadow: { type: 'turtle_colour', fields: { COLOUR: 'yellow' } } } }),
        b('turtle_stamp', { SIZE: n(20) }),
        b('turtle_colour'),
        b('turtle_colour_hue', { HUE: n(200) }),
        b('turtle_colour_rgb', { R: n(255), G: n(128), B: n(0) }),
        b('turtle_get'),
        b('turtle_home'),
        b('turtle_clear'),
        b('turtle_visible'),
      ]),
      category('lab', LAB_HUE, [
        b('lab_use'),
        b('lab_set_param', { VALUE: n(45) }),
        b('lab_run_until'),
        b('lab_run_for', { TIME: n(1) }),
        b('lab_measure'),
        b('lab_param'),
        b('lab_put', { VALUE: { block: { type: 'lab_measure' } } }),
        b('lab_record_row'),
        b('lab_plot'),
        b('lab_fit'),
      ]),
    ],
  };
}
