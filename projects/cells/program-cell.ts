/**
 * Program cells in the notebook: a Blockly workspace stored block by block (projects/cells/program.ts,
 * owned by the coding lab, which also creates the cell: addProgramCell). The notebook links to the
 * coding lab at `/coding?project=<projectId>&cell=<cellId>`.
 */
import type * as Y from 'yjs';
import { cellMapOfKind, transact } from '../schema';

export function programHref(projectId: string, cellId: string): string {
  return `/coding?project=${encodeURIComponent(projectId)}&cell=${encodeURIComponent(cellId)}`;
}

/** What the notebook shows of a program cell: its name (empty when it has none) and how many blocks it has. */
export function readProgramSummary(doc: Y.Doc, cellId: string): { name: string; blocks: number } {
  const cell = cellMapOfKind(doc, cellId, 'program');
  const blocks = cell.get('blocks') as { size?: number } | undefined;
  const name = cell.get('name');
  return { name: typeof name === 'string' ? name : '', blocks: typeof blocks?.size === 'number' ? blocks.size : 0 };
}

/** Name a program cell (shown in the notebook, the diff and the exports). */
export function renameProgram(doc: Y.Doc, cellId: string, name: string): void {
  const cell = cellMapOfKind(doc, cellId, 'program');
  const n = name.trim().slice(0, 200);
  transact(doc, () => cell.set('name', n));
}
