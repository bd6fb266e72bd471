import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { INDEXEDDB_STEPS_HOOK } from '@/lib/messages';
import type { ClearOutcome, CopyOutcome, DatabaseCopy } from '@/lib/storage/indexeddb-copy';
import type { IndexedDbStep } from '@/lib/storage/indexeddb-step';

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
  | { readonly kind: 'restore'; readonly items: Record<string, string> }
  /** Removes the keys of `items` that still hold the copied value (a chat's keys, "Clear chat data"). */
  | { readonly kind: 'remove'; readonly items: Record<string, string> };

/**
 * One step on a frame's localStorage or sessionStorage, from our isolated world (same storage,
 * out of the page's reach). Self-contained: it is serialised into the frame. Returns null when
 * the frame's document is not of `expectedOrigin` (it navigated, or it is another frame).
 */
function storageStep(expectedOrigin: string, area: 'localStorage' | 'sessionStorage', step: Step): StorageCopy | { cleared: boolean } | { restored: true } | { removed: string[] } | null {
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
    case 'remove': {
      const removed: string[] = [];
      for (const [key, value] of Object.entries(step.items)) {
        if (store.getItem(key) !== value) continue;
        store.removeItem(key);
        removed.push(key);
      }
      return { removed };
    }
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

/** Removes the copied keys of the top document's `area` that still hold their copied value; the keys removed (none when unreachable). */
export async function removePageStorageItems(tabId: number, origin: string, items: Record<string, string>, area: KeyValueArea = 'localStorage'): Promise<string[]> {
  const [outcome] = (await run(tabId, { frameId: 0 }, origin, area, { kind: 'remove', items })) as ({ removed: string[] } | undefined)[];
  return outcome?.removed ?? [];
}

const INDEXEDDB_STEPS_SCRIPT = '/indexeddb-steps.js';

/**
 * One IndexedDB step in a frame (or every frame) of the tab: the steps script is injected into
 * our isolated world there, then called (lib/storage/indexeddb-copy.ts does the work).
 */
async function runIndexedDb(tabId: number, where: Where, origin: string, step: IndexedDbStep): Promise<unknown[]> {
  try {
    const target = 'frameId' in where ? { tabId, frameIds: [where.frameId] } : { tabId, allFrames: true };
    await browser.scripting.executeScript({ target, files: [INDEXEDDB_STEPS_SCRIPT as ScriptPublicPath] });
    const results = await browser.scripting.executeScript({
      target,
      func: (hook: string, expectedOrigin: string, frameStep: unknown) => {
        const run = (globalThis as Record<string, unknown>)[hook];
        return typeof run === 'function' ? (run as (origin: string, step: unknown) => Promise<unknown>)(expectedOrigin, frameStep) : null;
      },
      args: [INDEXEDDB_STEPS_HOOK, origin, step],
    });
    return results.map((result) => result?.result ?? null).filter((result) => result !== null);
  } catch (error) {
    console.warn('[actions] IndexedDB', step.kind, 'failed in tab', tabId, error);
    return [];
  }
}

/** A copy of every IndexedDB database of a frame's origin (for an undo), or null when the frame cannot be reached. */
export async function copyFrameDatabases(tabId: number, frameId: number, origin: string, maxBytes: number): Promise<CopyOutcome | null> {
  const [outcome] = (await runIndexedDb(tabId, { frameId }, origin, { kind: 'copy', maxBytes })) as (CopyOutcome | undefined)[];
  return outcome && typeof outcome.ok === 'boolean' ? outcome : null;
}

/** Deletes the frame origin's databases that still match their copies; what became of each, by name. */
export async function clearFrameDatabases(tabId: number, frameId: number, origin: string, databases: readonly DatabaseCopy[]): Promise<Record<string, ClearOutcome>> {
  const step: IndexedDbStep = { kind: 'clear', databases: databases.map(({ name, version, fingerprint }) => ({ name, version, fingerprint })) };
  const [outcome] = (await runIndexedDb(tabId, { frameId }, origin, step)) as ({ outcomes?: Record<string, ClearOutcome> } | undefined)[];
  return outcome?.outcomes ?? {};
}

/** Clear without undo: deletes every database of the frame's origin as it is. */
export async function clearAllFrameDatabases(tabId: number, frameId: number, origin: string): Promise<Record<string, ClearOutcome>> {
  const [outcome] = (await runIndexedDb(tabId, { frameId }, origin, { kind: 'clear-all' })) as ({ outcomes?: Record<string, ClearOutcome> } | undefined)[];
  return outcome?.outcomes ?? {};
}

/** Puts databases back into the frames of `origin` in a tab; false when no such frame answered or one could not be restored. */
export async function restoreDatabases(tabId: number, origin: string, databases: readonly DatabaseCopy[]): Promise<boolean> {
  const results = (await runIndexedDb(tabId, { allFrames: true }, origin, { kind: 'restore', databases })) as { restored?: number }[];
  return results.some((result) => result.restored === databases.length);
}
