/**
 * A small builder for Blockly's JSON serialization, so example programs read like programs.
 * Block ids are stable (`prefix-1`, `prefix-2`, …) so tests can point at a block.
 */
export interface BlockState {
  type: string;
  id?: string;
  x?: number;
  y?: number;
  fields?: Record<string, unknown>;
  inputs?: Record<string, { block?: BlockState; shadow?: BlockState }>;
  next?: { block: BlockState };
  extraState?: unknown;
}

export interface WorkspaceState {
  blocks: { languageVersion: 0; blocks: BlockState[] };
  variables?: { name: string; id: string }[];
}

export class ProgramBuilder {
  private n = 0;
  private readonly vars = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  private id(): string {
    return `${this.prefix}-${++this.n}`;
  }

  variable(name: string): string {
    if (!this.vars.has(name)) this.vars.set(name, `${this.prefix}-var-${name}`);
    return this.vars.get(name)!;
  }

  block(type: string, fields?: Record<string, unknown>, inputs?: Record<string, BlockState | undefined>, extraState?: unknown): BlockState {
    const b: BlockState = { type, id: this.id() };
    if (fields) b.fields = fields;
    if (inputs) {
      b.inputs = {};
      for (const [k, v] of Object.entries(inputs)) if (v) b.inputs[k] = { block: v };
    }
    if (extraState !== undefined) b.extraState = extraState;
    return b;
  }

  num(value: number): BlockState {
    return this.block('math_number', { NUM: value });
  }
  text(value: string): BlockState {
    return this.block('text', { TEXT: value });
  }
  get(name: string): BlockState {
    return this.block('variables_get', { VAR: { id: this.variable(name) } });
  }
  set(name: string, value: BlockState): BlockState {
    return this.block('variables_set', { VAR: { id: this.variable(name) } }, { VALUE: value });
  }
  arith(op: 'ADD' | 'MINUS' | 'MULTIPLY' | 'DIVIDE' | 'POWER', a: BlockState, b: BlockState): BlockState {
    return this.block('math_arithmetic', { OP: op }, { A: a, B: b });
  }
  print(value: BlockState): BlockState {
    return this.block('text_print', undefined, { TEXT: value });
  }
  join(...parts: BlockState[]): BlockState {
    const inputs: Record<string, BlockState> = {};
    parts.forEach((p, i) => (inputs['ADD' + i] = p));
    return this.block('text_join', undefined, inputs, { itemCount: parts.length });
  }
  for(name: string, from: BlockState, to: BlockState, by: BlockState, body: BlockState[]): BlockState {
    return this.block('controls_for', { VAR: { id: this.variable(name) } }, { FROM: from, TO: to, BY: by, DO: this.seq(body) });
  }
  repeat(times: number, body: BlockState[]): BlockState {
    return this.block('controls_repeat_ext', undefined, { TIMES: this.num(times), DO: this.seq(body) });
  }

  /** Chain statements with `next`; returns the first (or undefined for an empty body). */
  seq(statements: BlockState[]): BlockState | undefined {
    for (let i = statements.length - 2; i >= 0; i--) statements[i].next = { block: statements[i + 1] };
    return statements[0];
  }

  /** The workspace: one stack of statements at the top left. */
  program(statements: BlockState[]): WorkspaceState {
    const first = this.seq(statements)!;
    first.x = 20;
    first.y = 20;
    return {
      blocks: { languageVersion: 0, blocks: [first] },
      variables: [...this.vars].map(([name, id]) => ({ name, id })),
    };
  }
}
