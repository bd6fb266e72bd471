import type { TabState } from './tab-state';
import type { TabReport, TrackerFinding } from './tab-report';
import type { RawCookie, CookieRecord } from '../cookies/classify';
import type { RawStorageItem, StorageRecord } from '../storage/storage-item';
import type { WidgetMatch } from '../widgets/detect';
import type { PageSignals } from '../widgets/signals';
import type { TrackerHostSpec } from '../trackers/tracker-hosts';
import type { RankedPolicyLink } from '../policy/find/discover';
import { signalsOf } from './tab-state';
import { hostnameOf, hostMatches } from '../widgets/host-match';
import { siteOf } from '../cookies/party';

export interface ReportDeps {
  readonly matchWidgets: (signals: PageSignals) => WidgetMatch[];
  readonly classifyCookie: (cookie: RawCookie, pageHostname: string) => CookieRecord;
  readonly classifyStorage: (item: RawStorageItem, pageSite: string) => StorageRecord;
  readonly trackerHosts: readonly TrackerHostSpec[];
  readonly rankPolicyLinks: (pageUrl: string, links: TabState['policyLinks']) => RankedPolicyLink[];
}

/** Sites whose cookies belong in the tab's table: the page's own and every third party it loaded from. */
export function cookieSitesOf(state: TabState): string[] {
  const pageHost = hostnameOf(state.url);
  const sites = new Set<string>();
  if (pageHost) sites.add(siteOf(pageHost));
  for (const host of Object.keys(state.requests)) sites.add(siteOf(host));
  return [...sites];
}

export function thirdPartyHostsOf(state: TabState): string[] {
  const pageHost = hostnameOf(state.url);
  const pageSite = pageHost ? siteOf(pageHost) : '';
  return Object.keys(state.requests).filter((host) => siteOf(host) !== pageSite).sort();
}

export function trackersOf(thirdPartyHosts: readonly string[], trackerHosts: readonly TrackerHostSpec[]): TrackerFinding[] {
  const byVendor = new Map<string, { category: string; hosts: string[] }>();
  for (const host of thirdPartyHosts) {
    const spec = trackerHosts.find((candidate) => hostMatches(host, candidate.host));
    if (!spec) continue;
    const entry = byVendor.get(spec.vendor) ?? { category: spec.category, hosts: [] };
    entry.hosts.push(host);
    byVendor.set(spec.vendor, entry);
  }
  return [...byVendor].map(([vendor, { category, hosts }]) => ({ vendor, category, hosts }));
}

/** Dedupe cookies read from several queries (a cookie is its name, domain, path and partition). */
export function uniqueCookies(cookies: readonly RawCookie[]): RawCookie[] {
  const seen = new Map<string, RawCookie>();
  for (const cookie of cookies) {
    const key = `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}\u0000${cookie.partitionKey?.topLevelSite ?? ''}`;
    if (!seen.has(key)) seen.set(key, cookie);
  }
  return [...seen.values()];
}

/** The tab's findings: widgets (page signals, requests and cookie names together), cookies, storage, trackers. */
export function buildTabReport(state: TabState, rawCookies: readonly RawCookie[], deps: ReportDeps, rawStorage: readonly RawStorageItem[] = []): TabReport {
  const pageHost = hostnameOf(state.url) ?? '';
  const pageSite = pageHost ? siteOf(pageHost) : '';
  const storage = rawStorage
    .map((item) => deps.classifyStorage(item, pageSite))
    .sort((a, b) => (a.party === b.party ? a.origin.localeCompare(b.origin) || a.area.localeCompare(b.area) || a.key.localeCompare(b.key) : a.party === 'first' ? -1 : 1));
  const cookies = uniqueCookies(rawCookies)
    .map((cookie) => deps.classifyCookie(cookie, pageHost))
    .sort((a, b) => (a.party === b.party ? a.name.localeCompare(b.name) : a.party === 'first' ? -1 : 1));
  const widgets = deps.matchWidgets(signalsOf(state, cookies.map((cookie) => cookie.name)));
  const thirdPartyHosts = thirdPartyHostsOf(state);
  return {
    tabId: state.tabId,
    url: state.url,
    site: pageHost ? siteOf(pageHost) : '',
    widgets,
    cookies,
    storage,
    trackers: trackersOf(thirdPartyHosts, deps.trackerHosts),
    thirdPartyHosts,
    policyLinks: deps.rankPolicyLinks(state.url, state.policyLinks).slice(0, 5).map(({ url, score, sameSite }) => ({ url, score, sameSite })),
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
  };
}
