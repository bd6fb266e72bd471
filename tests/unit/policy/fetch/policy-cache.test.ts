import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  hashPolicyText,
  isStale,
  parsePolicyCacheEntry,
  policyCacheKey,
  readPolicyEntry,
  recordFetch,
  recordNotModified,
  storageAreaStore,
  type PolicyCacheStore,
} from '../../../../lib/policy/fetch/policy-cache';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2024, 4, 1);
const URL_A = 'https://example.com/privacy';

/** Like browser.storage.local: values are copied (structured clone) on the way in and out. */
class MemoryStore implements PolicyCacheStore {
  readonly data = new Map<string, unknown>();
  readonly removed: string[] = [];
  async get(key: string): Promise<unknown> {
    return structuredClone(this.data.get(key));
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.removed.push(key);
    this.data.delete(key);
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function fetched(text: string, analysis: unknown = { version: text }, etag: string | null = null, lastModified: string | null = null) {
  return { text, etag, lastModified, analysis };
}

describe('hashPolicyText', () => {
  it('is the SHA-256 hex of the text with whitespace collapsed', async () => {
    expect(await hashPolicyText('We keep data for 30 days.')).toBe(sha256('We keep data for 30 days.'));
    expect(await hashPolicyText('  We keep\n\tdata   for 30 days. \n')).toBe(sha256('We keep data for 30 days.'));
    expect(await hashPolicyText('')).toBe(sha256(''));
    expect(await hashPolicyText('Datenschutzerklärung ✓')).toBe(sha256('Datenschutzerklärung ✓'));
  });
});

describe('recordFetch and readPolicyEntry', () => {
  it('stores a first version without previous', async () => {
    const store = new MemoryStore();
    const entry = await recordFetch(store, URL_A, fetched('Version one.', { facts: 1 }, '"e1"', 'Wed, 01 May 2024 10:00:00 GMT'), T0);
    expect(entry).toEqual({
      url: URL_A,
      fetchedAt: T0,
      etag: '"e1"',
      lastModified: 'Wed, 01 May 2024 10:00:00 GMT',
      contentHash: sha256('Version one.'),
      analysis: { facts: 1 },
    });
    expect(await readPolicyEntry(store, URL_A)).toEqual(entry);
    expect(await readPolicyEntry(store, 'https://example.com/other')).toBeNull();
  });

  it('refreshes fetchedAt when the text is unchanged (whitespace aside), keeping previous', async () => {
    const store = new MemoryStore();
    await recordFetch(store, URL_A, fetched('Version one.'), T0);
    await recordFetch(store, URL_A, fetched('Version two.'), T0 + DAY);
    const unchanged = await recordFetch(store, URL_A, fetched('Version   two.\n', { improved: true }, '"e2"'), T0 + 9 * DAY);
    expect(unchanged.fetchedAt).toBe(T0 + 9 * DAY);
    expect(unchanged.etag).toBe('"e2"');
    expect(unchanged.analysis).toEqual({ improved: true });
    expect(unchanged.previous).toEqual({ contentHash: sha256('Version one.'), analysis: { version: 'Version one.' }, fetchedAt: T0 });
    expect(await readPolicyEntry(store, URL_A)).toEqual(unchanged);
  });

  it("keeps the previous version's analysis when the content changes", async () => {
    const store = new MemoryStore();
    await recordFetch(store, URL_A, fetched('We do not sell data.', { sellsData: false }), T0);
    const second = await recordFetch(store, URL_A, fetched('We sell data.', { sellsData: true }), T0 + 10 * DAY);
    expect(second.previous).toEqual({ contentHash: sha256('We do not sell data.'), analysis: { sellsData: false }, fetchedAt: T0 });
    expect(second.analysis).toEqual({ sellsData: true });
    // A third version pushes out the first: previous is always the version just before.
    const third = await recordFetch(store, URL_A, fetched('We rent data.', { sellsData: true, rents: true }), T0 + 20 * DAY);
    expect(third.previous).toEqual({ contentHash: sha256('We sell data.'), analysis: { sellsData: true }, fetchedAt: T0 + 10 * DAY });
  });

  it('keys by URL without fragment', async () => {
    const store = new MemoryStore();
    await recordFetch(store, 'https://example.com/privacy#cookies', fetched('Text.'), T0);
    expect((await readPolicyEntry(store, URL_A))?.url).toBe(URL_A);
    expect(policyCacheKey('https://example.com/privacy#x')).toBe(policyCacheKey(URL_A));
  });

  it('rejects non-http(s) URLs on write and reads them as not cached', async () => {
    const store = new MemoryStore();
    await expect(recordFetch(store, 'ftp://example.com/p', fetched('x'), T0)).rejects.toThrow(TypeError);
    expect(await readPolicyEntry(store, 'not a url')).toBeNull();
    expect(policyCacheKey('javascript:alert(1)')).toBeNull();
  });

  it('stores a missing analysis as null so JSON storage keeps the entry valid', async () => {
    const store = new MemoryStore();
    await recordFetch(store, URL_A, { text: 'x', etag: null, lastModified: null, analysis: undefined }, T0);
    expect((await readPolicyEntry(store, URL_A))?.analysis).toBeNull();
  });

  it('serialises concurrent writes so the index loses nothing', async () => {
    const store = new MemoryStore();
    const urls = Array.from({ length: 12 }, (_, i) => `https://site${i}.example/privacy`);
    await Promise.all(urls.map((url, i) => recordFetch(store, url, fetched(`Policy ${i}`), T0 + i)));
    const index = store.data.get('policy-cache:index') as Record<string, number>;
    expect(Object.keys(index).sort()).toEqual([...urls].sort());
    // And the same URL twice at once: the second sees the first as previous.
    await Promise.all([recordFetch(store, URL_A, fetched('One'), T0), recordFetch(store, URL_A, fetched('Two'), T0 + 1)]);
    expect((await readPolicyEntry(store, URL_A))?.previous?.contentHash).toBe(sha256('One'));
  });

  it('writes in call order even when the first hash finishes last', async () => {
    const store = new MemoryStore();
    const subtle = globalThis.crypto.subtle;
    const digest = subtle.digest.bind(subtle);
    let calls = 0;
    // The first digest is held back until the second has finished.
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const spy = vi.spyOn(subtle, 'digest').mockImplementation(async (algorithm, data) => {
      const call = ++calls;
      if (call === 1) await firstHeld;
      const result = await digest(algorithm, data);
      if (call === 2) releaseFirst();
      return result;
    });
    try {
      await Promise.all([recordFetch(store, URL_A, fetched('Older'), T0), recordFetch(store, URL_A, fetched('Newer'), T0 + DAY)]);
    } finally {
      spy.mockRestore();
    }
    const entry = await readPolicyEntry(store, URL_A);
    expect(entry?.contentHash).toBe(sha256('Newer'));
    expect(entry?.fetchedAt).toBe(T0 + DAY);
    expect(entry?.previous?.contentHash).toBe(sha256('Older'));
  });
});

describe('recordNotModified', () => {
  it('refreshes fetchedAt and validators of the cached entry', async () => {
    const store = new MemoryStore();
    const first = await recordFetch(store, URL_A, fetched('Text.', { a: 1 }, '"e1"', 'Mon, 01 Jan 2024 00:00:00 GMT'), T0);
    const refreshed = await recordNotModified(store, URL_A, { etag: '"e1b"' }, T0 + 8 * DAY);
    expect(refreshed).toEqual({ ...first, fetchedAt: T0 + 8 * DAY, etag: '"e1b"' });
    expect(await readPolicyEntry(store, URL_A)).toEqual(refreshed);
    expect(isStale(refreshed!, T0 + 8 * DAY)).toBe(false);
  });

  it('returns null when nothing is cached', async () => {
    expect(await recordNotModified(new MemoryStore(), URL_A, {}, T0)).toBeNull();
  });
});

describe('isStale', () => {
  it('turns stale after 7 days', () => {
    expect(isStale({ fetchedAt: T0 }, T0)).toBe(false);
    expect(isStale({ fetchedAt: T0 }, T0 + 7 * DAY - 1)).toBe(false);
    expect(isStale({ fetchedAt: T0 }, T0 + 7 * DAY)).toBe(true);
    expect(isStale({ fetchedAt: T0 }, T0 + 2 * DAY, DAY)).toBe(true);
  });

  it('treats far-future or junk timestamps as stale', () => {
    expect(isStale({ fetchedAt: T0 + 2 * DAY }, T0)).toBe(true);
    expect(isStale({ fetchedAt: T0 + 60_000 }, T0)).toBe(false); // small clock skew
    expect(isStale({ fetchedAt: Number.NaN }, T0)).toBe(true);
    expect(isStale({ fetchedAt: 'yesterday' as unknown as number }, T0)).toBe(true);
  });
});

describe('junk in storage', () => {
  const key = policyCacheKey(URL_A)!;
  const valid = { url: URL_A, fetchedAt: T0, etag: null, lastModified: null, contentHash: sha256('x'), analysis: { a: 1 } };

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'cached!'],
    ['an array', [valid]],
    ['missing hash', { ...valid, contentHash: undefined }],
    ['short hash', { ...valid, contentHash: 'abc123' }],
    ['upper-case hash', { ...valid, contentHash: sha256('x').toUpperCase() }],
    ['string fetchedAt', { ...valid, fetchedAt: '2024-05-01' }],
    ['negative fetchedAt', { ...valid, fetchedAt: -5 }],
    ['numeric etag', { ...valid, etag: 5 }],
    ['another URL', { ...valid, url: 'https://evil.example/privacy' }],
    ['non-http URL', { ...valid, url: 'javascript:alert(1)' }],
  ])('reads %s as not cached', async (_name, value) => {
    const store = new MemoryStore();
    store.data.set(key, value);
    expect(await readPolicyEntry(store, URL_A)).toBeNull();
  });

  it('drops a malformed previous but keeps the entry', async () => {
    const store = new MemoryStore();
    store.data.set(key, { ...valid, previous: { contentHash: 'nope', analysis: 1, fetchedAt: T0 } });
    expect(await readPolicyEntry(store, URL_A)).toEqual(valid);
  });

  it('accepts missing validators (older versions stored none)', () => {
    const { etag: _etag, lastModified: _lastModified, ...withoutValidators } = valid;
    expect(parsePolicyCacheEntry(withoutValidators)).toEqual(valid);
  });

  it('survives a store whose get throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: PolicyCacheStore = {
      get: () => Promise.reject(new Error('storage corrupted')),
      set: () => Promise.resolve(),
    };
    expect(await readPolicyEntry(broken, URL_A)).toBeNull();
    // Writing still works: the junk just reads as "no previous version".
    const entry = await recordFetch(broken, URL_A, fetched('x'), T0);
    expect(entry.previous).toBeUndefined();
    expect(warn.mock.calls.every(([message]) => String(message).startsWith('[policy]'))).toBe(true);
    warn.mockRestore();
  });

  it('overwrites a junk entry as a first version', async () => {
    const store = new MemoryStore();
    store.data.set(key, { url: URL_A, junk: true });
    const entry = await recordFetch(store, URL_A, fetched('Fresh.'), T0);
    expect(entry.previous).toBeUndefined();
  });

  it('recovers from a junk index', async () => {
    const store = new MemoryStore();
    store.data.set('policy-cache:index', 'garbage');
    await recordFetch(store, URL_A, fetched('x'), T0);
    expect(store.data.get('policy-cache:index')).toEqual({ [URL_A]: T0 });
    store.data.set('policy-cache:index', { [URL_A]: 'soon', 'not a url': 5, 'https://b.example/p': T0 });
    await recordFetch(store, 'https://c.example/p', fetched('y'), T0 + 1);
    expect(store.data.get('policy-cache:index')).toEqual({ 'https://b.example/p': T0, 'https://c.example/p': T0 + 1 });
  });

  it('never throws on arbitrary stored values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        const store = new MemoryStore();
        store.data.set(key, value);
        const entry = await readPolicyEntry(store, URL_A);
        if (entry !== null) expect(entry.url).toBe(URL_A);
      }),
    );
  });
});

describe('size guard', () => {
  it('keeps at most maxEntries, evicting the least recently fetched', async () => {
    const store = new MemoryStore();
    const url = (i: number): string => `https://site${i}.example/privacy`;
    for (let i = 0; i < 5; i++) await recordFetch(store, url(i), fetched(`Policy ${i}`), T0 + i * DAY, { maxEntries: 5 });
    // Site 0 is fetched again, so it is now the most recent.
    await recordNotModified(store, url(0), {}, T0 + 10 * DAY, { maxEntries: 5 });
    await recordFetch(store, url(5), fetched('Policy 5'), T0 + 11 * DAY, { maxEntries: 3 });

    expect(Object.keys(store.data.get('policy-cache:index') as object).sort()).toEqual([url(0), url(4), url(5)]);
    expect(store.removed).toEqual([policyCacheKey(url(1)), policyCacheKey(url(2)), policyCacheKey(url(3))]);
    expect(await readPolicyEntry(store, url(1))).toBeNull();
    expect(await readPolicyEntry(store, url(0))).not.toBeNull();
    expect([...store.data.keys()].filter((k) => k.startsWith('policy-cache:entry:'))).toHaveLength(3);
  });

  it('defaults to 200 entries', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 203; i++) await recordFetch(store, `https://s${i}.example/p`, fetched(`P${i}`), T0 + i);
    expect(Object.keys(store.data.get('policy-cache:index') as object)).toHaveLength(200);
    expect(await readPolicyEntry(store, 'https://s0.example/p')).toBeNull();
    expect(await readPolicyEntry(store, 'https://s3.example/p')).not.toBeNull();
  });

  it('overwrites evicted keys with null when the store cannot remove', async () => {
    const data = new Map<string, unknown>();
    const store: PolicyCacheStore = { get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
    await recordFetch(store, 'https://a.example/p', fetched('a'), T0, { maxEntries: 1 });
    await recordFetch(store, 'https://b.example/p', fetched('b'), T0 + 1, { maxEntries: 1 });
    expect(data.get(policyCacheKey('https://a.example/p')!)).toBeNull();
    expect(await readPolicyEntry(store, 'https://a.example/p')).toBeNull();
  });
});

describe('storageAreaStore', () => {
  it('adapts the WebExtension storage area shape', async () => {
    const backing: Record<string, unknown> = {};
    const area = {
      get: async (k: string) => (k in backing ? { [k]: backing[k] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(backing, items),
      remove: async (k: string) => void delete backing[k],
    };
    const store = storageAreaStore(area);
    const entry = await recordFetch(store, URL_A, fetched('x'), T0);
    expect(await readPolicyEntry(store, URL_A)).toEqual(entry);
    await store.remove?.(policyCacheKey(URL_A)!);
    expect(await readPolicyEntry(store, URL_A)).toBeNull();
  });
});
