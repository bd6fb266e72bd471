import { browser, type Browser } from 'wxt/browser';
import { cookieStoreIdOfTab } from '@/lib/cookies/tab-cookie-store';

/** The cookie store of a tab (its private window's or container's); undefined for the default one. */
export async function cookieStoreIdOf(tab: Browser.tabs.Tab): Promise<string | undefined> {
  const cookieStoreId = (tab as Browser.tabs.Tab & { cookieStoreId?: string }).cookieStoreId;
  if (cookieStoreId) return cookieStoreId;
  const stores = await browser.cookies.getAllCookieStores().catch(() => []);
  return cookieStoreIdOfTab({ id: tab.id }, stores);
}
