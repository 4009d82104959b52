/** Programs kept in this browser (localStorage) and as files (Blockly JSON with a small envelope). */
const KEY = 'sprout.coding.program';
export const FILE_FORMAT = 'sprout-lab-program';

export function saveLocal(state: object): void {
  localStorage.setItem(KEY, JSON.stringify(state));
}

export function loadLocal(): object | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as object) : null;
  } catch {
    return null;
  }
}

export function programFile(state: object): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, workspace: state }, null, 2);
}

/** The workspace in a file; accepts our envelope or a bare Blockly workspace. Throws a message naming what is wrong. */
export function parseProgramFile(text: string): object {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  if (typeof data !== 'object' || data === null) throw new Error('expected an object');
  const d = data as Record<string, unknown>;
  const ws = d.format === FILE_FORMAT ? d.workspace : d;
  if (typeof ws !== 'object' || ws === null || !('blocks' in ws || 'variables' in ws)) throw new Error('no "blocks" in the file');
  return ws;
}
