/**
 * JavaScript for the lab's blocks, and the built-in blocks the runtime must see differently:
 * print and ask go to the runtime, arithmetic is checked (division by zero, wrong types) and
 * user-defined functions become generator functions so they can be stepped through and stopped.
 * The generated code talks to the runtime as `__rt` (see ../runtime/interpreter.ts).
 */
import type { Block } from 'blockly';
import { JavascriptGenerator, Order, javascriptGenerator } from 'blockly/javascript';
import type { ProgramSource } from '../runtime/interpreter';
import type { Workspace } from 'blockly';

type Gen = JavascriptGenerator;
type ValueCode = [string, Order];

const id = (b: Block, g: Gen) => g.quote_(b.id);
const val = (b: Block, g: Gen, name: string, fallback = '0') => g.valueToCode(b, name, Order.NONE) || fallback;
const field = (b: Block, g: Gen, name: string) => g.quote_(String(b.getFieldValue(name) ?? ''));

export const customGenerators: Record<string, (block: Block, generator: Gen) => string | ValueCode | null> = {
  // Input / output
  text_print: (b, g) => `__rt.print(${val(b, g, 'TEXT', "''")});\n`,
  text_prompt_ext: (b, g) => [`(yield __rt.ask(${val(b, g, 'TEXT', "''")}, ${b.getFieldValue('TYPE') === 'NUMBER'}))`, Order.ATOMIC],
  text_prompt: (b, g) => [`(yield __rt.ask(${field(b, g, 'TEXT')}, ${b.getFieldValue('TYPE') === 'NUMBER'}))`, Order.ATOMIC],

  // Checked arithmetic: errors land on the block that divides by zero or adds a word to a number.
  math_arithmetic: (b, g) => {
    const op = String(b.getFieldValue('OP'));
    return [`__rt.arith('${op}', ${val(b, g, 'A')}, ${val(b, g, 'B')}, ${id(b, g)})`, Order.FUNCTION_CALL];
  },
  math_modulo: (b, g) => [`__rt.arith('MODULO', ${val(b, g, 'DIVIDEND')}, ${val(b, g, 'DIVISOR')}, ${id(b, g)})`, Order.FUNCTION_CALL],

  // Turtle
  turtle_move: (b, g) => {
    const d = val(b, g, 'DISTANCE');
    return `__rt.turtle.forward(${b.getFieldValue('DIR') === 'BACK' ? `-(${d})` : d}, ${id(b, g)});\n`;
  },
  turtle_turn: (b, g) => `__rt.turtle.turn('${b.getFieldValue('DIR') === 'RIGHT' ? 'RIGHT' : 'LEFT'}', ${val(b, g, 'ANGLE')}, ${id(b, g)});\n`,
  turtle_goto: (b, g) => `__rt.turtle.goto(${val(b, g, 'X')}, ${val(b, g, 'Y')}, ${id(b, g)});\n`,
  turtle_set_heading: (b, g) => `__rt.turtle.setHeading(${val(b, g, 'ANGLE')}, ${id(b, g)});\n`,
  turtle_pen: (b) => `__rt.turtle.pen(${b.getFieldValue('PEN') !== 'UP'});\n`,
  turtle_pen_colour: (b, g) => `__rt.turtle.colour(${val(b, g, 'COLOUR', "'black'")}, ${id(b, g)});\n`,
  turtle_pen_width: (b, g) => `__rt.turtle.width(${val(b, g, 'WIDTH', '1')}, ${id(b, g)});\n`,
  turtle_fill: (b, g) =>
    `__rt.turtle.beginFill(${val(b, g, 'COLOUR', "'black'")}, ${id(b, g)});\n${g.statementToCode(b, 'DO')}__rt.turtle.endFill();\n`,
  turtle_stamp: (b, g) => `__rt.turtle.stamp(${field(b, g, 'SHAPE')}, ${val(b, g, 'SIZE', '10')}, ${id(b, g)});\n`,
  turtle_clear: () => `__rt.turtle.clear();\n`,
  turtle_home: () => `__rt.turtle.home();\n`,
  turtle_visible: (b) => `__rt.turtle.visible(${b.getFieldValue('VISIBLE') !== 'HIDE'});\n`,
  turtle_get: (b) => [`__rt.turtle.get('${b.getFieldValue('WHAT') === 'X' ? 'X' : b.getFieldValue('WHAT') === 'Y' ? 'Y' : 'HEADING'}')`, Order.FUNCTION_CALL],
  turtle_colour: (b, g) => [field(b, g, 'COLOUR'), Order.ATOMIC],
  turtle_colour_hue: (b, g) => [`__rt.turtle.hue(${val(b, g, 'HUE')}, ${id(b, g)})`, Order.FUNCTION_CALL],
  turtle_colour_rgb: (b, g) => [`__rt.turtle.rgb(${val(b, g, 'R')}, ${val(b, g, 'G')}, ${val(b, g, 'B')}, ${id(b, g)})`, Order.FUNCTION_CALL],

  // Lab
  lab_use: (b, g) => `yield* __rt.lab.use(${field(b, g, 'EXPERIMENT')}, ${id(b, g)});\n`,
  lab_set_param: (b, g) => `__rt.lab.setParam(${field(b, g, 'PARAM')}, ${val(b, g, 'VALUE')}, ${id(b, g)});\n`,
  lab_run_until: (b, g) => `__rt.lab.runUntil(${field(b, g, 'EVENT')}, ${id(b, g)});\n`,
  lab_run_for: (b, g) => `__rt.lab.runFor(${val(b, g, 'TIME')}, ${id(b, g)});\n`,
  lab_measure: (b, g) => [`__rt.lab.measure(${field(b, g, 'NAME')}, ${id(b, g)})`, Order.FUNCTION_CALL],
  lab_param: (b, g) => [`__rt.lab.param(${field(b, g, 'NAME')}, ${id(b, g)})`, Order.FUNCTION_CALL],
  lab_put: (b, g) => `__rt.lab.putCell(${field(b, g, 'COLUMN')}, ${val(b, g, 'VALUE')}, ${id(b, g)});\n`,
  lab_record_row: (b, g) => `__rt.lab.recordRow(${id(b, g)});\n`,
  lab_plot: (b, g) => `__rt.lab.plot(${field(b, g, 'Y')}, ${field(b, g, 'X')}, ${id(b, g)});\n`,
  lab_fit: (b, g) =>
    [`__rt.lab.fit('${b.getFieldValue('PART') === 'INTERCEPT' ? 'INTERCEPT' : 'SLOPE'}', ${field(b, g, 'Y')}, ${field(b, g, 'X')}, ${id(b, g)})`, Order.FUNCTION_CALL],
};

/**
 * A JavaScript generator of its own (the shared `javascriptGenerator` stays untouched) that puts a
 * `yield '<blockId>';` before every statement and in every loop, and remembers the JS name of every
 * variable for the step-mode variables panel.
 */
export class ProgramGenerator extends JavascriptGenerator {
  variableNames: { name: string; js: string }[] = [];

  constructor() {
    super('JavaScript');
    Object.assign(this.forBlock, javascriptGenerator.forBlock, customGenerators);
    this.STATEMENT_PREFIX = 'yield %1;\n';
    this.addReservedWords('__rt');
    const base = javascriptGenerator.forBlock;
    // `forBlock` is typed with a polymorphic `this`; our functions take the base generator type.
    const forBlock = this.forBlock as unknown as Record<string, (block: Block, generator: Gen) => string | ValueCode | null>;
    // User-defined functions become generators, called with yield*, so they are stepped and budgeted too.
    const wrapDefinition = (block: Block, generator: Gen) => {
      base['procedures_defreturn'](block, generator);
      const name = generator.getProcedureName(block.getFieldValue('NAME'));
      const defs = (generator as unknown as { definitions_: Record<string, string> }).definitions_;
      const key = '%' + name;
      if (defs[key]) defs[key] = defs[key].replace(`function ${name}(`, `function* ${name}(`);
      return null;
    };
    forBlock['procedures_defreturn'] = wrapDefinition;
    forBlock['procedures_defnoreturn'] = wrapDefinition;
    forBlock['procedures_callreturn'] = (block: Block, generator: Gen): ValueCode => {
      const [code] = base['procedures_callreturn'](block, generator) as ValueCode;
      return [`(yield* ${code})`, Order.ATOMIC];
    };
    forBlock['procedures_callnoreturn'] = (block: Block, generator: Gen) => {
      const [code] = forBlock['procedures_callreturn'](block, generator) as ValueCode;
      return code + ';\n';
    };
  }

  override init(workspace: Workspace): void {
    super.init(workspace);
    this.variableNames = workspace
      .getVariableMap()
      .getAllVariables()
      .map((v) => ({ name: v.getName(), js: this.getVariableName(v.getId()) }));
  }

  /** The runnable program of a workspace (top blocks run in order, top to bottom). */
  program(workspace: Workspace): ProgramSource {
    const code = this.workspaceToCode(workspace);
    return { code, variables: this.variableNames };
  }
}
