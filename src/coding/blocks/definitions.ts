/**
 * The lab's own blocks, as JSON data (Blockly's block JSON format). Labels are message references
 * (`%{BKY_CODING_…}`) filled from the i18n catalogues by ./messages.ts, so they follow the app's
 * language. Code for them is in ./generators.ts.
 */
export const TURTLE_HUE = 160;
export const LAB_HUE = 20;

type BlockJson = Record<string, unknown> & { type: string };

const num = (name: string) => ({ type: 'input_value', name, check: 'Number' });
const text = (name: string, value: string) => ({ type: 'field_input', name, text: value, spellcheck: false });
const statement = { previousStatement: null, nextStatement: null };

export const COLOUR_NAMES = ['black', 'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'brown', 'grey', 'white'] as const;

export const turtleBlocks: BlockJson[] = [
  {
    type: 'turtle_move',
    message0: '%{BKY_CODING_TURTLE_MOVE}',
    args0: [{ type: 'field_dropdown', name: 'DIR', options: [['%{BKY_CODING_TURTLE_FORWARD}', 'FORWARD'], ['%{BKY_CODING_TURTLE_BACK}', 'BACK']] }, num('DISTANCE')],
    inputsInline: true, ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_MOVE_TIP}',
  },
  {
    type: 'turtle_turn',
    message0: '%{BKY_CODING_TURTLE_TURN}',
    args0: [{ type: 'field_dropdown', name: 'DIR', options: [['%{BKY_CODING_TURTLE_LEFT}', 'LEFT'], ['%{BKY_CODING_TURTLE_RIGHT}', 'RIGHT']] }, num('ANGLE')],
    inputsInline: true, ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_TURN_TIP}',
  },
  {
    type: 'turtle_goto', message0: '%{BKY_CODING_TURTLE_GOTO}', args0: [num('X'), num('Y')],
    inputsInline: true, ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_GOTO_TIP}',
  },
  {
    type: 'turtle_set_heading', message0: '%{BKY_CODING_TURTLE_HEADING}', args0: [num('ANGLE')],
    inputsInline: true, ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_HEADING_TIP}',
  },
  {
    type: 'turtle_pen', message0: '%{BKY_CODING_TURTLE_PEN}',
    args0: [{ type: 'field_dropdown', name: 'PEN', options: [['%{BKY_CODING_TURTLE_PEN_DOWN}', 'DOWN'], ['%{BKY_CODING_TURTLE_PEN_UP}', 'UP']] }],
    ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_PEN_TIP}',
  },
  {
    type: 'turtle_pen_colour', message0: '%{BKY_CODING_TURTLE_PEN_COLOUR}', args0: [{ type: 'input_value', name: 'COLOUR', check: 'Colour' }],
    inputsInline: true, ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_PEN_COLOUR_TIP}',
  },
  {
    type: 'turtle_pen_width', message0: '%{BKY_CODING_TURTLE_PEN_WIDTH}', args0: [num('WIDTH')],
    inputsInline: true, ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_PEN_WIDTH_TIP}',
  },
  {
    type: 'turtle_fill', message0: '%{BKY_CODING_TURTLE_FILL}', args0: [{ type: 'input_value', name: 'COLOUR', check: 'Colour' }],
    message1: '%1', args1: [{ type: 'input_statement', name: 'DO' }],
    ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_FILL_TIP}',
  },
  {
    type: 'turtle_stamp', message0: '%{BKY_CODING_TURTLE_STAMP}',
    args0: [
      {
        type: 'field_dropdown', name: 'SHAPE',
        options: [['%{BKY_CODING_SHAPE_CIRCLE}', 'circle'], ['%{BKY_CODING_SHAPE_SQUARE}', 'square'], ['%{BKY_CODING_SHAPE_TRIANGLE}', 'triangle'], ['%{BKY_CODING_SHAPE_STAR}', 'star']],
      },
      num('SIZE'),
    ],
    inputsInline: true, ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_STAMP_TIP}',
  },
  { type: 'turtle_clear', message0: '%{BKY_CODING_TURTLE_CLEAR}', ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_CLEAR_TIP}' },
  { type: 'turtle_home', message0: '%{BKY_CODING_TURTLE_HOME}', ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_HOME_TIP}' },
  {
    type: 'turtle_visible', message0: '%1',
    args0: [{ type: 'field_dropdown', name: 'VISIBLE', options: [['%{BKY_CODING_TURTLE_SHOW}', 'SHOW'], ['%{BKY_CODING_TURTLE_HIDE}', 'HIDE']] }],
    ...statement, colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_VISIBLE_TIP}',
  },
  {
    type: 'turtle_get', message0: '%{BKY_CODING_TURTLE_GET}',
    args0: [{ type: 'field_dropdown', name: 'WHAT', options: [['x', 'X'], ['y', 'Y'], ['%{BKY_CODING_TURTLE_DIRECTION}', 'HEADING']] }],
    output: 'Number', colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_GET_TIP}',
  },
  {
    type: 'turtle_colour', message0: '%1',
    args0: [{ type: 'field_dropdown', name: 'COLOUR', options: COLOUR_NAMES.map((c) => [`%{BKY_CODING_COLOUR_${c.toUpperCase()}}`, c]) }],
    output: 'Colour', colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_COLOUR_TIP}',
  },
  {
    type: 'turtle_colour_hue', message0: '%{BKY_CODING_TURTLE_HUE}', args0: [num('HUE')],
    inputsInline: true, output: 'Colour', colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_HUE_TIP}',
  },
  {
    type: 'turtle_colour_rgb', message0: '%{BKY_CODING_TURTLE_RGB}', args0: [num('R'), num('G'), num('B')],
    inputsInline: true, output: 'Colour', colour: TURTLE_HUE, tooltip: '%{BKY_CODING_TURTLE_RGB_TIP}',
  },
];

/** `lab_use` is defined in ./blockly-setup.ts because its dropdown lists the simulation registry. */
export const labBlocks: BlockJson[] = [
  {
    type: 'lab_set_param', message0: '%{BKY_CODING_LAB_SET_PARAM}', args0: [text('PARAM', 'angleDeg'), { type: 'input_value', name: 'VALUE' }],
    inputsInline: true, ...statement, colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_SET_PARAM_TIP}',
  },
  {
    type: 'lab_run_until', message0: '%{BKY_CODING_LAB_RUN_UNTIL}', args0: [text('EVENT', 'landed')],
    ...statement, colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_RUN_UNTIL_TIP}',
  },
  {
    type: 'lab_run_for', message0: '%{BKY_CODING_LAB_RUN_FOR}', args0: [num('TIME')],
    inputsInline: true, ...statement, colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_RUN_FOR_TIP}',
  },
  {
    type: 'lab_measure', message0: '%{BKY_CODING_LAB_MEASURE}', args0: [text('NAME', 'rangeM')],
    output: 'Number', colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_MEASURE_TIP}',
  },
  {
    type: 'lab_param', message0: '%{BKY_CODING_LAB_PARAM}', args0: [text('NAME', 'angleDeg')],
    output: null, colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_PARAM_TIP}',
  },
  {
    type: 'lab_put', message0: '%{BKY_CODING_LAB_PUT}', args0: [{ type: 'input_value', name: 'VALUE' }, text('COLUMN', 'angleDeg')],
    inputsInline: true, ...statement, colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_PUT_TIP}',
  },
  { type: 'lab_record_row', message0: '%{BKY_CODING_LAB_RECORD_ROW}', ...statement, colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_RECORD_ROW_TIP}' },
  {
    type: 'lab_plot', message0: '%{BKY_CODING_LAB_PLOT}', args0: [text('Y', 'rangeM'), text('X', 'angleDeg')],
    ...statement, colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_PLOT_TIP}',
  },
  {
    type: 'lab_fit', message0: '%{BKY_CODING_LAB_FIT}',
    args0: [
      { type: 'field_dropdown', name: 'PART', options: [['%{BKY_CODING_LAB_SLOPE}', 'SLOPE'], ['%{BKY_CODING_LAB_INTERCEPT}', 'INTERCEPT']] },
      text('Y', 'rangeM'),
      text('X', 'angleDeg'),
    ],
    output: 'Number', colour: LAB_HUE, tooltip: '%{BKY_CODING_LAB_FIT_TIP}',
  },
];
