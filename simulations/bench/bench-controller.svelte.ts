/**
 * The bench view's state: the editor (pure, in editor.ts) wrapped so Svelte sees its changes, kept in
 * step with the model (edits go to the model; a reset that changes the setup comes back to the editor),
 * plus what is purely visual (focus, a part picked up by keyboard, a wire being drawn, announcements).
 */
import type { ParamValue } from '../core/params';
import type { BenchModel } from './bench-model';
import { BenchEditor, type EditRefusal, type EditResult } from './editor';
import type { Setup, TerminalRef } from './setup';

export class BenchController {
  /** The setup as last drawn (immutable; replaced on every change). */
  setup = $state.raw<Setup>(null as unknown as Setup);
  selection = $state.raw<ReadonlySet<string>>(new Set());
  /** A wire being drawn: from this terminal to the pointer (or to the next terminal chosen by keyboard). */
  wireFrom = $state.raw<TerminalRef | null>(null);
  /** Keyboard pick-up: the part moves with the arrows and lands on Enter. */
  pickedUp = $state<string | null>(null);
  /** The latest announcement for the live region. */
  announcement = $state('');
  refusal = $state.raw<EditRefusal | null>(null);
  canUndo = $state(false);
  canRedo = $state(false);
  undoLabel = $state<{ key: string; vars: Record<string, string> } | null>(null);
  readonly editor: BenchEditor;
  private seenRevision: number;

  constructor(
    readonly model: BenchModel,
    readonly opts: { role: 'student' | 'teacher'; gridM: number; tableWidthM: number; tableHeightM: number; onEdited: () => void },
  ) {
    this.editor = new BenchEditor(model.catalog, model.setup, opts);
    this.seenRevision = model.setupRevision;
    this.setup = model.setup;
    this.editor.subscribe((setup) => {
      if (setup !== this.model.setup) {
        this.model.edit(setup);
        this.seenRevision = this.model.setupRevision;
        opts.onEdited();
      }
      this.sync();
    });
  }

  /** The model's setup changed outside the editor (a parameter from the frame, reset, restore): adopt it as one undoable step. */
  follow(): void {
    if (this.model.setupRevision === this.seenRevision) return;
    this.seenRevision = this.model.setupRevision;
    if (this.model.setup !== this.editor.setup) this.editor.replace(this.model.setup, 'bench.action.follow');
    this.sync();
  }

  private sync() {
    this.setup = this.editor.setup;
    this.selection = this.editor.selection;
    this.canUndo = this.editor.canUndo;
    this.canRedo = this.editor.canRedo;
    const u = this.editor.nextUndo;
    this.undoLabel = u ? { key: u.labelKey, vars: u.vars } : null;
  }

  /** Run an edit; keep its refusal (shown and announced by the view) or clear it. */
  run(edit: (e: BenchEditor) => EditResult | { ok: true } | { ok: false; refusal: EditRefusal }): boolean {
    const r = edit(this.editor);
    this.refusal = r.ok ? null : r.refusal;
    this.sync();
    return r.ok;
  }

  select(partId: string, additive = false) {
    this.editor.select(partId, additive);
    this.sync();
  }
  selectAll() {
    this.editor.selectAll();
    this.sync();
  }
  clearSelection() {
    this.editor.clearSelection();
    this.sync();
  }
  selectInRect(x0: number, y0: number, x1: number, y1: number, additive: boolean) {
    this.editor.selectInRect(x0, y0, x1, y1, additive);
    this.sync();
  }

  setLive(partId: string, prop: string, value: ParamValue) {
    this.run((e) => e.setProp(partId, prop, value));
  }

  undo() {
    const c = this.editor.undo();
    this.sync();
    return c;
  }
  redo() {
    const c = this.editor.redo();
    this.sync();
    return c;
  }
}
