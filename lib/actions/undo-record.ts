import type { BlockEntry, BlockScope } from '../settings/settings';
import type { StoredCookie } from './stored-cookie';
import type { DatabaseCopy } from '../storage/indexeddb-copy';

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
      /**
       * The tab's other key-value stores as they were: the page's sessionStorage, and the
       * localStorage and sessionStorage of its chat vendors' frames. Absent in older records.
       */
      readonly webStorage?: readonly WebStorageCopy[];
      /** IndexedDB databases as they were, by origin (the page's, its chat vendors' frames'). Absent in older records. */
      readonly indexedDB?: readonly IndexedDbCopy[];
      /** The tab they were taken in: a sessionStorage lives in one tab only. */
      readonly tabId?: number;
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
  | { readonly kind: 'redo-opt-out'; readonly vendorId: string; readonly site: string; readonly url: string; readonly storeId?: string };

/** One origin's localStorage or sessionStorage, as an undo puts it back. */
export interface WebStorageCopy {
  readonly origin: string;
  readonly area: 'localStorage' | 'sessionStorage';
  readonly items: Readonly<Record<string, string>>;
}

/** One origin's IndexedDB databases, as an undo puts them back (lib/storage/indexeddb-copy.ts). */
export interface IndexedDbCopy {
  readonly origin: string;
  readonly databases: readonly DatabaseCopy[];
}

/** Undo records expire: an undo button from an old popup must not act on a changed world. */
export const UNDO_TTL_MS = 30 * 60 * 1000;

/**
 * The largest undo record kept (its JSON, UTF-8): 8 MiB of `storage.session`'s 10 MiB, which
 * every tab's state shares. A site's local storage can hold 5.24 M characters (Chromium's limit,
 * measured): 5.3 MB as ASCII fits; as text in most other scripts (3 bytes a character in UTF-8)
 * it does not, and the user is asked before such a clear (clear without undo, or cancel).
 */
export const UNDO_RECORD_MAX_BYTES = 8 * 1024 * 1024;

/** What is stored under an undo key: the record and when it stops being usable. */
export interface UndoEntry {
  readonly record: UndoRecord;
  readonly expires: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCookie = (value: unknown) =>
  isObject(value) && isString(value.name) && isString(value.value) && isString(value.domain) && isString(value.path) && isString(value.storeId);
const isCookies = (value: unknown) => Array.isArray(value) && value.every(isCookie);
const isScope = (value: unknown) => isObject(value) && (value.kind === 'everywhere' || (value.kind === 'site' && isString(value.site)));
const isBlock = (value: unknown) => isObject(value) && isString(value.targetId) && isScope(value.scope) && (value.mode === 'block' || value.mode === 'cookieless');
const isStorageCopy = (value: unknown) =>
  value === null || (isObject(value) && isString(value.origin) && isObject(value.items) && Object.values(value.items).every(isString));

const isWebStorageCopy = (value: unknown) =>
  isObject(value) && (value.area === 'localStorage' || value.area === 'sessionStorage') && isStorageCopy({ origin: value.origin, items: value.items }) && value.items !== null;

// The records' values are checked where they are decoded (lib/storage/structured-value-codec.ts).
const isStoreCopy = (value: unknown) =>
  isObject(value) && isString(value.name) && typeof value.autoIncrement === 'boolean' && Array.isArray(value.indexes) && Array.isArray(value.records) &&
  value.records.every((record) => Array.isArray(record) && record.length === 2);
const isDatabaseCopy = (value: unknown) =>
  isObject(value) && isString(value.name) && Number.isSafeInteger(value.version) && isString(value.fingerprint) && Array.isArray(value.stores) && value.stores.every(isStoreCopy);
const isIndexedDbCopy = (value: unknown) => isObject(value) && isString(value.origin) && Array.isArray(value.databases) && value.databases.every(isDatabaseCopy);

function isUndoRecord(value: unknown): value is UndoRecord {
  if (!isObject(value)) return false;
  switch (value.kind) {
    case 'restore-site-data':
      return isString(value.site) && isCookies(value.cookies) && isStorageCopy(value.localStorage) &&
        (value.webStorage === undefined || (Array.isArray(value.webStorage) && value.webStorage.every(isWebStorageCopy))) &&
        (value.indexedDB === undefined || (Array.isArray(value.indexedDB) && value.indexedDB.every(isIndexedDbCopy))) &&
        (value.tabId === undefined || Number.isInteger(value.tabId));
    case 'remove-block':
      return isString(value.targetId) && isScope(value.scope) && (value.previous === null || isBlock(value.previous));
    case 'restore-block':
      return isBlock(value.entry);
    case 'revert-opt-out':
      return isString(value.vendorId) && isString(value.site) && isCookies(value.before) &&
        Array.isArray(value.set) && value.set.every((cookie) => isObject(cookie) && isString(cookie.url) && isString(cookie.name));
    case 'redo-opt-out':
      return isString(value.vendorId) && isString(value.site) && isString(value.url) && (value.storeId === undefined || isString(value.storeId));
    default:
      return false;
  }
}

/** An undo entry as storage holds it, or null when the value is not one (storage may hold anything). */
export function parseUndoEntry(value: unknown): UndoEntry | null {
  if (!isObject(value) || typeof value.expires !== 'number' || !Number.isFinite(value.expires) || !isUndoRecord(value.record)) return null;
  return { record: value.record, expires: value.expires };
}
