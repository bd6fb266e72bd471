/** What the browsers tell about a tab and the cookie stores (only the fields used here). */
export interface TabOfStore {
  readonly id?: number;
  /** Firefox names the tab's store on the tab itself (private windows, containers). */
  readonly cookieStoreId?: string;
}

export interface CookieStoreOfTabs {
  readonly id: string;
  readonly tabIds: readonly number[];
}

/**
 * The cookie store that holds a tab's cookies. Without it the cookies API answers from the
 * store of the extension's own context (the normal profile), so an incognito tab's Clear would
 * read and remove the normal profile's cookies of the same site instead of the tab's own.
 * Undefined when neither source names one (then the default store is the right one).
 */
export function cookieStoreIdOfTab(tab: TabOfStore, stores: readonly CookieStoreOfTabs[]): string | undefined {
  if (tab.cookieStoreId) return tab.cookieStoreId;
  if (tab.id === undefined) return undefined;
  return stores.find((store) => store.tabIds.includes(tab.id as number))?.id;
}
