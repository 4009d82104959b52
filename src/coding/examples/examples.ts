/**
 * The example programs (titles and printed texts in the student's language): times table, guessing
 * game, spiral, flower, projectile angle sweep, pendulum length sweep fitting T² against L.
 */
import { ProgramBuilder, type BlockState, type WorkspaceState } from './program-json';

type Translate = (key: string) => string;

export interface ExampleProgram {
  id: string;
  titleKey: string;
  build(t: Translate): WorkspaceState;
}

function timesTable(t: Translate): WorkspaceState {
  const p = new ProgramBuilder('times');
  const cell = p.join(p.get('j'), p.text('×'), p.get('i'), p.text('='), p.arith('MULTIPLY', p.get('i'), p.get('j')), p.text('  '));
  return p.program([
    p.print(p.text(t('coding.example.timesTable'))),
    p.for('i', p.num(1), p.num(9), p.num(1), [
      p.set('line', p.text('')),
      p.for('j', p.num(1), p.get('i'), p.num(1), [p.block('text_append', { VAR: { id: p.variable('line') } }, { TEXT: cell })]),
      p.print(p.get('line')),
    ]),
  ]);
}

function guessing(t: Translate): WorkspaceState {
  const p = new ProgramBuilder('guess');
  const compare = (op: string, a: BlockState, b: BlockState) => p.block('logic_compare', { OP: op }, { A: a, B: b });
  return p.program([
    p.set('secret', p.block('math_random_int', undefined, { FROM: p.num(1), TO: p.num(100) })),
    p.set('count', p.num(0)),
    p.set('guess', p.num(0)),
    p.block('controls_whileUntil', { MODE: 'WHILE' }, {
      BOOL: compare('NEQ', p.get('guess'), p.get('secret')),
      DO: p.seq([
        p.set('guess', p.block('text_prompt_ext', { TYPE: 'NUMBER' }, { TEXT: p.text(t('coding.example.guessing.ask')) })),
        p.block('math_change', { VAR: { id: p.variable('count') } }, { DELTA: p.num(1) }),
        p.block('controls_if', undefined, {
          IF0: compare('GT', p.get('guess'), p.get('secret')),
          DO0: p.print(p.text(t('coding.example.guessing.tooBig'))),
          IF1: compare('LT', p.get('guess'), p.get('secret')),
          DO1: p.print(p.text(t('coding.example.guessing.tooSmall'))),
        }, { elseIfCount: 1 }),
      ]),
    }),
    p.print(p.join(p.text(t('coding.example.guessing.right')), p.get('count'))),
  ]);
}

/** Also used by the browser test, which draws the same square spiral with its own canvas code. */
export const SPIRAL = { steps: 80, stepGrowth: 2, turnDeg: 91, colour: 'blue', width: 2 } as const;

function spiral(): WorkspaceState {
  const p = new ProgramBuilder('spiral');
  return p.program([
    p.block('turtle_pen_colour', undefined, { COLOUR: p.block('turtle_colour', { COLOUR: SPIRAL.colour }) }),
    p.block('turtle_pen_width', undefined, { WIDTH: p.num(SPIRAL.width) }),
    p.block('turtle_visible', { VISIBLE: 'HIDE' }),
    p.for('i', p.num(1), p.num(SPIRAL.steps), p.num(1), [
      p.block('turtle_move', { DIR: 'FORWARD' }, { DISTANCE: p.arith('MULTIPLY', p.get('i'), p.num(SPIRAL.stepGrowth)) }),
      p.block('turtle_turn', { DIR: 'LEFT' }, { ANGLE: p.num(SPIRAL.turnDeg) }),
    ]),
  ]);
}

function flower(): WorkspaceState {
  const p = new ProgramBuilder('flower');
  const arc = () => p.repeat(30, [p.block('turtle_move', { DIR: 'FORWARD' }, { DISTANCE: p.num(4) }), p.block('turtle_turn', { DIR: 'LEFT' }, { ANGLE: p.num(3) })]);
  return p.program([
    p.block('turtle_pen_width', undefined, { WIDTH: p.num(2) }),
    p.for('petal', p.num(1), p.num(12), p.num(1), [
      p.block('turtle_pen_colour', undefined, { COLOUR: p.block('turtle_colour_hue', undefined, { HUE: p.arith('MULTIPLY', p.get('petal'), p.num(30)) }) }),
      p.block('turtle_fill', undefined, {
        COLOUR: p.block('turtle_colour_hue', undefined, { HUE: p.arith('MULTIPLY', p.get('petal'), p.num(30)) }),
        DO: p.seq([arc(), p.block('turtle_turn', { DIR: 'LEFT' }, { ANGLE: p.num(90) }), arc(), p.block('turtle_turn', { DIR: 'LEFT' }, { ANGLE: p.num(90) })]),
      }),
      p.block('turtle_turn', { DIR: 'LEFT' }, { ANGLE: p.num(30) }),
    ]),
    p.block('turtle_pen_colour', undefined, { COLOUR: p.block('turtle_colour', { COLOUR: 'yellow' }) }),
    p.block('turtle_stamp', { SHAPE: 'circle' }, { SIZE: p.num(24) }),
    p.block('turtle_visible', { VISIBLE: 'HIDE' }),
  ]);
}

/** The angle sweep; also checked against runSimulation on the projectile model directly. */
export const PROJECTILE_SWEEP = { fromDeg: 5, toDeg: 85, byDeg: 5 } as const;

function projectileSweep(t: Translate): WorkspaceState {
  const p = new ProgramBuilder('sweep');
  const { fromDeg, toDeg, byDeg } = PROJECTILE_SWEEP;
  return p.program([
    p.block('lab_use', { EXPERIMENT: 'projectile' }),
    p.set('best', p.num(0)),
    p.set('bestAngle', p.num(0)),
    p.for('angle', p.num(fromDeg), p.num(toDeg), p.num(byDeg), [
      p.block('lab_set_param', { PARAM: 'angleDeg' }, { VALUE: p.get('angle') }),
      p.block('lab_run_until', { EVENT: 'landed' }),
      p.set('range', p.block('lab_measure', { NAME: 'rangeM' })),
      p.block('lab_put', { COLUMN: 'angleDeg' }, { VALUE: p.get('angle') }),
      p.block('lab_put', { COLUMN: 'rangeM' }, { VALUE: p.get('range') }),
      p.block('lab_record_row'),
      p.block('controls_if', undefined, {
        IF0: p.block('logic_compare', { OP: 'GT' }, { A: p.get('range'), B: p.get('best') }),
        DO0: p.seq([p.set('best', p.get('range')), p.set('bestAngle', p.get('angle'))]),
      }),
    ]),
    p.block('lab_plot', { Y: 'rangeM', X: 'angleDeg' }),
    p.print(p.join(p.text(t('coding.example.projectileSweep.best')), p.get('bestAngle'))),
  ]);
}

/** Lengths swept by the pendulum example, m (small amplitude so T ≈ 2π√(L/g)). */
export const PENDULUM_SWEEP = { fromM: 0.2, toM: 2, byM: 0.2, amplitudeDeg: 5 } as const;

function pendulumSweep(t: Translate): WorkspaceState {
  const p = new ProgramBuilder('pendulum');
  const { fromM, toM, byM, amplitudeDeg } = PENDULUM_SWEEP;
  return p.program([
    p.block('lab_use', { EXPERIMENT: 'pendulum' }),
    p.block('lab_set_param', { PARAM: 'secondPendulum' }, { VALUE: p.block('logic_boolean', { BOOL: 'FALSE' }) }),
    p.block('lab_set_param', { PARAM: 'angleDeg' }, { VALUE: p.num(amplitudeDeg) }),
    p.for('L', p.num(fromM), p.num(toM), p.num(byM), [
      p.block('lab_set_param', { PARAM: 'lengthM' }, { VALUE: p.get('L') }),
      p.block('lab_run_until', { EVENT: 'period' }),
      p.set('T', p.block('lab_measure', { NAME: 'periodS' })),
      p.block('lab_put', { COLUMN: 'lengthM' }, { VALUE: p.get('L') }),
      p.block('lab_put', { COLUMN: 'T2' }, { VALUE: p.arith('MULTIPLY', p.get('T'), p.get('T')) }),
      p.block('lab_record_row'),
    ]),
    p.block('lab_plot', { Y: 'T2', X: 'lengthM' }),
    p.set('slope', p.block('lab_fit', { PART: 'SLOPE', Y: 'T2', X: 'lengthM' })),
    p.print(
      p.join(
        p.text(t('coding.example.pendulumSweep.g')),
        p.arith('DIVIDE', p.arith('MULTIPLY', p.arith('MULTIPLY', p.num(4), p.block('math_constant', { CONSTANT: 'PI' })), p.block('math_constant', { CONSTANT: 'PI' })), p.get('slope')),
      ),
    ),
  ]);
}

export const examples: ExampleProgram[] = [
  { id: 'times-table', titleKey: 'coding.example.timesTable', build: timesTable },
  { id: 'guessing-game', titleKey: 'coding.example.guessing', build: guessing },
  { id: 'spiral', titleKey: 'coding.example.spiral', build: spiral },
  { id: 'flower', titleKey: 'coding.example.flower', build: flower },
  { id: 'projectile-sweep', titleKey: 'coding.example.projectileSweep', build: projectileSweep },
  { id: 'pendulum-sweep', titleKey: 'coding.example.pendulumSweep', build: pendulumSweep },
];
