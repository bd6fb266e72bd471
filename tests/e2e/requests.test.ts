import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { pageHtml } from '../../demo/pages';
import { tabIdOf } from '../../cli/scanner';
import { badgeText, waitForBadge } from './support/badge';

/**
 * Which hosts a tab loads from, seen by the content script's resource-timing observer (the
 * extension has no webRequest permission): reported after load without anyone asking, kept
 * up to date as the page makes more requests, and started afresh for a new page in the tab.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness((server) => {
    // A request after load with no change to the DOM: an analytics beacon, by fetch.
    server.page(
      '/late-beacon.html',
      pageHtml('Late beacon', `<p>Measured.</p><script>
        setTimeout(function () { fetch('https://www.google-analytics.com/g/collect?v=2&tid=G-DEMO', { mode: 'no-cors', method: 'POST' }); }, 1500);
      </script>`),
    );
    server.route('www.google-analytics.com', '/g/collect', { body: '', contentType: 'text/plain' });
  });
});

afterAll(async () => {
  await harness?.close();
});

/** The badge, never the findings: asking for findings would ask the page for a look. */
const badgeOf = (tabId: number) => badgeText(harness.browser, tabId);
const badgeWhen = (tabId: number, done: (text: string) => boolean) => waitForBadge(harness.browser, tabId, done);

async function openBare(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await harness.browser.newPage();
  await page.goto(harness.server.origin + path, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(harness.browser, page) };
}

describe('the requests of a tab', () => {
  it('counts a static page\'s widget and trackers on the badge after load, without the popup', async () => {
    const { page, tabId } = await openBare('/shop.html');
    const badge = await badgeWhen(tabId, (text) => Number(text) >= 3);
    // Zendesk Chat, Google Tag Manager and DoubleClick, all from the page's own requests.
    expect(Number(badge)).toBeGreaterThanOrEqual(3);
    const report = await harness.report(tabId);
    expect(badge).toBe(String(report!.widgets.length + report!.trackers.length));
    expect(report!.thirdPartyHosts).toEqual(expect.arrayContaining(['ad.doubleclick.net', 'www.googletagmanager.com', 'v2.zopim.com']));
    await page.close();
  });

  it('sees a request the page makes after load, with no change to the DOM', async () => {
    const { page, tabId } = await openBare('/late-beacon.html');
    expect(await badgeOf(tabId)).toBe('');
    const badge = await badgeWhen(tabId, (text) => text === '1');
    expect(badge).toBe('1');
    const report = await harness.report(tabId);
    expect(report!.trackers.map((tracker) => tracker.vendor)).toEqual(['Google Analytics']);
    expect(report!.thirdPartyHosts).toEqual(['www.google-analytics.com']);
    await page.close();
  });

  it('starts afresh when the tab shows another page: nothing of the previous one stays', async () => {
    const { page, tabId } = await openBare('/shop.html');
    await badgeWhen(tabId, (text) => Number(text) >= 3);
    await page.goto(harness.server.origin + '/blog.html', { waitUntil: 'load' });
    const report = await harness.report(tabId);
    expect(report!.url).toBe(harness.server.origin + '/blog.html');
    expect(report!.thirdPartyHosts).toEqual([]);
    expect(report!.trackers).toEqual([]);
    expect(report!.widgets).toEqual([]);
    expect(await badgeOf(tabId)).toBe('');
    await page.close();
  });

  it('gives findings for a page that never reported, and none for a page without the content script', async () => {
    // A page with no subresource and no DOM change never reports: the findings come from a look.
    harness.server.page('/plain.html', '<!doctype html><title>Plain</title><p>Nothing else.</p>');
    const { page, tabId } = await openBare('/plain.html');
    const report = await harness.report(tabId);
    expect(report).toMatchObject({ url: harness.server.origin + '/plain.html', widgets: [], thirdPartyHosts: [] });
    await page.goto('about:blank');
    expect(await harness.report(tabId)).toBeNull();
    await page.close();
  });
});
