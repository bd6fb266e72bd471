import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { DOMParser } from 'linkedom';
import { loadFirstPolicy, loadPolicy, type PolicyLoaderDeps } from '../../../../lib/policy/fetch/load-policy';
import type { FetchPolicyOptions, PolicyFetchResult } from '../../../../lib/policy/fetch/fetch-policy';
import { policyCacheKey, readPolicyEntry, POLICY_CACHE_MAX_AGE_MS, type PolicyCacheStore } from '../../../../lib/policy/fetch/policy-cache';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2024, 4, 1);
const POLICY_URL = 'https://acmebooks.example/privacy';
const ETAG = '"v1-abc"';
const LAST_MODIFIED = 'Sun, 03 Mar 2024 09:00:00 GMT';

// ---------------------------------------------------------------------------------------------
// Fixtures

/** A short but realistic English policy; `childAge` lets a second version differ in one fact. */
function policyHtml(childAge = 13): string {
  return `<!doctype html>
<html><head><title>Privacy Policy | Acme Books</title></head>
<body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/cart">Cart</a></nav>
<main><article>
<h1>Privacy Policy</h1>
<p>Last updated: March 3, 2024</p>
<p>This privacy policy explains how Acme Books collects, uses and shares personal information when you use our website and services.</p>
<h2>Information we collect</h2>
<p>We collect the information you give us, such as your name, email address and shipping address, and information collected automatically, such as your IP address and cookies.</p>
<h2>How we share information</h2>
<p>We do not sell your personal information. We share it only with service providers who process orders and payments on our behalf.</p>
<h2>How long we keep it</h2>
<p>We retain order records for 24 months, after which they are deleted.</p>
<h2>Children</h2>
<p>Our services are not directed to children under ${childAge}, and we do not knowingly collect personal information from children under ${childAge}.</p>
<h2>Contact</h2>
<p>If you have questions about this policy, email privacy@acmebooks.example.</p>
</article></main>
<footer>&copy; 2024 Acme Books. All rights reserved.</footer>
</body></html>`;
}

const POLICY_MARKDOWN = `# Privacy Notice

This privacy notice describes how Harbor Chat collects and uses your personal information.

We do not sell your personal information to anyone. We share data with service providers that host our servers.

We retain chat logs for 90 days, after which they are deleted.

Our service is not directed to children under 16, and we do not knowingly collect personal data from them.

Questions about this notice? Write to privacy@harborchat.example.
`;

const GERMAN_FRENCH_HTML = `<!doctype html><html><head><title>Datenschutzerklärung</title></head><body><main>
<h1>Datenschutzerklärung</h1>
<p>Wir erheben und verarbeiten personenbezogene Daten nur, soweit dies für die Bereitstellung unserer Dienste erforderlich ist. Ihre Daten werden nicht an Dritte verkauft.</p>
<p>Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten. Wir speichern Ihre Daten nicht länger als zwei Jahre. Cookies werden nur mit Ihrer Einwilligung gesetzt.</p>
<h2>Politique de confidentialité</h2>
<p>Nous collectons vos données personnelles uniquement pour fournir nos services. Vous pouvez exercer vos droits d'accès, de rectification et de suppression en nous contactant. Nous ne vendons pas vos données.</p>
</main></body></html>`;

const RECIPE_HTML = `<!doctype html><html><head><title>Grandma's Apple Pie</title></head><body><article>
<h1>Grandma's Apple Pie</h1>
<p>This is the best apple pie you will ever make, and it takes about an hour from start to finish.</p>
<ol>
<li>Preheat the oven to 200 degrees.</li>
<li>Peel and slice six apples, then toss them with sugar, cinnamon and a squeeze of lemon juice.</li>
<li>Roll out the pastry and line a deep pie dish with it.</li>
<li>Fill the dish with the apples, cover with the second sheet of pastry and pinch the edges together.</li>
<li>Bake for 45 minutes until the crust is golden brown.</li>
</ol>
<p>Serve warm with a scoop of vanilla ice cream.</p>
</article></body></html>`;

// ---------------------------------------------------------------------------------------------
// Fakes

const html = (body: string, url = POLICY_URL, etag: string | null = ETAG, lastModified: string | null = LAST_MODIFIED): PolicyFetchResult => ({
  ok: true,
  url,
  contentType: 'html',
  body,
  etag,
  lastModified,
  status: 200,
});
const plain = (body: string, url = POLICY_URL): PolicyFetchResult => ({ ok: true, url, contentType: 'text', body, etag: null, lastModified: null, status: 200 });
const notModified = (url = POLICY_URL): PolicyFetchResult => ({ ok: true, notModified: true, url, status: 304 });
const notFound = (url: string): PolicyFetchResult => ({ ok: false, error: 'bad-status', message: `No policy at ${url}: the server answered 404 Not Found.` });
const offline: PolicyFetchResult = { ok: false, error: 'network', message: 'Could not download the policy from acmebooks.example: the connection was refused.' };

/** Like browser.storage.local: values are copied on the way in and out. */
class MemoryStore implements PolicyCacheStore {
  readonly data = new Map<string, unknown>();
  async get(key: string): Promise<unknown> {
    return structuredClone(this.data.get(key));
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
}

type FetchFn = (url: string, options?: FetchPolicyOptions) => Promise<PolicyFetchResult>;

interface Harness {
  deps: PolicyLoaderDeps;
  fetchPolicy: ReturnType<typeof vi.fn<FetchFn>>;
  parseHtml: ReturnType<typeof vi.fn<(html: string) => Document>>;
  store: MemoryStore;
  clock: { now: number };
}

/** `responses` maps a URL to what fetching it returns (a list: one per call, the last repeating). */
function harness(responses: Record<string, PolicyFetchResult | PolicyFetchResult[]> = {}, store = new MemoryStore()): Harness {
  const calls = new Map<string, number>();
  const fetchPolicy = vi.fn<FetchFn>(async (url) => {
    const answer = responses[url];
    if (answer === undefined) return notFound(url);
    if (!Array.isArray(answer)) return answer;
    const n = calls.get(url) ?? 0;
    calls.set(url, n + 1);
    return answer[Math.min(n, answer.length - 1)]!;
  });
  const parseHtml = vi.fn((source: string) => new DOMParser().parseFromString(source, 'text/html') as unknown as Document);
  const clock = { now: T0 };
  return { deps: { fetchPolicy, parseHtml, store, now: () => clock.now }, fetchPolicy, parseHtml, store, clock };
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

// ---------------------------------------------------------------------------------------------

describe('loadPolicy: fresh fetch', () => {
  it('reads an HTML policy into facts with evidence', async () => {
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    const result = await loadPolicy(POLICY_URL, h.deps);

    expect(result.status).toBe('ready');
    expect(result.url).toBe(POLICY_URL);
    expect(result.title).toContain('Privacy Policy');
    expect(result.message).toBeUndefined();
    expect(result.changes).toEqual([]);
    expect(result.fetchedAt).toBe(T0);

    const analysis = result.analysis!;
    expect(analysis.title).toBe(result.title);
    expect(analysis.lastUpdated).toBe('2024-03-03');
    expect(analysis.facts.sellsData.value).toBe(false);
    expect(analysis.facts.sellsData.evidence.map((e) => e.quote)).toContain('We do not sell your personal information.');
    expect(analysis.facts.childAge.value).toBe(13);
    expect(analysis.facts.childAge.evidence[0]!.quote).toContain('not directed to children under 13');
    expect(analysis.facts.retention.value).toBe('fixed');
    expect(analysis.facts.retention.periods).toContain('24 months');
    expect(analysis.facts.sharing.value).toContain('service-providers');
    expect(analysis.facts.contacts.value).toContain('privacy@acmebooks.example');
  });

  it('asks without validators the first time and parses the HTML it got', async () => {
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    await loadPolicy(POLICY_URL, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledTimes(1);
    expect(h.fetchPolicy).toHaveBeenCalledWith(POLICY_URL, { etag: null, lastModified: null });
    expect(h.parseHtml).toHaveBeenCalled();
    expect(h.parseHtml.mock.calls.some(([source]) => source.includes('We do not sell your personal information.'))).toBe(true);
  });

  it('stores the analysis with the validators under the requested URL', async () => {
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    const result = await loadPolicy(POLICY_URL, h.deps);
    const entry = await readPolicyEntry(h.store, POLICY_URL);
    expect(entry).not.toBeNull();
    expect(entry!.fetchedAt).toBe(T0);
    expect(entry!.etag).toBe(ETAG);
    expect(entry!.lastModified).toBe(LAST_MODIFIED);
    expect(entry!.previous).toBeUndefined();
    expect(entry!.analysis).toEqual(result.analysis);
  });

  it('reads plain text and Markdown without the HTML parser', async () => {
    const h = harness({ [POLICY_URL]: plain(POLICY_MARKDOWN) });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('ready');
    expect(result.title).toBe('Privacy Notice');
    expect(h.parseHtml).not.toHaveBeenCalled();
    const facts = result.analysis!.facts;
    expect(facts.sellsData.value).toBe(false);
    expect(facts.childAge.value).toBe(16);
    expect(facts.retention.periods).toContain('90 days');
    // Offsets point into the unchanged text.
    for (const evidence of facts.sellsData.evidence) {
      expect(POLICY_MARKDOWN.slice(evidence.start, evidence.start + evidence.quote.length)).toBe(evidence.quote);
    }
  });

  it('still reads the policy when the HTML parser fails (bare text)', async () => {
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    h.parseHtml.mockImplementation(() => {
      throw new Error('parser exploded');
    });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('ready');
    expect(result.analysis!.facts.childAge.value).toBe(13);
    expect(result.analysis!.facts.sellsData.value).toBe(false);
  });
});

describe('loadPolicy: cache', () => {
  it('serves a fresh cached copy without fetching again', async () => {
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    const first = await loadPolicy(POLICY_URL, h.deps);
    h.clock.now = T0 + 6 * DAY;
    const second = await loadPolicy(POLICY_URL, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(second.fetchedAt).toBe(T0);
  });

  it('finds the cached copy whatever the #fragment', async () => {
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    await loadPolicy(POLICY_URL, h.deps);
    const result = await loadPolicy(`${POLICY_URL}#children`, h.deps);
    expect(result.status).toBe('ready');
    expect(h.fetchPolicy).toHaveBeenCalledTimes(1);
  });

  it('revalidates a copy older than 7 days with its ETag and Last-Modified; a 304 serves the cached copy', async () => {
    const h = harness({ [POLICY_URL]: [html(policyHtml()), notModified()] });
    const first = await loadPolicy(POLICY_URL, h.deps);
    h.clock.now = T0 + POLICY_CACHE_MAX_AGE_MS;
    const second = await loadPolicy(POLICY_URL, h.deps);

    expect(h.fetchPolicy).toHaveBeenCalledTimes(2);
    expect(h.fetchPolicy).toHaveBeenLastCalledWith(POLICY_URL, { etag: ETAG, lastModified: LAST_MODIFIED });
    expect(second.status).toBe('ready');
    expect(second.analysis).toEqual(first.analysis);
    expect(second.changes).toEqual([]);
    expect(second.fetchedAt).toBe(h.clock.now);
    // The 304 renews the copy: a day later it is fresh again.
    expect((await readPolicyEntry(h.store, POLICY_URL))!.fetchedAt).toBe(T0 + POLICY_CACHE_MAX_AGE_MS);
    h.clock.now += DAY;
    await loadPolicy(POLICY_URL, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledTimes(2);
  });

  it('does not parse anything on a 304', async () => {
    const h = harness({ [POLICY_URL]: [html(policyHtml()), notModified()] });
    await loadPolicy(POLICY_URL, h.deps);
    const parsesAfterFirst = h.parseHtml.mock.calls.length;
    h.clock.now = T0 + 8 * DAY;
    await loadPolicy(POLICY_URL, h.deps);
    expect(h.parseHtml).toHaveBeenCalledTimes(parsesAfterFirst);
  });

  it('refetches a fresh copy when forced, still sending its validators', async () => {
    const h = harness({ [POLICY_URL]: [html(policyHtml()), notModified()] });
    await loadPolicy(POLICY_URL, h.deps);
    h.clock.now = T0 + DAY;
    const result = await loadPolicy(POLICY_URL, h.deps, { force: true });
    expect(h.fetchPolicy).toHaveBeenCalledTimes(2);
    expect(h.fetchPolicy).toHaveBeenLastCalledWith(POLICY_URL, { etag: ETAG, lastModified: LAST_MODIFIED });
    expect(result.status).toBe('ready');
    expect(result.fetchedAt).toBe(T0 + DAY);
  });

  it('reports what changed when a refetched policy differs (child age 13 -> 16)', async () => {
    const h = harness({ [POLICY_URL]: [html(policyHtml(13)), html(policyHtml(16), POLICY_URL, '"v2-def"', 'Mon, 06 May 2024 09:00:00 GMT')] });
    const first = await loadPolicy(POLICY_URL, h.deps);
    expect(first.analysis!.facts.childAge.value).toBe(13);

    h.clock.now = T0 + 8 * DAY;
    const second = await loadPolicy(POLICY_URL, h.deps);
    expect(second.status).toBe('ready');
    expect(second.analysis!.facts.childAge.value).toBe(16);
    expect(second.changes).toHaveLength(1);
    expect(second.changes[0]).toMatchObject({ field: 'childAge', before: 13, after: 16, summary: 'Child age: 13 -> 16' });

    const entry = await readPolicyEntry(h.store, POLICY_URL);
    expect(entry!.etag).toBe('"v2-def"');
    expect(entry!.previous?.fetchedAt).toBe(T0);
    expect(entry!.previous?.analysis).toEqual(first.analysis);

    // Served from the cache later, the change is still shown.
    h.clock.now += DAY;
    const third = await loadPolicy(POLICY_URL, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledTimes(2);
    expect(third.changes).toEqual(second.changes);
  });

  it('reports no changes when the refetched text is the same', async () => {
    const h = harness({ [POLICY_URL]: [html(policyHtml()), html(policyHtml(), POLICY_URL, '"v1-new-etag"')] });
    await loadPolicy(POLICY_URL, h.deps);
    h.clock.now = T0 + 10 * DAY;
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.changes).toEqual([]);
    expect((await readPolicyEntry(h.store, POLICY_URL))!.previous).toBeUndefined();
  });

  it('serves the cached copy when refetching fails', async () => {
    const h = harness({ [POLICY_URL]: [html(policyHtml()), offline] });
    const first = await loadPolicy(POLICY_URL, h.deps);
    h.clock.now = T0 + 30 * DAY;
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledTimes(2);
    expect(result.status).toBe('ready');
    expect(result.analysis).toEqual(first.analysis);
    // It says how old the copy is, and the failure does not renew it.
    expect(result.fetchedAt).toBe(T0);
    expect((await readPolicyEntry(h.store, POLICY_URL))!.fetchedAt).toBe(T0);
  });

  it('serves the cached copy when the policy is now missing (404)', async () => {
    const h = harness({ [POLICY_URL]: [html(policyHtml()), notFound(POLICY_URL)] });
    await loadPolicy(POLICY_URL, h.deps);
    h.clock.now = T0 + 30 * DAY;
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('ready');
    expect(result.analysis!.facts.childAge.value).toBe(13);
  });

  it('ignores a cached entry without a usable analysis: no validators are sent', async () => {
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    await h.store.set(policyCacheKey(POLICY_URL)!, {
      url: POLICY_URL,
      fetchedAt: T0,
      etag: '"junk"',
      lastModified: LAST_MODIFIED,
      contentHash: 'a'.repeat(64),
      analysis: { something: 'else' },
    });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledWith(POLICY_URL, { etag: null, lastModified: null });
    expect(result.status).toBe('ready');
    expect(result.analysis!.facts.childAge.value).toBe(13);
  });

  it('says so when a 304 arrives but no copy is stored', async () => {
    const h = harness({ [POLICY_URL]: notModified() });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('fetch-failed');
    expect(result.analysis).toBeNull();
    expect(result.message).toMatch(/not changed/);
  });
});

describe('loadPolicy: failures', () => {
  it('a network failure without a cached copy is fetch-failed, with the fetcher\'s message', async () => {
    const h = harness({ [POLICY_URL]: offline });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result).toEqual({
      status: 'fetch-failed',
      url: POLICY_URL,
      title: null,
      analysis: null,
      changes: [],
      message: 'Could not download the policy from acmebooks.example: the connection was refused.',
    });
  });

  it.each([
    ['timeout', 'fetch-failed'],
    ['too-large', 'fetch-failed'],
    ['bad-content-type', 'fetch-failed'],
    ['too-many-redirects', 'fetch-failed'],
    ['invalid-url', 'fetch-failed'],
    ['bad-status', 'not-found'],
  ] as const)('fetch error %s without a cached copy is %s', async (error, status) => {
    const h = harness({ [POLICY_URL]: { ok: false, error, message: `failed: ${error}` } });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe(status);
    expect(result.message).toBe(`failed: ${error}`);
    expect(result.analysis).toBeNull();
  });

  it('a 404 is not-found with the server\'s answer in plain words', async () => {
    const h = harness();
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('not-found');
    expect(result.url).toBe(POLICY_URL);
    expect(result.message).toContain('404');
  });

  it('a German and French policy is not-english, at the final URL, and is not cached', async () => {
    const finalUrl = 'https://acmebooks.example/de/datenschutz';
    const h = harness({ [POLICY_URL]: html(GERMAN_FRENCH_HTML, finalUrl) });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('not-english');
    expect(result.url).toBe(finalUrl);
    expect(result.analysis).toBeNull();
    expect(result.message).toMatch(/English/);
    expect(await readPolicyEntry(h.store, POLICY_URL)).toBeNull();
  });

  it('plain-text French is not-english too', async () => {
    const french = [
      'Politique de confidentialité',
      '',
      'Nous collectons vos données personnelles uniquement pour fournir nos services et améliorer votre expérience.',
      'Vous pouvez exercer vos droits d\'accès, de rectification et de suppression en nous contactant à tout moment.',
      'Nous ne vendons pas vos données. Nous conservons vos données pendant deux ans au maximum, puis nous les supprimons.',
      'Les cookies ne sont déposés qu\'avec votre consentement préalable.',
    ].join('\n');
    const h = harness({ [POLICY_URL]: plain(french) });
    expect((await loadPolicy(POLICY_URL, h.deps)).status).toBe('not-english');
  });

  it('a page that is not a policy (a recipe) is not-a-policy and is not cached', async () => {
    const h = harness({ [POLICY_URL]: html(RECIPE_HTML) });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('not-a-policy');
    expect(result.analysis).toBeNull();
    expect(result.message).toMatch(/privacy policy/);
    expect(await readPolicyEntry(h.store, POLICY_URL)).toBeNull();
  });

  it('an empty body is not-english (too few words to tell), not a crash', async () => {
    const h = harness({ [POLICY_URL]: html('') });
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('not-english');
  });
});

describe('loadPolicy: never throws', () => {
  it('a store that cannot write still gives the facts (not remembered), and a [policy] log line', async () => {
    const store = new MemoryStore();
    store.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const h = harness({ [POLICY_URL]: html(policyHtml()) }, store);
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result.status).toBe('ready');
    expect(result.analysis!.facts.childAge.value).toBe(13);
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls.some(([first]) => typeof first === 'string' && first.startsWith('[policy]'))).toBe(true);
  });

  it('a store that cannot read is treated as empty', async () => {
    const store = new MemoryStore();
    store.get = async () => {
      throw new Error('storage unavailable');
    };
    const h = harness({ [POLICY_URL]: html(policyHtml()) }, store);
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledWith(POLICY_URL, { etag: null, lastModified: null });
    expect(result.status).toBe('ready');
    expect(result.analysis!.facts.childAge.value).toBe(13);
  });

  it('a store that throws on every call still gives the facts', async () => {
    const store: PolicyCacheStore = {
      get: () => Promise.reject(new Error('get failed')),
      set: () => Promise.reject(new Error('set failed')),
      remove: () => Promise.reject(new Error('remove failed')),
    };
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    const result = await loadPolicy(POLICY_URL, { ...h.deps, store });
    expect(result.status).toBe('ready');
    expect(result.analysis!.facts.childAge.value).toBe(13);
  });

  it('a store that throws synchronously gives fetch-failed', async () => {
    const store: PolicyCacheStore = {
      get: () => {
        throw new Error('sync get');
      },
      set: () => {
        throw new Error('sync set');
      },
    };
    const h = harness({ [POLICY_URL]: html(policyHtml()) });
    await expect(loadPolicy(POLICY_URL, { ...h.deps, store })).resolves.toMatchObject({ status: 'ready' });
  });

  it('a fetcher that rejects (against its contract) gives fetch-failed', async () => {
    const h = harness();
    h.fetchPolicy.mockRejectedValue(new TypeError('Failed to fetch'));
    const result = await loadPolicy(POLICY_URL, h.deps);
    expect(result).toMatchObject({ status: 'fetch-failed', url: POLICY_URL, analysis: null, message: 'Failed to fetch' });
  });

  it('a non-Error thrown is still described', async () => {
    const h = harness();
    h.fetchPolicy.mockImplementation(() => Promise.reject('socket hang up'));
    expect(await loadPolicy(POLICY_URL, h.deps)).toMatchObject({ status: 'fetch-failed', message: 'socket hang up' });
  });

  it('a non-http URL fails cleanly once the fetcher accepts it', async () => {
    const h = harness({ 'ftp://acmebooks.example/privacy.txt': plain(POLICY_MARKDOWN, 'ftp://acmebooks.example/privacy.txt') });
    const result = await loadPolicy('ftp://acmebooks.example/privacy.txt', h.deps);
    expect(result.status).toBe('fetch-failed');
    expect(result.analysis).toBeNull();
  });
});

describe('loadFirstPolicy', () => {
  const candidates = [
    'https://acmebooks.example/privacy',
    'https://acmebooks.example/privacy-policy',
    'https://acmebooks.example/legal/privacy',
    'https://policies.google.com/privacy',
  ];

  it('skips candidates that are not found and returns the first that reads as a policy', async () => {
    const h = harness({ [candidates[1]!]: html(policyHtml(), candidates[1]), [candidates[2]!]: html(policyHtml(16), candidates[2]) });
    const result = await loadFirstPolicy(candidates, h.deps);
    expect(result.status).toBe('ready');
    expect(result.url).toBe(candidates[1]);
    expect(result.analysis!.facts.childAge.value).toBe(13);
    expect(h.fetchPolicy.mock.calls.map(([url]) => url)).toEqual(candidates.slice(0, 2));
  });

  it('skips a page that is not a policy', async () => {
    const h = harness({ [candidates[0]!]: html(RECIPE_HTML, candidates[0]), [candidates[1]!]: html(policyHtml(), candidates[1]) });
    const result = await loadFirstPolicy(candidates, h.deps);
    expect(result.status).toBe('ready');
    expect(result.url).toBe(candidates[1]);
  });

  it('stops at a policy in another language', async () => {
    const h = harness({ [candidates[0]!]: html(GERMAN_FRENCH_HTML, candidates[0]), [candidates[1]!]: html(policyHtml(), candidates[1]) });
    const result = await loadFirstPolicy(candidates, h.deps);
    expect(result.status).toBe('not-english');
    expect(h.fetchPolicy).toHaveBeenCalledTimes(1);
  });

  it('returns not-found with a message when there are no candidates', async () => {
    const h = harness();
    const result = await loadFirstPolicy([], h.deps);
    expect(result).toMatchObject({ status: 'not-found', url: null, analysis: null, changes: [] });
    expect(result.message).toBeTruthy();
    expect(h.fetchPolicy).not.toHaveBeenCalled();
  });

  it('tries at most maxTries candidates (4 by default) and returns the last failure', async () => {
    const many = Array.from({ length: 6 }, (_, i) => `https://acmebooks.example/p${i}`);
    const h = harness({ [many[5]!]: html(policyHtml(), many[5]) });

    const byDefault = await loadFirstPolicy(many, h.deps);
    expect(h.fetchPolicy).toHaveBeenCalledTimes(4);
    expect(byDefault.status).toBe('not-found');
    expect(byDefault.url).toBe(many[3]);
    expect(byDefault.message).toContain('404');

    h.fetchPolicy.mockClear();
    const two = await loadFirstPolicy(many, h.deps, 2);
    expect(h.fetchPolicy.mock.calls.map(([url]) => url)).toEqual(many.slice(0, 2));
    expect(two.url).toBe(many[1]);

    h.fetchPolicy.mockClear();
    const all = await loadFirstPolicy(many, h.deps, 10);
    expect(h.fetchPolicy).toHaveBeenCalledTimes(6);
    expect(all.status).toBe('ready');
    expect(all.url).toBe(many[5]);
  });

  it('with maxTries 0 tries nothing', async () => {
    const h = harness({ [candidates[0]!]: html(policyHtml()) });
    const result = await loadFirstPolicy(candidates, h.deps, 0);
    expect(result.status).toBe('not-found');
    expect(h.fetchPolicy).not.toHaveBeenCalled();
  });

  it('counts duplicate candidates once', async () => {
    const h = harness({ [candidates[1]!]: html(policyHtml(), candidates[1]) });
    const result = await loadFirstPolicy([candidates[0]!, candidates[0]!, candidates[1]!], h.deps, 2);
    expect(result.status).toBe('ready');
    expect(h.fetchPolicy.mock.calls.map(([url]) => url)).toEqual([candidates[0], candidates[1]]);
  });

  it('uses a cached policy without fetching', async () => {
    const h = harness({ [candidates[0]!]: html(policyHtml()) });
    await loadPolicy(candidates[0]!, h.deps);
    h.fetchPolicy.mockClear();
    const result = await loadFirstPolicy(candidates, h.deps);
    expect(result.status).toBe('ready');
    expect(h.fetchPolicy).not.toHaveBeenCalled();
  });

  it('returns the last failure when nothing reads as a policy', async () => {
    const h = harness({ [candidates[0]!]: html(RECIPE_HTML, candidates[0]) });
    const result = await loadFirstPolicy(candidates.slice(0, 2), h.deps);
    expect(result.status).toBe('not-found');
    expect(result.url).toBe(candidates[1]);
  });
});
