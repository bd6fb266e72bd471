import type { CDPSession, Frame, Page } from 'puppeteer';
import { schemefulSiteOf, storageKeysOf, webOriginOf } from '../../lib/crawl/storage-keys';

/** Site storage the crawler clears between pages (cookies are cleared whole, below). */
const storageTypes = 'local_storage,indexeddb,cache_storage,service_workers,file_systems,shared_storage,storage_buckets';

/**
 * What one page touched: the origins it loaded from (its frames' too) and the storage keys its
 * frames used, so that the next page in the same browser starts with an empty jar and empty
 * storage without a new browser. The extension cannot do it (it has no `browsingData`
 * permission, on purpose: README's permission table), so the crawler does it over DevTools.
 * A fresh browser context would be quicker but is wrong here: the extension reads cookies from
 * the default store and does not run in other contexts.
 */
export class PageFootprint {
  private readonly origins = new Set<string>();
  private readonly topLevelSites = new Set<string>();
  private readonly frameKeys = new Set<string>();
  private session: CDPSession | null = null;

  /** Starts watching `page` (before it navigates). */
  async watch(page: Page): Promise<void> {
    this.session = await page.createCDPSession();
    page.on('request', (request) => {
      const origin = webOriginOf(request.url());
      if (origin) this.origins.add(origin);
    });
    page.on('framenavigated', (frame) => void this.noteFrame(page, frame));
  }

  /** Notes every frame still there (frames that navigated were noted as they did). */
  async sweep(page: Page): Promise<void> {
    await Promise.all(page.frames().map((frame) => this.noteFrame(page, frame)));
  }

  private async noteFrame(page: Page, frame: Frame): Promise<void> {
    const origin = webOriginOf(frame.url());
    if (!origin) return;
    this.origins.add(origin);
    if (frame === page.mainFrame()) {
      const site = schemefulSiteOf(origin);
      if (site) this.topLevelSites.add(site);
    }
    // Chromium's own key for the frame covers partitions the computed keys miss (A in B in A).
    const frameId = (frame as unknown as { _id?: string })._id;
    if (!frameId || !this.session) return;
    const answer = await this.session.send('Storage.getStorageKeyForFrame', { frameId }).catch(() => null);
    if (answer?.storageKey) this.frameKeys.add(answer.storageKey);
  }

  storageKeys(): string[] {
    return [...new Set([...storageKeysOf(this.origins, this.topLevelSites), ...this.frameKeys])];
  }
}

/**
 * Empties the browser's cookie jar (partitioned cookies too) and the site storage of `keys`,
 * through a page's DevTools session (the browser's own session refuses the storage calls).
 */
export async function clearSiteState(session: CDPSession, keys: readonly string[]): Promise<void> {
  await session.send('Storage.clearCookies', {});
  await Promise.all(keys.map((storageKey) => session.send('Storage.clearDataForStorageKey', { storageKey, storageTypes })));
}
