import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { allCookies, clickAndWaitForToast, dynamicRules, openExtensionPage, openPopup, recordWorkerLog, resetSettings, send, setCookie } from './support/extension-pages';
import { pollUntil } from './support/poll';
import { placeholders, waitForPlaceholders } from './support/placeholders';
import { simulationOf } from '../../demo/site';
import { pageHtml } from '../../demo/pages';
import { widgetCatalog } from '../../lib/widgets/catalog';
import { hostMatches } from '../../lib/widgets/host-match';

/**
 * Chat that loads on click (issue 12, 3), driven as a user drives it: the setting from the
 * options page or the popup's switch, our placeholder clicked with the mouse (it lives in a
 * closed shadow root: found over the DevTools protocol, which sees into it, and clicked at its
 * place on screen, so the click is a trusted one), "Clear chat data" from the popup. What
 * happened is read from the browser and the vendor's server (the requests it saw), never from
 * the extension's own account. Each vendor is served by the fixture server under its real host
 * names (another host than the page's 127.0.0.1, mapped by --host-resolver-rules).
 */

let harness: Harness;
let control: Page;
let workerLog: string[] = [];

/** Three vendors embedded three ways: a plain script tag that chains a second script (JivoChat), a snippet that inserts its script at the load event (Intercom), an async tag that keeps its state in localStorage (Tidio). */
const vendors = [
  { id: 'jivochat', works: `typeof window.jivo_api === 'object' && !!document.getElementById('jivo-iframe-container')` },
  { id: 'intercom', works: `window.Intercom && window.Intercom.booted === true && !!document.getElementById('intercom-container')` },
  { id: 'tidio', works: `typeof window.tidioChatApi === 'object' && !!document.getElementById('tidio-chat')` },
] as const;

/** A page of the site that keeps its own data (a cookie, a localStorage key) before the chat comes. */
const chatPage = (id: string) =>
  pageHtml(
    `Chat ${id}`,
    `<p>Ask us anything.</p>
<script>document.cookie = 'site_pref=compact; path=/; max-age=86400'; localStorage.setItem('site_cart', '2 items');</script>
${simulationOf(id).embed}`,
  );

beforeAll(async () => {
  harness = await startHarness((server) => {
    for (const { id } of vendors) server.page(`/chat-${id}.html`, chatPage(id));
  });
  workerLog = recordWorkerLog(await harness.worker());
  control = await openExtensionPage(harness);
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  await resetSettings(control);
});

const openPages: Page[] = [];
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.log('[chat-on-click.test] background log:\n' + workerLog.slice(-40).join('\n'));
  workerLog.length = 0;
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
});

async function open(path: string) {
  const opened = await harness.open(path);
  openPages.push(opened.page);
  return opened;
}

const hostsOf = (id: string) => widgetCatalog.find((widget) => widget.id === id)!.scriptHosts;
/** Requests the vendor's server answered since `mark` (any of its hosts). */
const vendorRequestsSince = (mark: number, id: string) =>
  harness.server.requests.slice(mark).filter((request) => hostsOf(id).some((host) => hostMatches(request.host, host)));

const pageSays = (page: Page, expression: string) => page.evaluate(`Boolean(${expression})`) as Promise<boolean>;

async function cookieNames(): Promise<string[]> {
  return (await allCookies(harness)).map((cookie) => cookie.name);
}

async function clickPlaceholder(page: Page, button: { x: number; y: number }) {
  await page.bringToFront();
  await page.mouse.click(button.x, button.y);
}

describe('chat on click, every chat everywhere (options page)', () => {
  it.each(vendors)('$id: nothing of the vendor loads before the click; the click loads it in that tab; "Clear chat data" removes what it stored', async ({ id, works }) => {
    const reply = await send<{ ok: boolean }>(control, { type: 'set-chat-on-click-everywhere', enabled: true });
    expect(reply.ok).toBe(true);
    const spec = widgetCatalog.find((widget) => widget.id === id)!;

    const mark = harness.server.requests.length;
    const { page, tabId } = await open(`/chat-${id}.html`);
    const [placeholder] = await waitForPlaceholders(page, 1);
    // It says which chat and what loading it sets (the catalogue's cookies).
    expect(placeholder!.text).toContain(spec.name);
    expect(placeholder!.text).toContain('Load chat');
    if (spec.cookies[0]) expect(placeholder!.text).toContain(spec.cookies[0].name);
    // Nothing reached the vendor, nothing of it runs, nothing of it is stored.
    expect(vendorRequestsSince(mark, id)).toEqual([]);
    expect(await pageSays(page, works)).toBe(false);
    const before = await cookieNames();
    expect(before).toContain('site_pref');
    for (const name of simulationOf(id).setsCookies) expect(before).not.toContain(name);

    await clickPlaceholder(page, placeholder!.button);
    await pollUntil(() => pageSays(page, works), Boolean, 15_000, 200);
    expect(await pageSays(page, works)).toBe(true);
    expect(vendorRequestsSince(mark, id).length).toBeGreaterThan(0);
    expect(await placeholders(page)).toEqual([]);
    for (const name of simulationOf(id).setsCookies) expect(await cookieNames()).toContain(name);
    if (id === 'tidio') expect(await page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('tidio_state_')))).toBe(true);

    // Another tab of the same page: still waiting (the click lifted the block for its tab only).
    const markOther = harness.server.requests.length;
    const other = await open(`/chat-${id}.html`);
    await waitForPlaceholders(other.page, 1);
    expect(vendorRequestsSince(markOther, id)).toEqual([]);
    expect(await pageSays(other.page, works)).toBe(false);

    // "Clear chat data" from the popup: the chat's cookies and storage go, the site's stay.
    const popup = await openPopup(harness, tabId);
    openPages.push(popup);
    const toast = await clickAndWaitForToast(popup, `[data-action="clear-chat:${id}"]`);
    expect(toast).toContain('Removed');
    const after = await cookieNames();
    for (const name of simulationOf(id).setsCookies) expect(after).not.toContain(name);
    expect(after).toContain('site_pref');
    const storage = await page.evaluate(() => Object.keys(localStorage));
    expect(storage).toContain('site_cart');
    expect(storage.filter((key) => key.startsWith('tidio_state_'))).toEqual([]);
  });
});

describe('chat on click from the popup: one vendor on one site', () => {
  it('the switch in the widget row makes the chat wait on this site; turning it off lets it load as embedded', async () => {
    const { page, tabId } = await open('/chat-jivochat.html');
    expect(await pageSays(page, vendors[0].works)).toBe(true);
    const popup = await openPopup(harness, tabId);
    openPages.push(popup);
    const toast = await clickAndWaitForToast(popup, '[data-action="on-click:jivochat"]');
    expect(toast).toContain('loads only when you click');
    await popup.waitForSelector('[data-action="on-click:jivochat"]:checked');

    const mark = harness.server.requests.length;
    await page.reload({ waitUntil: 'load' });
    await waitForPlaceholders(page, 1);
    expect(vendorRequestsSince(mark, 'jivochat')).toEqual([]);
    expect(await pageSays(page, `typeof window.jivo_api !== 'undefined'`)).toBe(false);
    expect(await pageSays(page, vendors[0].works)).toBe(false);

    await popup.reload({ waitUntil: 'load' });
    await popup.waitForSelector('[data-action="on-click:jivochat"]:checked', { timeout: 20_000 });
    await clickAndWaitForToast(popup, '[data-action="on-click:jivochat"]');
    await page.reload({ waitUntil: 'load' });
    await pollUntil(() => pageSays(page, vendors[0].works), Boolean, 15_000, 200);
    expect(await pageSays(page, vendors[0].works)).toBe(true);
  });
});

describe('the click lifts the on-click block only', () => {
  it("the user's other rules for the vendor hold in the unlocked tab: cookie-less, the DNT/GPC headers, an outright block", async () => {
    const works = vendors[0].works;
    // A first visit as embedded; the vendor keeps a cookie on its own host (jv_tp), which every request to it would carry.
    const { page, tabId } = await open('/chat-jivochat.html');
    expect(await pageSays(page, works)).toBe(true);
    await setCookie(harness, { url: 'https://code.jivosite.com/', name: 'jv_tp', value: 'visitor1', secure: true, sameSite: 'no_restriction', expirationDate: Date.now() / 1000 + 86_400 });

    // Then: JivoChat cookie-less on this site, Do Not Track and GPC on, and every chat on click.
    expect((await send<{ ok: boolean }>(control, { type: 'block', tabId, targetId: 'jivochat', scope: 'site', mode: 'cookieless' })).ok).toBe(true);
    expect((await send<{ ok: boolean }>(control, { type: 'set-option', option: 'privacy-signals', enabled: true })).ok).toBe(true);
    expect((await send<{ ok: boolean }>(control, { type: 'set-chat-on-click-everywhere', enabled: true })).ok).toBe(true);
    const jivoHosts = hostsOf('jivochat');
    const inForce = await pollUntil(
      () => dynamicRules(harness),
      (rules) =>
        rules.some((rule) => rule.action.type === 'block' && rule.condition.requestDomains?.join() === jivoHosts.join()) &&
        rules.some((rule) => rule.action.type === 'modifyHeaders' && !!rule.action.responseHeaders) &&
        rules.some((rule) => rule.action.type === 'modifyHeaders' && !!rule.action.requestHeaders?.some((header) => header.header === 'DNT')),
      10_000,
      200,
    );
    expect(inForce.length).toBeGreaterThan(2);

    let mark = harness.server.requests.length;
    await page.reload({ waitUntil: 'load' });
    const [placeholder] = await waitForPlaceholders(page, 1);
    expect(vendorRequestsSince(mark, 'jivochat')).toEqual([]);

    await clickPlaceholder(page, placeholder!.button);
    await pollUntil(() => pageSays(page, works), Boolean, 15_000, 200);
    expect(await pageSays(page, works)).toBe(true);
    // Loaded on click, and still cookie-less: no Cookie header reaches the vendor; and each
    // request still says Do Not Track and GPC.
    const afterClick = vendorRequestsSince(mark, 'jivochat');
    expect(afterClick.length).toBeGreaterThan(0);
    expect(afterClick.map((request) => `${request.path}: ${String(request.headers.cookie ?? 'no cookie')}`)).toEqual(afterClick.map((request) => `${request.path}: no cookie`));
    for (const request of afterClick) {
      expect(request.headers.dnt, request.path).toBe('1');
      expect(request.headers['sec-gpc'], request.path).toBe('1');
    }

    // An outright block chosen now wins in that tab too, unlocked or not.
    expect((await send<{ ok: boolean }>(control, { type: 'block', tabId, targetId: 'jivochat', scope: 'site', mode: 'block' })).ok).toBe(true);
    await pollUntil(
      () => dynamicRules(harness),
      (rules) => !rules.some((rule) => rule.action.type === 'modifyHeaders' && !!rule.action.responseHeaders),
      10_000,
      200,
    );
    mark = harness.server.requests.length;
    await page.reload({ waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(vendorRequestsSince(mark, 'jivochat')).toEqual([]);
    expect(await pageSays(page, works)).toBe(false);
  });
});
