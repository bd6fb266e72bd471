import type { BlockEntry, BlockScope } from '../settings/settings';
import type { StoredCookie } from './stored-cookie';

/**
 * What the background keeps (in `storage.session`) to take one action back. Each kind is the
 * inverse of one action, so undoing never reverts other changes made since.
 */
export type UndoRecord =
  | {
      readonly kind: 'restore-site-data';
      readonly site: string;
      readonly cookies: readonly StoredCookie[];
      /** The page origin's localStorage as it was, when it could be read. */
      readonly localStorage: { readonly origin: string; readonly items: Readonly<Record<string, string>> } | null;
    }
  | { readonly kind: 'remove-block'; readonly targetId: string; readonly scope: BlockScope; readonly previous: BlockEntry | null }
  | { readonly kind: 'restore-block'; readonly entry: BlockEntry }
  | {
      readonly kind: 'revert-opt-out';
      readonly vendorId: string;
      readonly site: string;
      /** The vendor cookies as they were before (to put back), by name; absent ones are removed. */
      readonly before: readonly StoredCookie[];
      readonly set: readonly { readonly url: string; readonly name: string; readonly storeId?: string }[];
    }
  /** Undo of turning an opt-out off: set it again on the same page's site. */
  | { readonly kind: 'redo-opt-out'; readonly vendorId: string; readonly site: string; readonly url: string };

/** Undo records expire: an undo button from an old popup must not act on a changed world. */
export const UNDO_TTL_MS = 30 * 60 * 1000;
