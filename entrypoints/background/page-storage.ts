import { browser } from 'wxt/browser';

/** A copy of one origin's localStorage or sessionStorage, and a fingerprint to tell later whether it changed. */
export interface StorageCopy {
  readonly items: Record<string, string>;
  readonly fingerprint: string;
}

/** The key-value areas Clear copies (for its undo), clears and puts back. */
export type KeyValueArea = 'localStorage' | 'sessionStorage';

type Step =
  | { readonly kind: 'read' }
  /** Clears only while the storage is still the copy with `fingerprint` (null: whatever it holds). */
  | { readonly kind: 'clear'; readonly fingerprint: string | null }
  | { readonly kind: 'restore'; readonly items: Record<string, string> };

/**
 * One step on a frame's localStorage or sessionStorage, from our isolated world (same storage,
 * out of the page's reach). Self-contained: it is serialised into the frame. Returns null when
 * the frame's document is not of `expectedOrigin` (it navigated, or it is another frame).
 */
function storageStep(expectedOrigin: string, area: 'localStorage' | 'sessionStorage', step: Step): StorageCopy | { cleared: boolean } | { restored: true } | null {
  if (location.origin !== expectedOrigin) return null;
  let store: Storage;
  try {
    store = area === 'sessionStorage' ? sessionStorage : localStorage;
  } catch {
    return null; // Storage refused in this frame.
  }
  // FNV-1a over every key and value, in key order: a copy and the storage match only if nothing
  // was added, removed or changed in between.
  const fingerprint = () => {
    const keys: string[] = [];
    for (let index = 0; index < store.length; index++) keys.push(store.key(index)!);
    keys.sort();
    let hash = 0x811c9dc5;
    let characters = 0;
    const mix = (text: string) => {
      for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
      hash = Math.imul(hash ^ 0xffff, 0x01000193) >>> 0;
      characters += text.length;
    };
    for (const key of keys) {
      mix(key);
      mix(store.getItem(key) ?? '');
    }
    return `${keys.length}:${characters}:${hash.toString(16)}`;
  };
  switch (step.kind) {
    case 'read': {
      const items: Record<string, string> = {};
      for (let index = 0; index < store.length; index++) {
        const key = store.key(index)!;
        items[key] = store.getItem(key) ?? '';
      }
      return { items, fingerprint: fingerprint() };
    }
    case 'clear':
      // Chrome drops null members of `args` objects on the way in: "no fingerprint" arrives as undefined.
      if (typeof step.fingerprint === 'string' && fingerprint() !== step.fingerprint) return { cleared: false };
      store.clear();
      return { cleared: true };
    case 'restore':
      for (const [key, value] of Object.entries(step.items)) store.setItem(key, value);
      return { restored: true };
  }
}

/** Where a step runs: one frame of the tab, or every frame (those of another origin do nothing). */
type Where = { readonly frameId: number } | { readonly allFrames: true };

async function run(tabId: number, where: Where, origin: string, area: KeyValueArea, step: Step): Promise<unknown[]> {
  try {
    const target = 'frameId' in where ? { tabId, frameIds: [where.frameId] } : { tabId, allFrames: true };
    const results = await browser.scripting.executeScript({ target, func: storageStep, args: [origin, area, step] });
    return results.map((result) => result?.result ?? null).filter((result) => result !== null);
  } catch (error) {
    console.warn('[actions] page storage', area, step.kind, 'failed in tab', tabId, error);
    return [];
  }
}

/** A copy of a frame's storage area, or null when it cannot be read (another origin now, no access). */
export async function readFrameStorageCopy(tabId: number, frameId: number, origin: string, area: KeyValueArea): Promise<StorageCopy | null> {
  const [copy] = (await run(tabId, { frameId }, origin, area, { kind: 'read' })) as (StorageCopy | undefined)[];
  return copy && typeof copy.fingerprint === 'string' ? copy : null;
}

/**
 * Clears a frame's storage area if it still matches the copy (`fingerprint`; null: as it is).
 * 'changed': the page wrote to it since the copy was taken, so nothing was cleared.
 */
export async function clearFrameStorage(tabId: number, frameId: number, origin: string, area: KeyValueArea, fingerprint: string | null): Promise<'cleared' | 'changed' | 'unreachable'> {
  const [outcome] = (await run(tabId, { frameId }, origin, area, { kind: 'clear', fingerprint })) as ({ cleared: boolean } | undefined)[];
  return outcome === undefined ? 'unreachable' : outcome.cleared ? 'cleared' : 'changed';
}

/** Puts items back into `area` of the frames of `origin` in a tab; false when no such frame answered. */
export async function restoreStorage(tabId: number, origin: string, area: KeyValueArea, items: Record<string, string>): Promise<boolean> {
  return (await run(tabId, { allFrames: true }, origin, area, { kind: 'restore', items })).length > 0;
}

/** The top document's localStorage, as Clear has always taken it. */
export const readPageStorage = (tabId: number, origin: string) => readFrameStorageCopy(tabId, 0, origin, 'localStorage');
export const clearPageStorage = (tabId: number, origin: string, fingerprint: string | null) => clearFrameStorage(tabId, 0, origin, 'localStorage', fingerprint);
export const restorePageStorage = (tabId: number, origin: string, items: Record<string, string>) => restoreStorage(tabId, origin, 'localStorage', items);
