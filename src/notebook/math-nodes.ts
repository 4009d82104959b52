/**
 * Inline and display math for the TipTap editor, typeset with KaTeX. Node names and the `latex`
 * attribute match projects/cells/text.ts (and @tiptap/extension-mathematics), so templates, export
 * and the editor agree. Clicking a formula, or Enter while it is selected, edits its LaTeX source;
 * saving it empty removes it.
 */
import { mergeAttributes, Node, type Editor } from '@tiptap/core';
import { NodeSelection, type Transaction } from '@tiptap/pm/state';
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

/**
 * Ask for the formula at `pos` anew and write it back (or remove it when it comes back empty). While
 * the student edits, teammates may change the text before it: `pos` follows their changes.
 */
async function editFormulaAt(editor: Editor, pos: number, latex: string, display: boolean, editLatex: EditLatex): Promise<void> {
  let at = pos;
  const follow = ({ transaction }: { transaction: Transaction }) => (at = transaction.mapping.map(at));
  editor.on('transaction', follow);
  let next: string | null;
  try {
    next = await editLatex(latex, display);
  } finally {
    editor.off('transaction', follow);
  }
  if (editor.isDestroyed) return; // the cell went away while the dialog was open
  const node = editor.state.doc.nodeAt(at);
  if (next !== null && node && (node.type.name === 'inlineMath' || node.type.name === 'blockMath')) {
    const tr = editor.state.tr;
    editor.view.dispatch(next === '' ? tr.delete(at, at + node.nodeSize) : tr.setNodeMarkup(at, undefined, { latex: next }));
  }
  editor.commands.focus();
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
    addKeyboardShortcuts() {
      return {
        Enter: ({ editor }) => {
          const sel = editor.state.selection;
          if (!(sel instanceof NodeSelection) || sel.node.type.name !== name || !editor.isEditable) return false;
          void editFormulaAt(editor, sel.from, sel.node.attrs.latex as string, display, editLatex);
          return true;
        },
      };
    },
    addNodeView() {
      return ({ node, getPos, editor }) => {
        let current = node;
        const dom = document.createElement(display ? 'div' : 'span');
        dom.dataset.type = name;
        dom.className = display ? 'math-display' : 'math-inline';
        dom.tabIndex = -1;
        render(dom, current.attrs.latex as string, display);
        dom.addEventListener('click', () => {
          const pos = typeof getPos === 'function' ? getPos() : undefined;
          if (editor.isEditable && pos !== undefined) void editFormulaAt(editor, pos, current.attrs.latex as string, display, editLatex);
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
