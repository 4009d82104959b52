/** The text editor chunk (text-editor.ts), loaded once; started as soon as a notebook opens. */
let loading: Promise<typeof import('./text-editor')> | null = null;

export function loadTextEditor(): Promise<typeof import('./text-editor')> {
  loading ??= import('./text-editor');
  return loading;
}
