import type { Page, WebWorker } from 'puppeteer';
import type { Harness } from './harness';
import { settledReport, tabIdOf, visit } from '../../../cli/scanner';
import type { TabReport } from '../../../lib/findings/tab-report';
import type { DnrRule } from '../../../lib/blocking/dnr-rules';

/** A cookie as chrome.cookies returns it (the fields the tests read). */
export interface BrowserCookie {
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly path: string;
  readonly hostOnly: boolean;
  readonly secure: boolean;
  readonly session: boolean;
  readonly expirationDate?: number;
  readonly partitionKey?: { readonly topLevelSite?: string };
}

/** The service worker's `chrome`, as far as these tests use it. */
interface WorkerChrome {
  readonly cookies: {
    getAll(filter: object): Promise<BrowserCookie[]>;
    set(details: object): Promise<unknown>;
    remove(details: object): Promise<unknown>;
  };
  readonly declarativeNetRequest: { getDynamicRules(): Promise<DnrRule[]> };
  readonly scripting: { getRegisteredContentScripts(filter?: object): Promise<{ id: string }[]> };
}

/**
 * Every cookie in the browser's jar, read through the extension's cookies API: HttpOnly,
 * third-party and partitioned (CHIPS) ones included (`partitionKey: {}` asks for all partitions).
 */
export async function allCookies(harness: Harness): Promise<BrowserCookie[]> {
  const worker = await harness.worker();
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.cookies.getAll({ partitionKey: {} }));
}

export const cookieKey = (cookie: Pick<BrowserCookie, 'name' | 'domain' | 'path' | 'partitionKey'>) =>
  `${cookie.name}@${cookie.domain}${cookie.path}${cookie.partitionKey?.topLevelSite ? ` in ${cookie.partitionKey.topLevelSite}` : ''}`;

/** Sets a cookie through the cookies API, e.g. one of a site the tab under test never loads. */
export async function setCookie(harness: Harness, details: Record<string, unknown>): Promise<void> {
  const worker = await harness.worker();
  const set = await worker.evaluate(async (cookie: Record<string, unknown>) => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    return (await chrome.cookies.set(cookie)) !== null;
  }, details);
  if (!set) throw new Error(`the browser refused cookie ${JSON.stringify(details)}`);
}

export async function removeCookie(harness: Harness, url: string, name: string): Promise<void> {
  const worker = await harness.worker();
  await worker.evaluate((u: string, n: string) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.cookies.remove({ url: u, name: n }), url, name);
}

export async function dynamicRules(harness: Harness) {
  const worker = await harness.worker();
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.declarativeNetRequest.getDynamicRules());
}

/**
 * An extension page (the options page) kept open to send protocol messages the way the popup
 * does: `chrome.runtime.sendMessage` from the extension's own origin.
 */
export async function openExtensionPage(harness: Harness, path = 'options.html'): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/${path}`, { waitUntil: 'load' });
  return page;
}

/** Sends one message from an extension page and returns the background's reply. */
export async function send<T = Record<string, unknown>>(page: Page, message: Record<string, unknown>): Promise<T> {
  return page.evaluate(
    (m: Record<string, unknown>) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

/** Puts the settings back to the defaults' effect: no blocks, no signals (the rules go with them). */
export async function resetSettings(page: Page): Promise<void> {
  await send(page, { type: 'remove-all-blocks', confirmed: true });
  await send(page, { type: 'set-option', option: 'privacy-signals', enabled: false });
  await send(page, { type: 'set-option', option: 'autoconsent', enabled: true });
  await send(page, { type: 'set-chat-on-click-everywhere', enabled: false });
}

/** The popup as a tab, showing the findings of `tabId` (`?tab=`), once its findings are in. */
export async function openPopup(harness: Harness, tabId: number): Promise<Page> {
  const popup = await harness.browser.newPage();
  await popup.setViewport({ width: 560, height: 900 });
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await popup.waitForSelector('main[data-state="ready"]', { timeout: 20_000 });
  // The action part (Protections) comes with the action state.
  await popup.waitForSelector('[data-action="clear-site-cookies"]', { timeout: 20_000 });
  return popup;
}

/** Clicks a control of the popup and waits for the toast the action ends with (an earlier toast is dismissed first); returns its text. */
export async function clickAndWaitForToast(page: Page, selector: string): Promise<string> {
  // A tab in the background is not rendered: clicks on it would wait for a frame that never comes.
  await page.bringToFront();
  const dismiss = await page.$('[data-toast] button[aria-label="Dismiss"]');
  if (dismiss) {
    await dismiss.click();
    await page.waitForFunction(() => !document.querySelector('[data-toast]'), { timeout: 10_000 });
  }
  const control = await page.waitForSelector(`${selector}:not([disabled])`, { timeout: 20_000 });
  await control!.click();
  // The toast appears with the reply; the action is over when its buttons are enabled again.
  await page.waitForFunction(() => {
    const toast = document.querySelector('[data-toast]');
    return toast !== null && !toast.querySelector('button[disabled]');
  }, { timeout: 20_000 });
  return (await page.$eval('[data-toast]', (element) => element.textContent ?? '')).trim();
}

/** Opens any URL in a new tab (another site than the harness origin) and waits for the extension's findings. */
export async function openUrl(harness: Harness, url: string): Promise<{ page: Page; tabId: number; report: TabReport }> {
  const page = await harness.browser.newPage();
  await visit(page, url, 30_000, 0);
  const tabId = await tabIdOf(harness.browser, page);
  const report = await settledReport(harness.browser, tabId);
  if (!report) throw new Error(`no findings for ${url}`);
  return { page, tabId, report };
}

/** Reloads a tab and waits for it to settle, then for the extension's findings of the new document. */
export async function reloadAndReport(harness: Harness, page: Page, tabId: number): Promise<TabReport> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 5000 }).catch(() => undefined);
  const report = await settledReport(harness.browser, tabId);
  if (!report) throw new Error(`no findings after reloading tab ${tabId}`);
  return report;
}

/** Collects the background's console lines (for failure messages). */
export function recordWorkerLog(worker: WebWorker): string[] {
  const lines: string[] = [];
  worker.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  return lines;
}
