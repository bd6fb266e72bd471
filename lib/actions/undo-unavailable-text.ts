import type { UndoUnavailable } from './undo-store';

/** Sizes as people read them: "840 KB", "9.6 MB" (powers of 1024, as the browser's quota). */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a clear could not be undone, with the size of what would be lost; the popup shows it under
 * its question ("Clear without undo?") before anything is removed.
 */
export function undoUnavailableText(info: UndoUnavailable, site: string): string {
  const size = sizeText(info.bytes);
  if (info.reason === 'not-copyable') {
    return `${site}'s IndexedDB database “${info.database ?? ''}” holds a ${info.what ?? ''}, which the extension cannot copy to undo a clear. Nothing has been removed yet.`;
  }
  const why = info.reason === 'too-large'
    ? `${site}'s cookies and local storage take ${size}, more than the ${sizeText(info.limitBytes)} the extension can keep to undo a clear.`
    : `The extension could not keep a copy of ${site}'s cookies and local storage (${size}) to undo a clear: its storage is full.`;
  return `${why} Nothing has been removed yet.`;
}
