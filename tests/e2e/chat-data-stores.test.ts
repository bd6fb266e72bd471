import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { allCookies, clickAndWaitForToast, openExtensionPage, openPopup, resetSettings, send } from './support/extension-pages';
import { waitForPlaceholders } from './support/placeholders';
import { pollUntil } from './support/poll';
import { frameWhen, pageEvaluates, waitInFrame, type Evaluates } from './support/frame-storage';
import { simulationOf } from '../../demo/site';
import { pageHtml } from '../../demo/pages';

/**
 * "Clear chat data" takes every store the chat kept (issue 12, 2 and 3): its keys in the page's
 * sessionStorage as well as its localStorage (Drift keeps its visit there), and everything its
 * own frame keeps on the vendor's origin (LiveChat's chat frame on secure.livechatinc.com:
 * localStorage, sessionStorage, an IndexedDB database and a cookie on the vendor's site), with an
 * undo that puts them back. The site's own data stays. Stores are read from the page and the
 * frame, never from the extension's account.
 */

let harness: Harness;
let control: Page;
const openPages: Page[] = [];

/** A page of the site that keeps its own data in every area before the chat comes. */
const chatPage = (id: string) =>
  pageHtml(
    `Chat ${id}`,
    `<p>Ask us anything.</p>
<script>document.cookie = 'site_pref=compact; path=/; max-age=86400'; localStorage.setItem('site_cart', '2 items'); sessionStorage.setItem('site_step', '2');</script>
${simulationOf(id).embed}`,
  );

beforeAll(async () => {
  harness = await startHarness((server) => {
    for (const id of ['livechat', 'drift']) server.page(`/chat-${id}.html`, chatPage(id));
  });
  control = await openExtensionPage(harness);
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  await resetSettings(control);
  await send(control, { type: 'set-chat-on-click-everywhere', enabled: true });
});

afterEach(async () => {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
});

/** Every key and value of both areas, and each IndexedDB database with its records. */
const storedIn = (target: Evaluates) =>
  target.evaluate(async () => {
    const dump = (store: Storage) => Object.fromEntries(Object.keys(store).sort().map((key) => [key, store.getItem(key)]));
    const done = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const databases: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await done(indexedDB.open(name!));
      const stores: Record<string, unknown> = {};
      for (const storeName of [...db.objectStoreNames]) {
        const store = db.transaction(storeName).objectStore(storeName);
        const values = (await done(store.getAll())) as Record<string, unknown>[];
        stores[storeName] = { keyPath: store.keyPath, indexes: [...store.indexNames], values: values.map((value) => ({ ...value, at: value.at instanceof Date ? value.at.getTime() : value.at })) };
      }
      databases[name!] = { version: db.version, stores };
      db.close();
    }
    return { local: dump(localStorage), session: dump(sessionStorage), databases };
  });

const cookieNames = async () => (await allCookies(harness)).map((cookie) => cookie.name).sort();

async function loadChatOnClick(id: string, works: string) {
  const opened = await harness.open(`/chat-${id}.html`);
  openPages.push(opened.page);
  const [placeholder] = await waitForPlaceholders(opened.page, 1);
  expect(placeholder).toBeDefined();
  // A trusted click, at the button's place on screen: the only kind the placeholder answers.
  await opened.page.bringToFront();
  await opened.page.mouse.click(placeholder!.button.x, placeholder!.button.y);
  const loaded = await pollUntil(() => opened.page.evaluate(`Boolean(${works})`), Boolean, 15_000, 200);
  expect(loaded).toBe(true);
  return opened;
}

async function undoFromToast(popup: Page) {
  await popup.click('[data-toast] [data-action="undo"]');
  await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 30_000 });
}

describe('"Clear chat data" takes every store the chat kept', () => {
  it('the vendor’s own frame (LiveChat on its own origin): localStorage, sessionStorage, IndexedDB and its cookie go, and come back with Undo', async () => {
    const { page, tabId } = await loadChatOnClick('livechat', `typeof window.LC_API === 'object' && !!document.getElementById('chat-widget')`);
    const frame = await frameWhen(page, 'https://secure.livechatinc.com', async () => (await indexedDB.databases()).some((database) => database.name === 'sim-livechat-cache'));
    await waitInFrame(frame, () => new Promise<boolean>((resolve) => {
      const request = indexedDB.open('sim-livechat-cache');
      request.onsuccess = () => {
        const count = request.result.transaction('events').objectStore('events').count();
        count.onsuccess = () => { request.result.close(); resolve(count.result === 1); };
      };
    }));
    const frameBefore = await storedIn(frame);
    expect(Object.keys(frameBefore.local)).toEqual(['sim-customer']);
    expect(Object.keys(frameBefore.session)).toEqual(['sim-chat-open']);
    expect(Object.keys(frameBefore.databases)).toEqual(['sim-livechat-cache']);
    const pageBefore = await storedIn(pageEvaluates(page));
    const cookiesBefore = await cookieNames();
    expect(cookiesBefore).toEqual(expect.arrayContaining(['sim_lc_frame', '__lc_cid', '__lc_cst', 'site_pref']));

    const popup = await openPopup(harness, tabId);
    openPages.push(popup);
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-chat:livechat"]');
    expect(toast).toMatch(/Removed .*LiveChat.*'s 3 cookies and what it kept in this page’s storage and in its own frames\./);
    expect(await storedIn(frame)).toEqual({ local: {}, session: {}, databases: {} });
    // The site's own data stays.
    expect(await storedIn(pageEvaluates(page))).toEqual(pageBefore);
    expect(await cookieNames()).toEqual(cookiesBefore.filter((name) => !['sim_lc_frame', '__lc_cid', '__lc_cst'].includes(name)));

    await undoFromToast(popup);
    expect(await storedIn(frame)).toEqual(frameBefore);
    expect(await cookieNames()).toEqual(cookiesBefore);
  });

  it('the page’s sessionStorage (Drift keeps its visit there): the chat’s keys go, the site’s stay, and come back with Undo', async () => {
    const { page, tabId } = await loadChatOnClick('drift', `typeof window.drift === 'object' && !!document.getElementById('drift-frame-controller')`);
    await page.waitForFunction(() => sessionStorage.getItem('DRIFT_SESSION_ID') !== null, { timeout: 10_000 });
    const before = await storedIn(pageEvaluates(page));
    expect(Object.keys(before.session)).toEqual(['DRIFT_SESSION_ID', 'DRIFT_SESSION_STARTED', 'site_step']);
    expect(Object.keys(before.local)).toEqual(['DRIFT_openTabs', 'DRIFT_visitCounts', 'site_cart']);

    const popup = await openPopup(harness, tabId);
    openPages.push(popup);
    await clickAndWaitForToast(popup, '[data-action="clear-chat:drift"]');
    const after = await storedIn(pageEvaluates(page));
    expect(after.session).toEqual({ site_step: '2' });
    expect(after.local).toEqual({ site_cart: '2 items' });

    await undoFromToast(popup);
    expect(await storedIn(pageEvaluates(page))).toEqual(before);
  });

  it('a database in the vendor’s frame that no copy can hold (a Blob): the popup asks first; cancel keeps everything, confirm clears without undo', async () => {
    const { page, tabId } = await loadChatOnClick('livechat', `typeof window.LC_API === 'object' && !!document.getElementById('chat-widget')`);
    const frame = await frameWhen(page, 'https://secure.livechatinc.com', () => localStorage.getItem('sim-customer') !== null);
    // The vendor keeps an attachment as a Blob.
    await frame.evaluate(() => new Promise<void>((resolve) => {
      const open = indexedDB.open('sim-attachments', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('files');
      open.onsuccess = () => {
        const db = open.result;
        db.onversionchange = () => db.close();
        const transaction = db.transaction('files', 'readwrite');
        transaction.objectStore('files').put(new Blob(['scan'], { type: 'image/png' }), 'upload');
        transaction.oncomplete = () => resolve();
      };
    }));
    const before = await storedIn(frame);
    expect(Object.keys(before.databases).sort()).toEqual(['sim-attachments', 'sim-livechat-cache']);

    const popup = await openPopup(harness, tabId);
    openPages.push(popup);
    await popup.bringToFront();
    await (await popup.waitForSelector('[data-action="clear-chat:livechat"]:not([disabled])'))!.click();
    await popup.waitForSelector('[data-confirm="clear-without-undo"] [data-action="clear-without-undo"]:not([disabled])', { timeout: 30_000 });
    expect(await popup.$eval('[data-confirm]', (element) => element.textContent ?? '')).toContain('“sim-attachments” holds a Blob');
    await popup.click('[data-action="cancel-confirm"]');
    await popup.waitForFunction(() => !document.querySelector('[data-confirm]'), { timeout: 10_000 });
    expect(Object.keys((await storedIn(frame)).databases).sort()).toEqual(['sim-attachments', 'sim-livechat-cache']);
    expect((await storedIn(frame)).local).toEqual(before.local);

    await (await popup.waitForSelector('[data-action="clear-chat:livechat"]:not([disabled])'))!.click();
    await popup.waitForSelector('[data-action="clear-without-undo"]:not([disabled])', { timeout: 30_000 });
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-without-undo"]');
    expect(toast).toContain('No undo was kept.');
    expect(await storedIn(frame)).toEqual({ local: {}, session: {}, databases: {} });
    expect(await cookieNames()).not.toContain('sim_lc_frame');
  });
});
