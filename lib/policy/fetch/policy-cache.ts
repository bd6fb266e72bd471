/**
 * Cache of analysed privacy policies, one entry per policy URL, over an injected key-value
 * store (browser.storage.local in the extension, a Map in tests and the CLI).
 *
 * Layout: each entry under `policy-cache:entry:<url>`, plus one index
 * (`policy-cache:index`: url -> fetchedAt) so the size guard can find the oldest entries
 * without reading them all. Entries hold the previous version's analysis when the policy text
 * changes, so the UI can show what changed.
 *
 * Storage may hold anything (older versions, manual edits, partial writes): every read is
 * validated, and junk reads as "not cached" instead of throwing.
 *
 * Writes are serialised per store within this context. Only the background should write:
 * two contexts writing at once could lose index updates (the entries themselves stay valid).
 */

import { createSerialQueue, type SerialQueue } from '../../serial-queue';

export interface PolicyCacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Used to evict entries; without it evicted keys are overwritten with null. */
  remove?(key: string): Promise<void>;
}

export interface PolicyVersion {
  contentHash: string;
  /** Opaque, JSON-serialisable analysis (PolicyAnalysis in practice). */
  analysis: unknown;
  /** Epoch milliseconds. */
  fetchedAt: number;
}

export interface PolicyCacheEntry {
  url: string;
  /** Epoch milliseconds of the last successful fetch, including 304s and unchanged bodies. */
  fetchedAt: number;
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 (lowercase hex) of the extracted text, whitespace runs collapsed. */
  contentHash: string;
  analysis: unknown;
  /** The version before the last change of content, when there was one. */
  previous?: PolicyVersion;
}

export interface FetchedPolicy {
  /** Extracted main text of the policy (after HTML -> text). */
  text: string;
  etag: string | null;
  lastModified: string | null;
  analysis: unknown;
}

export const POLICY_CACHE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
export const POLICY_CACHE_MAX_ENTRIES = 200;

const KEY_PREFIX = 'policy-cache:';
const INDEX_KEY = `${KEY_PREFIX}index`;
/** Clock skew tolerated before a fetchedAt in the future counts as bogus. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** Cache key part: the URL as fetched, without #fragment (the server never sees it). */
export function normalizePolicyUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

export function policyCacheKey(url: string): string | null {
  const normalized = normalizePolicyUrl(url);
  return normalized === null ? null : `${KEY_PREFIX}entry:${normalized}`;
}

// ---------------------------------------------------------------------------------------------
// Validation

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTimestamp = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isHash = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

function parseVersion(value: unknown): PolicyVersion | null {
  if (!isRecord(value) || !isHash(value.contentHash) || !isTimestamp(value.fetchedAt)) return null;
  return { contentHash: value.contentHash, analysis: value.analysis ?? null, fetchedAt: value.fetchedAt };
}

/**
 * Returns a clean copy of a stored entry, or null when the value is not one. A malformed
 * `previous` is dropped rather than discarding the whole entry: the current version still holds.
 */
export function parsePolicyCacheEntry(value: unknown): PolicyCacheEntry | null {
  if (!isRecord(value)) return null;
  const url = typeof value.url === 'string' ? normalizePolicyUrl(value.url) : null;
  if (url === null || !isTimestamp(value.fetchedAt) || !isHash(value.contentHash)) return null;
  const etag = value.etag ?? null;
  const lastModified = value.lastModified ?? null;
  if (!isNullableString(etag) || !isNullableString(lastModified)) return null;
  const entry: PolicyCacheEntry = { url, fetchedAt: value.fetchedAt, etag, lastModified, contentHash: value.contentHash,
    // JSON storage drops undefined: a missing analysis reads as null.
    analysis: value.analysis ?? null };
  const previous = parseVersion(value.previous);
  if (previous !== null) entry.previous = previous;
  return entry;
}

function parseIndex(value: unknown): Map<string, number> {
  const index = new Map<string, number>();
  if (!isRecord(value)) return index;
  for (const [url, fetchedAt] of Object.entries(value)) {
    if (isTimestamp(fetchedAt) && normalizePolicyUrl(url) === url) index.set(url, fetchedAt);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// Reading

async function safeGet(store: PolicyCacheStore, key: string): Promise<unknown> {
  try {
    return await store.get(key);
  } catch (error) {
    console.warn('[policy] cache read failed', key, error);
    return undefined;
  }
}

/** The cached entry for a policy URL, or null (not cached, unreadable, or junk). Never throws. */
export async function readPolicyEntry(store: PolicyCacheStore, url: string): Promise<PolicyCacheEntry | null> {
  const key = policyCacheKey(url);
  if (key === null) return null;
  const entry = parsePolicyCacheEntry(await safeGet(store, key));
  // An entry stored under another URL's key is junk too.
  return entry !== null && entry.url === normalizePolicyUrl(url) ? entry : null;
}

/**
 * True when the entry is older than `maxAgeMs` (7 days) and should be refetched (conditionally,
 * with its etag / lastModified). A fetchedAt far in the future means a broken clock or junk: stale.
 */
export function isStale(entry: Pick<PolicyCacheEntry, 'fetchedAt'>, now: number, maxAgeMs = POLICY_CACHE_MAX_AGE_MS): boolean {
  if (!isTimestamp(entry.fetchedAt)) return true;
  if (entry.fetchedAt > now + FUTURE_SLACK_MS) return true;
  return now - entry.fetchedAt >= maxAgeMs;
}

// ---------------------------------------------------------------------------------------------
// Hashing

/**
 * SHA-256 hex of the text with whitespace runs collapsed and trimmed, so that re-indented or
 * re-wrapped markup does not count as a new policy version.
 */
export async function hashPolicyText(text: string): Promise<string> {
  const normalized = text.replace(/\s+/g, ' ').trim();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalized));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Per-store write queue: read-modify-write of the index must not interleave. */
const queues = new WeakMap<PolicyCacheStore, SerialQueue>();

function serialised<T>(store: PolicyCacheStore, task: () => Promise<T>): Promise<T> {
  let queue = queues.get(store);
  if (!queue) queues.set(store, (queue = createSerialQueue()));
  return queue(task);
}

export interface RecordOptions {
  /** Size guard: at most this many entries are kept, the least recently fetched evicted. Default 200. */
  maxEntries?: number;
}

async function writeEntry(store: PolicyCacheStore, entry: PolicyCacheEntry, maxEntries: number): Promise<void> {
  const key = policyCacheKey(entry.url);
  if (key === null) return;
  await store.set(key, entry);

  let storedIndex: unknown;
  try {
    storedIndex = await store.get(INDEX_KEY);
  } catch (error) {
    // Rewriting the index from nothing would orphan every other entry: leave it for the next write.
    console.warn('[policy] cache index unreadable; size guard skipped this time', error);
    return;
  }
  const index = parseIndex(storedIndex);
  index.set(entry.url, entry.fetchedAt);
  const limit = Math.max(1, Math.floor(maxEntries));
  if (index.size > limit) {
    const oldestFirst = [...index.entries()].filter(([url]) => url !== entry.url).sort((a, b) => a[1] - b[1]);
    for (const [url] of oldestFirst.slice(0, index.size - limit)) {
      index.delete(url);
      const evictedKey = policyCacheKey(url);
      if (evictedKey === null) continue;
      if (store.remove) await store.remove(evictedKey);
      else await store.set(evictedKey, null);
    }
  }
  await store.set(INDEX_KEY, Object.fromEntries(index));
}

/**
 * Stores a freshly fetched and analysed policy.
 * - Same text as the cached version: refreshes fetchedAt, validators and analysis (the analyser
 *   may have improved); `previous` stays as it was.
 * - Different text: the cached version becomes `previous`, so the UI can show what changed.
 * Returns the stored entry. Throws for a non-http(s) URL and when the store fails to write.
 */
export async function recordFetch(
  store: PolicyCacheStore,
  url: string,
  fetched: FetchedPolicy,
  now: number,
  options: RecordOptions = {},
): Promise<PolicyCacheEntry> {
  const normalized = normalizePolicyUrl(url);
  if (normalized === null) throw new TypeError(`[policy] not an http(s) policy URL: ${url}`);
  // Hash now but join the queue at once: writes land in call order, not in the order hashes finish.
  const hashing = hashPolicyText(fetched.text);
  return serialised(store, async () => {
    const contentHash = await hashing;
    const existing = await readPolicyEntry(store, normalized);
    const entry: PolicyCacheEntry = {
      url: normalized,
      fetchedAt: now,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      contentHash,
      analysis: fetched.analysis ?? null,
    };
    if (existing !== null && existing.contentHash === contentHash) {
      if (existing.previous) entry.previous = existing.previous;
    } else if (existing !== null) {
      entry.previous = { contentHash: existing.contentHash, analysis: existing.analysis, fetchedAt: existing.fetchedAt };
    }
    await writeEntry(store, entry, options.maxEntries ?? POLICY_CACHE_MAX_ENTRIES);
    return entry;
  });
}

/**
 * Records a 304 Not Modified answer: the cached version is confirmed fresh. New validators,
 * when the server sent them, replace the old ones. Returns null when nothing was cached
 * (a 304 without a cached copy cannot be used: fetch again without validators).
 */
export async function recordNotModified(
  store: PolicyCacheStore,
  url: string,
  validators: { etag?: string | null; lastModified?: string | null },
  now: number,
  options: RecordOptions = {},
): Promise<PolicyCacheEntry | null> {
  return serialised(store, async () => {
    const existing = await readPolicyEntry(store, url);
    if (existing === null) return null;
    const entry: PolicyCacheEntry = {
      ...existing,
      fetchedAt: now,
      etag: validators.etag ?? existing.etag,
      lastModified: validators.lastModified ?? existing.lastModified,
    };
    await writeEntry(store, entry, options.maxEntries ?? POLICY_CACHE_MAX_ENTRIES);
    return entry;
  });
}

/**
 * Adapts a WebExtension storage area (`browser.storage.local`) to PolicyCacheStore, whose
 * get takes one key and returns its value rather than an object of values.
 */
export function storageAreaStore(area: {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}): PolicyCacheStore {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
}
