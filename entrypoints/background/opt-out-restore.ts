import { browser } from 'wxt/browser';
import { missingOptOuts } from '@/lib/actions/missing-opt-outs';
import { optOutCookieDetails } from '@/lib/actions/opt-out-cookies';
import { siteOf } from '@/lib/cookies/party';
import type { WidgetSpec } from '@/lib/widgets/types';
import type { SettingsStore } from './settings-store';
import { readStoredCookies } from './read-cookies';
import { cookieStoreIdOf } from './cookie-store';
import { setCookie } from './actions';
import { webFrameFilter } from './page-scripts';

async function restoreOptOuts(url: string, tabId: number, settings: SettingsStore, catalog: readonly WidgetSpec[]): Promise<void> {
  const site = siteOf(new URL(url).hostname);
  const { optOuts } = await settings.get();
  // Most sites have none: no cookie read for them.
  if (!optOuts.some((entry) => entry.site === site)) return;
  // The tab's own cookie store: a private window's opt-outs go in its store, not the profile's.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const storeId = tab ? await cookieStoreIdOf(tab) : undefined;
  const inStore = storeId === undefined ? {} : { storeId };
  const values = new Map((await readStoredCookies([site], null, storeId)).map((cookie) => [cookie.name, cookie.value]));
  const specOf = (vendorId: string) => catalog.find((widget) => widget.id === vendorId)?.optOut;
  for (const spec of missingOptOuts(optOuts, site, specOf, values)) {
    for (const details of optOutCookieDetails(spec, url, site, Date.now())) await setCookie({ ...details, ...inStore });
  }
}

/**
 * The user's opt-out cookies are set again when they have gone (lib/actions/missing-opt-outs.ts
 * says how they go) and a page of their site is about to load: before its request is sent
 * (onBeforeNavigate), so that the page's own scripts, and a widget loading early, already see
 * them; and when it commits (onCommitted), for the site a redirect ended on. The second finds
 * nothing missing on a site the first already mended. Sites without opt-outs cost a settings read.
 */
export function registerOptOutRestore(settings: SettingsStore, catalog: readonly WidgetSpec[]): void {
  const restore = (frame: { frameId: number; url: string; tabId: number }) => {
    if (frame.frameId !== 0) return;
    void restoreOptOuts(frame.url, frame.tabId, settings, catalog).catch((error: unknown) => console.warn('[opt-out] not restored', error));
  };
  browser.webNavigation.onBeforeNavigate.addListener(restore, webFrameFilter());
  browser.webNavigation.onCommitted.addListener(restore, webFrameFilter());
}
