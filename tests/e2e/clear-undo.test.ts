import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { allCookies, clickAndWaitForToast, openPopup, recordWorkerLog } from './support/extension-pages';
import { fillSessionStorage, removeFiller, sessionKeys } from './support/session-storage';
import { currentWorker } from '../../cli/launch-browser';
import { pageHtml } from '../../demo/pages';

/**
 * Issue 9 (2): Clear must never lose data. Its undo is stored before anything is removed; when
 * it cannot be (larger than the extension may keep, or its storage full), the popup asks first,
 * with the size, and nothing is removed until the user confirms "Clear without undo". Pages here
 * keep megabytes of localStorage, as some sites do; what happened is read from the page and the
 * browser's cookie jar, not from the extension's account of it.
 */

let harness: Harness;
let workerLog: string[] = [];
const openPages: Page[] = [];

/**
 * A page that keeps `chars` characters of `char` in 40 localStorage items (rewritten at every
 * load, so each test starts from the same storage) and three cookies of its own.
 */
const storagePage = pageHtml(
  'Keeps a lot',
  `<p>Offline copy of your documents.</p>
<script>
  const params = new URLSearchParams(location.search);
  const chars = Number(params.get('chars'));
  const char = params.get('char') || 'a';
  localStorage.clear();
  const piece = Math.floor(chars / 40);
  for (let index = 0; index < 40; index++) localStorage.setItem('doc-' + index, String(index).padStart(4, '0') + char.repeat(piece - 4));
  document.cookie = 'draft=1; path=/; max-age=86400';
  document.cookie = 'theme=dark; path=/; max-age=86400';
  document.cookie = 'session_id=abc; path=/';
</script>`,
);

beforeAll(async () => {
  harness = await startHarness((server) => server.page('/storage.html', storagePage));
  workerLog = recordWorkerLog(await harness.worker());
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  await removeFiller(harness.browser);
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.log('[clear-undo.test] background log:\n' + workerLog.slice(-40).join('\n'));
  workerLog.length = 0;
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
  await removeFiller(harness.browser);
});

/** A SHA-256 of every key and value of the page's localStorage: megabytes compared exactly, without moving them. */
const storageOf = (page: Page) =>
  page.evaluate(async () => {
    const items = JSON.stringify(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)]));
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(items));
    return `${items.length}:${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  });
const storageLength = (page: Page) => page.evaluate(() => localStorage.length);
const pageCookies = async () => (await allCookies(harness)).filter((cookie) => cookie.domain === '127.0.0.1').map((cookie) => cookie.name).sort();
const undoKeys = async () => (await sessionKeys(harness.browser)).filter((key) => key.startsWith('undo:'));

async function openWithStorage(chars: number, char = 'a') {
  const opened = await harness.open(`/storage.html?chars=${chars}&char=${encodeURIComponent(char)}`);
  openPages.push(opened.page);
  expect(await storageLength(opened.page)).toBe(40);
  expect(await pageCookies()).toEqual(['draft', 'session_id', 'theme']);
  const popup = await openPopup(harness, opened.tabId);
  openPages.push(popup);
  return { ...opened, popup };
}

/** Clicks Clear and waits for the question the popup asks before a clear without undo; returns its text. */
async function clickClearAndWaitForQuestion(popup: Page): Promise<string> {
  await popup.bringToFront();
  await (await popup.waitForSelector('[data-action="clear-site-cookies"]:not([disabled])', { timeout: 20_000 }))!.click();
  await popup.waitForSelector('[data-confirm="clear-without-undo"] [data-action="clear-without-undo"]:not([disabled])', { timeout: 30_000 });
  return (await popup.$eval('[data-confirm]', (element) => element.textContent ?? '')).trim();
}

describe('clear and undo: nothing lost', () => {
  it('4 MB of local storage: the undo is kept, and puts every byte back', async () => {
    const { page, popup } = await openWithStorage(4_000_000);
    const before = await storageOf(page);
    expect(Number(before.split(':')[0])).toBeGreaterThan(4_000_000);

    const toast = await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    expect(toast).toMatch(/^Removed 3 cookies \(3 of this site, 0 third-party\) and this page’s local storage\. Undo/);
    expect(await storageLength(page)).toBe(0);
    expect(await pageCookies()).toEqual([]);
    expect(await undoKeys()).toHaveLength(1);

    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 30_000 });
    expect(await storageOf(page)).toBe(before);
    expect(await pageCookies()).toEqual(['draft', 'session_id', 'theme']);
    // Used once, then gone.
    expect(await undoKeys()).toEqual([]);
  });

  it('too large to keep (3.6 M characters of non-ASCII text: 10.8 MB): asks first, with the size; cancel keeps everything; confirm clears without undo', async () => {
    const { page, popup } = await openWithStorage(3_600_000, '中');
    const before = await storageOf(page);

    const question = await clickClearAndWaitForQuestion(popup);
    expect(question).toMatch(/^Clear without undo\?\s*127\.0\.0\.1's cookies and local storage take 10\.\d MB, more than the 8\.0 MB the extension can keep to undo a clear\. Nothing has been removed yet\./);
    expect(question).toContain('Clear without undo');
    // Nothing was removed while asking.
    expect(await storageOf(page)).toBe(before);
    expect(await pageCookies()).toEqual(['draft', 'session_id', 'theme']);
    expect(await popup.$('[data-toast]')).toBeNull();

    await popup.click('[data-action="cancel-confirm"]');
    await popup.waitForFunction(() => !document.querySelector('[data-confirm]'), { timeout: 10_000 });
    expect(await storageOf(page)).toBe(before);
    expect(await pageCookies()).toEqual(['draft', 'session_id', 'theme']);

    await clickClearAndWaitForQuestion(popup);
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-without-undo"]');
    expect(toast).toMatch(/^Removed 3 cookies .* and this page’s local storage\. No undo was kept\./);
    expect(await popup.$('[data-toast] [data-action="undo"]')).toBeNull();
    expect(await storageLength(page)).toBe(0);
    expect(await pageCookies()).toEqual([]);
    expect(await undoKeys()).toEqual([]);
  });

  it('the extension storage full (other data, nothing to evict): storing the undo fails, so it asks first and removes nothing', async () => {
    const { page, popup } = await openWithStorage(2_000_000);
    const before = await storageOf(page);
    await fillSessionStorage(harness.browser, 1_000_000);

    const question = await clickClearAndWaitForQuestion(popup);
    expect(question).toMatch(/^Clear without undo\?\s*The extension could not keep a copy of 127\.0\.0\.1's cookies and local storage \(1\.9 MB\) to undo a clear: its storage is full\./);
    expect(await storageOf(page)).toBe(before);
    expect(await pageCookies()).toEqual(['draft', 'session_id', 'theme']);
    await popup.click('[data-action="cancel-confirm"]');

    // Room again: the same clear keeps its undo.
    await removeFiller(harness.browser);
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    expect(toast).toMatch(/^Removed 3 cookies/);
    expect(await popup.$('[data-toast] [data-action="undo"]')).not.toBeNull();
    expect(await storageLength(page)).toBe(0);
  });

  it('expired undo records are pruned when another is kept', async () => {
    // A record that expired a minute ago, as the background keeps them (the id starts with its expiry).
    const worker = await currentWorker(harness.browser);
    const expiredKey = await worker.evaluate(async () => {
      const expires = Date.now() - 60_000;
      const key = `undo:${expires.toString(36)}-${crypto.randomUUID()}`;
      const record = { kind: 'restore-site-data', site: 'old.example', cookies: [], localStorage: { origin: 'https://old.example', items: { blob: 'o'.repeat(2_000_000) } } };
      await (globalThis as unknown as { chrome: { storage: { session: { set(items: object): Promise<void> } } } }).chrome.storage.session.set({ [key]: { record, expires } });
      return key;
    });
    expect(await undoKeys()).toContain(expiredKey);

    const { popup } = await openWithStorage(10_000);
    await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    const keys = await undoKeys();
    expect(keys).not.toContain(expiredKey);
    expect(keys.length).toBeGreaterThan(0);
  });
});
