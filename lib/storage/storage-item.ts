/** The web storage areas the extension lists besides cookies. */
export type StorageArea = 'localStorage' | 'sessionStorage' | 'indexedDB';

export const storageAreas: readonly StorageArea[] = ['localStorage', 'sessionStorage', 'indexedDB'];

/** One key (or IndexedDB database) as read from a frame of the tab. */
export interface RawStorageItem {
  readonly area: StorageArea;
  /** The origin of the frame that holds it ("https://secure.livechatinc.com"). */
  readonly origin: string;
  /** The key; for IndexedDB, the database's name. */
  readonly key: string;
  /**
   * Its size as the browser counts it against the quota: key and value in UTF-16, two bytes a
   * character. Null for an IndexedDB database (its size cannot be read without opening it).
   */
  readonly bytes: number | null;
}

/** One row of the popup's storage table; `scan`'s `storage[]` element (contract fields first). */
export interface StorageRecord {
  readonly area: StorageArea;
  readonly origin: string;
  readonly key: string;
  readonly vendor: string | null;
  readonly purpose: string | null;
  readonly bytes: number | null;
  /** Catalogue id of the chat widget that keeps it, when it is one. */
  readonly widgetId: string | null;
  /** `first` when the origin is of the page's site; `third` for another site's frame. */
  readonly party: 'first' | 'third';
}
