/**
 * LaTeX to MathML with KaTeX, for previews and export files (no fonts or CSS needed). KaTeX (~260 KB,
 * and its stylesheet, which the editor's typeset formulas need) is its own chunk, loaded the first
 * time a formula is shown or a file exported, or in the background once the notebook is open.
 */
type Katex = typeof import('katex').default;

let katex: Katex | null = null;
let loading: Promise<Katex> | null = null;

/** Load KaTeX and its stylesheet (once, for the editor's formulas); resolves when `mathToMathml` typesets. */
export function loadMath(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => (katex = m.default));
  return loading;
}

export function mathLoaded(): boolean {
  return katex !== null;
}

/** KaTeX if already loaded, else null. */
export function loadedKatex(): Katex | null {
  return katex;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * KaTeX as MathML only. Until KaTeX is loaded (see `loadMath`) the LaTeX source is shown as code; callers
 * decide when to load it (a notebook's previews only once the text editor is in: on a slow link its 77 KB
 * would otherwise share the link with the editor's code) and those that need the typeset form await
 * `loadMath()` first.
 */
export function mathToMathml(latex: string, display: boolean): string {
  if (!katex) {
    return `<code class="math-source">${escapeHtml(latex)}</code>`;
  }
  return katex.renderToString(latex, { displayMode: display, throwOnError: false, output: 'mathml' });
}

/** Why KaTeX cannot typeset `latex` (its parse error), or null when it can. Needs KaTeX loaded (`loadMath`). */
export function latexError(latex: string): string | null {
  if (!katex) return null;
  try {
    katex.renderToString(latex, { throwOnError: true, output: 'mathml' });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.replace(/^KaTeX parse error: /, '') : String(e);
  }
}
