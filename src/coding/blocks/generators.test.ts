/**
 * Golden tests of the code generated for every custom block (and the built-ins we generate
 * differently), with Blockly headless in Node: JSON → `new Blockly.Workspace()` → our generator.
 * Then the generated code is run by the runtime to check what it does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { programFromState } from './compile';
import { setUpBlocklyForTests } from './headless-setup';
import { ProgramBuilder, type BlockState } from '../examples/program-json';
import { ProgramRunner, runToEnd } from '../runtime/interpreter';
import { registryExperiments } from '../runtime/experiments';
import type { DrawCommand } from '../runtime/turtle';

beforeAll(() => setUpBlocklyForTests());

/** Code of a one-statement program, without the leading `yield '<id>';` of that statement. */
function codeOf(build: (p: ProgramBuilder) => BlockState): string {
  const p = new ProgramBuilder('t');
  const src = programFromState(p.program([build(p)]));
  return src.code.trim().replace(/^yield 't-\d+';\n/, '');
}

describe('generated code of the turtle blocks', () => {
  const cases: [string, (p: ProgramBuilder) => BlockState, string][] = [
    ['turtle_move forward', (p) => p.block('turtle_move', { DIR: 'FORWARD' }, { DISTANCE: p.num(50) }), "__rt.turtle.forward(50, 't-2');"],
    ['turtle_move back', (p) => p.block('turtle_move', { DIR: 'BACK' }, { DISTANCE: p.num(50) }), "__rt.turtle.forward(-(50), 't-2');"],
    ['turtle_turn', (p) => p.block('turtle_turn', { DIR: 'RIGHT' }, { ANGLE: p.num(90) }), "__rt.turtle.turn('RIGHT', 90, 't-2');"],
    ['turtle_goto', (p) => p.block('turtle_goto', undefined, { X: p.num(10), Y: p.num(-20) }), "__rt.turtle.goto(10, -20, 't-3');"],
    ['turtle_set_heading', (p) => p.block('turtle_set_heading', undefined, { ANGLE: p.num(90) }), "__rt.turtle.setHeading(90, 't-2');"],
    ['turtle_pen up', (p) => p.block('turtle_pen', { PEN: 'UP' }), '__rt.turtle.pen(false);'],
    ['turtle_pen_colour', (p) => p.block('turtle_pen_colour', undefined, { COLOUR: p.block('turtle_colour', { COLOUR: 'red' }) }), "__rt.turtle.colour('red', 't-2');"],
    ['turtle_pen_width', (p) => p.block('turtle_pen_width', undefined, { WIDTH: p.num(3) }), "__rt.turtle.width(3, 't-2');"],
    ['turtle_stamp', (p) => p.block('turtle_stamp', { SHAPE: 'star' }, { SIZE: p.num(20) }), "__rt.turtle.stamp('star', 20, 't-2');"],
    ['turtle_clear', (p) => p.block('turtle_clear'), '__rt.turtle.clear();'],
    ['turtle_home', (p) => p.block('turtle_home'), '__rt.turtle.home();'],
    ['turtle_visible', (p) => p.block('turtle_visible', { VISIBLE: 'HIDE' }), '__rt.turtle.visible(false);'],
    [
      'turtle_colour_hue',
      (p) => p.block('turtle_pen_colour', undefined, { COLOUR: p.block('turtle_colour_hue', undefined, { HUE: p.num(120) }) }),
      "__rt.turtle.colour(__rt.turtle.hue(120, 't-2'), 't-3');",
    ],
    [
      'turtle_colour_rgb',
      (p) => p.block('turtle_pen_colour', undefined, { COLOUR: p.block('turtle_colour_rgb', undefined, { R: p.num(1), G: p.num(2), B: p.num(3) }) }),
      "__rt.turtle.colour(__rt.turtle.rgb(1, 2, 3, 't-4'), 't-5');",
    ],
    [
      'turtle_get',
      (p) => p.block('turtle_move', { DIR: 'FORWARD' }, { DISTANCE: p.block('turtle_get', { WHAT: 'HEADING' }) }),
      "__rt.turtle.forward(__rt.turtle.get('HEADING'), 't-2');",
    ],
    [
      'turtle_fill',
      (p) => p.block('turtle_fill', undefined, { COLOUR: p.block('turtle_colour', { COLOUR: 'blue' }), DO: p.block('turtle_clear') }),
      "__rt.turtle.beginFill('blue', 't-3');\n  yield 't-2';\n  __rt.turtle.clear();\n__rt.turtle.endFill();",
    ],
  ];
  it.each(cases)('%s', (_name, build, expected) => {
    expect(codeOf(build)).toBe(expected);
  });
});

describe('generated code of the lab blocks', () => {
  const cases: [string, (p: ProgramBuilder) => BlockState, string][] = [
    ['lab_use', (p) => p.block('lab_use', { EXPERIMENT: 'projectile' }), "yield* __rt.lab.use('projectile', 't-1');"],
    ['lab_set_param', (p) => p.block('lab_set_param', { PARAM: 'angleDeg' }, { VALUE: p.num(30) }), "__rt.lab.setParam('angleDeg', 30, 't-2');"],
    ['lab_run_until', (p) => p.block('lab_run_until', { EVENT: 'landed' }), "__rt.lab.runUntil('landed', 't-1');"],
    ['lab_run_for', (p) => p.block('lab_run_for', undefined, { TIME: p.num(2) }), "__rt.lab.runFor(2, 't-2');"],
    [
      'lab_measure + lab_put',
      (p) => p.block('lab_put', { COLUMN: 'rangeM' }, { VALUE: p.block('lab_measure', { NAME: 'rangeM' }) }),
      "__rt.lab.putCell('rangeM', __rt.lab.measure('rangeM', 't-1'), 't-2');",
    ],
    [
      'lab_param',
      (p) => p.block('lab_put', { COLUMN: 'a' }, { VALUE: p.block('lab_param', { NAME: 'angleDeg' }) }),
      "__rt.lab.putCell('a', __rt.lab.param('angleDeg', 't-1'), 't-2');",
    ],
    ['lab_record_row', (p) => p.block('lab_record_row'), "__rt.lab.recordRow('t-1');"],
    ['lab_plot', (p) => p.block('lab_plot', { Y: 'rangeM', X: 'angleDeg' }), "__rt.lab.plot('rangeM', 'angleDeg', 't-1');"],
    [
      'lab_fit',
      (p) => p.print(p.block('lab_fit', { PART: 'INTERCEPT', Y: 'T2', X: 'lengthM' })),
      "__rt.print(__rt.lab.fit('INTERCEPT', 'T2', 'lengthM', 't-1'));",
    ],
  ];
  it.each(cases)('%s', (_name, build, expected) => {
    expect(codeOf(build)).toBe(expected);
  });
});

describe('built-in blocks generated for the runtime', () => {
  it('print, ask, checked arithmetic and modulo', () => {
    expect(codeOf((p) => p.print(p.text("it's")))).toBe("__rt.print('it\\'s');");
    expect(codeOf((p) => p.print(p.arith('DIVIDE', p.num(1), p.num(0))))).toBe("__rt.print(__rt.arith('DIVIDE', 1, 0, 't-3'));");
    expect(codeOf((p) => p.print(p.block('math_modulo', undefined, { DIVIDEND: p.num(7), DIVISOR: p.num(3) })))).toBe(
      "__rt.print(__rt.arith('MODULO', 7, 3, 't-3'));",
    );
    expect(codeOf((p) => p.print(p.block('text_prompt_ext', { TYPE: 'NUMBER' }, { TEXT: p.text('n?') })))).toBe(
      "__rt.print((yield __rt.ask('n?', true)));",
    );
  });

  it('user-defined functions become generators called with yield*, so they are stepped too', () => {
    const p = new ProgramBuilder('f');
    const def = p.block('procedures_defreturn', { NAME: 'double' }, { RETURN: p.arith('MULTIPLY', p.get('x'), p.num(2)) }, { params: [{ name: 'x', id: p.variable('x') }] });
    def.x = 300;
    def.y = 0;
    const state = p.program([p.print(p.block('procedures_callreturn', undefined, { ARG0: p.num(21) }, { name: 'double', params: ['x'] }))]);
    state.blocks.blocks.push(def);
    const src = programFromState(state);
    expect(src.code).toContain('function* double(x) {');
    expect(src.code).toContain('__rt.print((yield* double(21)));');
  });

  it('a loop yields at every iteration even when its body is empty (so an endless loop can be stopped)', () => {
    const code = codeOf((p) => p.block('controls_whileUntil', { MODE: 'WHILE' }, { BOOL: p.block('logic_boolean', { BOOL: 'TRUE' }) }));
    expect(code).toBe("while (true) {\n  yield 't-2';\n}");
  });
});

describe('running the generated code', () => {
  function run(statements: (p: ProgramBuilder) => BlockState[]) {
    const p = new ProgramBuilder('r');
    const src = programFromState(p.program(statements(p)));
    const printed: string[] = [];
    const drawn: DrawCommand[] = [];
    const runner = new ProgramRunner(src, { print: (s) => printed.push(s), draw: (c) => drawn.push(c), table: () => {}, plot: () => {} }, registryExperiments);
    return { runner, printed, drawn, done: runToEnd(runner, { answer: () => 6 }) };
  }

  it('draws a closed square with four lines and a filled triangle under its outline', async () => {
    const { drawn, done } = run((p) => [
      p.block('turtle_pen_colour', undefined, { COLOUR: p.block('turtle_colour', { COLOUR: 'red' }) }),
      p.repeat(4, [p.block('turtle_move', { DIR: 'FORWARD' }, { DISTANCE: p.num(100) }), p.block('turtle_turn', { DIR: 'LEFT' }, { ANGLE: p.num(90) })]),
      p.block('turtle_fill', undefined, {
        COLOUR: p.block('turtle_colour_rgb', undefined, { R: p.num(0), G: p.num(255), B: p.num(0) }),
        DO: p.repeat(3, [p.block('turtle_move', { DIR: 'FORWARD' }, { DISTANCE: p.num(50) }), p.block('turtle_turn', { DIR: 'LEFT' }, { ANGLE: p.num(120) })]),
      }),
    ]);
    expect(await done).toBeNull();
    const square = drawn.slice(0, 4);
    expect(square).toEqual([
      { op: 'line', x0: 0, y0: 0, x1: 100, y1: 0, colour: '#e53935', width: 2 },
      { op: 'line', x0: 100, y0: 0, x1: 100, y1: 100, colour: '#e53935', width: 2 },
      { op: 'line', x0: 100, y0: 100, x1: 0, y1: 100, colour: '#e53935', width: 2 },
      { op: 'line', x0: 0, y0: 100, x1: 0, y1: 0, colour: '#e53935', width: 2 },
    ]);
    expect(drawn[4].op).toBe('fill');
    expect(drawn[4]).toMatchObject({ colour: '#00ff00' });
    expect(drawn.slice(5).map((c) => c.op)).toEqual(['line', 'line', 'line']);
  });

  it('puts division by zero, a word in a sum and an unknown measurement on the block that caused them', async () => {
    let r = run((p) => [p.print(p.arith('DIVIDE', p.num(1), p.num(0)))]);
    expect(await r.done).toEqual({ code: 'divisionByZero', values: {}, blockId: 'r-3' });
    // Blockly's type checks keep a text block out of a sum, but a variable can still hold a word.
    r = run((p) => [p.set('n', p.text('seven')), p.print(p.arith('ADD', p.get('n'), p.num(1)))]);
    expect(await r.done).toEqual({ code: 'notANumber', values: { value: '"seven"' }, blockId: 'r-5' });
    r = run((p) => [p.block('lab_use', { EXPERIMENT: 'projectile' }), p.print(p.block('lab_measure', { NAME: 'rangeKm' }))]);
    const e = await r.done;
    expect(e).toMatchObject({ code: 'unknownMeasurement', blockId: 'r-2' });
    expect(String(e?.values.allowed)).toContain('rangeM');
    r = run((p) => [p.block('lab_use', { EXPERIMENT: 'projectile' }), p.block('lab_set_param', { PARAM: 'angleDeg' }, { VALUE: p.num(120) })]);
    expect(await r.done).toMatchObject({ code: 'badParameterValue', values: { name: 'angleDeg', value: '120', allowed: '-90 … 90 °' } });
  });

  it('asks questions and answers them in order', async () => {
    const { printed, done } = run((p) => [
      p.set('n', p.block('text_prompt_ext', { TYPE: 'NUMBER' }, { TEXT: p.text('n?') })),
      p.print(p.arith('MULTIPLY', p.get('n'), p.num(7))),
    ]);
    expect(await done).toBeNull();
    expect(printed).toEqual(['42']);
  });
});
