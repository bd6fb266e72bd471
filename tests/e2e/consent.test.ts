import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { clearAllCookies, tabIdOf } from '../../cli/scanner';
import { cookiebot, oneTrust, shopPage, sourcepoint } from '../fixtures/consent/consent-managers';
import type { ConsentStatus } from '../../lib/consent/consent-status';
import { pollUntil } from './support/poll';
import { SLOW_PAGE_MS } from '../../lib/page/after-load';
import { EARLY_PREHIDE_MAX_MS } from '../../lib/consent/early-prehide';

/** The worker's globals these tests use (cli/worker-globals.ts has the shared ones). */
interface ConsentWorkerGlobals {
  readonly chrome: {
    readonly storage: {
      readonly local: { set(items: object): Promise<void>; remove(key: string): Promise<void> };
      readonly session: { get(key: string): Promise<Record<string, unknown>> };
    };
  };
  readonly privacyInspector: { consentFor(tabId: number): Promise<ConsentStatus | null> };
}

let harness: Harness;

const sites = {
  oneTrust: 'https://www.consent-shop.example/',
  cookiebot: 'https://www.cookiebot-shop.example/',
  switchedOff: 'https://www.switched-off.example/',
  plain: 'https://www.plain-shop.example/',
  prehide: 'https://www.prehide-shop.example/',
  sourcepoint: 'https://www.news-site.example/',
  slow: 'https://www.slow-shop.example/',
  hanging: 'https://www.hanging-shop.example/',
  stuck: 'https://www.stuck-shop.example/',
};

beforeAll(async () => {
  harness = await startHarness((server) => {
    server.route(oneTrust.scriptHost, oneTrust.scriptPath, { body: oneTrust.script, contentType: 'text/javascript' });
    server.route(cookiebot.scriptHost, cookiebot.scriptPath, { body: cookiebot.script, contentType: 'text/javascript' });
    server.route('www.consent-shop.example', '/', { body: shopPage('Consent shop', oneTrust.head) });
    server.route('www.cookiebot-shop.example', '/', { body: shopPage('Cookiebot shop', cookiebot.head) });
    server.route('www.news-site.example', '/', { body: shopPage('News site', '').replace('</main>', `</main>${sourcepoint.topBody}`) });
    server.route(sourcepoint.frameHost, sourcepoint.framePath, { body: sourcepoint.frameHtml });
    // A banner in the HTML itself, on a page whose load event waits for a slow image; and on one
    // whose image hangs for longer than any test waits, so that its load event never comes.
    const bannerShop = (title: string, image: string) =>
      shopPage(title, '').replace(
        '</main>',
        `<img alt="" src="${image}"></main>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" style="position:fixed;bottom:0;left:0;right:0;background:#fff">
<p>We use cookies.</p><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<script>window.__rejectedAt = null; window.__readyStateAtReject = null; window.__looks = [];
// What a person would see at each frame until the banner is answered: its opacity, and how far the page is.
(function look() {
  var banner = document.getElementById('onetrust-banner-sdk');
  window.__looks.push({ at: performance.now(), readyState: document.readyState, opacity: getComputedStyle(banner).opacity });
  if (window.__rejectedAt === null && window.__looks.length < 2000) requestAnimationFrame(look);
})();
document.getElementById('onetrust-reject-all-handler').addEventListener('click', function () {
  window.__rejectedAt = performance.now();
  window.__readyStateAtReject = document.readyState;
  document.getElementById('onetrust-banner-sdk').style.display = 'none';
});</script>`,
      );
    server.route('www.slow-shop.example', '/', { body: bannerShop('Slow shop', 'https://images.slow-shop.example/hero.gif') });
    server.route('images.slow-shop.example', '/hero.gif', { body: 'GIF89a', contentType: 'image/gif', delayMs: 1500 });
    server.route('www.hanging-shop.example', '/', { body: bannerShop('Hanging shop', 'https://images.hanging-shop.example/hero.gif') });
    server.route('images.hanging-shop.example', '/hero.gif', { body: 'GIF89a', contentType: 'image/gif', delayMs: 60_000 });
    // A banner, then a script that never arrives: parsing stops there, so DOMContentLoaded never
    // comes and the cookie-banner script is never injected.
    server.route('www.stuck-shop.example', '/', {
      body: shopPage('Stuck shop', '').replace(
        '</main>',
        '</main><div id="onetrust-banner-sdk" style="height:40px">We use cookies.</div><script src="/never.js"></script><p>The rest.</p>',
      ),
    });
    server.route('www.stuck-shop.example', '/never.js', { body: '', contentType: 'text/javascript', delayMs: 120_000 });
    server.route('www.switched-off.example', '/', { body: shopPage('Shop that keeps its banner', oneTrust.head) });
    // An element a known banner's hiding rule covers (OneTrust's), but no banner: hidden while
    // autoconsent looks, then shown again; the page watches for any style the extension adds.
    server.route('www.prehide-shop.example', '/', {
      body: shopPage(
        'Shop with a notice',
        `<script>window.__styles = [];
new MutationObserver(function (records) { records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (n.nodeName === 'STYLE' || n.nodeName === 'LINK') window.__styles.push(n.id || n.nodeName); }); }); })
  .observe(document.documentElement, { childList: true, subtree: true });</script>`,
      ).replace('</main>', '<div class="js-consent-banner" style="height:40px">Free delivery this week</div></main>'),
    });
    // No consent manager, and buttons a careless rule could mistake for a banner's.
    server.route('www.plain-shop.example', '/', {
      body: shopPage(
        'Plain shop',
        `<script>window.__clicked = [];
document.addEventListener('click', function (event) { window.__clicked.push(event.target.id || event.target.tagName); }, true);</script>`,
      ).replace(
        '</main>',
        '<section id="newsletter" class="cookie-newsletter"><p>We use your email to send offers.</p><button id="accept">Accept all</button><button id="reject">Reject all</button></section></main>',
      ),
    });
  });
});

afterAll(async () => {
  await harness?.close();
});

async function consentFor(tabId: number): Promise<ConsentStatus | null> {
  const worker = await harness.worker();
  return worker.evaluate((id: number) => (globalThis as unknown as ConsentWorkerGlobals).privacyInspector.consentFor(id), tabId);
}

/** Polls the worker until the tab's status satisfies `done`, at most `maxMs`; returns the last one seen. */
function consentWhen(tabId: number, done: (status: ConsentStatus | null) => boolean, maxMs = 15_000): Promise<ConsentStatus | null> {
  return pollUntil(() => consentFor(tabId), done, maxMs, 250);
}

async function openFresh(url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<{ page: Page; tabId: number }> {
  const page = await harness.browser.newPage();
  await clearAllCookies(page);
  await page.goto(url, { waitUntil });
  return { page, tabId: await tabIdOf(harness.browser, page) };
}

const isShown = (page: Page, selector: string) =>
  page.evaluate((css: string) => {
    const element = document.querySelector<HTMLElement>(css);
    if (!element) return false;
    const style = getComputedStyle(element);
    return style.display !== 'none' && style.opacity !== '0' && element.getBoundingClientRect().height > 0;
  }, selector);

describe('cookie banners', () => {
  it('rejects a OneTrust banner on its own, and says so', async () => {
    const { page, tabId } = await openFresh(sites.oneTrust);
    const status = await consentWhen(tabId, (current) => current?.outcome === 'rejected');
    expect(status).toMatchObject({ cmp: 'Onetrust', outcome: 'rejected', url: sites.oneTrust, clicks: 1 });

    expect(await page.evaluate(() => (window as unknown as { __consentChoice: string | null }).__consentChoice)).toBe('rejected');
    expect(await isShown(page, '#onetrust-banner-sdk')).toBe(false);
    const cookies = await page.cookies();
    const consent = decodeURIComponent(cookies.find((cookie) => cookie.name === 'OptanonConsent')?.value ?? '');
    expect(consent).toContain('groups=C0001:1,C0002:0,C0003:0,C0004:0');
    expect(await page.evaluate(() => (window as unknown as { OnetrustActiveGroups: string }).OnetrustActiveGroups)).toBe(',C0001,');
    // Banners were hidden while they loaded by a user style sheet, never by a <style> the page could find.
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
    await page.close();
  });

  it("finds Cookiebot through its globals in the page's own world, and denies", async () => {
    const { page, tabId } = await openFresh(sites.cookiebot);
    const status = await consentWhen(tabId, (current) => current?.outcome === 'rejected');
    expect(status).toMatchObject({ cmp: 'Cybotcookiebot', outcome: 'rejected', url: sites.cookiebot });
    expect(await page.evaluate(() => (window as unknown as { __consentChoice: string | null }).__consentChoice)).toBe('rejected');
    expect(await page.evaluate(() => (window as unknown as { Cookiebot: { declined: boolean } }).Cookiebot.declined)).toBe(true);
    expect(await isShown(page, '#CybotCookiebotDialog')).toBe(false);
    await page.close();
  });

  it('rejects a Sourcepoint banner inside its frame', async () => {
    const { page, tabId } = await openFresh(sites.sourcepoint);
    const status = await consentWhen(tabId, (current) => current?.outcome === 'rejected');
    expect(status).toMatchObject({ cmp: 'Sourcepoint-frame', outcome: 'rejected', url: sites.sourcepoint, frameUrl: sourcepoint.frameUrl });
    expect(await page.evaluate(() => (window as unknown as { __consentChoice: string | null }).__consentChoice)).toBe('rejected');
    expect(await isShown(page, '#sp_message_container_1234567')).toBe(false);
    await page.close();
  });

  it('starts looking only once the page has loaded', async () => {
    const { page, tabId } = await openFresh(sites.slow);
    expect(await consentWhen(tabId, (current) => current?.outcome === 'rejected')).toMatchObject({ cmp: 'Onetrust', outcome: 'rejected' });
    const [rejectedAt, loadEnd] = await page.evaluate(() => [
      (window as unknown as { __rejectedAt: number }).__rejectedAt,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    ]);
    expect(loadEnd).toBeGreaterThan(1400);
    expect(rejectedAt).toBeGreaterThanOrEqual(loadEnd!);
    await page.close();
  });

  it('does not wait for ever on a page whose load never ends: it looks a few seconds after the page is parsed', async () => {
    const { page, tabId } = await openFresh(sites.hanging, 'domcontentloaded');
    expect(await consentWhen(tabId, (current) => current?.outcome === 'rejected')).toMatchObject({ cmp: 'Onetrust', outcome: 'rejected' });
    const [readyState, rejectedAt, contentLoadedEnd] = await page.evaluate(() => [
      (window as unknown as { __readyStateAtReject: string }).__readyStateAtReject,
      (window as unknown as { __rejectedAt: number }).__rejectedAt,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    ]);
    expect(readyState).toBe('interactive');
    // Not while the page was being parsed and its first requests ran: the wait is SLOW_PAGE_MS.
    expect(Number(rejectedAt) - Number(contentLoadedEnd)).toBeGreaterThan(SLOW_PAGE_MS / 2);
    await page.close();
  });

  it('hides a known banner from the start, long before its script can answer it', async () => {
    // The page never finishes loading, so the cookie-banner script comes SLOW_PAGE_MS after DOMContentLoaded.
    const { page, tabId } = await openFresh(sites.hanging, 'domcontentloaded');
    expect(await consentWhen(tabId, (current) => current?.outcome === 'rejected')).toMatchObject({ cmp: 'Onetrust', outcome: 'rejected' });
    const { looks, contentLoadedEnd } = await page.evaluate(() => ({
      looks: (window as unknown as { __looks: { at: number; readyState: string; opacity: string }[] }).__looks,
      contentLoadedEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    }));
    // Hidden by the sheet added when the page committed: well before the script came.
    const beforeScript = looks.filter((look) => look.at < contentLoadedEnd + SLOW_PAGE_MS / 2);
    expect(beforeScript.length).toBeGreaterThan(10);
    expect(beforeScript.filter((look) => look.opacity === '0').length).toBeGreaterThan(beforeScript.length / 2);
    expect(new Set(beforeScript.map((look) => look.readyState))).not.toContain('complete');
    // And shown to no one after: answered, so gone (the test above); the sheet itself was removed.
    await page.evaluate(() => {
      const banner = document.getElementById('onetrust-banner-sdk')!;
      banner.style.display = 'block';
    });
    await pollUntil(() => page.evaluate(() => getComputedStyle(document.getElementById('onetrust-banner-sdk')!).opacity), (opacity) => opacity === '1', 5000);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('onetrust-banner-sdk')!).opacity)).toBe('1');
    await page.close();
  });

  it('takes the early hiding out of a page whose script never comes, after a while', async () => {
    const page = await harness.browser.newPage();
    await clearAllCookies(page);
    // Never settles: its parsing waits for a script that does not come.
    void page.goto(sites.stuck).catch(() => undefined);
    const opacity = () =>
      page.evaluate(() => {
        const banner = document.getElementById('onetrust-banner-sdk');
        return banner ? [getComputedStyle(banner).opacity, document.readyState] : null;
      }).catch(() => null);
    expect(await pollUntil(opacity, (seen) => seen?.[0] === '0', 10_000)).toEqual(['0', 'loading']);
    // Shown again once the wait is over, with the page still stuck (nothing of ours ever ran in it).
    expect(await pollUntil(opacity, (seen) => seen?.[0] === '1', EARLY_PREHIDE_MAX_MS + 15_000, 500)).toEqual(['1', 'loading']);
    await page.close();
  }, EARLY_PREHIDE_MAX_MS + 40_000);

  it('leaves the banner alone on a site switched off', async () => {
    const worker = await harness.worker();
    await worker.evaluate(
      () =>
        (globalThis as unknown as ConsentWorkerGlobals).chrome.storage.local.set({
          settings: { version: 1, autoconsent: { enabled: true, disabledSites: ['switched-off.example'] } },
        }),
    );
    try {
      const { page, tabId } = await openFresh(sites.switchedOff);
      // Our script has started on the page, then as long again as a rejection takes on the same banner (first test).
      expect(await consentWhen(tabId, (current) => current !== null)).toMatchObject({ outcome: 'disabled', url: sites.switchedOff });
      await new Promise((resolve) => setTimeout(resolve, 4000));
      expect(await isShown(page, '#onetrust-banner-sdk')).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __consentChoice: string | null }).__consentChoice)).toBeNull();
      expect(await consentFor(tabId)).toMatchObject({ outcome: 'disabled', url: sites.switchedOff });
      await page.close();

      // The same banner elsewhere is still answered.
      const other = await openFresh(sites.oneTrust);
      expect(await consentWhen(other.tabId, (current) => current?.outcome === 'rejected')).toMatchObject({ outcome: 'rejected' });
      await other.page.close();
    } finally {
      await worker.evaluate(() => (globalThis as unknown as ConsentWorkerGlobals).chrome.storage.local.remove('settings'));
    }
  });

  it('clicks nothing on a page without a consent manager', async () => {
    const { page, tabId } = await openFresh(sites.plain);
    // Our script has started on the page; then give it time to (wrongly) click.
    expect(await consentWhen(tabId, (current) => current !== null)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(await page.evaluate(() => (window as unknown as { __clicked: string[] }).__clicked)).toEqual([]);
    expect(await isShown(page, '#newsletter')).toBe(true);
    expect(await consentFor(tabId)).toMatchObject({ cmp: '', outcome: 'none-found', url: sites.plain });
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
    await page.close();
  });

  it('hides known banner elements while it looks, with nothing the page can see', async () => {
    const { page, tabId } = await openFresh(sites.prehide);
    const opacity = () => page.evaluate(() => getComputedStyle(document.querySelector('.js-consent-banner')!).opacity);
    const until = (value: string, maxMs: number) => pollUntil(opacity, (current) => current === value, maxMs, 50);
    // Our script starts after the load event, so allow for a busy machine before it hides.
    expect(await until('0', 8000)).toBe('0');
    // Once the script has started, its own hiding holds (taking the early sheet out leaves it alone).
    expect(await consentWhen(tabId, (current) => current !== null)).not.toBeNull();
    expect(await opacity()).toBe('0');
    // No banner came: shown again after the library's prehide timeout (2 s).
    expect(await until('1', 8000)).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { __styles: string[] }).__styles)).toEqual([]);
    await page.close();
  });

  it('still knows what it did after the service worker was stopped', async () => {
    const { page, tabId } = await openFresh(sites.oneTrust);
    expect(await consentWhen(tabId, (current) => current?.outcome === 'rejected')).toMatchObject({ outcome: 'rejected' });

    // Stop the worker, as the browser does after 30 s without events (puppeteer's way: close its target).
    await harness.stopWorker();

    // Any web page wakes it again (its load event, when the background injects the page scripts).
    const waking = await harness.browser.newPage();
    await waking.goto(sites.plain, { waitUntil: 'load' });
    const wiredBy = Date.now() + 15_000;
    const isWired = async () => (await harness.worker()).evaluate(() => 'privacyInspector' in globalThis && !!(globalThis as { chrome?: { tabs?: unknown } }).chrome?.tabs).catch(() => false);
    while (!(await isWired()) && Date.now() < wiredBy) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await consentFor(tabId)).toMatchObject({ cmp: 'Onetrust', outcome: 'rejected', url: sites.oneTrust });
    await waking.close();
    await page.close();
  });

  it('forgets a closed tab', async () => {
    const { page, tabId } = await openFresh(sites.plain);
    expect(await consentWhen(tabId, (current) => current !== null)).not.toBeNull();
    await page.close();
    expect(await consentWhen(tabId, (current) => current === null, 5000)).toBeNull();
    const worker = await harness.worker();
    const stored = await worker.evaluate(
      async (id: number) => (await (globalThis as unknown as ConsentWorkerGlobals).chrome.storage.session.get(`consent:${id}`))[`consent:${id}`] ?? null,
      tabId,
    );
    expect(stored).toBeNull();
  });
});
