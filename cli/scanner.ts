import type { Browser, Page } from 'puppeteer';
import type { TabReport } from '../lib/findings/tab-report';
import { failedScanResult, scanPolicyOf, scanResultOf, type ScanResult } from '../lib/findings/scan-result';
import { siteOf } from '../lib/cookies/party';
import { launchBrowser, currentWorker, type LaunchedBrowser } from './launch-browser';
import type { WorkerGlobals } from './worker-globals';
import type { PolicyResult } from '../lib/policy/fetch/load-policy';
import type { ConsentStatus } from '../lib/consent/consent-status';
import type { PracticeFindings } from '../lib/practice/practice-findings';

export interface ScanOptions {
  readonly extensionDir: string;
  /** Extra wait after the page settled, for widgets injected late by tag managers. */
  readonly waitMs?: number;
  readonly browserArgs?: readonly string[];
  readonly blockThirdPartyCookies?: boolean;
  readonly navigationTimeoutMs?: number;
  /**
   * A page whose server answers with an HTTP error (4xx, 5xx) is a failure (`error: "HTTP 500"`),
   * not the findings of an error page: the crawler's choice, so that it retries and reports it.
   */
  readonly httpErrorFails?: boolean;
  readonly log?: (line: string) => void;
}

/** What a caller adds around each page's tab (the crawler: dialogs, popups, what storage it touched). */
export interface PageHooks {
  /** Called with the new tab before it navigates. */
  opened?(page: Page): void | Promise<void>;
  /** Called before the tab closes, with the page still open. */
  closing?(page: Page): void | Promise<void>;
}

type TabQuery = 'reportFor' | 'policyFor' | 'practiceFor' | 'consentFor';

/** Calls one of the running extension's tab queries (`globalThis.privacyInspector` in its service worker). */
async function askExtension<T>(browser: Browser, query: TabQuery, tabId: number): Promise<T | null> {
  const worker = await currentWorker(browser);
  return worker.evaluate(async (name: TabQuery, id: number) => {
    const api = (globalThis as unknown as WorkerGlobals).privacyInspector;
    return api ? ((await api[name](id)) as never) : null;
  }, query, tabId);
}

/** Whether Chromium's flags send its requests through a proxy (which then resolves names itself). */
export function usesProxy(browserArgs: readonly string[] = []): boolean {
  return browserArgs.some((arg) => /^--proxy-(?:server|pac-url)=/.test(arg));
}

/** Asks the running extension for a tab's findings. */
export const readTabReport = (browser: Browser, tabId: number) => askExtension<TabReport>(browser, 'reportFor', tabId);

/** Asks the running extension for the policy of a tab's site (it finds, fetches and reads it). */
export async function readSitePolicy(browser: Browser, tabId: number, route: { proxied?: boolean } = {}): Promise<PolicyResult | null> {
  const worker = await currentWorker(browser);
  return worker.evaluate(async (id: number, proxied: boolean) => {
    const api = (globalThis as unknown as WorkerGlobals).privacyInspector;
    // Behind a proxy the browser cannot see servers' addresses (and Chrome refuses proxied
    // requests that name an address space): the extension then judges URLs only.
    return api ? ((await api.policyFor(id, undefined, false, { proxied })) as PolicyResult) : null;
  }, tabId, route.proxied === true);
}

/** Where the site's policy, as read, contradicts the tab's page (read the policy first: nothing is fetched for this). */
export const readPractice = (browser: Browser, tabId: number) => askExtension<PracticeFindings>(browser, 'practiceFor', tabId);

/** What the extension's cookie-banner answering did on a tab's page (null: nothing recorded). */
export const readConsent = (browser: Browser, tabId: number) => askExtension<ConsentStatus>(browser, 'consentFor', tabId);

/** The extension's tab id of a puppeteer page (found by URL among the browser's tabs). */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  const worker = await currentWorker(browser);
  const url = page.url();
  const id = await worker.evaluate(async (pageUrl: string) => {
    const tabs = await (globalThis as unknown as WorkerGlobals).chrome.tabs.query({});
    // Tab ids only grow: with several tabs on one URL, the newest is the page just opened.
    return Math.max(-1, ...tabs.filter((tab) => tab.url === pageUrl).map((tab) => tab.id ?? -1));
  }, url);
  if (id === -1) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Polls the extension until two reads agree (widgets, cookies and storage stable), at most `maxMs`. */
export async function settledReport(browser: Browser, tabId: number, maxMs = 8000, stepMs = 700): Promise<TabReport | null> {
  const fingerprint = (report: TabReport | null) =>
    report ? JSON.stringify([report.widgets.map((widget) => [widget.id, widget.evidence.length]), report.cookies.length, report.storage?.length ?? 0, report.thirdPartyHosts.length]) : '';
  const deadline = Date.now() + maxMs;
  let previous = await readTabReport(browser, tabId);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    const next = await readTabReport(browser, tabId);
    if (next && fingerprint(next) === fingerprint(previous)) return next;
    previous = next;
  }
  return previous;
}

/** Empties the browser's cookie jar, so a page's cookies are its own and not an earlier page's. */
export async function clearAllCookies(page: Page): Promise<void> {
  const session = await page.createCDPSession();
  await session.send('Network.clearBrowserCookies');
  await session.detach();
}

/**
 * Empties the site storage (localStorage, IndexedDB...) of the origin about to be scanned: the
 * results list it, and an earlier page of the same origin must not lend it its keys. (The crawler
 * clears more, frame by frame: cli/crawl/page-isolation.ts.)
 */
export async function clearOriginStorage(page: Page, origin: string): Promise<void> {
  const session = await page.createCDPSession();
  await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,indexeddb,cache_storage,service_workers' }).catch(() => undefined);
  await session.detach();
}

/**
 * Loads a page and waits for it to settle: load event (at most `navigationTimeoutMs`; `loaded` says
 * whether it came), then a quiet network, then `waitMs`.
 */
export async function visit(page: Page, url: string, navigationTimeoutMs: number, waitMs: number): Promise<{ loaded: boolean; status: number | null }> {
  const started = Date.now();
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: navigationTimeoutMs });
  const status = response?.status() ?? null;
  // A page whose load event never comes (a request that hangs) is still read once the time is
  // up, as the extension reads it (lib/page/after-load.ts); the result says it never loaded.
  const loaded = await page
    .waitForFunction(() => document.readyState === 'complete', { polling: 100, timeout: Math.max(1, navigationTimeoutMs - (Date.now() - started)) })
    .then(() => true, () => false);
  // A page that never loaded has a request that hangs: its network is never idle.
  if (loaded) await page.waitForNetworkIdle({ idleTime: 500, timeout: 5000 }).catch(() => undefined);
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  return { loaded, status };
}

/**
 * Scans each URL with the real extension in Chromium. Each page starts from an empty cookie
 * jar; a page that fails gives a result with `error` and the others go on.
 */
export async function scanUrls(urls: readonly string[], options: ScanOptions): Promise<ScanResult[]> {
  const launched: LaunchedBrowser = await launchBrowser({
    extensionDir: options.extensionDir,
    extraArgs: options.browserArgs,
    blockThirdPartyCookies: options.blockThirdPartyCookies,
  });
  try {
    return await scanWithBrowser(launched.browser, urls, options);
  } finally {
    await launched.close();
  }
}

/** Scans with a browser the caller launched (the demo keeps it open for a popup screenshot). */
export async function scanWithBrowser(browser: Browser, urls: readonly string[], options: Omit<ScanOptions, 'extensionDir'>): Promise<ScanResult[]> {
  const results: ScanResult[] = [];
  for (const url of urls) {
    options.log?.(`[scan] ${url}`);
    results.push(await scanPage(browser, url, options));
  }
  return results;
}

/**
 * Scans one URL in a browser the caller launched: a new tab from an empty cookie jar, the page
 * loaded and settled, the extension's findings read; a failure is a result with `error`. The
 * one way a page is scanned, by `scan` and by `crawl`.
 */
export async function scanPage(browser: Browser, url: string, options: Omit<ScanOptions, 'extensionDir'>, hooks: PageHooks = {}): Promise<ScanResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) throw new Error('only http and https URLs can be scanned');
  } catch (error) {
    return failedScanResult(url, '', error instanceof TypeError ? 'not a valid URL' : (error as Error).message);
  }
  const site = siteOf(parsed.hostname);
  let page: Page | null = null;
  try {
    page = await browser.newPage();
    await hooks.opened?.(page);
    await clearAllCookies(page);
    await clearOriginStorage(page, parsed.origin);
    const { loaded, status } = await visit(page, url, options.navigationTimeoutMs ?? 30_000, options.waitMs ?? 0);
    if (options.httpErrorFails && status !== null && status >= 400) return failedScanResult(url, site, `HTTP ${status} (the server's answer to the page)`);
    const tabId = await tabIdOf(browser, page);
    const report = await settledReport(browser, tabId);
    if (!report) return failedScanResult(url, site, 'the extension recorded nothing for this page');
    const [policy, consent] = await Promise.all([readSitePolicy(browser, tabId, { proxied: usesProxy(options.browserArgs) }), readConsent(browser, tabId)]);
    // After the policy was read (and cached): the practice check reads it from the cache.
    const practice = await readPractice(browser, tabId);
    return scanResultOf(url, report, scanPolicyOf(policy), consent, loaded, practice?.mismatches ?? []);
  } catch (error) {
    return failedScanResult(url, site, (error as Error).message.split('\n')[0] ?? 'scan failed');
  } finally {
    if (page) {
      await Promise.resolve(hooks.closing?.(page)).catch(() => undefined);
      await page.close().catch(() => undefined);
    }
  }
}
