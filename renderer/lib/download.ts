/** Saves a file the core produced (base64) through the browser's download mechanism. */
import type { FileDownload } from '../../shared/entities.js';

/** Decodes base64 into bytes without building one huge intermediate string per byte. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * @example
 * const r = await invoke('sheets/template', {});
 * if (r.ok) downloadFile(r.value);
 */
export function downloadFile(file: FileDownload): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens a PDF the core produced in a new browser tab, so it prints from the browser's PDF viewer
 * with the paper size it was laid out for (browser mode). Where no tab can open (Electron, or a
 * blocked pop-up) it is saved instead, to be opened and printed from the PDF reader.
 *
 * @example
 * const r = await invoke('print/skp', { id });
 * if (r.ok) openPdf(r.value);
 */
export function openPdf(file: FileDownload): void {
  const inElectron = typeof window !== 'undefined' && 'api' in window;
  if (!inElectron) {
    const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: 'application/pdf' }));
    // Not the 'noopener' feature: with it window.open always answers null, so every print was
    // also saved as a download. The opener link is cut by hand instead.
    const tab = window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
    if (tab !== null) {
      tab.opener = null;
      return;
    }
  }
  downloadFile(file);
}
