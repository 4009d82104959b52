import { flushSync, untrack } from 'svelte';

/**
 * Runs `step` in a task of its own after the browser's first paint, and again in a new task while it returns true.
 * A page the browser does not paint (a hidden tab) gets no frames: after 300 ms the steps start anyway if
 * `notStarted()`. Returns the cleanup, for an $effect to return.
 */
function inTasksAfterFirstPaint(step: () => boolean, notStarted: () => boolean): () => void {
  let task = 0;
  const next = () => {
    if (step()) task = window.setTimeout(next, 0);
  };
  const frame = requestAnimationFrame(() => (task = window.setTimeout(next, 0)));
  const fallback = window.setTimeout(() => notStarted() && next(), 300);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
}

/**
 * Mounting a long page in steps: `shown` is 1 at first (what the first screen needs), then grows by one per task
 * after the first paint up to `count`, so no step is one long task (the Labs page's 68 catalogue entries and
 * 71 simulation cards in one flush were a 440–530 ms task at 4× CPU). Call it while a component initialises.
 */
export class Stages {
  #shown = $state(1);

  constructor(count: number) {
    $effect(() =>
      inTasksAfterFirstPaint(
        () => this.#shown < count && ++this.#shown < count,
        () => this.#shown === 1,
      ),
    );
  }

  /** How many steps are mounted: 1 … count. */
  get shown(): number {
    return this.#shown;
  }
}

/**
 * Mounting in two steps: what the first screen needs mounts at once, the rest (a bench's instrument
 * close-ups and share panel, the lab's live graph and recorder) once the browser has painted, in a task of
 * its own. One Svelte flush that mounted everything was one long task: 1.2 s for the Ohm's-law bench at 4×
 * CPU (issue #22, item 3: no task over 200 ms on an old PC). Call it while a component initialises.
 * It is Stages with two steps.
 */
export class AfterFirstPaint {
  #stages = new Stages(2);

  /** True from the first task after the first paint on. */
  get ready(): boolean {
    return this.#stages.shown > 1;
  }
}

/**
 * Mounting a list's costly items (a bench's part looks: a measuring cylinder's hundred marks, a meter's dial)
 * within a time budget per task, in the list's order. Items asked for (`has(i)`) while the component's first
 * flush is younger than `budgetMs` mount with it; the rest mount after the first paint, one at a time
 * (flushSync) in tasks that each end once `budgetMs` is spent. On a fast PC all mount in the first flush; at 4×
 * CPU the Ohm's-law and density benches' looks were 200–550 ms of one task (issue #22, item 3). Items added
 * later mount at once. Call it while a component initialises; read `has(i)` in the template where item i mounts.
 */
export class WithinBudget {
  /** Items below this index mount whenever asked (Infinity once every item is mounted). */
  #upTo = $state(0);
  /** How many items the first flush mounted. */
  #first = 0;
  #deadline: number;

  constructor(count: () => number, budgetMs = 40) {
    this.#deadline = performance.now() + budgetMs;
    $effect(() =>
      inTasksAfterFirstPaint(
        () => {
          const started = performance.now();
          const n = count();
          let upTo = Math.max(untrack(() => this.#upTo), this.#first);
          while (upTo < n && performance.now() - started < budgetMs) {
            this.#upTo = ++upTo;
            flushSync();
          }
          if (upTo < n) return true;
          this.#upTo = Infinity;
          return false;
        },
        () => untrack(() => this.#upTo) === 0,
      ),
    );
  }

  /** Whether item i mounts now (items are asked for in order; one refused is mounted by a later task). */
  has(i: number): boolean {
    if (i < this.#upTo) return true;
    if (performance.now() < this.#deadline) {
      this.#first = Math.max(this.#first, i + 1);
      return true;
    }
    return false;
  }
}

/**
 * A lazily imported module, requested the first time it is asked for and shared after that: the code of what
 * mounts after the first paint (a bench's close-ups) comes from here, so it is not on the page's critical path
 * and a re-render does not request it again. A failed request (offline, a new deployment) is tried again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}
