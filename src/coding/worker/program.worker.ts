/**
 * The program worker: runs a student's program off the page, so an endless loop never freezes it
 * (the page's Stop terminates this worker and starts a fresh one). Before any program runs, the
 * network and storage APIs are removed from the worker's global scope.
 */
import { CodeError, toProgramError } from '../runtime/errors';
import { registryExperiments } from '../runtime/experiments';
import { ProgramRunner, type Pause } from '../runtime/interpreter';
import type { DataTable } from '../../../simulations/core/recorder';
import type { PlotRequest } from '../runtime/lab';
import type { DrawCommand } from '../runtime/turtle';
import type { FromWorker, OutputBatch, RunSpeed, ToWorker } from './protocol';

// tsconfig's lib is DOM (not WebWorker); the worker scope is typed by the little it needs here.
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'importScripts', 'indexedDB', 'EventSource', 'caches', 'BroadcastChannel', 'WebTransport', 'Request', 'navigator']) {
  try {
    Object.defineProperty(scope, name, { value: undefined, configurable: false, writable: false });
  } catch {
    /* not present in this browser */
  }
}

const post = (m: FromWorker) => scope.postMessage(m);
const SLOW_STEP_MS = 250;

let runner: ProgramRunner | null = null;
let mode: 'run' | 'step' = 'run';
let speed: RunSpeed = 'fast';
let prints: string[] = [];
let draws: DrawCommand[] = [];
let table: DataTable | null = null;
let plot: PlotRequest | null = null;
let lastAskNumeric = false;

function flush(): void {
  if (!runner) return;
  const batch: OutputBatch = { type: 'batch', highlight: runner.currentBlockId, prints, draws, pose: runner.turtle.pose(), table, plot };
  prints = [];
  draws = [];
  table = null;
  plot = null;
  post(batch);
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Drive the runner until it needs the student (a step, a question) or ends. */
async function drive(pause: Pause): Promise<void> {
  const r = runner!;
  for (;;) {
    switch (pause.kind) {
      case 'slice':
        flush();
        await tick();
        if (runner !== r) return;
        pause = r.resume({ stepMode: false });
        break;
      case 'step':
        flush();
        if (mode === 'step') {
          post({ type: 'paused', blockId: pause.blockId, variables: r.variables() });
          return;
        }
        await sleep(SLOW_STEP_MS); // slow run: the student watches the highlight move
        pause = r.resume({ stepMode: speed === 'slow' });
        break;
      case 'ask':
        flush();
        lastAskNumeric = pause.numeric;
        post({ type: 'ask', prompt: pause.prompt, numeric: pause.numeric });
        return;
      case 'await': {
        flush();
        let value: unknown;
        try {
          value = await pause.promise;
        } catch (e) {
          pause = r.throwInto(e);
          break;
        }
        pause = r.resume({ stepMode: mode === 'step' || speed === 'slow' }, value);
        break;
      }
      case 'done':
        flush();
        post({ type: 'done', steps: r.steps, ms: Math.round(r.activeMs), variables: r.variables() });
        return;
      case 'error':
        flush();
        post({ type: 'error', error: pause.error, steps: r.steps, variables: r.variables() });
        return;
    }
  }
}

const stepMode = () => mode === 'step' || speed === 'slow';

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  switch (m.type) {
    case 'start': {
      mode = m.mode;
      speed = m.speed;
      prints = [];
      draws = [];
      table = null;
      plot = null;
      try {
        runner = new ProgramRunner(m.source, {
          print: (s) => prints.push(s),
          draw: (c) => draws.push(c),
          table: (t) => (table = t),
          plot: (p) => (plot = p),
        }, registryExperiments);
      } catch (err) {
        post({ type: 'error', error: toProgramError(err instanceof CodeError ? err : new CodeError('syntax', { message: String(err) }), null), steps: 0, variables: {} });
        return;
      }
      void drive(runner.resume({ stepMode: stepMode() }));
      break;
    }
    case 'step':
      if (runner && !runner.done) void drive(runner.resume({ stepMode: true }));
      break;
    case 'continue':
      mode = 'run';
      speed = m.speed;
      if (runner && !runner.done) void drive(runner.resume({ stepMode: stepMode() }));
      break;
    case 'answer':
      if (runner && !runner.done) {
        void drive(runner.resume({ stepMode: stepMode() }, lastAskNumeric ? Number(m.value) : m.value));
      }
      break;
  }
};

post({ type: 'ready' });
