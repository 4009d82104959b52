/**
 * The program interpreter: runs JavaScript generated from the blocks as a *generator function*.
 *
 * Why a generator and not Atomics.wait: the code generator puts `yield '<blockId>';` before every
 * statement (Blockly's STATEMENT_PREFIX) and in every loop (so an empty `while (true) {}` yields too).
 * Each yield is a point where the runner can
 *   - count a step (a cheap step budget; a time budget is checked every 256 steps),
 *   - remember which block is executing (highlighting, and errors on the right block),
 *   - stop in step mode and show variables, then continue when the student presses Step,
 *   - hand the page a question (`ask` block) or wait for a promise (building a simulation model),
 * with no SharedArrayBuffer, so it works without cross-origin isolation, in a worker and in Node.
 * User-defined functions become `function*` and are called with `yield*` (see ../blocks/generators.ts).
 *
 * This module is pure (no DOM, no worker API): the worker wraps it, tests run it in Node.
 */
import { CodeError, toProgramError, type ProgramError } from './errors';
import { LabSession, type ExperimentSource, type LabOutput } from './lab';
import { colourFromHue, colourFromRgb, parseColour, STAMP_SHAPES, Turtle, type DrawCommand, type StampShape } from './turtle';

export interface AwaitRequest {
  await: Promise<unknown>;
}
export interface AskRequest {
  ask: string;
  numeric: boolean;
}
export type Yielded = string | AwaitRequest | AskRequest;

/** Code generated from a workspace, and the variables to show in step mode (display name → JS name). */
export interface ProgramSource {
  code: string;
  variables: { name: string; js: string }[];
}

export interface RuntimeOutput extends LabOutput {
  print(text: string): void;
  draw(command: DrawCommand): void;
}

export interface Budget {
  /** Most statements (yield points) a run may execute. */
  maxSteps: number;
  /** Most running time, ms (time spent waiting for the student, in step mode or on a question, does not count). */
  maxTimeMs: number;
}

export const DEFAULT_BUDGET: Budget = { maxSteps: 200_000_000, maxTimeMs: 10_000 };

export type Pause =
  | { kind: 'slice' }
  | { kind: 'step'; blockId: string }
  | { kind: 'ask'; prompt: string; numeric: boolean }
  | { kind: 'await'; promise: Promise<unknown> }
  | { kind: 'done' }
  | { kind: 'error'; error: ProgramError };

/** How a value looks in the console and the variables panel. */
export function formatValue(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e10) / 1e10);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return '[' + v.map((x) => (typeof x === 'string' ? JSON.stringify(x) : formatValue(x))).join(', ') + ']';
  if (v === undefined || v === null) return '—';
  return String(v);
}

function checkNumber(v: unknown, blockId: string | null): number {
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw new CodeError('notANumber', { value: typeof v === 'string' ? JSON.stringify(v) : formatValue(v) }, blockId);
  }
  return v;
}

/** What generated code calls as `__rt.…`. */
export interface ProgramApi {
  print(value: unknown): void;
  arith(op: string, a: unknown, b: unknown, blockId: string): number;
  ask(prompt: unknown, numeric: boolean): AskRequest;
  turtle: ReturnType<typeof turtleApi>;
  lab: LabSession;
  watch(snapshot: () => Record<string, unknown>): void;
}

function turtleApi(turtle: Turtle) {
  return {
    forward: (d: unknown, id: string) => turtle.forward(checkNumber(d, id)),
    turn: (dir: 'LEFT' | 'RIGHT', a: unknown, id: string) => turtle.turnLeft(dir === 'LEFT' ? checkNumber(a, id) : -checkNumber(a, id)),
    goto: (x: unknown, y: unknown, id: string) => turtle.moveTo(checkNumber(x, id), checkNumber(y, id)),
    setHeading: (a: unknown, id: string) => turtle.setHeading(checkNumber(a, id)),
    pen: (down: boolean) => void (turtle.penDown = down),
    colour: (c: unknown, id: string) => turtle.setColour(parseColour(c, id)),
    width: (w: unknown, id: string) => turtle.setWidth(checkNumber(w, id)),
    beginFill: (c: unknown, id: string) => turtle.beginFill(parseColour(c, id)),
    endFill: () => turtle.endFill(),
    stamp: (shape: string, size: unknown, id: string) =>
      turtle.stamp((STAMP_SHAPES as readonly string[]).includes(shape) ? (shape as StampShape) : 'circle', checkNumber(size, id)),
    clear: () => turtle.clear(),
    home: () => turtle.home(),
    visible: (v: boolean) => void (turtle.visible = v),
    get: (what: 'X' | 'Y' | 'HEADING') => (what === 'X' ? turtle.x : what === 'Y' ? turtle.y : turtle.headingDeg),
    hue: (h: unknown, id: string) => colourFromHue(checkNumber(h, id)),
    rgb: (r: unknown, g: unknown, b: unknown, id: string) => colourFromRgb(checkNumber(r, id), checkNumber(g, id), checkNumber(b, id)),
    pose: () => turtle.pose(),
  };
}

type ProgramFactory = (rt: ProgramApi) => Generator<Yielded, void, unknown>;

export function compileProgram(source: ProgramSource): ProgramFactory {
  const watch = source.variables
    .map((v) => `${JSON.stringify(v.name)}: typeof ${v.js} === 'undefined' ? undefined : ${v.js}`)
    .join(', ');
  const body = `"use strict";\nreturn (function* () {\n__rt.watch(() => ({${watch}}));\n${source.code}\n})();`;
  try {
    // The code comes from our own generators (text fields are quoted), and runs in a worker with
    // network and storage APIs removed; Function is how generated code becomes runnable.
    return new Function('__rt', body) as ProgramFactory;
  } catch (e) {
    throw new CodeError('syntax', { message: e instanceof Error ? e.message : String(e) });
  }
}

export class ProgramRunner {
  steps = 0;
  activeMs = 0;
  currentBlockId: string | null = null;
  readonly turtle: Turtle;
  readonly lab: LabSession;
  private readonly gen: Generator<Yielded, void, unknown>;
  private snapshot: () => Record<string, unknown> = () => ({});
  private finished = false;

  constructor(
    source: ProgramSource,
    output: RuntimeOutput,
    experiments: ExperimentSource,
    private readonly budget: Budget = DEFAULT_BUDGET,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.turtle = new Turtle((c) => output.draw(c));
    this.lab = new LabSession(experiments, output);
    const api: ProgramApi = {
      print: (v) => output.print(formatValue(v)),
      arith: (op, a, b, id) => {
        const x = checkNumber(a, id), y = checkNumber(b, id);
        switch (op) {
          case 'ADD': return x + y;
          case 'MINUS': return x - y;
          case 'MULTIPLY': return x * y;
          case 'DIVIDE':
            if (y === 0) throw new CodeError('divisionByZero', {}, id);
            return x / y;
          case 'MODULO':
            if (y === 0) throw new CodeError('divisionByZero', {}, id);
            return x % y;
          case 'POWER': return Math.pow(x, y);
          default: throw new Error(`unknown operator ${op}`);
        }
      },
      ask: (prompt, numeric) => ({ ask: formatValue(prompt), numeric }),
      turtle: turtleApi(this.turtle),
      lab: this.lab,
      watch: (s) => void (this.snapshot = s),
    };
    this.gen = compileProgram(source)(api);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Variables' current values, formatted for display. */
  variables(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.snapshot())) out[k] = formatValue(v);
    return out;
  }

  /**
   * Run until something needs the caller: a slice of work is over, a step boundary (step mode),
   * a question, a promise, the end, or an error. `input` is the answer to the previous pause.
   */
  resume(opts: { stepMode: boolean; sliceMs?: number }, input?: unknown): Pause {
    return this.advance(opts, () => this.gen.next(input));
  }

  /** Continue by throwing into the program (a failed await). */
  throwInto(error: unknown): Pause {
    return this.advance({ stepMode: false }, () => this.gen.throw(error));
  }

  private advance(opts: { stepMode: boolean; sliceMs?: number }, first: () => IteratorResult<Yielded, void>): Pause {
    if (this.finished) return { kind: 'done' };
    const start = this.now();
    const sliceMs = opts.sliceMs ?? 50;
    const { maxSteps, maxTimeMs } = this.budget;
    let next = first;
    try {
      for (;;) {
        const r = next();
        next = () => this.gen.next();
        if (r.done) {
          this.finished = true;
          this.activeMs += this.now() - start;
          return { kind: 'done' };
        }
        const y = r.value;
        if (typeof y === 'string') {
          this.currentBlockId = y;
          if (++this.steps > maxSteps) throw new CodeError('stepBudget', { steps: maxSteps });
          if (opts.stepMode) {
            this.activeMs += this.now() - start;
            return { kind: 'step', blockId: y };
          }
          if ((this.steps & 255) === 0) {
            const t = this.now();
            if (this.activeMs + (t - start) > maxTimeMs) throw new CodeError('timeBudget', { seconds: maxTimeMs / 1000 });
            if (t - start > sliceMs) {
              this.activeMs += t - start;
              return { kind: 'slice' };
            }
          }
        } else {
          this.activeMs += this.now() - start;
          if ('await' in y) return { kind: 'await', promise: y.await };
          return { kind: 'ask', prompt: y.ask, numeric: y.numeric };
        }
      }
    } catch (e) {
      this.finished = true;
      this.activeMs += this.now() - start;
      const error = toProgramError(e, this.currentBlockId);
      // Budget errors belong to the block that was running, not to a block id inside the error.
      return { kind: 'error', error };
    }
  }
}

export interface RunHooks {
  /** Answer an `ask` block (the page asks the student; tests answer directly). */
  answer?: (prompt: string, numeric: boolean) => unknown | Promise<unknown>;
  /** Called between slices (the worker flushes output and lets messages in). */
  onSlice?: () => void | Promise<void>;
}

/** Run to the end in normal mode. Resolves with the error, if any. */
export async function runToEnd(runner: ProgramRunner, hooks: RunHooks = {}): Promise<ProgramError | null> {
  let pause = runner.resume({ stepMode: false });
  for (;;) {
    switch (pause.kind) {
      case 'done':
        return null;
      case 'error':
        return pause.error;
      case 'slice':
        await hooks.onSlice?.();
        pause = runner.resume({ stepMode: false });
        break;
      case 'step':
        pause = runner.resume({ stepMode: false });
        break;
      case 'ask': {
        const a = hooks.answer ? await hooks.answer(pause.prompt, pause.numeric) : '';
        pause = runner.resume({ stepMode: false }, pause.numeric ? Number(a) : a);
        break;
      }
      case 'await': {
        let value: unknown;
        try {
          value = await pause.promise;
        } catch (e) {
          pause = runner.throwInto(e);
          break;
        }
        pause = runner.resume({ stepMode: false }, value);
        break;
      }
    }
  }
}
