import { describe, expect, it } from 'vitest';
import { jsonBytesOf } from '../../../lib/stored-bytes';
import type { LinkCandidateInput } from '../../../lib/policy/find/discover';
import { isTabState, newTabState, signalsOf, tabStateLimits, withPageReport, withPageSignals, withRequest, type TabState } from '../../../lib/findings/tab-state';

const T0 = 1_000;
const page = 'https://shop.example/';
const noSignals = { scriptUrls: [], frameUrls: [], markers: [], globals: [] };
const policyLink = (href: string): LinkCandidateInput => ({ href, text: 'Privacy Policy', rel: '', inFooter: true });

/** Applies withRequest for each URL in turn. */
const requested = (state: TabState, urls: readonly string[], now = T0 + 1) => urls.reduce((current, url) => withRequest(current, url, now), state);

describe('newTabState', () => {
  it('starts empty, at version 1, with both times set to now', () => {
    expect(newTabState(7, page, T0)).toEqual({
      version: 1,
      tabId: 7,
      url: page,
      pageSignals: noSignals,
      requests: {},
      policyLinks: [],
      documentOrigin: 0,
      startedAt: T0,
      updatedAt: T0,
    });
  });

  it('has no requestUrls nor cookie names in its page signals (requests live in `requests`; cookies are read at report time)', () => {
    expect(Object.keys(newTabState(1, page, T0).pageSignals).sort()).toEqual(['frameUrls', 'globals', 'markers', 'scriptUrls']);
  });
});

describe('withPageSignals', () => {
  it('joins new signals with what was already known, each value once', () => {
    const first = withPageSignals(newTabState(1, page, T0), page, { ...noSignals, scriptUrls: ['https://a.example/1.js'], globals: ['zE'] }, undefined, T0 + 1);
    const second = withPageSignals(first, page, { ...noSignals, scriptUrls: ['https://a.example/1.js', 'https://v2.zopim.com/'], markers: ['.zopim'] }, undefined, T0 + 2);
    expect(second.pageSignals).toEqual({
      ...noSignals,
      scriptUrls: ['https://a.example/1.js', 'https://v2.zopim.com/'],
      markers: ['.zopim'],
      globals: ['zE'],
    });
    expect(second.pageSignals.globals).toBe(first.pageSignals.globals);
    expect(second.updatedAt).toBe(T0 + 2);
    expect(second.startedAt).toBe(T0);
  });

  it('takes the new URL on an SPA navigation and keeps what the document showed before', () => {
    const before = withPageSignals(newTabState(1, page, T0), page, { ...noSignals, globals: ['$zopim'] }, undefined, T0 + 1);
    const after = withPageSignals(before, 'https://shop.example/cart', noSignals, undefined, T0 + 2);
    expect(after.url).toBe('https://shop.example/cart');
    expect(after.pageSignals.globals).toEqual(['$zopim']);
  });

  it('replaces policy links when some are sent, keeps the old ones when none or an empty list is sent', () => {
    const withLinks = withPageSignals(newTabState(1, page, T0), page, noSignals, [policyLink('https://shop.example/privacy')], T0 + 1);
    expect(withLinks.policyLinks).toEqual([policyLink('https://shop.example/privacy')]);
    expect(withPageSignals(withLinks, page, noSignals, undefined, T0 + 2).policyLinks).toBe(withLinks.policyLinks);
    expect(withPageSignals(withLinks, page, noSignals, [], T0 + 2).policyLinks).toBe(withLinks.policyLinks);
    const replaced = withPageSignals(withLinks, page, noSignals, [policyLink('https://shop.example/legal/privacy')], T0 + 3);
    expect(replaced.policyLinks.map((link) => link.href)).toEqual(['https://shop.example/legal/privacy']);
  });

  it('replaces the page signals when a newer document reports (a navigation that went unseen)', () => {
    const first = withPageSignals(newTabState(1, page, T0), page, { ...noSignals, globals: ['$zopim'], markers: ['.zopim'] }, undefined, T0 + 1, 100);
    expect(first.documentOrigin).toBe(100);
    const sameDocument = withPageSignals(first, page, { ...noSignals, frameUrls: ['https://f.example/'] }, undefined, T0 + 2, 100);
    expect(sameDocument.pageSignals).toEqual({ ...noSignals, globals: ['$zopim'], markers: ['.zopim'], frameUrls: ['https://f.example/'] });
    const newer = withPageSignals(sameDocument, 'https://shop.example/next', { ...noSignals, markers: ['#cart'] }, undefined, T0 + 3, 200);
    expect(newer.pageSignals).toEqual({ ...noSignals, markers: ['#cart'] });
    expect(newer.documentOrigin).toBe(200);
  });

  it('without a document origin, treats the report as the same document', () => {
    const first = withPageSignals(newTabState(1, page, T0), page, { ...noSignals, globals: ['zE'] }, undefined, T0 + 1, 100);
    const again = withPageSignals(first, page, { ...noSignals, globals: ['Intercom'] }, undefined, T0 + 2);
    expect(again.pageSignals.globals).toEqual(['zE', 'Intercom']);
    expect(again.documentOrigin).toBe(100);
  });

  it('never moves the document origin backwards', () => {
    const newer = withPageSignals(newTabState(1, page, T0), page, noSignals, undefined, T0 + 1, 200);
    expect(withPageSignals(newer, page, noSignals, undefined, T0 + 2, 100).documentOrigin).toBe(200);
  });

  it('keeps the requests the background saw', () => {
    const state = requested(newTabState(1, page, T0), ['https://v2.zopim.com/a']);
    expect(withPageSignals(state, page, noSignals, undefined, T0 + 5).requests).toBe(state.requests);
  });

  it('never stores requestUrls or cookie names in page signals, even if a caller passes some', () => {
    const sneaky = { ...noSignals, requestUrls: ['https://v2.zopim.com/'], cookieNames: ['sid'] } as typeof noSignals;
    const state = withPageSignals(newTabState(1, page, T0), page, sneaky, undefined, T0 + 1);
    expect(Object.keys(state.pageSignals).sort()).toEqual(['frameUrls', 'globals', 'markers', 'scriptUrls']);
    expect(state.requests).toEqual({});
  });

  it('does not modify the state it was given', () => {
    const state = newTabState(1, page, T0);
    const before = JSON.stringify(state);
    withPageSignals(state, 'https://other.example/', { ...noSignals, markers: ['#x'] }, [policyLink('https://other.example/p')], T0 + 1);
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('withRequest', () => {
  it('records a URL under its hostname and moves updatedAt', () => {
    const state = withRequest(newTabState(1, page, T0), 'https://V2.Zopim.com/?k=1', T0 + 9);
    expect(state.requests).toEqual({ 'v2.zopim.com': ['https://V2.Zopim.com/?k=1'] });
    expect(state.updatedAt).toBe(T0 + 9);
  });

  it('returns the same object when the URL is already known', () => {
    const state = requested(newTabState(1, page, T0), ['https://v2.zopim.com/a']);
    expect(withRequest(state, 'https://v2.zopim.com/a', T0 + 50)).toBe(state);
  });

  it('returns the same object for a URL without a hostname', () => {
    const state = newTabState(1, page, T0);
    expect(withRequest(state, 'data:image/png;base64,AAAA', T0 + 1)).toBe(state);
    expect(withRequest(state, 'not a url', T0 + 1)).toBe(state);
  });

  it('keeps at most a few URLs per host, then returns the same object', () => {
    const urls = Array.from({ length: tabStateLimits.urlsPerHost }, (_, index) => `https://cdn.example/${index}.js`);
    const full = requested(newTabState(1, page, T0), urls);
    expect(full.requests['cdn.example']).toEqual(urls);
    expect(withRequest(full, 'https://cdn.example/one-more.js', T0 + 2)).toBe(full);
  });

  it('cuts long URLs, and treats two URLs that share the kept part as one', () => {
    const long = `https://cdn.example/${'a'.repeat(1000)}`;
    const state = withRequest(newTabState(1, page, T0), `${long}?v=1`, T0 + 1);
    const [kept] = state.requests['cdn.example']!;
    expect(kept).toHaveLength(tabStateLimits.urlLength);
    expect(long.startsWith(kept!)).toBe(true);
    expect(withRequest(state, `${long}?v=2`, T0 + 2)).toBe(state);
  });

  it('stops adding hosts at the cap but still fills hosts it knows', () => {
    const hosts = Array.from({ length: tabStateLimits.hosts }, (_, index) => `https://h${index}.example/`);
    const full = requested(newTabState(1, page, T0), hosts);
    expect(Object.keys(full.requests)).toHaveLength(tabStateLimits.hosts);
    expect(withRequest(full, 'https://one-too-many.example/', T0 + 2)).toBe(full);
    const grown = withRequest(full, 'https://h0.example/second', T0 + 2);
    expect(grown).not.toBe(full);
    expect(grown.requests['h0.example']).toEqual(['https://h0.example/', 'https://h0.example/second']);
  });

  it('does not modify the state it was given', () => {
    const state = requested(newTabState(1, page, T0), ['https://cdn.example/1.js']);
    const before = JSON.stringify(state);
    withRequest(state, 'https://cdn.example/2.js', T0 + 3);
    withRequest(state, 'https://other.example/', T0 + 3);
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('withPageReport', () => {
  const report = (fields: { url?: string; documentOrigin?: number; requestUrls?: string[]; markers?: string[] } = {}) => ({
    url: fields.url ?? page,
    documentOrigin: fields.documentOrigin ?? 100,
    signals: { ...noSignals, markers: fields.markers ?? [], requestUrls: fields.requestUrls ?? [] },
  });

  it('starts a state when there is none, with the page signals and every request', () => {
    const state = withPageReport(null, 4, report({ markers: ['.zopim'], requestUrls: ['https://v2.zopim.com/a', 'https://cdn.example/x.js'] }), T0);
    expect(state).toMatchObject({ tabId: 4, url: page, documentOrigin: 100, startedAt: T0 });
    expect(state.pageSignals.markers).toEqual(['.zopim']);
    expect(state.requests).toEqual({ 'v2.zopim.com': ['https://v2.zopim.com/a'], 'cdn.example': ['https://cdn.example/x.js'] });
  });

  it('joins later reports of the same document (each carries what is new)', () => {
    const first = withPageReport(null, 4, report({ requestUrls: ['https://cdn.example/x.js'] }), T0);
    const later = withPageReport(first, 4, report({ requestUrls: ['https://v2.zopim.com/a'], markers: ['.zopim'] }), T0 + 5);
    expect(Object.keys(later.requests).sort()).toEqual(['cdn.example', 'v2.zopim.com']);
    expect(later.pageSignals.markers).toEqual(['.zopim']);
    expect(later.startedAt).toBe(T0);
  });

  it('starts afresh for a newer document: nothing of the page the tab showed before stays', () => {
    const old = withPageSignals(
      withPageReport(null, 4, report({ requestUrls: ['https://v2.zopim.com/a'], markers: ['.zopim'] }), T0),
      page,
      noSignals,
      [policyLink('https://shop.example/privacy')],
      T0 + 1,
    );
    const next = withPageReport(old, 4, report({ url: 'https://other.example/', documentOrigin: 200, requestUrls: ['https://cdn.other.example/app.js'] }), T0 + 9);
    expect(next).toMatchObject({ url: 'https://other.example/', documentOrigin: 200, startedAt: T0 + 9, policyLinks: [] });
    expect(next.pageSignals).toEqual(noSignals);
    expect(Object.keys(next.requests)).toEqual(['cdn.other.example']);
  });

  it('ignores a late report of a document the tab has left', () => {
    const current = withPageReport(null, 4, report({ documentOrigin: 200 }), T0);
    expect(withPageReport(current, 4, report({ documentOrigin: 100, requestUrls: ['https://v2.zopim.com/a'] }), T0 + 1)).toBe(current);
  });

  it('takes policy links when given', () => {
    const state = withPageReport(null, 4, report(), T0, [policyLink('https://shop.example/privacy')]);
    expect(state.policyLinks).toEqual([policyLink('https://shop.example/privacy')]);
  });
});

describe('signalsOf', () => {
  const state = withPageSignals(
    requested(newTabState(1, page, T0), ['https://v2.zopim.com/a', 'https://v2.zopim.com/b', 'https://widget.intercom.io/w']),
    page,
    { ...noSignals, scriptUrls: ['https://v2.zopim.com/a'] },
    undefined,
    T0 + 2,
  );

  it('gives the page signals with every recorded request as requestUrls, and no cookie names unless given', () => {
    const signals = signalsOf(state);
    expect(signals.scriptUrls).toEqual(['https://v2.zopim.com/a']);
    expect([...signals.requestUrls].sort()).toEqual(['https://v2.zopim.com/a', 'https://v2.zopim.com/b', 'https://widget.intercom.io/w']);
    expect(signals.cookieNames).toEqual([]);
  });

  it('adds cookie names the background read, each once', () => {
    expect(signalsOf(state, ['sid', '__zlcmid', '__zlcmid']).cookieNames).toEqual(['sid', '__zlcmid']);
  });
});

describe('isTabState', () => {
  const good = withRequest(newTabState(3, page, T0), 'https://v2.zopim.com/', T0 + 1);

  it('accepts a state, also after a JSON round trip through storage', () => {
    expect(isTabState(good)).toBe(true);
    expect(isTabState(JSON.parse(JSON.stringify(good)))).toBe(true);
  });

  it('rejects values that are not objects', () => {
    for (const junk of [null, undefined, 0, 42, '', 'tab', true, Symbol('x')]) expect(isTabState(junk)).toBe(false);
    expect(isTabState([])).toBe(false);
  });

  it('rejects other versions', () => {
    expect(isTabState({ ...good, version: 2 })).toBe(false);
    expect(isTabState({ ...good, version: '1' })).toBe(false);
    const { version: _version, ...unversioned } = good;
    expect(isTabState(unversioned)).toBe(false);
  });

  it('rejects a state with a missing or mistyped field', () => {
    expect(isTabState({ ...good, tabId: '3' })).toBe(false);
    expect(isTabState({ ...good, url: null })).toBe(false);
    expect(isTabState({ ...good, pageSignals: null })).toBe(false);
    expect(isTabState({ ...good, pageSignals: 'x' })).toBe(false);
    expect(isTabState({ ...good, requests: null })).toBe(false);
    expect(isTabState({ ...good, policyLinks: {} })).toBe(false);
    const { requests: _requests, ...noRequests } = good;
    expect(isTabState(noRequests)).toBe(false);
    const { documentOrigin: _origin, ...noOrigin } = good;
    expect(isTabState(noOrigin)).toBe(false);
  });

  it('rejects lists that hold anything but strings (a stored state is used as one)', () => {
    expect(isTabState({ ...good, pageSignals: { ...good.pageSignals, scriptUrls: [7] } })).toBe(false);
    expect(isTabState({ ...good, requests: { 'a.example': 'https://a.example/' } })).toBe(false);
    expect(isTabState({ ...good, requests: { 'a.example': [null] } })).toBe(false);
    expect(isTabState({ ...good, requests: [] })).toBe(false);
  });
});

describe('caps: what one tab may store', () => {
  const urls = (count: number, length: number, prefix = 'https://cdn.example/') =>
    Array.from({ length: count }, (_, index) => `${prefix}${index}/`.padEnd(length, 'x'));
  type Lists = Record<'scriptUrls' | 'frameUrls' | 'markers' | 'globals' | 'requestUrls', string[]>;
  const lookAt = (state: TabState | null, signals: Partial<Lists>, origin = 100) =>
    withPageReport(state, 1, { url: page, documentOrigin: origin, signals: { ...noSignals, requestUrls: [], ...signals } }, T0 + 1);

  it('keeps a heavy real-ish page whole (demo/measure-pages.ts heavyPage: 90 scripts, 30 frames, 161 hosts x 3 requests)', () => {
    const requestUrls = Array.from({ length: 161 }, (_, host) => [0, 1, 2].map((index) => `https://cdn${host}.adpartner.example/${index}?`.padEnd(330, 'q'))).flat();
    const state = lookAt(null, { scriptUrls: urls(90, 260), frameUrls: urls(30, 380, 'https://ads.example/'), requestUrls });
    expect(state.pageSignals.scriptUrls).toHaveLength(90);
    expect(state.pageSignals.frameUrls).toHaveLength(30);
    expect(Object.keys(state.requests)).toHaveLength(161);
    expect(Object.values(state.requests).flat()).toHaveLength(483);
    expect(jsonBytesOf(state)).toBeLessThan(tabStateLimits.bytes);
  });

  it('caps each list of a document, and cuts long URLs and drops long names', () => {
    const state = lookAt(null, {
      scriptUrls: urls(1000, 50),
      frameUrls: urls(1000, 50, 'https://frames.example/'),
      markers: Array.from({ length: 500 }, (_, index) => `#m${index}`),
      globals: [...Array.from({ length: 500 }, (_, index) => `g${index}`)],
    });
    expect(state.pageSignals.scriptUrls).toHaveLength(tabStateLimits.scriptUrls);
    expect(state.pageSignals.frameUrls).toHaveLength(tabStateLimits.frameUrls);
    expect(state.pageSignals.markers).toHaveLength(tabStateLimits.markers);
    expect(state.pageSignals.globals).toHaveLength(tabStateLimits.globals);
    // Later looks add nothing to a full list; what was first seen stays.
    const later = lookAt(state, { scriptUrls: ['https://v2.zopim.com/?late'] });
    expect(later.pageSignals.scriptUrls).toBe(state.pageSignals.scriptUrls);
    const cut = lookAt(null, { scriptUrls: [`https://cdn.example/${'a'.repeat(2000)}`], markers: ['#'.repeat(201), '.zopim'], globals: ['g'.repeat(201), 'zE'] });
    expect(cut.pageSignals.scriptUrls[0]).toHaveLength(tabStateLimits.urlLength);
    expect(cut.pageSignals.markers).toEqual(['.zopim']);
    expect(cut.pageSignals.globals).toEqual(['zE']);
  });

  it('a page renaming the src of 200 inert scripts at every look never grows its state past the byte budget', { timeout: 30_000 }, () => {
    let state: TabState | null = null;
    // The byte budget is reached within ten looks; forty show it holds after.
    for (let look = 0; look < 40; look++) {
      const renamed = urls(200, 480, `https://h.renamer.example/${look}/`);
      const requestUrls = Array.from({ length: 50 }, (_, index) => `https://r${look}-${index}.renamer.example/`.padEnd(480, 'r'));
      const frames = urls(200, 480, `https://f.renamer.example/${look}/`);
      state = lookAt(state, { scriptUrls: renamed, frameUrls: frames, requestUrls });
      expect(jsonBytesOf(state)).toBeLessThanOrEqual(tabStateLimits.bytes);
    }
    // Full: the state stays as it is (the first URLs seen are kept, nothing new gets in).
    const full = state!;
    expect(lookAt(full, { scriptUrls: urls(200, 480, 'https://h.renamer.example/again/') }).pageSignals).toStrictEqual(full.pageSignals);
    expect(jsonBytesOf(full)).toBeGreaterThan(tabStateLimits.bytes * 0.95);
  });

  it('policy links: at most the cap, within the budget, the first ones kept', () => {
    const links = Array.from({ length: 500 }, (_, index) => policyLink(`https://shop.example/privacy/${index}`));
    const state = withPageSignals(newTabState(1, page, T0), page, noSignals, links, T0 + 1);
    expect(state.policyLinks).toEqual(links.slice(0, tabStateLimits.policyLinks));
    const huge = Array.from({ length: 100 }, (_, index) => ({ ...policyLink(`https://shop.example/${index}/${'p'.repeat(2000)}`), text: 't'.repeat(2000), title: 'i'.repeat(2000) }));
    const budgeted = withPageSignals(newTabState(1, page, T0), page, noSignals, huge, T0 + 1);
    expect(budgeted.policyLinks.length).toBeGreaterThan(10);
    expect(budgeted.policyLinks.length).toBeLessThan(100);
    expect(budgeted.policyLinks[0]).toBe(huge[0]);
    expect(jsonBytesOf(budgeted)).toBeLessThanOrEqual(tabStateLimits.bytes);
  });

  it('requests: at most the cap of hosts and URLs per host, within the budget', () => {
    const many = Array.from({ length: 3000 }, (_, index) => `https://h${index % 1000}.example/${index}`);
    const state = lookAt(null, { requestUrls: many });
    expect(Object.keys(state.requests).length).toBeLessThanOrEqual(tabStateLimits.hosts);
    for (const kept of Object.values(state.requests)) expect(kept.length).toBeLessThanOrEqual(tabStateLimits.urlsPerHost);
    expect(jsonBytesOf(state)).toBeLessThanOrEqual(tabStateLimits.bytes);
  });
});
