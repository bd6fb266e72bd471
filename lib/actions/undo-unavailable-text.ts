import type { UndoUnavailable } from './undo-store';

/** Sizes as people read them: "840 KB", "9.6 MB" (powers of 1024, as the browser's quota). */
function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What the popup says before a clear that could not be undone, with the size of what would be lost. */
export function undoUnavailableText(info: UndoUnavailable, site: string): string {
  const size = sizeText(info.bytes);
  return info.reason === 'too-large'
    ? `${site}'s cookies and local storage take ${size}, more than the ${sizeText(info.limitBytes)} the extension can keep to undo a clear. Clear them without a way back?`
    : `The extension could not keep a copy of ${site}'s cookies and local storage (${size}) to undo a clear: its storage is full. Clear them without a way back?`;
}
