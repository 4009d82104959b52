/**
 * Mounting in two steps: what the first screen needs mounts at once, the rest (a bench's instrument
 * close-ups and share panel, the lab's live graph and recorder) once the browser has painted, in a task of
 * its own. One Svelte flush that mounted everything was one long task: 1.2 s for the Ohm's-law bench at 4×
 * CPU (issue #22, item 3: no task over 200 ms on an old PC). Call it while a component initialises.
 */
export class AfterFirstPaint {
  #ready = $state(false);

  constructor() {
    $effect(() => {
      const show = () => (this.#ready = true);
      let task = 0;
      const frame = requestAnimationFrame(() => (task = window.setTimeout(show, 0)));
      // a page the browser does not paint (a hidden tab) gets no frames: the rest comes anyway
      const fallback = window.setTimeout(show, 300);
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(task);
        clearTimeout(fallback);
      };
    });
  }

  /** True from the first task after the first paint on. */
  get ready(): boolean {
    return this.#ready;
  }
}
