import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { allCookies, clickAndWaitForToast, openPopup } from './support/extension-pages';
import { frameWhen, pageEvaluates, type Evaluates } from './support/frame-storage';
import { pageHtml } from '../../demo/pages';
import { simulationOf } from '../../demo/site';

/**
 * Issue 12 (2): every store a chat widget keeps, not only cookies. A shop on the test origin
 * (http://127.0.0.1:<port>) embeds Drift, which keeps keys in the page's localStorage and
 * sessionStorage, and LiveChat, whose chat frame on the vendor's own host
 * (https://secure.livechatinc.com, served on another loopback port) keeps localStorage,
 * sessionStorage and an IndexedDB database there and sets a cookie on the vendor's site. The
 * shop keeps a key of its own. What is stored is read from the page and its frames, not from the
 * extension's account of it.
 */

let harness: Harness;

const shop = pageHtml(
  'Shop with two chats',
  `<p>Shoes.</p><script>localStorage.setItem('cart', JSON.stringify(['shoe'])); sessionStorage.setItem('checkout-step', '2');</script>${simulationOf('drift').embed}${simulationOf('livechat').embed}`,
);

beforeAll(async () => {
  harness = await startHarness((server) => server.page('/two-chats.html', shop));
});

afterAll(async () => {
  await harness?.close();
});

/** Every key and value of both areas of a document, and its IndexedDB databases' names. */
const storedIn = (target: Evaluates) =>
  target.evaluate(async () => {
    const dump = (store: Storage) => Object.fromEntries(Object.keys(store).sort().map((key) => [key, store.getItem(key)]));
    const databases = (await indexedDB.databases()).map((database) => database.name).sort();
    return { local: dump(localStorage), session: dump(sessionStorage), databases };
  });

describe('storage a widget keeps', () => {
  it('lists the page’s and the vendor frame’s storage with their vendors; Clear removes them, Undo puts them back', async () => {
    const { page, tabId, report } = await harness.open('/two-chats.html', 500);
    // The frame's script runs after its load; wait until it has stored.
    const frame = await frameWhen(page, 'https://secure.livechatinc.com', () => localStorage.getItem('sim-customer') !== null);
    const fresh = (await harness.report(tabId)) ?? report;
    const row = (area: string, key: string) => fresh.storage.find((item) => item.area === area && item.key === key);

    const origin = harness.server.origin;
    expect(row('localStorage', 'DRIFT_visitCounts')).toMatchObject({ origin, vendor: 'Salesloft (Drift)', widgetId: 'drift', party: 'first' });
    expect(row('localStorage', 'DRIFT_visitCounts')!.purpose).toMatch(/visits/);
    expect(row('sessionStorage', 'DRIFT_SESSION_ID')).toMatchObject({ origin, vendor: 'Salesloft (Drift)' });
    expect(row('localStorage', 'sim-customer')).toMatchObject({ origin: 'https://secure.livechatinc.com', vendor: 'Text (LiveChat Software)', party: 'third' });
    expect(row('sessionStorage', 'sim-chat-open')).toMatchObject({ origin: 'https://secure.livechatinc.com', vendor: 'Text (LiveChat Software)' });
    expect(row('indexedDB', 'sim-livechat-cache')).toMatchObject({ origin: 'https://secure.livechatinc.com', vendor: 'Text (LiveChat Software)', bytes: null });
    // The site's own key is listed, and named with no vendor.
    expect(row('localStorage', 'cart')).toMatchObject({ origin, vendor: null, purpose: null, bytes: (4 + JSON.stringify(['shoe']).length) * 2 });
    // The cookie the vendor's frame set on the vendor's site is the vendor's.
    expect(fresh.cookies.find((cookie) => cookie.name === 'sim_lc_frame')).toMatchObject({ domain: 'secure.livechatinc.com', vendor: 'Text (LiveChat Software)', party: 'third' });

    const popup = await openPopup(harness, tabId);
    await popup.waitForSelector('[data-section="storage"] [data-storage-key="sim-customer"]', { timeout: 10_000 });
    const popupRow = await popup.$eval('[data-section="storage"] [data-storage-key="DRIFT_visitCounts"]', (element) => element.textContent ?? '');
    expect(popupRow).toContain('Salesloft (Drift)');

    const pageBefore = await storedIn(pageEvaluates(page));
    const frameBefore = await storedIn(frame);
    expect(Object.keys(pageBefore.local).sort()).toEqual(['DRIFT_openTabs', 'DRIFT_visitCounts', 'cart']);
    expect(Object.keys(pageBefore.session).sort()).toEqual(['DRIFT_SESSION_ID', 'DRIFT_SESSION_STARTED', 'checkout-step']);
    expect(Object.keys(frameBefore.local)).toEqual(['sim-customer']);
    expect(Object.keys(frameBefore.session)).toEqual(['sim-chat-open']);

    const toast = await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    expect(toast).toMatch(/and this page’s local storage and 5 other stored items \(session storage, chat frames\) and 1 IndexedDB database\. Undo/);
    expect(await storedIn(pageEvaluates(page))).toMatchObject({ local: {}, session: {} });
    expect(await storedIn(frame)).toMatchObject({ local: {}, session: {} });
    expect((await allCookies(harness)).some((cookie) => cookie.name === 'sim_lc_frame')).toBe(false);

    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 30_000 });
    expect(await storedIn(pageEvaluates(page))).toEqual(pageBefore);
    expect(await storedIn(frame)).toEqual(frameBefore);
    expect((await allCookies(harness)).some((cookie) => cookie.name === 'sim_lc_frame')).toBe(true);
  });
});
