/**
 * The numbers of a report, from flattened rows (table-columns.ts): the one definition used by
 * `privacy-inspector report` (rows streamed out of DuckDB) and by the dashboard (rows of the
 * records it holds, flattened with flattenRecord). Pure, no DOM, no Node.
 *
 * Units: a *page* is one row of the pages table (one URL after de-duplication; a crawl of a
 * domain list has one page per site); a *site* is a distinct `site` (registrable domain); a
 * *policy read* is a page whose policy_status is `ready`. Shares are fractions (0..1) with the
 * denominator each table names. Ties are broken by name, so the order is stable.
 *
 * Rows can be added in any order and in any number of calls (the CLI streams them); `tables()`
 * gives the same answer for the same rows.
 */
import { quantile } from './quantile';
import type { CookieRow, FactRow, FlatRows, MismatchRow, PageRow, StorageRow, TrackerRow, WidgetRow } from './table-columns';

export interface CrawlSummary {
  readonly pages: number;
  readonly sites: number;
  /** Pages scanned without an error. */
  readonly okPages: number;
  readonly okSites: number;
  readonly failedPages: number;
  /** Pages read although their load event never came (loaded = false). */
  readonly notLoadedPages: number;
}

/** Failed pages by error kind; share of all pages. */
export interface FailureRow { readonly kind: string; readonly pages: number; readonly share: number }
/** Sites where a vendor's widget (or tracker) was found; share of sites scanned without an error. */
export interface VendorShareRow { readonly vendor: string; readonly sites: number; readonly share: number }
/** Cookies per page scanned without an error, for all cookies and each party. */
export interface DistributionRow { readonly cookies: 'all' | 'first-party' | 'third-party'; readonly pages: number; readonly mean: number; readonly median: number; readonly p90: number; readonly max: number }
/** How many pages (scanned without an error) had exactly `cookies` cookies. */
export interface HistogramRow { readonly cookies: number; readonly pages: number }
export interface ThirdPartySummary {
  readonly cookies: number;
  readonly thirdPartyCookies: number;
  /** Of all cookies. */
  readonly share: number;
  readonly pagesWithThirdParty: number;
  /** Of pages scanned without an error. */
  readonly pagesShare: number;
}
/** Third-party cookies by the site of their domain; sites = sites (pages' sites) they were set on. */
export interface CookieDomainRow { readonly domainSite: string; readonly vendor: string | null; readonly cookies: number; readonly sites: number }
/** Cookies by vendor (null: unknown); sites = sites they were set on. */
export interface CookieVendorRow { readonly vendor: string | null; readonly cookies: number; readonly firstParty: number; readonly thirdParty: number; readonly sites: number }
/** Cookies by purpose category (null: unknown). */
export interface CookiePurposeRow { readonly category: string | null; readonly cookies: number; readonly sites: number }
/** Cookies by how long they live (days from when the page was taken to their expiry); share of all cookies. */
export interface LifetimeBandRow { readonly band: LifetimeBand; readonly cookies: number; readonly share: number }
/**
 * Bands of a cookie's lifetime, shortest first. 13 months is the longest the CNIL (France's data
 * protection authority) accepts for a consent or audience-measurement cookie.
 */
export const lifetimeBands = ['session', 'under a day', 'a day to a month', 'a month to 13 months', 'over 13 months', 'unknown'] as const;
export type LifetimeBand = (typeof lifetimeBands)[number];

/** The band of one cookie row: session when it has no expiry; unknown when the page's time is not known. */
export function lifetimeBandOf(row: Pick<CookieRow, 'expires' | 'lifetime_days'>): LifetimeBand {
  if (row.expires === null) return 'session';
  if (row.lifetime_days === null) return 'unknown';
  if (row.lifetime_days < 1) return 'under a day';
  if (row.lifetime_days <= 31) return 'a day to a month';
  if (row.lifetime_days <= 396) return 'a month to 13 months';
  return 'over 13 months';
}

/** A cookie (name, and vendor or else domain) by its longest lifetime seen, in days from when the page was taken. */
export interface LongLivedRow { readonly name: string; readonly vendor: string | null; readonly domain: string; readonly maxDays: number; readonly sites: number }
export interface PolicySummary {
  /** Pages scanned without an error (the denominator). */
  readonly pages: number;
  /** Pages whose site's policy link was found (read or not: fetch-failed, not-english... count; not-found does not). */
  readonly found: number;
  readonly foundShare: number;
  /** Pages whose policy was fetched and read (status ready). */
  readonly read: number;
  readonly readShare: number;
}
/** Pages scanned without an error by their policy status; share of those pages. */
export interface PolicyStatusRow { readonly status: string; readonly pages: number; readonly share: number }
/** Policies read by the year of their own date (null: undated). */
export interface PolicyYearRow { readonly year: string | null; readonly policies: number }
/**
 * A value of a fact among the policies read: `policies` stating it and its share of policies
 * read. For a list fact a policy counts once under each value it names, and under null when it
 * names none; for the others, under its one value (null, or "unspecified", when it states none).
 */
export interface FactValueRow { readonly fact: ReportFact; readonly value: string | null; readonly policies: number; readonly share: number }

/**
 * Policy against practice, by kind: mismatches found, pages and sites with one or more, and the
 * share of the policies read (no mismatch can be found without one... but a vendor's).
 */
export interface MismatchKindRow { readonly kind: string; readonly mismatches: number; readonly pages: number; readonly sites: number; readonly share: number; readonly high: number }
/** What was seen most often against a policy: one kind and one observed thing (a cookie, tracker or widget: `type`, and its `name`), over pages. */
export interface MismatchItemRow { readonly kind: string; readonly type: string; readonly name: string; readonly vendor: string | null; readonly pages: number; readonly sites: number }

/** Web storage by who keeps it (null: no vendor known): items in each area, their bytes, and the sites they were seen on. */
export interface StorageVendorRow {
  readonly vendor: string | null;
  readonly items: number;
  readonly localStorage: number;
  readonly sessionStorage: number;
  readonly indexedDB: number;
  readonly bytes: number;
  readonly sites: number;
}

export interface ReportTables {
  readonly crawl: CrawlSummary;
  readonly failures: readonly FailureRow[];
  readonly widgetVendors: readonly VendorShareRow[];
  readonly trackerVendors: readonly VendorShareRow[];
  readonly cookiesPerPage: readonly DistributionRow[];
  readonly cookiesPerPageHistogram: readonly HistogramRow[];
  readonly thirdPartyCookies: ThirdPartySummary;
  readonly thirdPartyCookieDomains: readonly CookieDomainRow[];
  readonly cookiesByVendor: readonly CookieVendorRow[];
  readonly cookiesByPurpose: readonly CookiePurposeRow[];
  readonly longestLivedCookies: readonly LongLivedRow[];
  readonly cookieLifetimes: readonly LifetimeBandRow[];
  readonly storageByVendor: readonly StorageVendorRow[];
  readonly policies: PolicySummary;
  readonly policyStatuses: readonly PolicyStatusRow[];
  readonly policyYears: readonly PolicyYearRow[];
  readonly facts: readonly FactValueRow[];
  readonly mismatchKinds: readonly MismatchKindRow[];
  readonly mismatchItems: readonly MismatchItemRow[];
}

/** The facts whose distribution a report shows, in this order (contacts and named cookies are per policy, not distributions). */
export const reportFacts = ['dnt', 'sellsData', 'childAge', 'retention', 'dataLocations', 'frameworks', 'sharing', 'rights', 'trackingTech', 'responseDays', 'changeNotice'] as const;
export type ReportFact = (typeof reportFacts)[number];
const listFacts: ReadonlySet<string> = new Set(['dataLocations', 'frameworks', 'sharing', 'rights', 'trackingTech']);

export interface AggregateOptions {
  /** Rows kept in the long tables (third-party domains, longest-lived cookies). Default 20. */
  readonly top?: number;
}

export interface ReportAggregator {
  addPage(row: PageRow): void;
  addWidget(row: WidgetRow): void;
  addCookie(row: CookieRow): void;
  addStorage(row: StorageRow): void;
  addFact(row: FactRow): void;
  addTracker(row: TrackerRow): void;
  addMismatch(row: MismatchRow): void;
  tables(): ReportTables;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const byCountThenName = <T>(count: (row: T) => number, name: (row: T) => string | null) => (a: T, b: T) =>
  count(b) - count(a) || (name(a) ?? '\uffff').localeCompare(name(b) ?? '\uffff');

function counter<K>() {
  const counts = new Map<K, number>();
  return { add: (key: K, by = 1) => counts.set(key, (counts.get(key) ?? 0) + by), entries: () => [...counts.entries()] };
}

function siteSets<K>() {
  const sets = new Map<K, Set<string>>();
  return {
    add(key: K, site: string) {
      let set = sets.get(key);
      if (!set) sets.set(key, (set = new Set()));
      set.add(site);
    },
    count: (key: K) => sets.get(key)?.size ?? 0,
    keys: () => [...sets.keys()],
  };
}

export function createReportAggregator(options: AggregateOptions = {}): ReportAggregator {
  const top = options.top ?? 20;
  let pages = 0;
  let failedPages = 0;
  let notLoadedPages = 0;
  const sites = new Set<string>();
  const okSites = new Set<string>();
  const failures = counter<string>();
  const perPage = { all: [] as number[], 'first-party': [] as number[], 'third-party': [] as number[] };
  let policyFound = 0;
  const policyStatuses = counter<string>();
  const policyYears = counter<string | null>();
  const widgetVendorSites = siteSets<string>();
  const trackerVendorSites = siteSets<string>();
  let cookieCount = 0;
  let thirdPartyCount = 0;
  const domainCookies = counter<string>();
  const domainSites = siteSets<string>();
  const domainVendors = new Map<string, Map<string | null, number>>();
  const vendorCookies = new Map<string | null, { cookies: number; firstParty: number; thirdParty: number }>();
  const vendorSites = siteSets<string | null>();
  const purposeCookies = counter<string | null>();
  const purposeSites = siteSets<string | null>();
  const lifetimes = new Map<string, { name: string; vendor: string | null; domain: string; maxDays: number }>();
  const lifetimeSites = siteSets<string>();
  const lifetimeBandCounts = counter<LifetimeBand>();
  // fact -> value -> policies (page keys: a list fact names a value once per policy).
  const factPolicies = new Map<string, Map<string | null, Set<string>>>();
  const storageVendors = new Map<string | null, { items: number; localStorage: number; sessionStorage: number; indexedDB: number; bytes: number }>();
  const storageSites = siteSets<string | null>();
  const mismatchCounts = new Map<string, { mismatches: number; high: number }>();
  const mismatchPages = new Map<string, Set<string>>();
  const mismatchSites = siteSets<string>();
  const itemPages = new Map<string, Set<string>>();
  const itemSites = siteSets<string>();
  const items = new Map<string, { kind: string; type: string; name: string; vendor: string | null }>();

  return {
    addPage(row) {
      pages++;
      sites.add(row.site);
      if (!row.ok) {
        failedPages++;
        failures.add(row.error_kind ?? 'other');
        return;
      }
      okSites.add(row.site);
      if (row.loaded === false) notLoadedPages++;
      perPage.all.push(row.cookies);
      perPage['first-party'].push(row.first_party_cookies);
      perPage['third-party'].push(row.third_party_cookies);
      // A URL with status not-found is only where the extension looked last (e.g. /privacy-statement).
      if (row.policy_url !== null && row.policy_status !== 'not-found') policyFound++;
      policyStatuses.add(row.policy_status);
      if (row.policy_status === 'ready') policyYears.add(row.policy_last_updated?.slice(0, 4) ?? null);
    },
    addWidget(row) {
      widgetVendorSites.add(row.vendor, row.site);
    },
    addTracker(row) {
      trackerVendorSites.add(row.vendor, row.site);
    },
    addStorage(row) {
      const entry = storageVendors.get(row.vendor) ?? { items: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, bytes: 0 };
      entry.items++;
      if (row.area === 'localStorage' || row.area === 'sessionStorage' || row.area === 'indexedDB') entry[row.area]++;
      entry.bytes += row.bytes ?? 0;
      storageVendors.set(row.vendor, entry);
      storageSites.add(row.vendor, row.site);
    },
    addCookie(row) {
      cookieCount++;
      const third = row.party === 'third';
      if (third) {
        thirdPartyCount++;
        domainCookies.add(row.domain_site);
        domainSites.add(row.domain_site, row.site);
        const vendors = domainVendors.get(row.domain_site) ?? new Map<string | null, number>();
        vendors.set(row.vendor, (vendors.get(row.vendor) ?? 0) + 1);
        domainVendors.set(row.domain_site, vendors);
      }
      const vendor = vendorCookies.get(row.vendor) ?? { cookies: 0, firstParty: 0, thirdParty: 0 };
      vendor.cookies++;
      if (third) vendor.thirdParty++;
      else vendor.firstParty++;
      vendorCookies.set(row.vendor, vendor);
      vendorSites.add(row.vendor, row.site);
      purposeCookies.add(row.category);
      purposeSites.add(row.category, row.site);
      lifetimeBandCounts.add(lifetimeBandOf(row));
      if (row.lifetime_days !== null) {
        // One cookie of a vendor is one cookie wherever it is set; an unknown one is told apart by its domain's site.
        const key = JSON.stringify([row.name, row.vendor ?? row.domain_site]);
        const held = lifetimes.get(key);
        if (!held || row.lifetime_days > held.maxDays) lifetimes.set(key, { name: row.name, vendor: row.vendor, domain: row.vendor ? row.domain : row.domain_site, maxDays: row.lifetime_days });
        lifetimeSites.add(key, row.site);
      }
    },
    addMismatch(row) {
      const counts = mismatchCounts.get(row.kind) ?? { mismatches: 0, high: 0 };
      counts.mismatches++;
      if (row.severity === 'high') counts.high++;
      mismatchCounts.set(row.kind, counts);
      const pagesOfKind = mismatchPages.get(row.kind) ?? new Set<string>();
      pagesOfKind.add(row.page_key);
      mismatchPages.set(row.kind, pagesOfKind);
      mismatchSites.add(row.kind, row.site);
      // A cookie is one thing whatever domain it sits on: the same _ga on many sites is one row.
      const key = JSON.stringify([row.kind, row.observed_type, row.observed_name, row.observed_vendor]);
      items.set(key, { kind: row.kind, type: row.observed_type, name: row.observed_name, vendor: row.observed_vendor });
      const pagesOfItem = itemPages.get(key) ?? new Set<string>();
      pagesOfItem.add(row.page_key);
      itemPages.set(key, pagesOfItem);
      itemSites.add(key, row.site);
    },
    addFact(row) {
      const values = factPolicies.get(row.fact) ?? new Map<string | null, Set<string>>();
      const policies = values.get(row.value) ?? new Set<string>();
      policies.add(row.page_key);
      values.set(row.value, policies);
      factPolicies.set(row.fact, values);
    },
    tables() {
      const okPages = pages - failedPages;
      const policiesRead = policyStatuses.entries().find(([status]) => status === 'ready')?.[1] ?? 0;
      const vendorShares = (sets: ReturnType<typeof siteSets<string>>) =>
        sets.keys().map((vendor) => ({ vendor, sites: sets.count(vendor), share: share(sets.count(vendor), okSites.size) })).sort(byCountThenName((row) => row.sites, (row) => row.vendor));
      const histogram = counter<number>();
      for (const count of perPage.all) histogram.add(count);
      const factRows: FactValueRow[] = [];
      for (const fact of reportFacts) {
        const values = factPolicies.get(fact);
        if (!values) continue;
        const rows = [...values.entries()].map(([value, policies]) => ({ fact, value, policies: policies.size, share: share(policies.size, policiesRead) }));
        // Lists: most named first, "names none" last. Scalars: by value (numbers by size), so a scale reads in order.
        rows.sort(listFacts.has(fact)
          ? (a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || byCountThenName<FactValueRow>((row) => row.policies, (row) => row.value)(a, b)
          : (a, b) => compareValues(a.value, b.value));
        factRows.push(...rows);
      }
      return {
        crawl: { pages, sites: sites.size, okPages, okSites: okSites.size, failedPages, notLoadedPages },
        failures: failures.entries().map(([kind, count]) => ({ kind, pages: count, share: share(count, pages) })).sort(byCountThenName((row) => row.pages, (row) => row.kind)),
        widgetVendors: vendorShares(widgetVendorSites),
        trackerVendors: vendorShares(trackerVendorSites),
        // Known vendors first, most items first; what no vendor keeps last.
        storageByVendor: [...storageVendors.entries()]
          .map(([vendor, counts]) => ({ vendor, ...counts, sites: storageSites.count(vendor) }))
          .sort((a, b) => (a.vendor === null ? 1 : 0) - (b.vendor === null ? 1 : 0) || b.items - a.items || String(a.vendor).localeCompare(String(b.vendor))),
        cookiesPerPage: (['all', 'first-party', 'third-party'] as const).map((kind) => {
          const values = perPage[kind];
          return {
            cookies: kind,
            pages: values.length,
            mean: values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length,
            median: quantile(values, 0.5),
            p90: quantile(values, 0.9),
            max: values.length === 0 ? Number.NaN : values.reduce((most, value) => Math.max(most, value), -Infinity),
          };
        }),
        cookiesPerPageHistogram: histogram.entries().map(([cookies, count]) => ({ cookies, pages: count })).sort((a, b) => a.cookies - b.cookies),
        thirdPartyCookies: {
          cookies: cookieCount,
          thirdPartyCookies: thirdPartyCount,
          share: share(thirdPartyCount, cookieCount),
          pagesWithThirdParty: perPage['third-party'].filter((count) => count > 0).length,
          pagesShare: share(perPage['third-party'].filter((count) => count > 0).length, okPages),
        },
        thirdPartyCookieDomains: domainCookies.entries()
          .map(([domainSite, cookies]) => ({ domainSite, vendor: mostCommon(domainVendors.get(domainSite)!), cookies, sites: domainSites.count(domainSite) }))
          .sort((a, b) => b.sites - a.sites || b.cookies - a.cookies || a.domainSite.localeCompare(b.domainSite))
          .slice(0, top),
        cookiesByVendor: [...vendorCookies.entries()]
          .map(([vendor, counts]) => ({ vendor, ...counts, sites: vendorSites.count(vendor) }))
          .sort(byCountThenName((row) => row.cookies, (row) => row.vendor)),
        cookiesByPurpose: purposeCookies.entries()
          .map(([category, cookies]) => ({ category, cookies, sites: purposeSites.count(category) }))
          .sort(byCountThenName((row) => row.cookies, (row) => row.category)),
        longestLivedCookies: [...lifetimes.entries()]
          .map(([key, held]) => ({ ...held, sites: lifetimeSites.count(key) }))
          .sort((a, b) => b.maxDays - a.maxDays || a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain))
          .slice(0, top),
        cookieLifetimes: lifetimeBands.flatMap((band) => {
          const cookies = lifetimeBandCounts.entries().find(([held]) => held === band)?.[1] ?? 0;
          return cookies === 0 ? [] : [{ band, cookies, share: share(cookies, cookieCount) }];
        }),
        policies: { pages: okPages, found: policyFound, foundShare: share(policyFound, okPages), read: policiesRead, readShare: share(policiesRead, okPages) },
        policyStatuses: policyStatuses.entries().map(([status, count]) => ({ status, pages: count, share: share(count, okPages) })).sort(byCountThenName((row) => row.pages, (row) => row.status)),
        policyYears: policyYears.entries().map(([year, policies]) => ({ year, policies })).sort((a, b) => compareValues(a.year, b.year)),
        facts: factRows,
        mismatchKinds: [...mismatchCounts.entries()]
          .map(([kind, counts]) => {
            const pagesOfKind = mismatchPages.get(kind)!.size;
            return { kind, ...counts, pages: pagesOfKind, sites: mismatchSites.count(kind), share: share(pagesOfKind, policiesRead) };
          })
          .sort(byCountThenName((row) => row.pages, (row) => row.kind)),
        mismatchItems: [...items.entries()]
          .map(([key, item]) => ({ ...item, pages: itemPages.get(key)!.size, sites: itemSites.count(key) }))
          .sort((a, b) => b.pages - a.pages || a.kind.localeCompare(b.kind) || `${a.type} ${a.name}`.localeCompare(`${b.type} ${b.name}`))
          .slice(0, top),
      };
    },
  };
}

/** The vendor most of a domain's cookies name (ties: by name; unknown last). */
function mostCommon(vendors: Map<string | null, number>): string | null {
  return [...vendors.entries()].sort(byCountThenName(([, count]) => count, ([vendor]) => vendor))[0]![0];
}

/** Numbers by size, then text; null last. */
function compareValues(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const [x, y] = [Number(a), Number(b)];
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a.localeCompare(b);
}

/** The tables of rows already in memory (the dashboard's case). */
export function reportTables(rows: FlatRows, options: AggregateOptions = {}): ReportTables {
  const aggregator = createReportAggregator(options);
  for (const row of rows.pages) aggregator.addPage(row);
  for (const row of rows.widgets) aggregator.addWidget(row);
  for (const row of rows.cookies) aggregator.addCookie(row);
  for (const row of rows.storage) aggregator.addStorage(row);
  for (const row of rows.facts) aggregator.addFact(row);
  for (const row of rows.trackers) aggregator.addTracker(row);
  for (const row of rows.mismatches) aggregator.addMismatch(row);
  return aggregator.tables();
}
