/**
 * The block editor (Blockly, loaded lazily in its own chunk by CodingPage): workspace with toolbox,
 * language switching, highlighting the running block, warnings on the block that caused an error.
 */
import * as Blockly from 'blockly';
import { findSimulation, simulations } from '../../simulations/registry';
import { registerBlocks, setBlocklyLanguage, type CodingLocale } from './blocks/blockly-setup';
import { programGenerator } from './blocks/compile';
import { buildToolbox } from './blocks/toolbox';
import type { ProgramSource } from './runtime/interpreter';
import { applyBlocklyEvent, loadWorkspaceJson, observeProgram, toBlocklyJson, type BlocklyEventJson, type WorkspaceJson, type YProgram } from '../../projects/cells/program';

export interface EditorOptions {
  locale: CodingLocale;
  messages: Record<string, string>;
  onChange?: () => void;
}

export class BlockEditor {
  private workspace: Blockly.WorkspaceSvg;
  private messages: Record<string, string>;
  private highlighted: string | null = null;
  private warned = new Set<string>();

  constructor(
    private readonly container: HTMLElement,
    private readonly options: EditorOptions,
  ) {
    this.messages = options.messages;
    registerBlocks(() =>
      simulations.map((s) => ({ id: s.meta.id, label: this.messages[s.meta.titleKey] ?? findSimulation(s.meta.id)?.meta.id ?? s.meta.id })),
    );
    setBlocklyLanguage(options.locale, this.messages);
    this.workspace = this.inject();
  }

  private t = (key: string) => this.messages[key] ?? key;

  private inject(): Blockly.WorkspaceSvg {
    const ws = Blockly.inject(this.container, {
      toolbox: buildToolbox(this.t),
      sounds: false,
      // Icons from Blockly's own package, served by us (vite.config.ts), never off-site.
      media: '/blockly-media/',
      trashcan: true,
      zoom: { controls: true, wheel: true, startScale: 0.9 },
      move: { scrollbars: true, drag: true, wheel: false },
      grid: { spacing: 24, length: 2, colour: '#e4e4e4', snap: true },
    });
    ws.addChangeListener((e) => {
      if (e.isUiEvent) return;
      this.options.onChange?.();
    });
    // Blockly names its focusable workspace <g> with aria-label but gives it no role, and a name is not
    // allowed on an element without one (axe: aria-prohibited-attr): say what it is, a group of blocks.
    ws.getSvgGroup().setAttribute('role', 'group');
    return ws;
  }

  get blockly(): Blockly.WorkspaceSvg {
    return this.workspace;
  }

  /** Rebuild the workspace in another language, keeping the blocks. */
  setLanguage(locale: CodingLocale, messages: Record<string, string>): void {
    const state = this.save();
    this.messages = messages;
    this.workspace.dispose();
    setBlocklyLanguage(locale, messages);
    this.workspace = this.inject();
    this.load(state);
  }

  save(): object {
    return Blockly.serialization.workspaces.save(this.workspace);
  }

  /** Replace the blocks; throws a readable Error if the state is not a valid program. */
  /** The notebook program this workspace is bound to, if any (see bindProgram). */
  private boundProgram: YProgram | null = null;

  /**
   * Replace the whole program (an example, a file, "New"). When bound to a notebook cell the new
   * program is written to Yjs, so teammates get it too; the workspace then reloads from there.
   */
  replace(state: object): void {
    if (this.boundProgram) loadWorkspaceJson(this.boundProgram, state as WorkspaceJson);
    else this.load(state);
  }

  load(state: object): void {
    Blockly.Events.disable();
    try {
      this.workspace.clear();
      Blockly.serialization.workspaces.load(state, this.workspace);
    } finally {
      Blockly.Events.enable();
    }
    this.highlighted = null;
    this.warned.clear();
    this.options.onChange?.();
  }

  clear(): void {
    this.workspace.clear();
  }

  program(): ProgramSource {
    return programGenerator().program(this.workspace);
  }

  highlight(blockId: string | null): void {
    if (blockId === this.highlighted) return;
    this.highlighted = blockId;
    this.workspace.highlightBlock(blockId && this.workspace.getBlockById(blockId) ? blockId : null);
  }

  /** Show an error on the block that caused it (and bring it into view). */
  warn(blockId: string | null, text: string): void {
    const block = blockId ? this.workspace.getBlockById(blockId) : null;
    if (!block) return;
    block.setWarningText(text);
    this.warned.add(block.id);
    this.workspace.centerOnBlock(block.id);
  }

  clearWarnings(): void {
    for (const id of this.warned) this.workspace.getBlockById(id)?.setWarningText(null);
    this.warned.clear();
  }

  /**
   * Keep this workspace and a notebook program cell in step: local block changes go to Yjs one block
   * at a time; a teammate's changes reload the workspace. Returns the function that unbinds.
   */
  bindProgram(program: YProgram): () => void {
    const origin = { editor: this };
    let applyingRemote = false;
    const reload = () => {
      applyingRemote = true;
      try {
        this.load(toBlocklyJson(program));
      } finally {
        applyingRemote = false;
      }
    };
    reload();
    const listener = (e: Blockly.Events.Abstract) => {
      if (e.isUiEvent || applyingRemote) return;
      applyBlocklyEvent(program, e.toJson() as unknown as BlocklyEventJson, origin);
    };
    let ws = this.workspace;
    ws.addChangeListener(listener);
    this.boundProgram = program;
    const unobserve = observeProgram(program, (o) => {
      if (o !== origin) reload();
    });
    return () => {
      unobserve();
      if (this.boundProgram === program) this.boundProgram = null;
      ws.removeChangeListener(listener);
      ws = this.workspace;
    };
  }

  resize(): void {
    Blockly.svgResize(this.workspace);
  }

  dispose(): void {
    this.workspace.dispose();
  }
}
