/**
 * The rich-text editor of a text cell: TipTap (ProseMirror) bound to the cell's Y.XmlFragment, with
 * teammates' carets and math nodes. TipTap and ProseMirror are ~400 KB of the notebook's code, so
 * this module is its own chunk: the notebook starts loading it at once (editor-loader.ts), in
 * parallel with opening the document, and text cells show a static preview until it is in.
 */
import { Editor, Extension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import { yCursorPlugin, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { mathExtensions, type EditLatex } from '../math-nodes';

export { Editor, ySyncPluginKey };

/**
 * Typing an address and a space makes it a link (StarterKit's autolink). Text that comes from Yjs (the cell's
 * content when the editor opens, a teammate's typing, an undo) is shown as it is: its links were made where it
 * was typed. Without this, opening a notebook ran autolink over the first paragraph (a link made on the
 * reader's side, written back for everyone: the document changed by being opened) and initialised linkify's
 * tables in the first editor's mount (~60 ms of a 260 ms task on a school PC, issue #22).
 */
const TypedLinksOnly = Extension.create({
  name: 'typedLinksOnly',
  dispatchTransaction({ transaction, next }) {
    if ((transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin) transaction.setMeta('preventAutolink', true);
    next(transaction);
  },
});

function caret(user: { name?: string; color?: string }): HTMLElement {
  const el = document.createElement('span');
  el.className = 'caret';
  el.style.borderColor = user.color ?? '#888';
  const label = document.createElement('span');
  label.className = 'caret-label';
  label.style.background = user.color ?? '#888';
  label.textContent = user.name ?? '?';
  el.append(label);
  return el;
}

/**
 * The editor for a cell; with `element: null` it is not on the page yet: `editor.mount(el)` puts it there.
 * Building it (extensions, schema: ~¼ of the cost) and mounting it (the view, the fragment's content:
 * ~¾) can so run in two tasks, each shorter than 200 ms on a school PC (issue #22).
 */
export function createTextEditor(opts: {
  element: HTMLElement | null;
  fragment: Y.XmlFragment;
  awareness: Awareness;
  undoManager: Y.UndoManager;
  editable: boolean;
  editLatex: EditLatex;
  label: string;
  onTransaction: () => void;
}): Editor {
  const Carets = Extension.create({
    name: 'teamCarets',
    addProseMirrorPlugins() {
      return [
        yCursorPlugin(opts.awareness, {
          cursorBuilder: (u: { name?: string; color?: string }) => caret(u),
          selectionBuilder: (u: { color?: string }) => ({ style: `background-color: ${u.color ?? '#888'}33`, class: 'team-selection' }),
        }),
      ];
    },
  });
  return new Editor({
    element: opts.element,
    editable: opts.editable,
    extensions: [
      StarterKit.configure({ undoRedo: false, heading: { levels: [1, 2, 3] }, link: { openOnClick: false, autolink: true } }),
      Collaboration.configure({ fragment: opts.fragment, yUndoOptions: { undoManager: opts.undoManager } }),
      Carets,
      TypedLinksOnly,
      ...mathExtensions(opts.editLatex),
    ],
    editorProps: { attributes: { 'aria-label': opts.label, role: 'textbox', 'aria-multiline': 'true', class: 'prose' } },
    onTransaction: opts.onTransaction,
  });
}
