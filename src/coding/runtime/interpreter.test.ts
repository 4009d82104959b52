/** The interpreter on its own: step mode with variables, budgets, questions, awaits, errors. */
import { describe, expect, it } from 'vitest';
import { ProgramRunner, runToEnd, type ProgramSource, type RuntimeOutput } from './interpreter';
import type { ExperimentSource } from './lab';

const noExperiments: ExperimentSource = { find: () => undefined, ids: () => [] };
const sink = (): RuntimeOutput & { printed: string[] } => {
  const printed: string[] = [];
  return { printed, print: (s) => printed.push(s), draw: () => {}, table: () => {}, plot: () => {} };
};

describe('ProgramRunner', () => {
  it('steps one block at a time, showing variables before each block runs', () => {
    const src: ProgramSource = {
      code: "var n;\nyield 'a';\nn = 1;\nyield 'b';\nn = __rt.arith('ADD', n, 41, 'b');\nyield 'c';\n__rt.print(n);\n",
      variables: [{ name: 'n', js: 'n' }],
    };
    const out = sink();
    const r = new ProgramRunner(src, out, noExperiments);
    const seen: [string, string][] = [];
    let p = r.resume({ stepMode: true });
    while (p.kind === 'step') {
      seen.push([p.blockId, r.variables().n]);
      p = r.resume({ stepMode: true });
    }
    expect(p.kind).toBe('done');
    expect(seen).toEqual([
      ['a', '—'],
      ['b', '1'],
      ['c', '42'],
    ]);
    expect(out.printed).toEqual(['42']);
  });

  it('ends an endless loop with the step budget, on the loop block', async () => {
    const r = new ProgramRunner({ code: "yield 'loop';\nwhile (true) {\n  yield 'loop';\n}\n", variables: [] }, sink(), noExperiments, { maxSteps: 100_000, maxTimeMs: 60_000 });
    const error = await runToEnd(r);
    expect(error).toEqual({ code: 'stepBudget', values: { steps: 100_000 }, blockId: 'loop' });
  });

  it('ends an endless loop with the time budget, counting only running time', async () => {
    let clock = 0;
    // A fake clock advancing 0.01 ms per reading: 2 s of budget is reached after a known number of readings.
    const r = new ProgramRunner({ code: "while (true) {\n  yield 'loop';\n}\n", variables: [] }, sink(), noExperiments, { maxSteps: 1e12, maxTimeMs: 2000 }, () => (clock += 0.01));
    let slices = 0;
    const error = await runToEnd(r, { onSlice: () => void slices++ });
    expect(error?.code).toBe('timeBudget');
    expect(error?.values).toEqual({ seconds: 2 });
    expect(slices).toBeGreaterThan(10); // it gave the caller control many times along the way
  });

  it('waits for a promise (building a model) and passes its value back into the program', async () => {
    const src: ProgramSource = { code: "var v;\nyield 'a';\nv = (yield { await: Promise.resolve(7) });\n__rt.print(v * 6);\n", variables: [{ name: 'v', js: 'v' }] };
    const out = sink();
    expect(await runToEnd(new ProgramRunner(src, out, noExperiments))).toBeNull();
    expect(out.printed).toEqual(['42']);
  });

  it('reports a JavaScript error on the block that was running, and a syntax error up front', async () => {
    const r = new ProgramRunner({ code: "yield 'x';\nvar l = 5;\nl.push(1);\n", variables: [] }, sink(), noExperiments);
    expect(await runToEnd(r)).toMatchObject({ code: 'runtime', blockId: 'x' });
    expect(() => new ProgramRunner({ code: 'yield (;', variables: [] }, sink(), noExperiments)).toThrow(/syntax/);
  });

  it('runs a 10 000-iteration loop of simple arithmetic well under 200 ms', async () => {
    const code = "var s, i;\nyield 'a';\ns = 0;\nyield 'f';\nfor (i = 1; i <= 10000; i++) {\n  yield 'b';\n  s = __rt.arith('ADD', s, __rt.arith('MULTIPLY', i, 2, 'm'), 'p');\n  yield 'f';\n}\nyield 'c';\n__rt.print(s);\n";
    const out = sink();
    const r = new ProgramRunner({ code, variables: [] }, out, noExperiments);
    const t0 = performance.now();
    expect(await runToEnd(r)).toBeNull();
    const ms = performance.now() - t0;
    expect(out.printed).toEqual([String(10000 * 10001)]); // 2·Σi = n(n+1)
    expect(ms).toBeLessThan(200);
  });
});
