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
