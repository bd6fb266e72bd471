import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { clickAndWaitForToast, openPopup, recordWorkerLog } from './support/extension-pages';
import { fillSessionStorage, removeFiller, sessionKeys, storedTabFigures, waitForRenames } from './support/session-storage';
import { srcRenamingPage } from '../../demo/measure-pages';
import { tabStateLimits } from '../../lib/findings/tab-state';
import { tabIdOf, visit } from '../../cli/scanner';

/**
 * Issue 9 (3): one page must not be able to fill the extension's `storage.session` (10 MB for
 * every tab) and so stall its popup and actions for every other tab. Filling the whole quota
 * takes the src-renaming page minutes; these tests start with the storage nearly full of other
 * data instead (as other tabs' states and undo records leave it over a browsing session), and
 * check the extension in Chromium: the page's own state stops at its cap, another tab's popup
 * and actions answer, and a full storage gives up its oldest tab states rather than failing.
 */

let harness: Harness;
let workerLog: string[] = [];
const openPages: Page[] = [];

beforeAll(async () => {
  harness = await startHarness((server) => {
    server.page('/renamer.html', srcRenamingPage(250));
  });
  workerLog = recordWorkerLog(await harness.worker());
});

afterAll(async () => {
  await harness?.close();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.log('[storage-limits.test] background log:\n' + workerLog.slice(-40).join('\n'));
  workerLog.length = 0;
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
  await removeFiller(harness.browser);
});

async function open(path: string) {
  const opened = await harness.open(path);
  openPages.push(opened.page);
  return opened;
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopup(harness, tabId);
  openPages.push(popup);
  return popup;
}

describe('a hostile page and the extension storage', () => {
  it('a page renaming the src of inert scripts in a loop stays within its cap, and another tab\'s popup and actions still answer', async () => {
    // 1.5 MB left: without caps the page's state outgrows it within about ten looks.
    const left = await fillSessionStorage(harness.browser, 1_500_000);
    expect(left).toBeGreaterThan(1_400_000);

    const hostile = await harness.browser.newPage();
    openPages.push(hostile);
    await visit(hostile, `${harness.server.origin}/renamer.html`, 30_000, 0);
    const hostileTab = await tabIdOf(harness.browser, hostile);
    // 60 renames of 200 scripts offer 12,000 new 480-character URLs (about 6 MB); the detector
    // looks at most twice a second, so it sees a new set at every look.
    await waitForRenames(hostile, 60);
    const stored = await storedTabFigures(harness.browser, hostileTab);
    expect(stored, 'the page has a stored state').not.toBeNull();
    // Full: its list of scripts reached the cap (it offered 48 times more), and the state no further.
    expect(stored!.scriptUrls).toBe(tabStateLimits.scriptUrls);
    expect(stored!.jsonBytes).toBeLessThanOrEqual(tabStateLimits.bytes);

    // Another tab, opened while the page goes on renaming: its findings, popup and actions answer.
    const renamesBefore = await hostile.evaluate(() => (window as unknown as { renames: number }).renames);
    const { tabId, report } = await open('/vendor/jivochat.html');
    expect(report.widgets.map((widget) => widget.id)).toContain('jivochat');
    const popup = await popupFor(tabId);
    expect(await popup.$eval('main', (main) => main.getAttribute('data-state'))).toBe('ready');
    expect(await popup.$$eval('[data-widget]', (rows) => rows.map((row) => row.getAttribute('data-widget')))).toContain('jivochat');
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    expect(toast).toMatch(/^Removed \d+ cookies?/);
    // The page was still at it the whole time.
    expect(await hostile.evaluate(() => (window as unknown as { renames: number }).renames)).toBeGreaterThan(renamesBefore);
    const after = await storedTabFigures(harness.browser, hostileTab);
    expect(after!.scriptUrls).toBe(tabStateLimits.scriptUrls);
    expect(after!.jsonBytes).toBeLessThanOrEqual(tabStateLimits.bytes);
  });

  it('a full storage: the oldest tab state goes to make room, and every popup still answers', async () => {
    const older = await open('/shop.html');
    expect(await storedTabFigures(harness.browser, older.tabId)).not.toBeNull();
    // Nothing left but what the oldest tab state takes.
    await fillSessionStorage(harness.browser, 0);

    const newer = await open('/vendor/jivochat.html');
    expect(newer.report.widgets.map((widget) => widget.id)).toContain('jivochat');
    const keys = await sessionKeys(harness.browser);
    expect(keys).toContain(`tab:${newer.tabId}`);
    expect(keys).not.toContain(`tab:${older.tabId}`);
    // The evicted tab's popup still answers: a fresh look at its page rebuilds what it shows.
    const olderPopup = await popupFor(older.tabId);
    expect(await olderPopup.$eval('main', (main) => main.getAttribute('data-state'))).toBe('ready');
    const newerPopup = await popupFor(newer.tabId);
    expect(await newerPopup.$eval('main', (main) => main.getAttribute('data-state'))).toBe('ready');
  });
});
