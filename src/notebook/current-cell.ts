/**
 * The cell a student last worked in, per project, remembered in this browser: "Send to notebook"
 * offers to put lab data right after it. The notebook writes it when a cell gets the focus.
 */
const key = (projectId: string) => `sprout.notebook.current.${projectId}`;

export function rememberCurrentCell(projectId: string, cellId: string): void {
  try {
    localStorage.setItem(key(projectId), cellId);
  } catch {
    /* private mode: not remembered */
  }
}

export function currentCell(projectId: string): string | null {
  try {
    return localStorage.getItem(key(projectId));
  } catch {
    return null;
  }
}
