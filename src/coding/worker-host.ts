/**
 * The page's side of the program worker: start, stop (terminate and start a fresh worker at once,
 * so Stop works even in an endless loop), step, continue, answer.
 */
import type { ProgramSource } from './runtime/interpreter';
import type { FromWorker, RunMode, RunSpeed, ToWorker } from './worker/protocol';

export class WorkerHost {
  private worker: Worker;
  running = false;

  constructor(private readonly onMessage: (m: FromWorker) => void) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(new URL('./worker/program.worker.ts', import.meta.url), { type: 'module', name: 'sprout-program' });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'done' || m.type === 'error') this.running = false;
      this.onMessage(m);
    };
    return w;
  }

  private send(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  start(source: ProgramSource, mode: RunMode, speed: RunSpeed): void {
    if (this.running) this.stop();
    this.running = true;
    this.send({ type: 'start', source, mode, speed });
  }

  step(): void {
    this.send({ type: 'step' });
  }

  continue(speed: RunSpeed): void {
    this.send({ type: 'continue', speed });
  }

  answer(value: string): void {
    this.send({ type: 'answer', value });
  }

  stop(): void {
    this.worker.terminate();
    this.running = false;
    this.worker = this.spawn();
  }

  dispose(): void {
    this.worker.terminate();
  }
}
