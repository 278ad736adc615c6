/** Saves a file the page built (no server): a temporary object URL clicked as a download link. */

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// A byte-order mark tells spreadsheet programs the file is UTF-8 (currency signs, "ρ²", "—").
const UTF8_BOM = '\uFEFF';

export function downloadCsv(fileName: string, csv: string): void {
  downloadBlob(fileName, new Blob([UTF8_BOM, csv], { type: 'text/csv;charset=utf-8' }));
}
