import type { Page } from 'puppeteer';
import type { Harness } from './harness';
import { pollUntil } from './poll';

/** A site's summary as the history holds it (the fields the tests read). */
export interface StoredSummary {
  readonly site: string;
  readonly visits: number;
  readonly widgetVendors: readonly string[];
  readonly cookies: number;
  readonly policyStatus: string;
  /** Policy-against-practice mismatches kept (absent in a summary of history version 1). */
  readonly mismatches?: number;
}

/** A site's full record as the history holds it (the fields the tests read). */
export interface StoredRecord {
  readonly site: string;
  readonly pages: readonly string[];
  readonly cookies: readonly { readonly name: string }[];
  readonly mismatches: readonly { readonly kind: string; readonly observed: { readonly name: string } }[];
}

/** The history's summaries, read from the extension's own IndexedDB in its service worker (the browser's real IndexedDB). */
export const storedSummaries = (harness: Harness) => storedRows<StoredSummary>(harness, 'summaries');

/** The history's full records (the `sites` store), read as storedSummaries reads the summaries. */
export const storedRecords = (harness: Harness) => storedRows<StoredRecord>(harness, 'sites');

async function storedRows<T>(harness: Harness, store: 'summaries' | 'sites'): Promise<T[]> {
  const worker = await harness.worker();
  return worker.evaluate(
    (storeName: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('privacy-inspector-history');
        // No history yet: opening must not create an empty database, which the extension's
        // own opening (same version, so no upgrade) would then find without its stores.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Waits until the history holds every one of `sites` (and `check` holds), at most `timeoutMs`. */
export async function waitForHistory(harness: Harness, sites: readonly string[], check: (summaries: StoredSummary[]) => boolean = () => true, timeoutMs = 20_000): Promise<StoredSummary[]> {
  return pollUntil(
    () => storedSummaries(harness),
    (summaries) => sites.every((site) => summaries.some((summary) => summary.site === site)) && check(summaries),
    timeoutMs,
  );
}

/** The dashboard of the extension, opened in a new tab once it has read the history. */
export async function openDashboard(harness: Harness, hash = ''): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html${hash}`);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}
