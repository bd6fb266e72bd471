import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { clickAndWaitForToast, openPopup } from './support/extension-pages';
import { frameWhen, pageEvaluates, type Evaluates } from './support/frame-storage';
import { screenshotPopup } from '../../cli/popup-screenshot';
import { pageHtml } from '../../demo/pages';
import { simulationOf } from '../../demo/site';

/**
 * Clear takes IndexedDB too (issue 12, 2), with an undo that gives back what was there. A shop
 * on the test origin keeps a database of three stores (in-line and out-of-line keys, a compound
 * key path, a key generator moved past its records, unique and multi-entry indexes, values of
 * many structured-clone types) and closes it when asked, as Dexie and localforage do; it keeps a
 * second database open and ignores the request, as raw code and `idb` do by default. LiveChat's
 * frame on the vendor's own host keeps a database there. What is stored is read from the page
 * and the frame, never from the extension's account of it.
 */

let harness: Harness;
const openPages: Page[] = [];

const shopScript = `<script>
window.stored = (async function () {
  var done = function (request) { return new Promise(function (resolve, reject) { request.onsuccess = function () { resolve(request.result); }; request.onerror = function () { reject(request.error); }; }); };
  var open = indexedDB.open('shop-cache', 3);
  open.onupgradeneeded = function () {
    var db = open.result;
    var orders = db.createObjectStore('orders', { keyPath: 'id', autoIncrement: true });
    orders.createIndex('by-customer', 'customer');
    orders.createIndex('tags', 'tags', { multiEntry: true });
    orders.createIndex('ref', 'ref', { unique: true });
    db.createObjectStore('visitor');
    db.createObjectStore('pairs', { keyPath: ['a', 'b'] });
  };
  var db = await done(open);
  db.onversionchange = function () { db.close(); };
  var tx = db.transaction(['orders', 'visitor', 'pairs'], 'readwrite');
  var orders = tx.objectStore('orders');
  orders.add({ customer: 'c1', ref: 'r1', tags: ['new', 'gift'], placed: new Date(1764979200000), total: -0 });
  orders.add({ customer: 'c1', ref: 'r2', tags: [], items: new Map([['shoe', 2]]) });
  orders.add({ customer: 'c2', ref: 'r3' });
  orders.delete(3);
  tx.objectStore('visitor').put({ id: 'visitor-42', seen: new Set(['home', 'cart']), avatar: new Uint8Array([1, 2, 250]), score: NaN, big: 10n ** 20n }, 'self');
  tx.objectStore('visitor').put('under a date key', new Date(5));
  tx.objectStore('visitor').put('under a binary key', new Uint8Array([9, 8]).buffer);
  tx.objectStore('pairs').put({ a: 1, b: 'x', note: undefined, pattern: /ab+c/gi, nested: { list: [1, [2, 3]] } });
  await new Promise(function (resolve) { tx.oncomplete = resolve; });
  var heldOpen = indexedDB.open('held-open', 1);
  heldOpen.onupgradeneeded = function () { heldOpen.result.createObjectStore('kv'); };
  var held = await done(heldOpen);
  await new Promise(function (resolve) { var t = held.transaction('kv', 'readwrite'); t.objectStore('kv').put('kept', 'k'); t.oncomplete = resolve; });
  window.heldOpen = held;
  return true;
})();
</script>`;

const shop = pageHtml('Shop with a cache', `<p>Shoes.</p>${shopScript}${simulationOf('livechat').embed}`);

const blobPage = pageHtml('Avatars', `<p>Profile.</p><script>
window.stored = new Promise(function (resolve) {
  var open = indexedDB.open('avatars', 1);
  open.onupgradeneeded = function () { open.result.createObjectStore('files'); };
  open.onsuccess = function () {
    var db = open.result;
    db.onversionchange = function () { db.close(); };
    var t = db.transaction('files', 'readwrite');
    t.objectStore('files').put(new Blob(['a picture'], { type: 'image/png' }), 'me');
    t.oncomplete = function () { resolve(true); };
  };
});
</script>`);

beforeAll(async () => {
  harness = await startHarness((server) => {
    server.page('/idb-shop.html', shop);
    server.page('/idb-blob.html', blobPage);
  });
});

afterAll(async () => {
  await harness?.close();
});

afterEach(async () => {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
});

const databaseNames = (target: Evaluates) => target.evaluate(async () => (await indexedDB.databases()).map((database) => database.name).sort());

/**
 * Everything of the named databases, as a script of the page reads it: version, stores with key
 * paths, generators (the next key, found by adding a record and aborting) and indexes, and every
 * record with its key, each value spelled out with its type.
 */
const dump = (target: Evaluates, names: string[]) =>
  target.evaluate(async (wanted: string[]) => {
    const done = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const typed = (value: unknown): unknown => {
      if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
      if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isFinite(value) ? value : String(value);
      if (typeof value === 'undefined') return '<undefined>';
      if (typeof value === 'bigint') return `${value}n`;
      const kind = Object.prototype.toString.call(value).slice(8, -1);
      if (kind === 'Date') return { Date: (value as Date).getTime() };
      if (kind === 'RegExp') return { RegExp: String(value) };
      if (kind === 'Map') return { Map: [...(value as Map<unknown, unknown>)].map(([key, item]) => [typed(key), typed(item)]) };
      if (kind === 'Set') return { Set: [...(value as Set<unknown>)].map(typed) };
      if (kind === 'ArrayBuffer') return { ArrayBuffer: [...new Uint8Array(value as ArrayBuffer)] };
      if (ArrayBuffer.isView(value)) return { [kind]: [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)] };
      const entries = Object.keys(value as object).map((key) => [key, typed((value as Record<string, unknown>)[key])]);
      return Array.isArray(value) ? { Array: value.length, entries } : { [kind]: entries };
    };
    const result: Record<string, unknown> = {};
    for (const name of wanted) {
      if (!(await indexedDB.databases()).some((database) => database.name === name)) continue;
      const db = await done(indexedDB.open(name));
      const stores = [];
      for (const storeName of [...db.objectStoreNames]) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
        const indexes = [...store.indexNames].map((indexName) => {
          const index = store.index(indexName);
          return { indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
        let nextKey: unknown = null;
        if (store.autoIncrement) {
          const probe = db.transaction(storeName, 'readwrite');
          nextKey = await done(probe.objectStore(storeName).add(store.keyPath === null ? 0 : {}));
          probe.abort();
        }
        stores.push({ storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, nextKey, indexes, records: keys.map((key, at) => [typed(key), typed(values[at])]) });
      }
      result[name] = { version: db.version, stores };
      db.close();
    }
    return result;
  }, names);

describe('Clear and IndexedDB', () => {
  it('deletes the page’s and the vendor frame’s databases, leaves one the page holds open, and Undo puts them back exactly', async () => {
    const { page, tabId } = await harness.open('/idb-shop.html', 500);
    openPages.push(page);
    await page.waitForFunction(() => (window as unknown as { stored?: Promise<boolean> }).stored, { timeout: 10_000 });
    const frame = await frameWhen(page, 'https://secure.livechatinc.com', async () => {
      const databases = await indexedDB.databases();
      return databases.some((database) => database.name === 'sim-livechat-cache' && database.version === 2);
    });
    const pageBefore = await dump(pageEvaluates(page), ['shop-cache']);
    const frameBefore = await dump(frame, ['sim-livechat-cache']);
    expect(Object.keys(pageBefore)).toEqual(['shop-cache']);
    expect(JSON.stringify(pageBefore)).toContain('visitor-42');
    expect((frameBefore['sim-livechat-cache'] as { stores: { records: unknown[] }[] }).stores[0]!.records).toHaveLength(1);

    const popup = await openPopup(harness, tabId);
    openPages.push(popup);
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-site-cookies"]');
    expect(toast).toMatch(/and 2 IndexedDB databases\./);
    expect(toast).toMatch(/1 IndexedDB database stayed as it was, because the page keeps it open/);
    expect(await databaseNames(pageEvaluates(page))).toEqual(['held-open']);
    expect(await databaseNames(frame)).toEqual([]);
    // The database the page holds open is untouched, and the page goes on using it.
    expect(await page.evaluate(() => new Promise((resolve) => {
      const held = (window as unknown as { heldOpen: IDBDatabase }).heldOpen;
      const request = held.transaction('kv').objectStore('kv').get('k');
      request.onsuccess = () => resolve([held.version, request.result]);
    }))).toEqual([1, 'kept']);
    await screenshotPopup(popup, resolve('artifacts/popup-clear-indexeddb.png') as `${string}.png`);

    await popup.click('[data-toast] [data-action="undo"]');
    await popup.waitForFunction(() => /Undone/.test(document.querySelector('[data-toast]')?.textContent ?? ''), { timeout: 30_000 });
    expect(await dump(pageEvaluates(page), ['shop-cache'])).toEqual(pageBefore);
    expect(await dump(frame, ['sim-livechat-cache'])).toEqual(frameBefore);
  });

  it('a database holding a Blob cannot be copied: the popup asks first; cancel keeps it, confirm clears without undo', async () => {
    const { page, tabId } = await harness.open('/idb-blob.html');
    openPages.push(page);
    await page.waitForFunction(() => (window as unknown as { stored?: Promise<boolean> }).stored, { timeout: 10_000 });
    const popup = await openPopup(harness, tabId);
    openPages.push(popup);
    await popup.bringToFront();
    await (await popup.waitForSelector('[data-action="clear-site-cookies"]:not([disabled])'))!.click();
    await popup.waitForSelector('[data-confirm="clear-without-undo"] [data-action="clear-without-undo"]:not([disabled])', { timeout: 30_000 });
    const question = (await popup.$eval('[data-confirm]', (element) => element.textContent ?? '')).trim();
    expect(question).toContain("127.0.0.1's IndexedDB database “avatars” holds a Blob, which the extension cannot copy to undo a clear.");
    expect(question).toContain('Nothing has been removed yet.');
    // (The origin's other databases are the first test's.)
    expect(await databaseNames(pageEvaluates(page))).toContain('avatars');

    await popup.click('[data-action="cancel-confirm"]');
    await popup.waitForFunction(() => !document.querySelector('[data-confirm]'), { timeout: 10_000 });
    expect(await databaseNames(pageEvaluates(page))).toContain('avatars');

    await (await popup.waitForSelector('[data-action="clear-site-cookies"]:not([disabled])'))!.click();
    await popup.waitForSelector('[data-action="clear-without-undo"]:not([disabled])', { timeout: 30_000 });
    const toast = await clickAndWaitForToast(popup, '[data-action="clear-without-undo"]');
    expect(toast).toMatch(/IndexedDB databases?\. No undo was kept\./);
    expect(await databaseNames(pageEvaluates(page))).not.toContain('avatars');
  });
});
