import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Browser, Page } from 'puppeteer';

/**
 * Opens the popup for a tab as a page (`popup.html?tab=<id>`), the way tests and the dashboard
 * do; a real toolbar popup cannot be opened by automation.
 */
export async function openPopup(browser: Browser, extensionId: string, tabId: number): Promise<Page> {
  const popup = await browser.newPage();
  await popup.setViewport({ width: 520, height: 600, deviceScaleFactor: 1 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await popup.waitForSelector('main[data-state="ready"], main[data-state="error"], main[data-state="unsupported"]', { timeout: 15_000 });
  return popup;
}

/** The popup's width, as openPopup lays it out. */
export const popupWidth = 520;

/**
 * Screenshot of the popup's content, cropped to its height (at most 600 px, like Chrome's
 * popup); written to `path` when given (its folder made first: a fresh clone has no `artifacts/`).
 * Returns the PNG and its height.
 */
export async function screenshotPopup(popup: Page, path?: `${string}.png`): Promise<{ png: Uint8Array; height: number }> {
  const height = await popup.evaluate(() => Math.min(600, Math.ceil(document.querySelector('main')?.getBoundingClientRect().height ?? 600)));
  if (path) await mkdir(dirname(path), { recursive: true });
  const png = await popup.screenshot({ ...(path ? { path } : {}), clip: { x: 0, y: 0, width: popupWidth, height } });
  return { png, height };
}
