/**
 * Inline and display math for the TipTap editor, typeset with KaTeX. Node names and the `latex`
 * attribute match projects/cells/text.ts (and @tiptap/extension-mathematics), so templates, export
 * and the editor agree. Clicking a formula edits its LaTeX source.
 */
import { mergeAttributes, Node } from '@tiptap/core';
import { loadedKatex, loadMath } from './math-mathml';

export type EditLatex = (current: string, display: boolean) => Promise<string | null>;

/** Typeset into `el`; until KaTeX is loaded (its own chunk) the source is shown, then replaced. */
function render(el: HTMLElement, latex: string, display: boolean): void {
  const katex = loadedKatex();
  if (!katex) {
    el.textContent = latex;
    el.dataset.pending = latex;
    void loadMath().then(() => {
      if (el.dataset.pending === latex) render(el, latex, display);
    });
    return;
  }
  delete el.dataset.pending;
  try {
    katex.render(latex || '\\square', el, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
  } catch {
    el.textContent = latex;
  }
}

function mathNode(name: 'inlineMath' | 'blockMath', display: boolean, editLatex: EditLatex) {
  return Node.create({
    name,
    group: display ? 'block' : 'inline',
    inline: !display,
    atom: true,
    selectable: true,
    addAttributes() {
      return { latex: { default: '', parseHTML: (el) => el.getAttribute('data-latex') ?? '', renderHTML: (a) => ({ 'data-latex': a.latex as string }) } };
    },
    parseHTML() {
      return [{ tag: `${display ? 'div' : 'span'}[data-type="${name}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [display ? 'div' : 'span', mergeAttributes(HTMLAttributes, { 'data-type': name })];
    },
    addNodeView() {
      return ({ node, getPos, editor }) => {
        let current = node;
        const dom = document.createElement(display ? 'div' : 'span');
        dom.dataset.type = name;
        dom.className = display ? 'math-display' : 'math-inline';
        dom.tabIndex = -1;
        render(dom, current.attrs.latex as string, display);
        dom.addEventListener('click', async () => {
          if (!editor.isEditable) return;
          const next = await editLatex(current.attrs.latex as string, display);
          const pos = typeof getPos === 'function' ? getPos() : undefined;
          if (next === null || pos === undefined) return;
          editor.view.dispatch(editor.view.state.tr.setNodeMarkup(pos, undefined, { latex: next }));
        });
        return {
          dom,
          update(n) {
            if (n.type !== current.type) return false;
            current = n;
            render(dom, n.attrs.latex as string, display);
            return true;
          },
          ignoreMutation: () => true,
        };
      };
    },
  });
}

export function mathExtensions(editLatex: EditLatex) {
  return [mathNode('inlineMath', false, editLatex), mathNode('blockMath', true, editLatex)];
}
