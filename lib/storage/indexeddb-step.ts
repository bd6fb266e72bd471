import type { DatabaseCopy } from './indexeddb-copy';

/**
 * One step on a frame origin's IndexedDB, as the background asks the frame for it
 * (entrypoints/indexeddb-steps.ts). `clear` takes each database only while it matches its copy.
 */
export type IndexedDbStep =
  | { readonly kind: 'copy'; readonly maxBytes: number }
  | { readonly kind: 'clear'; readonly databases: readonly Pick<DatabaseCopy, 'name' | 'version' | 'fingerprint'>[] }
  /** Clear without undo: every database as it is. */
  | { readonly kind: 'clear-all' }
  | { readonly kind: 'restore'; readonly databases: readonly DatabaseCopy[] };
