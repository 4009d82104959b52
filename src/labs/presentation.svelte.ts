/**
 * Big-screen mode (issue #19): a lab or bench shown on a classroom projector or interactive whiteboard
 * (班班通), read from the back of the room and operated with a whiteboard pen. Entered by the lab frame's
 * button, the P key or `?present=1` in the URL; left by the button, P or Esc.
 *
 * While on, the page's root element carries `data-present`: app.css hides the header and footer, grows
 * text with the screen's width and makes every control at least PRESENT_TARGET_PX (a pen on a board is
 * less precise than a finger on a tablet); the bench reads the same size for its posts and parts through
 * the `--touch-target-px` custom property. The URL says so too (`?present=1`), so a reload stays on the
 * big screen.
 */

/** A whiteboard pen's target: larger than WCAG 2.5.5's 44 px for a finger. */
export const PRESENT_TARGET_PX = 64;
export const PRESENT_PARAM = 'present';

/** Whether a URL's query asks for big-screen mode (`?present=1`, `?present=true`, `?present`). */
export function presentRequested(search: string): boolean {
  const v = new URLSearchParams(search).get(PRESENT_PARAM);
  return v !== null && v !== '0' && v !== 'false';
}

/** The same URL with big-screen mode on or off in its query; the fragment (a shared setup) is kept. */
export function withPresent(href: string, on: boolean): string {
  const u = new URL(href);
  if (on) u.searchParams.set(PRESENT_PARAM, '1');
  else u.searchParams.delete(PRESENT_PARAM);
  return u.pathname + u.search + u.hash;
}

/** What a key press means for big-screen mode: P toggles it, Esc leaves it; keys typed into fields are left alone. */
export function presentationKey(
  e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; defaultPrevented: boolean },
  presenting: boolean,
  inField: boolean,
): 'toggle' | 'leave' | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return presenting ? 'leave' : null;
  if (inField) return null;
  return e.key === 'p' || e.key === 'P' ? 'toggle' : null;
}

/** The mode for one lab frame: on/off, mirrored on the root element and in the URL. */
export class Presentation {
  on = $state(false);

  constructor(
    private readonly root: HTMLElement = document.documentElement,
    private readonly history: Pick<History, 'replaceState' | 'state'> = window.history,
    private readonly location: Pick<Location, 'href'> = window.location,
  ) {}

  set(on: boolean): void {
    if (this.on === on) return;
    this.on = on;
    if (on) this.root.dataset.present = 'true';
    else delete this.root.dataset.present;
    this.history.replaceState(this.history.state, '', withPresent(this.location.href, on));
  }

  toggle(): void {
    this.set(!this.on);
  }

  /** The frame went away (another page): the rest of the app is never left in big-screen styles. */
  dispose(): void {
    delete this.root.dataset.present;
  }
}
