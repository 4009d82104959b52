/**
 * Mounting a long page in steps: `shown` is 1 at first (what the first screen needs), then grows by one per task
 * after the first paint up to `count`, so no step is one long task (the Labs page's 68 catalogue entries and
 * 71 simulation cards in one flush were a 440–530 ms task at 4× CPU). Call it while a component initialises.
 */
export class Stages {
  #shown = $state(1);

  constructor(count: number) {
    $effect(() => {
      let task = 0;
      const next = () => {
        if (this.#shown >= count) return;
        this.#shown++;
        task = window.setTimeout(next, 0);
      };
      const frame = requestAnimationFrame(() => (task = window.setTimeout(next, 0)));
      // a page the browser does not paint (a hidden tab) gets no frames: the rest comes anyway
      const fallback = window.setTimeout(() => this.#shown === 1 && next(), 300);
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(task);
        clearTimeout(fallback);
      };
    });
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
