import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import {
  allCookies,
  clickAndWaitForToast,
  cookieKey,
  dynamicRules,
  openExtensionPage,
  openPopup,
  openUrl,
  recordWorkerLog,
  reloadAndReport,
  removeCookie,
  resetSettings,
  send,
  setCookie,
  type BrowserCookie,
} from './support/extension-pages';
import { simulationOf } from '../../demo/site';
import { pageHtml } from '../../demo/pages';
import type { LoggedRequest } from '../../cli/fixture-server';
import { SETTINGS_VERSION, type Settings } from '../../lib/settings/settings';
import { clearAllCookies } from '../../cli/scanner';
import { pollUntil } from './support/poll';

/**
 * The extension that acts (clear, block, cookie-less, opt-out, privacy signals, the options
 * page), driven the way a user drives it: the popup opened as a tab for the page's tab, and
 * its buttons clicked. What happened is read from the browser itself (cookies API, the page,
 * the requests the local server saw), never from the extension's own account of it.
 */

let harness: Harness;
/** An extension page kept open to reset the settings between tests (protocol messages). */
let control: Page;
let workerLog: string[] = [];

// Two sites besides 127.0.0.1, served over HTTPS by the fixture server (any host name maps there).
const SECOND_SITE = 'second-site.example';
const UNRELATED_SITE = 'unrelated-site.example';

beforeAll(async () => {
  harness = await startHarness((server) => {
    // A site that keeps data: first-party cookies (script and HTTP, one HttpOnly, one session),
    // localStorage, a chat widget that sets its own cookie, and two third parties that set
    // cookies on their own hosts (Zendesk's host and DoubleClick).
    server.page(
      '/clear.html',
      pageHtml(
        'Keeps data',
        `<p>Cookies everywhere.</p>
<script>
  document.cookie = 'fp_pref=dark; path=/; max-age=86400; SameSite=Lax';
  document.cookie = 'fp_session=s1; path=/; SameSite=Lax';
  localStorage.setItem('ls_cart', '3 items');
  localStorage.setItem('ls_seen', 'yes');
</script>
${simulationOf('zendesk-chat').embed}
<img alt="" width="1" height="1" src="https://v2.zopim.com/px.gif">
<img alt="" width="1" height="1" src="https://ad.doubleclick.net/ddm/activity/src=1;type=demo;cat=shop">
<iframe src="https://embed.partitioned-demo.example/frame.html" title="map"></iframe>`,
      ),
      { 'set-cookie': ['fp_http=h1; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax'] },
    );
    server.route('v2.zopim.com', '/px.gif', {
      contentType: 'image/gif',
      body: 'GIF89a',
      headers: { 'set-cookie': ['__zlc_tp=zz1; Domain=.zopim.com; Path=/; Max-Age=86400; SameSite=None; Secure'] },
    });
    // A third party in a frame with a partitioned (CHIPS) cookie.
    server.route('embed.partitioned-demo.example', '/frame.html', {
      body: '<p>embedded</p>',
      headers: { 'set-cookie': ['__Host-embed_session=e1; Path=/; Secure; SameSite=None; Partitioned'] },
    });
    // JivoChat on a second site, for the reach of "this site" and "everywhere" blocks.
    server.route(SECOND_SITE, '/jivo.html', { body: pageHtml('Second site', `<p>Also chats.</p>${simulationOf('jivochat').embed}`) });
    server.route(`www.${SECOND_SITE}`, '/zendesk.html', { body: pageHtml('Second site', `<p>Zendesk here.</p>${simulationOf('zendesk-chat').embed}`) });
    // JivoChat plus a pixel of Jivo's host that sets a cookie there: the cookie-less mode's subject.
    server.page('/cookieless.html', pageHtml('Cookie-less', `<p>Chat without cookies.</p>${simulationOf('jivochat').embed}<img alt="" src="https://code.jivosite.com/px.gif">`));
    server.route('code.jivosite.com', '/px.gif', {
      contentType: 'image/gif',
      body: 'GIF89a',
      headers: { 'set-cookie': ['jv_tp=visitor1; Path=/; Max-Age=86400; SameSite=None; Secure'] },
    });
    // Privacy signals: the document, a same-site script and a vendor script.
    server.page('/signals.html', pageHtml('Signals', `<p>Headers.</p><script src="/signals.js"></script>${simulationOf('jivochat').embed}`));
    server.route('127.0.0.1', '/signals.js', { body: 'window.signalsLoaded = true;', contentType: 'text/javascript' });
    // Zendesk Chat on a page that answers after a moment, as over a real network, and notes the
    // cookies its first script could read.
    server.route('127.0.0.1', '/slow-zendesk.html', {
      delayMs: 400,
      body: pageHtml('Slow answer', `<script>window.__cookiesAtParse = document.cookie;</script><p>Chat.</p>${simulationOf('zendesk-chat').embed}`),
    });
  });
  const worker = await harness.worker();
  workerLog = recordWorkerLog(worker);
  control = await openExtensionPage(harness);
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  await resetSettings(control);
  expect(await dynamicRules(harness)).toEqual([]);
});

const openPages: Page[] = [];
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.log('[actions.test] background log:\n' + workerLog.slice(-40).join('\n'));
  workerLog.length = 0;
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
});

/** Opens the popup for a tab; closed after the test. */
async function popupFor(tabId: number): Promise<Page> {
  const popup = await openPopup(harness, tabId);
  openPages.push(popup);
  return popup;
}

async function open(path: string) {
  const opened = await harness.open(path);
  openPages.push(opened.page);
  return opened;
}

const requestsSince = (mark: number, host: string): LoggedRequest[] => harness.server.requests.slice(mark).filter((request) => request.host === host);

/** Requests the page saw fail, by URL and reason. */
function failedRequests(page: Page): { url: string; error: string }[] {
  const failed: { url: string; error: string }[] = [];
  page.on('requestfailed', (request: HTTPRequest) => failed.push({ url: request.url(), error: request.failure()?.errorText ?? '' }));
  return failed;
}

async function settings(): Promise<Settings> {
  const reply = await send<{ ok: true; settings: Settings }>(control, { type: 'get-settings' });
  return reply.settings;
}

const widgetIds = (report: { widgets: readonly { id: string }[] }) => report.widgets.map((widget) => widget.id);
const pageCookieNames = (page: Page) => page.evaluate(() => document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]!));

describe('clear the site', () => {
  it('removes the cookies of the site and its third parties and the page storage, says how many, and undo puts them back', async () => {
    const { page, tabId, report } = await open('/clear.html');
    // Set after open(), which empties the jar: a site the tab never loaded.
    await setCookie(harness, { url: `https://${UNRELATED_SITE}/`, name: 'unrelated_keep', value: 'u1', expirationDate: Math.floor(Date.now() / 1000) + 3600 });
    expect(report.cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining(['fp_pref', 'fp_session', 'fp_http', '__zlcmid', '__zlc_tp', 'IDE', '__Host-embed_session']));
    // The page's own two keys and Zendesk Chat's `__zlcstore` (its simulated widget keeps it, as the real one does).
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['__zlcstore', 'ls_cart', 'ls_seen']);

    const before = await allCookies(harness);
    const siteCookies = (cookies: readonly BrowserCookie[]) => cookies.filter((cookie) => !cookie.domain.endsWith(UNRELATED_SITE));
    expect(siteCookies(before).length).toBeGreaterThanOrEqual(7);
    expect(before.find((cookie) => cookie.name === '__Host-embed_session')?.partitionKey?.topLevelSite).toMatch(/^http:\/\/127\.0\.0\.1/);

    const popup = await popupFor(tabId);
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    const after = await allCookies(harness);
    const afterKeys = new Set(after.map(cookieKey));
    const removed = before.filter((cookie) => !afterKeys.has(cookieKey(cookie)));

    // Every cookie of the site and of its third parties is gone, and only those.
    expect(siteCookies(after), JSON.stringify(after)).toEqual([]);
    expect(removed.map((cookie) => cookie.name).sort()).toEqual(siteCookies(before).map((cookie) => cookie.name).sort());
    expect(after.map((cookie) => cookie.name)).toEqual(['unrelated_keep']);
    // The toast counts what was removed.
    const count = Number(/Removed (\d+) cookies?/.exec(toast)?.[1]);
    expect(count, toast).toBe(removed.length);
    expect(toast).toMatch(/local storage/);
    expect(await popup.$('[data-toast] [data-action="undo"]')).not.toBeNull();

    // The page itself sees nothing left.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // Undo: the same cookies with the same values, and the page's storage.
    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 15_000 });
    const restored = await allCookies(harness);
    const restoredByKey = new Map(restored.map((cookie) => [cookieKey(cookie), cookie]));
    for (const cookie of removed) {
      const back = restoredByKey.get(cookieKey(cookie));
      expect(back, cookieKey(cookie)).toBeDefined();
      expect(back).toMatchObject({ value: cookie.value, hostOnly: cookie.hostOnly, secure: cookie.secure, session: cookie.session });
      // A persistent cookie keeps its expiry (to the second).
      if (!cookie.session) expect(Math.abs(back!.expirationDate! - cookie.expirationDate!)).toBeLessThan(2);
    }
    expect(restored.length).toBe(before.length);
    expect(await pageCookieNames(page)).toEqual(expect.arrayContaining(['fp_pref', 'fp_session', '__zlcmid']));
    expect(await page.evaluate(() => [localStorage.getItem('ls_cart'), localStorage.getItem('ls_seen')])).toEqual(['3 items', 'yes']);
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['__zlcstore', 'ls_cart', 'ls_seen']);
  });
});

describe('block a widget', () => {
  it('"this site": after reload the vendor script is blocked and the widget does not run; undo brings it back', async () => {
    const { page, tabId, report } = await open('/vendor/jivochat.html');
    expect(widgetIds(report)).toEqual(['jivochat']);
    const failed = failedRequests(page);
    const popup = await popupFor(tabId);
    await popup.waitForSelector('li[data-widget="jivochat"] [data-action="block:jivochat"]');
    expect(await popup.$eval('select[data-scope-for="jivochat"]', (select) => (select as HTMLSelectElement).value)).toBe('site');

    const toast = await clickAndWaitForToast(popup, '[data-action="block:jivochat"]');
    expect(toast).toMatch(/JivoChat blocked on 127\.0\.0\.1/);
    expect(await popup.$('[data-toast] [data-action="undo"]')).not.toBeNull();
    await popup.waitForSelector('[data-blocked="block"] [data-action="unblock:jivochat"]');
    expect((await settings()).blocks).toMatchObject([{ targetId: 'jivochat', scope: { kind: 'site', site: '127.0.0.1' }, mode: 'block' }]);

    // From an empty jar, so that any cookie of the widget would be a new one.
    await clearAllCookies(page);
    const mark = harness.server.requests.length;
    const blocked = await reloadAndReport(harness, page, tabId);
    expect(requestsSince(mark, '127.0.0.1').length).toBeGreaterThan(0);
    expect(requestsSince(mark, 'code.jivosite.com')).toEqual([]);
    expect(failed).toEqual(expect.arrayContaining([{ url: expect.stringContaining('https://code.jivosite.com/'), error: 'net::ERR_BLOCKED_BY_CLIENT' }]));
    // The widget never ran: none of its elements, globals or cookies.
    expect(await page.evaluate(() => ({ jdiv: document.querySelectorAll('jdiv').length, api: 'jivo_api' in window }))).toEqual({ jdiv: 0, api: false });
    expect((await pageCookieNames(page)).filter((name) => name.startsWith('jv_'))).toEqual([]);
    // All the report can still see is the page's own <script> tag (and its failed request): no
    // element, global or cookie of a running widget.
    const evidence = blocked.widgets.find((widget) => widget.id === 'jivochat')?.evidence ?? [];
    expect(evidence.filter((line) => !/^(script|request) https:\/\/code\.jivosite\.com\//.test(line)), JSON.stringify(blocked.widgets)).toEqual([]);
    // The popup shows it blocked, with the way back.
    await popup.waitForSelector('[data-blocked="block"] [data-action="unblock:jivochat"]');

    // Undo in the popup, reload: the widget is back.
    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 15_000 });
    expect((await settings()).blocks).toEqual([]);
    const markAfterUndo = harness.server.requests.length;
    const back = await reloadAndReport(harness, page, tabId);
    expect(requestsSince(markAfterUndo, 'code.jivosite.com').length).toBeGreaterThan(0);
    expect(widgetIds(back)).toEqual(['jivochat']);
    expect(back.widgets[0]!.evidence.some((line) => line.startsWith('element '))).toBe(true);
  });

  it('"this site" does not reach a second site; "everywhere" does, and unblock lifts it', async () => {
    const { page, tabId } = await open('/vendor/jivochat.html');
    const popup = await popupFor(tabId);
    await clickAndWaitForToast(popup, '[data-action="block:jivochat"]');

    const second = await openUrl(harness, `https://${SECOND_SITE}/jivo.html`);
    openPages.push(second.page);
    expect(second.report.site).toBe(SECOND_SITE);
    expect(widgetIds(second.report)).toEqual(['jivochat']);

    // Switch to "everywhere": unblock the site block, pick the scope, block.
    await clickAndWaitForToast(popup, '[data-action="unblock:jivochat"]');
    await popup.waitForSelector('select[data-scope-for="jivochat"]');
    await popup.select('select[data-scope-for="jivochat"]', 'everywhere');
    const toast = await clickAndWaitForToast(popup, '[data-action="block:jivochat"]');
    expect(toast).toMatch(/every site/);
    expect((await settings()).blocks).toMatchObject([{ targetId: 'jivochat', scope: { kind: 'everywhere' } }]);

    const mark = harness.server.requests.length;
    const secondBlocked = await reloadAndReport(harness, second.page, second.tabId);
    const firstBlocked = await reloadAndReport(harness, page, tabId);
    expect(requestsSince(mark, SECOND_SITE).length).toBeGreaterThan(0);
    expect(requestsSince(mark, '127.0.0.1').length).toBeGreaterThan(0);
    expect(requestsSince(mark, 'code.jivosite.com')).toEqual([]);
    for (const blockedPage of [second.page, page]) {
      expect(await blockedPage.evaluate(() => ({ jdiv: document.querySelectorAll('jdiv').length, api: 'jivo_api' in window }))).toEqual({ jdiv: 0, api: false });
    }
    for (const report of [secondBlocked, firstBlocked]) {
      const evidence = report.widgets.find((widget) => widget.id === 'jivochat')?.evidence ?? [];
      expect(evidence.filter((line) => /^(element|global) /.test(line))).toEqual([]);
    }

    // Unblock from the popup: it loads again on both.
    await popup.waitForSelector('[data-action="unblock:jivochat"]:not([disabled])');
    await clickAndWaitForToast(popup, '[data-action="unblock:jivochat"]');
    expect((await settings()).blocks).toEqual([]);
    const secondBack = await reloadAndReport(harness, second.page, second.tabId);
    expect(widgetIds(secondBack)).toEqual(['jivochat']);
    expect(secondBack.widgets[0]!.evidence.some((line) => line.startsWith('element '))).toBe(true);
  });

  it('a tracker row blocks the tracker: its script never loads and its cookie is never set', async () => {
    const { page, tabId, report } = await open('/shop.html');
    expect(report.trackers.map((tracker) => tracker.vendor)).toContain('Google Tag Manager');
    expect(report.cookies.map((cookie) => cookie.name)).toContain('_ga');
    const popup = await popupFor(tabId);
    await popup.waitForSelector('li[data-tracker="Google Tag Manager"]');
    await clickAndWaitForToast(popup, 'li[data-tracker="Google Tag Manager"] [data-action="block:tracker-google-tag-manager"]');
    await popup.waitForSelector('li[data-tracker="Google Tag Manager"][data-blocked="block"], [data-blocked-target="tracker-google-tag-manager"]');

    await removeCookie(harness, `${harness.server.origin}/`, '_ga');
    const mark = harness.server.requests.length;
    await reloadAndReport(harness, page, tabId);
    expect(requestsSince(mark, 'www.googletagmanager.com')).toEqual([]);
    // The other tracker on the page is not touched.
    expect(requestsSince(mark, 'ad.doubleclick.net').length).toBeGreaterThan(0);
    expect(await pageCookieNames(page)).not.toContain('_ga');
  });
});

describe('cookie-less mode', () => {
  it('the vendor loads but gets no Cookie header, and its Set-Cookie does not stick', async () => {
    const { page, tabId } = await open('/cookieless.html');
    const jivoCookies = async () => (await allCookies(harness)).filter((cookie) => cookie.domain.endsWith('jivosite.com')).map((cookie) => cookie.name);
    // Without the mode: the vendor's cookie is set, and sent back on the next load.
    expect(await jivoCookies()).toEqual(['jv_tp']);
    let mark = harness.server.requests.length;
    await reloadAndReport(harness, page, tabId);
    expect(requestsSince(mark, 'code.jivosite.com').some((request) => /jv_tp=visitor1/.test(String(request.headers.cookie ?? '')))).toBe(true);

    const popup = await popupFor(tabId);
    const toast = await clickAndWaitForToast(popup, '[data-action="cookieless:jivochat"]');
    expect(toast).toMatch(/without cookies/);
    await popup.waitForSelector('li[data-widget="jivochat"][data-blocked="cookieless"]');

    mark = harness.server.requests.length;
    const report = await reloadAndReport(harness, page, tabId);
    const vendorRequests = requestsSince(mark, 'code.jivosite.com');
    expect(vendorRequests.length).toBeGreaterThanOrEqual(3);
    expect(vendorRequests.filter((request) => request.headers.cookie !== undefined)).toEqual([]);
    // The widget still works: it ran and drew itself.
    expect(widgetIds(report)).toEqual(['jivochat']);
    expect(await page.evaluate(() => document.querySelectorAll('jdiv').length)).toBeGreaterThan(0);

    // Its Set-Cookie is dropped: once the old cookie is gone, it never comes back.
    await removeCookie(harness, 'https://code.jivosite.com/', 'jv_tp');
    await reloadAndReport(harness, page, tabId);
    expect(await jivoCookies()).toEqual([]);

    // Undo: the vendor sets its cookie again.
    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 15_000 });
    await reloadAndReport(harness, page, tabId);
    expect(await jivoCookies()).toEqual(['jv_tp']);
  });
});

describe("a vendor's own opt-out", () => {
  it('Zendesk Chat: sets __zlcprivacy=0 and __zprivacy=0, the widget honours it after reload, it survives a clear, opt-in removes it', async () => {
    const { page, tabId } = await open('/vendor/zendesk-chat.html');
    // Without the opt-out the widget gives the visitor an ID.
    expect(await pageCookieNames(page)).toContain('__zlcmid');

    const popup = await popupFor(tabId);
    const toast = await clickAndWaitForToast(popup, '[data-action="opt-out:zendesk-chat"]');
    expect(toast).toMatch(/opt-out is set/);
    expect(await popup.$('[data-toast] [data-action="undo"]')).not.toBeNull();
    await popup.waitForSelector('li[data-widget="zendesk-chat"][data-opted-out="true"] [data-action="opt-in:zendesk-chat"]');

    const optOutCookies = async () =>
      (await allCookies(harness)).filter((cookie) => cookie.name === '__zlcprivacy' || cookie.name === '__zprivacy').sort((a, b) => a.name.localeCompare(b.name));
    const set = await optOutCookies();
    expect(set.map((cookie) => [cookie.name, cookie.value, cookie.domain, cookie.hostOnly])).toEqual([
      ['__zlcprivacy', '0', '127.0.0.1', true],
      ['__zprivacy', '0', '127.0.0.1', true],
    ]);
    const yearFromNow = Date.now() / 1000 + 365 * 86_400;
    for (const cookie of set) expect(Math.abs(cookie.expirationDate! - yearFromNow)).toBeLessThan(600);

    // Clear the site: the visitor ID goes, the opt-out stays (it is what protects the user).
    await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    expect((await allCookies(harness)).map((cookie) => cookie.name).sort()).toEqual(['__zlcprivacy', '__zprivacy']);

    await reloadAndReport(harness, page, tabId);
    const names = await pageCookieNames(page);
    expect(names).toContain('__zlcprivacy');
    expect(names).not.toContain('__zlcmid');
    // The widget itself is still on the page (the opt-out is about its tracking).
    expect(await page.evaluate(() => document.querySelectorAll('div.zopim').length)).toBe(1);

    // Opt in again: the cookies go, and the widget tracks again after reload.
    await popup.waitForSelector('[data-action="opt-in:zendesk-chat"]');
    await clickAndWaitForToast(popup, '[data-action="opt-in:zendesk-chat"]');
    expect(await optOutCookies()).toEqual([]);
    expect((await settings()).optOuts).toEqual([]);
    await reloadAndReport(harness, page, tabId);
    expect(await pageCookieNames(page)).toContain('__zlcmid');
  });

  it('on a site with a domain name: the cookies are set for the whole site (.site), secure over https', async () => {
    const { page, tabId } = await openUrl(harness, `https://www.${SECOND_SITE}/zendesk.html`);
    openPages.push(page);
    const popup = await popupFor(tabId);
    await clickAndWaitForToast(popup, '[data-action="opt-out:zendesk-chat"]');
    const set = (await allCookies(harness)).filter((cookie) => /^__z(lc)?privacy$/.test(cookie.name));
    expect(set.map((cookie) => [cookie.name, cookie.domain, cookie.hostOnly, cookie.secure]).sort()).toEqual([
      ['__zlcprivacy', `.${SECOND_SITE}`, false, true],
      ['__zprivacy', `.${SECOND_SITE}`, false, true],
    ]);
    expect((await settings()).optOuts).toMatchObject([{ vendorId: 'zendesk-chat', site: SECOND_SITE }]);
    await removeCookie(harness, `https://www.${SECOND_SITE}/`, '__zlcmid');
    await reloadAndReport(harness, page, tabId);
    const names = await pageCookieNames(page);
    expect(names).toContain('__zlcprivacy');
    expect(names).not.toContain('__zlcmid');
    await clickAndWaitForToast(popup, '[data-action="opt-in:zendesk-chat"]');
    expect((await allCookies(harness)).filter((cookie) => /^__z(lc)?privacy$/.test(cookie.name))).toEqual([]);
    // Undo of the opt-in sets the opt-out again, on the same site.
    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 15_000 });
    const again = (await allCookies(harness)).filter((cookie) => /^__z(lc)?privacy$/.test(cookie.name));
    expect(again.map((cookie) => [cookie.name, cookie.value, cookie.domain]).sort()).toEqual([
      ['__zlcprivacy', '0', `.${SECOND_SITE}`],
      ['__zprivacy', '0', `.${SECOND_SITE}`],
    ]);
    expect((await settings()).optOuts).toMatchObject([{ vendorId: 'zendesk-chat', site: SECOND_SITE }]);
    await popup.waitForSelector('[data-action="opt-in:zendesk-chat"]');
    await clickAndWaitForToast(popup, '[data-action="opt-in:zendesk-chat"]');
    expect((await allCookies(harness)).filter((cookie) => /^__z(lc)?privacy$/.test(cookie.name))).toEqual([]);
  });

  it("sets an opt-out's cookies again on the next visit when the browser's own clearing took them, before the page's scripts run", async () => {
    const { page, tabId } = await open('/slow-zendesk.html');
    const popup = await popupFor(tabId);
    await clickAndWaitForToast(popup, '[data-action="opt-out:zendesk-chat"]');
    // The browser's "clear browsing data", not our popup: every cookie goes, the opt-out too.
    const session = await page.createCDPSession();
    await session.send('Network.clearBrowserCookies');
    await session.detach();
    expect(await allCookies(harness)).toEqual([]);

    await page.reload({ waitUntil: 'load' });
    const optOutCookies = async () =>
      (await allCookies(harness))
        .filter((cookie) => cookie.name === '__zlcprivacy' || cookie.name === '__zprivacy')
        .map((cookie) => [cookie.name, cookie.value])
        .sort();
    expect(await pollUntil(optOutCookies, (found) => found.length === 2)).toEqual([
      ['__zlcprivacy', '0'],
      ['__zprivacy', '0'],
    ]);
    // Already there for the first script of the page: set while its request was on its way.
    const atParse = String(await page.evaluate(() => (window as unknown as { __cookiesAtParse: string }).__cookiesAtParse));
    expect(atParse.split('; ').sort()).toEqual(['__zlcprivacy=0', '__zprivacy=0']);
    expect((await settings()).optOuts.map((entry) => entry.vendorId)).toEqual(['zendesk-chat']);
    // Opting in is what ends it: the cookies go and stay gone on the next visit.
    const again = await popupFor(tabId);
    await clickAndWaitForToast(again, '[data-action="opt-in:zendesk-chat"]');
    await page.reload({ waitUntil: 'load' });
    expect(await pollUntil(optOutCookies, (found) => found.length > 0, 1500)).toEqual([]);
  });

  it('undo of an opt-out removes its cookies and the setting', async () => {
    const { tabId } = await open('/vendor/zendesk-chat.html');
    const popup = await popupFor(tabId);
    await clickAndWaitForToast(popup, '[data-action="opt-out:zendesk-chat"]');
    expect((await settings()).optOuts).toMatchObject([{ vendorId: 'zendesk-chat', site: '127.0.0.1' }]);
    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 15_000 });
    expect((await allCookies(harness)).filter((cookie) => /^__z(lc)?privacy$/.test(cookie.name))).toEqual([]);
    expect((await settings()).optOuts).toEqual([]);
    await popup.waitForSelector('[data-action="opt-out:zendesk-chat"]');
  });
});

describe('Do Not Track and Global Privacy Control', () => {
  it('on: DNT: 1 and Sec-GPC: 1 on the document and its subresources, navigator.globalPrivacyControl; off: none of it', async () => {
    const { page, tabId } = await open('/signals.html');
    const headersOf = (requests: readonly LoggedRequest[]) => requests.map((request) => [request.path, request.headers.dnt, request.headers['sec-gpc']]);
    let mark = harness.server.requests.length;
    await reloadAndReport(harness, page, tabId);
    expect(headersOf(requestsSince(mark, '127.0.0.1').filter((request) => request.path === '/signals.html'))).toEqual([['/signals.html', undefined, undefined]]);

    const popup = await popupFor(tabId);
    expect(await popup.$eval('input[data-action="toggle-privacy-signals"]', (input) => (input as HTMLInputElement).checked)).toBe(false);
    const toast = await clickAndWaitForToast(popup, 'input[data-action="toggle-privacy-signals"]');
    expect(toast).toMatch(/Do Not Track and Global Privacy Control are on/);
    expect(await popup.$eval('input[data-action="toggle-privacy-signals"]', (input) => (input as HTMLInputElement).checked)).toBe(true);

    mark = harness.server.requests.length;
    await reloadAndReport(harness, page, tabId);
    const siteRequests = requestsSince(mark, '127.0.0.1').filter((request) => request.path === '/signals.html' || request.path === '/signals.js');
    const vendorRequests = requestsSince(mark, 'code.jivosite.com');
    expect(siteRequests.map((request) => request.path).sort()).toEqual(['/signals.html', '/signals.js']);
    expect(vendorRequests.length).toBeGreaterThan(0);
    for (const request of [...siteRequests, ...vendorRequests]) {
      expect([request.host + request.path, request.headers.dnt, request.headers['sec-gpc']]).toEqual([request.host + request.path, '1', '1']);
    }
    expect(await page.evaluate(() => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true);

    await clickAndWaitForToast(popup, 'input[data-action="toggle-privacy-signals"]');
    expect((await settings()).privacySignals.enabled).toBe(false);
    mark = harness.server.requests.length;
    await reloadAndReport(harness, page, tabId);
    const offRequests = [...requestsSince(mark, '127.0.0.1'), ...requestsSince(mark, 'code.jivosite.com')];
    expect(offRequests.length).toBeGreaterThan(2);
    for (const request of offRequests) expect([request.path, request.headers.dnt, request.headers['sec-gpc']]).toEqual([request.path, undefined, undefined]);
    expect(await page.evaluate(() => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl)).not.toBe(true);
  });
});

describe('cookie banners on this site', () => {
  it('the popup switch adds the site to the exceptions and takes it out again', async () => {
    const { tabId } = await open('/blog.html');
    const popup = await popupFor(tabId);
    const checked = () => popup.$eval('input[data-action="toggle-autoconsent-site"]', (input) => (input as HTMLInputElement).checked);
    expect(await checked()).toBe(true);
    await clickAndWaitForToast(popup, 'input[data-action="toggle-autoconsent-site"]');
    expect((await settings()).autoconsent).toEqual({ enabled: true, disabledSites: ['127.0.0.1'] });
    expect(await checked()).toBe(false);
    await clickAndWaitForToast(popup, 'input[data-action="toggle-autoconsent-site"]');
    expect((await settings()).autoconsent).toEqual({ enabled: true, disabledSites: [] });
    expect(await checked()).toBe(true);
  });
});

describe('the options page', () => {
  it('lists every block, removes one, and removes all only after confirming', async () => {
    const { tabId } = await open('/vendor/jivochat.html');
    for (const message of [
      { type: 'block', tabId, targetId: 'jivochat', scope: 'site', mode: 'block' },
      { type: 'block', tabId, targetId: 'intercom', scope: 'everywhere', mode: 'cookieless' },
      { type: 'block', tabId, targetId: 'tracker-google-analytics', scope: 'site', mode: 'block' },
    ]) {
      expect(await send(control, message)).toMatchObject({ ok: true });
    }
    expect((await dynamicRules(harness)).length).toBe(3);

    const options = await openExtensionPage(harness, 'options.html');
    openPages.push(options);
    const listed = async () => (await options.$$eval('[data-block]', (rows) => rows.map((row) => row.getAttribute('data-block')!))).sort();
    await options.waitForSelector('[data-block]');
    expect(await listed()).toEqual(['intercom@*', 'jivochat@127.0.0.1', 'tracker-google-analytics@127.0.0.1']);

    await options.click('[data-block="jivochat@127.0.0.1"] [data-action="remove-block"]');
    await options.waitForFunction(() => !document.querySelector('[data-block="jivochat@127.0.0.1"]'), { timeout: 10_000 });
    expect(await listed()).toEqual(['intercom@*', 'tracker-google-analytics@127.0.0.1']);
    expect((await settings()).blocks.map((block) => block.targetId).sort()).toEqual(['intercom', 'tracker-google-analytics']);
    expect((await dynamicRules(harness)).some((rule) => JSON.stringify(rule.condition).includes('jivosite.com'))).toBe(false);

    // Remove all: first a confirmation, and nothing is removed until it is given.
    await options.click('[data-action="remove-all-blocks"]');
    await options.waitForSelector('[data-action="confirm-remove-all-blocks"]');
    expect((await settings()).blocks.length).toBe(2);
    expect(await listed()).toEqual(['intercom@*', 'tracker-google-analytics@127.0.0.1']);
    expect((await dynamicRules(harness)).length).toBe(2);
    await options.click('[data-action="confirm-remove-all-blocks"]');
    await options.waitForFunction(() => document.querySelectorAll('[data-block]').length === 0, { timeout: 10_000 });
    expect((await settings()).blocks).toEqual([]);
    expect(await dynamicRules(harness)).toEqual([]);
  });

  it('switches privacy signals and cookie-banner answers for every site', async () => {
    const options = await openExtensionPage(harness, 'options.html');
    openPages.push(options);
    await options.waitForSelector('input[data-option="privacy-signals"]:not([disabled])');
    expect(await options.$eval('input[data-option="privacy-signals"]', (input) => (input as HTMLInputElement).checked)).toBe(false);
    await options.click('input[data-option="privacy-signals"]');
    await options.waitForFunction(() => (document.querySelector('input[data-option="privacy-signals"]') as HTMLInputElement).checked, { timeout: 10_000 });
    await expect.poll(async () => (await settings()).privacySignals.enabled).toBe(true);
    const rules = await dynamicRules(harness);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.action.type).toBe('modifyHeaders');

    expect(await options.$eval('input[data-option="autoconsent"]', (input) => (input as HTMLInputElement).checked)).toBe(true);
    await options.click('input[data-option="autoconsent"]');
    await expect.poll(async () => (await settings()).autoconsent.enabled).toBe(false);
  });
});

describe('stored settings', () => {
  type Stored = Record<string, unknown>;
  const storageLocal = async (): Promise<Stored> => {
    const worker = await harness.worker();
    return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Stored> } } } }).chrome.storage.local.get(null));
  };
  const writeStorage = async (items: Stored, removeKeys: string[] = []) => {
    const worker = await harness.worker();
    await worker.evaluate(
      async (set: Stored, remove: string[]) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: { set(items: Stored): Promise<void>; remove(keys: string[]): Promise<void> } } } }).chrome.storage.local;
        await local.remove(remove);
        await local.set(set);
      },
      items,
      removeKeys,
    );
  };
  /** Stops the service worker; the next message starts a fresh one, which reads the settings again. */
  const restartWorker = () => harness.stopWorker();
  const copies = (stored: Stored) => Object.keys(stored).filter((key) => key.startsWith('settings-unreadable-'));
  const good = { targetId: 'jivochat', scope: { kind: 'everywhere' }, mode: 'block', createdAt: 1 };
  const unreadable = { targetId: 'intercom', scope: { kind: 'everywhere' }, mode: 'a-mode-from-the-future', createdAt: 2 };

  afterEach(async () => {
    await writeStorage({ settings: { ...defaultsForStorage } }, copies(await storageLocal()));
    await restartWorker();
  });
  const defaultsForStorage = { version: 1, autoconsent: { enabled: true, disabledSites: [] }, privacySignals: { enabled: false }, blocks: [], optOuts: [], policyOverrides: {} };

  it('damaged entries: dropped, the repaired settings saved, and one copy of the old value kept', async () => {
    const damaged = { ...defaultsForStorage, blocks: [good, unreadable] };
    await writeStorage({ settings: damaged });
    await restartWorker();
    expect((await settings()).blocks).toMatchObject([{ targetId: 'jivochat' }]);
    let stored = await storageLocal();
    expect((stored.settings as Settings).blocks).toHaveLength(1);
    expect(copies(stored).map((key) => stored[key])).toEqual([damaged]);
    // The next start reads the repaired value: nothing more to copy.
    await restartWorker();
    await settings();
    stored = await storageLocal();
    expect(copies(stored)).toHaveLength(1);
  });

  it('from a newer version: read and used, left as it is at every start, and copied aside once before the first change replaces it', async () => {
    const newer = { ...defaultsForStorage, version: 99, blocks: [good, unreadable], somethingNew: { kept: true } };
    await writeStorage({ settings: newer });
    for (let start = 0; start < 3; start++) {
      await restartWorker();
      expect((await settings()).blocks).toMatchObject([{ targetId: 'jivochat', scope: { kind: 'everywhere' } }]);
    }
    let stored = await storageLocal();
    expect(stored.settings).toEqual(newer);
    // The newer value is left as it is, so nothing is lost; a copy per worker start would grow storage without end.
    expect(copies(stored)).toEqual([]);
    // The user's first change replaces it: a copy of it is kept first.
    expect(await send(control, { type: 'set-option', option: 'autoconsent', enabled: false })).toMatchObject({ ok: true });
    stored = await storageLocal();
    expect(stored.settings).toMatchObject({ version: SETTINGS_VERSION, autoconsent: { enabled: false }, blocks: [good] });
    expect(copies(stored).map((key) => stored[key])).toEqual([newer]);
    await send(control, { type: 'set-option', option: 'autoconsent', enabled: true });
    expect(copies(await storageLocal())).toHaveLength(1);
  });
});
