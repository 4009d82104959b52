/** Save text or a blob as a file the browser downloads. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, text: string, mime = 'text/plain'): void {
  // A byte-order mark so that spreadsheet programs read Chinese column names in CSV correctly.
  const bom = mime === 'text/csv' ? '\uFEFF' : '';
  downloadBlob(fileName, new Blob([bom + text], { type: `${mime};charset=utf-8` }));
}
