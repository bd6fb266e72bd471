import type { PolicyCacheStore } from './policy-cache';

/**
 * A policy cache held only in memory. Private (incognito) tabs read their policies through it,
 * so that no trace of a site seen privately reaches `storage.local`; it is emptied when the
 * last private window closes.
 */
export interface MemoryPolicyStore extends PolicyCacheStore {
  clear(): void;
  readonly size: number;
}

export function memoryPolicyStore(): MemoryPolicyStore {
  const entries = new Map<string, unknown>();
  return {
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, structuredClone(value)),
    remove: async (key) => void entries.delete(key),
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
