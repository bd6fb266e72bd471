import { browser } from 'wxt/browser';
import { frameStorageLimits, type FrameStorage } from '@/lib/storage/frame-storage';

type Item = FrameStorage['items'][number];

/**
 * Runs in each frame (our isolated world: the frame's own storage, out of the page's reach) and
 * lists its web storage: keys and sizes of localStorage and sessionStorage, names of IndexedDB
 * databases. Self-contained: it is serialised into the frame. Values never leave the frame.
 */
async function listStorage(limits: { itemsPerArea: number; keyLength: number }): Promise<{ origin: string; items: Item[] }> {
  const items: Item[] = [];
  const list = (area: 'localStorage' | 'sessionStorage') => {
    let store: Storage;
    try {
      store = area === 'localStorage' ? localStorage : sessionStorage;
    } catch {
      return; // Storage refused here (sandboxed frame, blocked storage).
    }
    for (let index = 0; index < store.length && index < limits.itemsPerArea; index++) {
      const key = store.key(index);
      if (key === null || key.length > limits.keyLength) continue;
      // UTF-16, as the browser counts the quota.
      items.push({ area, key, bytes: (key.length + (store.getItem(key) ?? '').length) * 2 });
    }
  };
  list('localStorage');
  list('sessionStorage');
  try {
    const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    for (const database of databases.slice(0, limits.itemsPerArea)) {
      if (database.name && database.name.length <= limits.keyLength) items.push({ area: 'indexedDB', key: database.name, bytes: null });
    }
  } catch {
    // No IndexedDB here.
  }
  return { origin: location.origin, items };
}

/**
 * The web storage of every frame of the tab that can be read (http(s) frames the extension's
 * host permission covers), each with its frame id. Empty when the tab cannot be scripted.
 */
export async function readFrameStorage(tabId: number): Promise<FrameStorage[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: listStorage, args: [{ ...frameStorageLimits }] });
    const frames: FrameStorage[] = [];
    for (const result of results) {
      const value = result.result as { origin?: unknown; items?: unknown } | undefined;
      if (!value || typeof value.origin !== 'string' || !/^https?:\/\//.test(value.origin) || !Array.isArray(value.items)) continue;
      // The keys are the page's to choose: only well-formed items go on.
      const items = (value.items as Item[]).filter(
        (item) => ['localStorage', 'sessionStorage', 'indexedDB'].includes(item?.area) && typeof item.key === 'string' && (item.bytes === null || Number.isFinite(item.bytes)),
      );
      frames.push({ frameId: result.frameId, origin: value.origin, items });
    }
    return frames;
  } catch (error) {
    console.warn('[storage] could not read the storage of tab', tabId, error);
    return [];
  }
}
