import type { Browser, Page } from 'puppeteer';
import { currentWorker } from '../../../cli/launch-browser';

/** The part of the worker's `chrome.storage.session` these helpers use (it runs in the worker). */
interface SessionArea {
  readonly QUOTA_BYTES: number;
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse(keys: string | null): Promise<number>;
}
type WorkerScope = { chrome: { storage: { session: SessionArea } }; privacyInspector: { flush(): Promise<void> } };

/** What one tab's stored state holds, read from the running extension's `storage.session`. */
export interface StoredTabFigures {
  /** Chrome's own count of the stored item (`getBytesInUse`: what the 10 MB quota counts). */
  readonly bytes: number;
  /** The item as JSON, UTF-8 (what the extension's own byte budget counts). */
  readonly jsonBytes: number;
  readonly scriptUrls: number;
  readonly frameUrls: number;
  readonly hosts: number;
  readonly requestUrls: number;
  readonly policyLinks: number;
}

/** Writes pending tab states, then reads one back with Chrome's byte count for it; null when none is stored. */
export async function storedTabFigures(browser: Browser, tabId: number): Promise<StoredTabFigures | null> {
  const worker = await currentWorker(browser);
  return worker.evaluate(async (id: number) => {
    const scope = globalThis as unknown as WorkerScope;
    await scope.privacyInspector.flush();
    const key = `tab:${id}`;
    const state = (await scope.chrome.storage.session.get(key))[key] as
      | { pageSignals: { scriptUrls: string[]; frameUrls: string[] }; requests: Record<string, string[]>; policyLinks: unknown[] }
      | undefined;
    if (!state) return null;
    const hosts = Object.keys(state.requests);
    return {
      bytes: await scope.chrome.storage.session.getBytesInUse(key),
      jsonBytes: new TextEncoder().encode(JSON.stringify(state)).length,
      scriptUrls: state.pageSignals.scriptUrls.length,
      frameUrls: state.pageSignals.frameUrls.length,
      hosts: hosts.length,
      requestUrls: hosts.reduce((sum, host) => sum + state.requests[host]!.length, 0),
      policyLinks: state.policyLinks.length,
    };
  }, tabId);
}

/** The keys in the extension's session storage. */
export async function sessionKeys(browser: Browser): Promise<string[]> {
  const worker = await currentWorker(browser);
  return worker.evaluate(async () => Object.keys(await (globalThis as unknown as WorkerScope).chrome.storage.session.get(null)));
}

export const FILLER_KEY = 'test-filler';

/**
 * Fills the extension's session storage with one item of our own (which the extension can
 * neither evict nor prune), so that only about `freeBytes` of its quota are left: other
 * tabs' states and undo records, as they pile up over a browsing session. Returns what is left.
 */
export async function fillSessionStorage(browser: Browser, freeBytes: number): Promise<number> {
  const worker = await currentWorker(browser);
  return worker.evaluate(async (key: string, free: number) => {
    const area = (globalThis as unknown as WorkerScope).chrome.storage.session;
    await area.remove(key);
    const used = await area.getBytesInUse(null);
    let length = area.QUOTA_BYTES - used - free - key.length - 8;
    // Chrome counts a value's memory, a few bytes over its length: shrink until it fits.
    for (;;) {
      try {
        await area.set({ [key]: 'f'.repeat(Math.max(0, length)) });
        break;
      } catch {
        length -= 64;
      }
    }
    return area.QUOTA_BYTES - (await area.getBytesInUse(null));
  }, FILLER_KEY, freeBytes);
}

export async function removeFiller(browser: Browser): Promise<void> {
  const worker = await currentWorker(browser);
  await worker.evaluate((key: string) => (globalThis as unknown as WorkerScope).chrome.storage.session.remove(key), FILLER_KEY);
}

/** Waits until the src-renaming page (demo/measure-pages.ts) has renamed its elements `renames` times. */
export async function waitForRenames(page: Page, renames: number): Promise<number> {
  await page.waitForFunction((wanted: number) => ((window as unknown as { renames?: number }).renames ?? 0) >= wanted, { timeout: 120_000, polling: 200 }, renames);
  return page.evaluate(() => (window as unknown as { renames: number }).renames);
}
