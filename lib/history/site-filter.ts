/**
 * The dashboard's table: search, filters, sort, and the counts that follow the filter. Pure,
 * over the sites' summaries (site-summary.ts).
 */
import type { SiteSummary } from './site-history';

/** The policy facts one can filter on, each a question about the site's latest policy read. */
export const factFilters = {
  'dnt-not-honoured': { label: 'does not honour Do Not Track', test: (facts: SiteSummary['facts']) => facts.dnt === 'not-honored' },
  'dnt-honoured': { label: 'honours Do Not Track', test: (facts: SiteSummary['facts']) => facts.dnt === 'honored' },
  'sells-data': { label: 'says it sells data', test: (facts: SiteSummary['facts']) => facts.sellsData === 'true' },
  'does-not-sell': { label: 'says it does not sell data', test: (facts: SiteSummary['facts']) => facts.sellsData === 'false' },
  'child-age': { label: 'states a minimum age for children', test: (facts: SiteSummary['facts']) => facts.childAge !== null },
} as const satisfies Record<string, { label: string; test: (facts: SiteSummary['facts']) => boolean }>;
export type FactFilter = keyof typeof factFilters;

export interface SiteFilter {
  /** Words that must all appear in the site's name or its vendors' names (case-insensitive). */
  readonly search: string;
  /** A vendor of a widget, tracker or cookie on the site. */
  readonly vendor: string | null;
  /** Sites with cookies of this party. */
  readonly party: 'first' | 'third' | null;
  /** Sites with cookies of this purpose category ('unknown' for unknown ones). */
  readonly purpose: string | null;
  readonly fact: FactFilter | null;
  /** Sites where the policy states this minimum age (with fact 'child-age' or alone). */
  readonly childAge: string | null;
}

export const noFilter: SiteFilter = { search: '', vendor: null, party: null, purpose: null, fact: null, childAge: null };

export type SortKey = 'site' | 'lastVisit' | 'firstVisit' | 'visits' | 'widgets' | 'cookies' | 'thirdPartyCookies' | 'trackers' | 'policy';
export interface SiteSort {
  readonly key: SortKey;
  readonly descending: boolean;
}

const vendorsOf = (summary: SiteSummary) => [...summary.widgetVendors, ...summary.trackerVendors, ...summary.cookieVendors];

export function matchesFilter(summary: SiteSummary, filter: SiteFilter): boolean {
  if (filter.vendor !== null && !vendorsOf(summary).includes(filter.vendor)) return false;
  if (filter.party === 'first' && summary.firstPartyCookies === 0) return false;
  if (filter.party === 'third' && summary.thirdPartyCookies === 0) return false;
  if (filter.purpose !== null && !summary.purposes.includes(filter.purpose)) return false;
  if (filter.fact !== null && !factFilters[filter.fact].test(summary.facts)) return false;
  if (filter.childAge !== null && summary.facts.childAge !== filter.childAge) return false;
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const haystack = [summary.site, ...vendorsOf(summary)].join(' ').toLowerCase();
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

const sortValue: Record<SortKey, (summary: SiteSummary) => number | string> = {
  site: (summary) => summary.site,
  lastVisit: (summary) => summary.lastVisit,
  firstVisit: (summary) => summary.firstVisit,
  visits: (summary) => summary.visits,
  widgets: (summary) => summary.widgets,
  cookies: (summary) => summary.cookies,
  thirdPartyCookies: (summary) => summary.thirdPartyCookies,
  trackers: (summary) => summary.trackerVendors.length,
  policy: (summary) => summary.policyStatus,
};

/** The matching sites in order (ties by site name, so the order is stable). */
export function filterSites(summaries: readonly SiteSummary[], filter: SiteFilter, sort: SiteSort): SiteSummary[] {
  const value = sortValue[sort.key];
  const direction = sort.descending ? -1 : 1;
  return summaries
    .filter((summary) => matchesFilter(summary, filter))
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return order * direction || a.site.localeCompare(b.site);
    });
}

export interface FilterCounts {
  readonly sites: number;
  readonly cookies: number;
  readonly thirdPartyCookies: number;
  readonly widgets: number;
  /** Sites per option of each filter among the matching sites, so each option says what choosing it would leave. */
  readonly vendors: ReadonlyMap<string, number>;
  readonly purposes: ReadonlyMap<string, number>;
  readonly parties: { readonly first: number; readonly third: number };
  readonly facts: ReadonlyMap<FactFilter, number>;
  readonly childAges: ReadonlyMap<string, number>;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** Totals and per-option site counts of the sites shown. */
export function countsOf(shown: readonly SiteSummary[]): FilterCounts {
  const vendors = new Map<string, number>();
  const purposes = new Map<string, number>();
  const facts = new Map<FactFilter, number>();
  const childAges = new Map<string, number>();
  let cookies = 0;
  let thirdPartyCookies = 0;
  let widgets = 0;
  let first = 0;
  let third = 0;
  for (const summary of shown) {
    cookies += summary.cookies;
    thirdPartyCookies += summary.thirdPartyCookies;
    widgets += summary.widgets;
    if (summary.firstPartyCookies > 0) first++;
    if (summary.thirdPartyCookies > 0) third++;
    for (const vendor of new Set(vendorsOf(summary))) bump(vendors, vendor);
    for (const purpose of summary.purposes) bump(purposes, purpose);
    for (const fact of Object.keys(factFilters) as FactFilter[]) if (factFilters[fact].test(summary.facts)) bump(facts, fact);
    if (summary.facts.childAge !== null) bump(childAges, summary.facts.childAge);
  }
  return { sites: shown.length, cookies, thirdPartyCookies, widgets, vendors, purposes, parties: { first, third }, facts, childAges };
}

/** The filter's dimensions, each counted over the sites that match every other one (a faceted search). */
export interface FacetCounts {
  readonly shown: FilterCounts;
  readonly vendors: ReadonlyMap<string, number>;
  readonly parties: FilterCounts['parties'];
  readonly purposes: ReadonlyMap<string, number>;
  readonly facts: ReadonlyMap<FactFilter, number>;
  readonly childAges: ReadonlyMap<string, number>;
}

/**
 * Counts for the table's header and each filter's options: `shown` over the matching sites; an
 * option of one filter over the sites the other filters leave, so it says how many sites
 * choosing it would show.
 */
export function facetCounts(summaries: readonly SiteSummary[], filter: SiteFilter): FacetCounts {
  const without = (change: Partial<SiteFilter>) => countsOf(summaries.filter((summary) => matchesFilter(summary, { ...filter, ...change })));
  return {
    shown: countsOf(summaries.filter((summary) => matchesFilter(summary, filter))),
    vendors: without({ vendor: null }).vendors,
    parties: without({ party: null }).parties,
    purposes: without({ purpose: null }).purposes,
    facts: without({ fact: null }).facts,
    childAges: without({ childAge: null }).childAges,
  };
}
