import { browser } from 'wxt/browser';

/** A copy of a page origin's localStorage, and a fingerprint to tell later whether it changed. */
export interface StorageCopy {
  readonly items: Record<string, string>;
  readonly fingerprint: string;
}

type Step =
  | { readonly kind: 'read' }
  /** Clears only while the storage is still the copy with `fingerprint` (null: whatever it holds). */
  | { readonly kind: 'clear'; readonly fingerprint: string | null }
  | { readonly kind: 'restore'; readonly items: Record<string, string> }
  /** Removes the keys of `items` that still hold the copied value (a chat's keys, "Clear chat data"). */
  | { readonly kind: 'remove'; readonly items: Record<string, string> };

/**
 * One step on the tab's top document's localStorage, from our isolated world (same storage, out
 * of the page's reach). Self-contained: it is serialised into the page. Returns null when the
 * document is not of `expectedOrigin` (the tab navigated).
 */
function storageStep(expectedOrigin: string, step: Step): StorageCopy | { cleared: boolean } | { restored: true } | { removed: string[] } | null {
  if (location.origin !== expectedOrigin) return null;
  // FNV-1a over every key and value, in key order: a copy and the storage match only if nothing
  // was added, removed or changed in between.
  const fingerprint = () => {
    const keys: string[] = [];
    for (let index = 0; index < localStorage.length; index++) keys.push(localStorage.key(index)!);
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
      mix(localStorage.getItem(key) ?? '');
    }
    return `${keys.length}:${characters}:${hash.toString(16)}`;
  };
  switch (step.kind) {
    case 'read': {
      const items: Record<string, string> = {};
      for (let index = 0; index < localStorage.length; index++) {
        const key = localStorage.key(index)!;
        items[key] = localStorage.getItem(key) ?? '';
      }
      return { items, fingerprint: fingerprint() };
    }
    case 'clear':
      // Chrome drops null members of `args` objects on the way in: "no fingerprint" arrives as undefined.
      if (typeof step.fingerprint === 'string' && fingerprint() !== step.fingerprint) return { cleared: false };
      localStorage.clear();
      return { cleared: true };
    case 'restore':
      for (const [key, value] of Object.entries(step.items)) localStorage.setItem(key, value);
      return { restored: true };
    case 'remove': {
      const removed: string[] = [];
      for (const [key, value] of Object.entries(step.items)) {
        if (localStorage.getItem(key) !== value) continue;
        localStorage.removeItem(key);
        removed.push(key);
      }
      return { removed };
    }
  }
}

async function run(tabId: number, origin: string, step: Step): Promise<unknown> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: storageStep, args: [origin, step] });
    return result?.result ?? null;
  } catch (error) {
    console.warn('[actions] page storage', step.kind, 'failed in tab', tabId, error);
    return null;
  }
}

/** A copy of the page's localStorage, or null when it cannot be read (another origin now, no access). */
export async function readPageStorage(tabId: number, origin: string): Promise<StorageCopy | null> {
  const copy = (await run(tabId, origin, { kind: 'read' })) as StorageCopy | null;
  return copy && typeof copy.fingerprint === 'string' ? copy : null;
}

/**
 * Clears the page's localStorage if it still matches the copy (`fingerprint`; null: as it is).
 * 'changed': the page wrote to it since the copy was taken, so nothing was cleared.
 */
export async function clearPageStorage(tabId: number, origin: string, fingerprint: string | null): Promise<'cleared' | 'changed' | 'unreachable'> {
  const outcome = (await run(tabId, origin, { kind: 'clear', fingerprint })) as { cleared: boolean } | null;
  return outcome === null ? 'unreachable' : outcome.cleared ? 'cleared' : 'changed';
}

/** Puts items back into the localStorage of a tab showing `origin`; false when it could not. */
export async function restorePageStorage(tabId: number, origin: string, items: Record<string, string>): Promise<boolean> {
  return (await run(tabId, origin, { kind: 'restore', items })) !== null;
}

/** Removes the copied keys that still hold their copied value; the keys removed (none when unreachable). */
export async function removePageStorageItems(tabId: number, origin: string, items: Record<string, string>): Promise<string[]> {
  const outcome = (await run(tabId, origin, { kind: 'remove', items })) as { removed: string[] } | null;
  return outcome?.removed ?? [];
}
