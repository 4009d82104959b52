/**
 * Every file the app saves (CSV, Markdown, HTML, programs, pictures) leaves through here, so every CSV
 * gets the same treatment: a UTF-8 byte-order mark, without which Excel reads a CSV as the system's
 * ANSI code page and garbles Chinese column names. Other text files are written without one (HTML
 * says its charset itself; Markdown tools do not expect a mark).
 */

/** The MIME types that are saved with a byte-order mark. */
const WITH_BOM = new Set(['text/csv']);

/** The file's contents as saved: UTF-8, with the mark for CSV. */
export function textFile(text: string, mime = 'text/plain'): Blob {
  const bom = WITH_BOM.has(mime) ? '\uFEFF' : '';
  return new Blob([bom + text], { type: `${mime};charset=utf-8` });
}

/** Save a blob as a file the browser downloads. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // late enough for a slow machine saving several files at once (Markdown + one CSV per table)
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, mime = 'text/plain'): void {
  downloadBlob(fileName, textFile(text, mime));
}
