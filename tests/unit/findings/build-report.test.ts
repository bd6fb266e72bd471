import { describe, expect, it, vi } from 'vitest';
import type { TrackerHostSpec } from '../../../lib/trackers/tracker-hosts';
import type { RankedPolicyLink } from '../../../lib/policy/find/discover';
import type { CookieRecord, RawCookie } from '../../../lib/cookies/classify';
import type { PageSignals } from '../../../lib/widgets/signals';
import { createStorageClassifier } from '../../../lib/storage/classify-storage';
import { buildTabReport, cookieSitesOf, thirdPartyHostsOf, trackersOf, uniqueCookies, type ReportDeps } from '../../../lib/findings/build-report';
import { newTabState, withPageSignals, withRequest, type TabState } from '../../../lib/findings/tab-state';
import { createCookieClassifier } from '../../../lib/cookies/classify';
import { createWidgetMatcher } from '../../../lib/widgets/detect';
import { fakeCatalog } from '../widgets/fake-catalog';
import { cookieRecord, rawCookie } from '../cookies/cookie-record';

const T0 = 10_000;
const noSignals = { scriptUrls: [], frameUrls: [], markers: [], globals: [] };

function tabState(url: string, requestUrls: readonly string[] = [], tabId = 3): TabState {
  return requestUrls.reduce((state, requestUrl) => withRequest(state, requestUrl, T0 + 1), newTabState(tabId, url, T0));
}

const trackers: TrackerHostSpec[] = [
  { host: 'google-analytics.com', vendor: 'Google Analytics', category: 'analytics' },
  { host: 'analytics.google.com', vendor: 'Google Analytics', category: 'analytics' },
  { host: 'doubleclick.net', vendor: 'Google (DoubleClick)', category: 'advertising' },
];

describe('cookieSitesOf', () => {
  it('gives the page\'s site and the site of every host the tab loaded from, once each', () => {
    const state = tabState('https://www.shop.example/', [
      'https://cdn.shop.example/app.js',
      'https://v2.zopim.com/a',
      'https://widget-mediator.zopim.com/ws',
      'https://stats.g.doubleclick.net/collect',
    ]);
    expect(cookieSitesOf(state).sort()).toEqual(['doubleclick.net', 'shop.example', 'zopim.com']);
  });

  it('gives only request sites when the page URL has no host', () => {
    expect(cookieSitesOf(tabState('about:blank', ['https://v2.zopim.com/']))).toEqual(['zopim.com']);
  });
});

describe('thirdPartyHostsOf', () => {
  it('lists hosts of other sites, sorted, leaving out the page\'s own subdomains', () => {
    const state = tabState('https://www.shop.example/', [
      'https://www.shop.example/api',
      'https://cdn.shop.example/app.js',
      'https://widget.intercom.io/w',
      'https://api-iam.intercom.io/x',
      'https://v2.zopim.com/a',
    ]);
    expect(thirdPartyHostsOf(state)).toEqual(['api-iam.intercom.io', 'v2.zopim.com', 'widget.intercom.io']);
  });

  it('treats a look-alike of the page\'s site as a third party', () => {
    expect(thirdPartyHostsOf(tabState('https://shop.example/', ['https://shop.example.evil.net/']))).toEqual(['shop.example.evil.net']);
  });
});

describe('trackersOf', () => {
  it('groups hosts by tracker vendor, with its category, in order of first appearance', () => {
    const found = trackersOf(
      ['stats.g.doubleclick.net', 'www.google-analytics.com', 'v2.zopim.com', 'analytics.google.com', 'ad.doubleclick.net'],
      trackers,
    );
    expect(found).toEqual([
      { vendor: 'Google (DoubleClick)', category: 'advertising', hosts: ['stats.g.doubleclick.net', 'ad.doubleclick.net'] },
      { vendor: 'Google Analytics', category: 'analytics', hosts: ['www.google-analytics.com', 'analytics.google.com'] },
    ]);
  });

  it('does not count look-alike hosts or hosts outside the list', () => {
    expect(trackersOf(['notdoubleclick.net', 'doubleclick.net.evil.example', 'google.com', 'v2.zopim.com'], trackers)).toEqual([]);
  });
});

describe('uniqueCookies', () => {
  it('keeps one of each name, domain, path and partition, the first seen', () => {
    const first = rawCookie('sid', '.shop.example', { secure: true });
    const cookies = uniqueCookies([
      first,
      rawCookie('sid', '.shop.example', { secure: false }),
      rawCookie('sid', 'www.shop.example'),
      rawCookie('sid', '.shop.example', { path: '/cart' }),
      rawCookie('sid', '.shop.example', { partitionKey: { topLevelSite: 'https://shop.example' } }),
      rawCookie('sid', '.shop.example', { partitionKey: { topLevelSite: 'https://other.example' } }),
      rawCookie('other', '.shop.example'),
    ]);
    expect(cookies).toHaveLength(6);
    expect(cookies[0]).toBe(first);
  });

  it('does not confuse names and domains that join into the same text', () => {
    expect(uniqueCookies([rawCookie('a', 'b.example'), rawCookie('ab', '.example')])).toHaveLength(2);
  });
});

describe('buildTabReport with stub dependencies', () => {
  const ranked = (count: number): RankedPolicyLink[] =>
    Array.from({ length: count }, (_, index) => ({ url: `https://shop.example/p${index}`, score: 100 - index, reasons: ['why'], sameSite: true }));

  function stubDeps(overrides: Partial<ReportDeps> = {}) {
    const matchWidgets = vi.fn((_signals: PageSignals) => [{ id: 'w', name: 'W', vendor: 'V', evidence: ['e'] }]);
    const classifyCookie = vi.fn((cookie: RawCookie, _pageHost: string): CookieRecord =>
      cookieRecord(cookie.name, { domain: cookie.domain, party: cookie.domain.endsWith('shop.example') ? 'first' : 'third' }),
    );
    const rankPolicyLinks = vi.fn((_pageUrl: string, _links: TabState['policyLinks']) => ranked(7));
    const deps: ReportDeps = { matchWidgets, classifyCookie, classifyStorage: createStorageClassifier(fakeCatalog, []), rankPolicyLinks, trackerHosts: trackers, ...overrides };
    return { deps, matchWidgets, classifyCookie, rankPolicyLinks };
  }

  const state = withPageSignals(
    tabState('https://www.shop.example/home', ['https://v2.zopim.com/a', 'https://www.google-analytics.com/g/collect', 'https://cdn.shop.example/x.js'], 42),
    'https://www.shop.example/home',
    { ...noSignals, scriptUrls: ['https://v2.zopim.com/a'] },
    [{ href: '/privacy', text: 'Privacy', rel: '', inFooter: true }],
    T0 + 2,
  );

  it('classifies each distinct cookie against the page\'s hostname', () => {
    const { deps, classifyCookie } = stubDeps();
    buildTabReport(state, [rawCookie('sid', '.shop.example'), rawCookie('sid', '.shop.example'), rawCookie('_ga', '.shop.example')], deps);
    expect(classifyCookie).toHaveBeenCalledTimes(2);
    expect(classifyCookie.mock.calls.map(([, pageHost]) => pageHost)).toEqual(['www.shop.example', 'www.shop.example']);
  });

  it('lists first-party cookies first, each group by name', () => {
    const { deps } = stubDeps();
    const report = buildTabReport(
      state,
      [rawCookie('zeta', '.zopim.com'), rawCookie('sid', '.shop.example'), rawCookie('alpha', '.zopim.com'), rawCookie('_ga', '.shop.example'), rawCookie('cart', 'www.shop.example')],
      deps,
    );
    expect(report.cookies.map((cookie) => `${cookie.party}:${cookie.name}`)).toEqual([
      'first:_ga',
      'first:cart',
      'first:sid',
      'third:alpha',
      'third:zeta',
    ]);
  });

  it('matches widgets on page signals, requests and the cookie names read by the background together', () => {
    const { deps, matchWidgets } = stubDeps();
    const report = buildTabReport(state, [rawCookie('sid', '.shop.example'), rawCookie('__zlcmid', '.shop.example')], deps);
    expect(matchWidgets).toHaveBeenCalledTimes(1);
    const signals = matchWidgets.mock.calls[0]![0];
    expect(signals.scriptUrls).toEqual(['https://v2.zopim.com/a']);
    expect([...signals.requestUrls].sort()).toEqual(['https://cdn.shop.example/x.js', 'https://v2.zopim.com/a', 'https://www.google-analytics.com/g/collect']);
    expect([...signals.cookieNames].sort()).toEqual(['__zlcmid', 'sid']);
    expect(report.widgets).toEqual([{ id: 'w', name: 'W', vendor: 'V', evidence: ['e'] }]);
  });

  it('fills the rest of the report from the state', () => {
    const { deps } = stubDeps();
    const report = buildTabReport(state, [], deps);
    expect(report).toMatchObject({
      tabId: 42,
      url: 'https://www.shop.example/home',
      site: 'shop.example',
      thirdPartyHosts: ['v2.zopim.com', 'www.google-analytics.com'],
      trackers: [{ vendor: 'Google Analytics', category: 'analytics', hosts: ['www.google-analytics.com'] }],
      startedAt: T0,
      updatedAt: T0 + 2,
    });
  });

  it('keeps the 5 best policy links, with their URL, score and whether they are same-site', () => {
    const { deps, rankPolicyLinks } = stubDeps();
    const report = buildTabReport(state, [], deps);
    expect(rankPolicyLinks).toHaveBeenCalledWith('https://www.shop.example/home', state.policyLinks);
    expect(report.policyLinks).toEqual([
      { url: 'https://shop.example/p0', score: 100, sameSite: true },
      { url: 'https://shop.example/p1', score: 99, sameSite: true },
      { url: 'https://shop.example/p2', score: 98, sameSite: true },
      { url: 'https://shop.example/p3', score: 97, sameSite: true },
      { url: 'https://shop.example/p4', score: 96, sameSite: true },
    ]);
  });

  it('gives an empty site when the page URL has no host', () => {
    const { deps, classifyCookie } = stubDeps({ rankPolicyLinks: () => [] });
    const report = buildTabReport(tabState('about:blank'), [rawCookie('a', '.x.example')], deps);
    expect(report.site).toBe('');
    expect(report.policyLinks).toEqual([]);
    expect(classifyCookie.mock.calls[0]![1]).toBe('');
  });
});

describe('buildTabReport with the real matcher and classifier', () => {
  const deps: ReportDeps = {
    matchWidgets: createWidgetMatcher(fakeCatalog),
    classifyCookie: createCookieClassifier(fakeCatalog, [], trackers),
    classifyStorage: createStorageClassifier(fakeCatalog, []),
    trackerHosts: trackers,
    rankPolicyLinks: () => [],
  };

  it('finds a widget from cookie names alone when the page showed nothing', () => {
    // e.g. the widget loads only after a click, but its cookies from an earlier visit are there.
    const report = buildTabReport(
      tabState('https://www.shop.example/'),
      [rawCookie('intercom-id-app1', '.shop.example'), rawCookie('intercom-session-app1', '.shop.example'), rawCookie('sid', '.shop.example')],
      deps,
    );
    expect(report.widgets.map((widget) => widget.id)).toEqual(['intercom']);
    expect(report.widgets[0]!.evidence).toEqual(['cookie intercom-id-app1', 'cookie intercom-session-app1']);
    expect(report.cookies.find((cookie) => cookie.name === 'intercom-id-app1')).toMatchObject({ vendor: 'Intercom', widgetId: 'intercom' });
  });

  it('does not find a widget from a single cookie', () => {
    const report = buildTabReport(tabState('https://www.shop.example/'), [rawCookie('__zlcmid', '.shop.example')], deps);
    expect(report.widgets).toEqual([]);
  });

  it('finds a widget from a request the background saw', () => {
    const report = buildTabReport(tabState('https://www.shop.example/', ['https://static.zdassets.com/ekr/snippet.js']), [], deps);
    expect(report.widgets.map((widget) => widget.id)).toEqual(['zendesk-chat']);
    expect(report.thirdPartyHosts).toEqual(['static.zdassets.com']);
  });
});
