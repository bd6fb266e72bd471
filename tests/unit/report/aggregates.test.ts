import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createReportAggregator, reportTables } from '../../../lib/report/aggregates';
import { flattenRecord } from '../../../lib/report/flatten-record';
import { dedupeRecords } from '../../../lib/report/dedupe-records';
import { emptyRows, type FlatRows, type PageRow } from '../../../lib/report/table-columns';
import { demoCrawlLines } from '../../fixtures/report/demo-crawl';

function rowsOf(records: ReturnType<typeof demoCrawlLines>): FlatRows {
  const rows = emptyRows();
  records.forEach((record, index) => {
    const flat = flattenRecord(record, { file: 'demo-crawl.jsonl', line: index + 1 });
    for (const table of Object.keys(rows) as (keyof FlatRows)[]) (rows[table] as unknown[]).push(...flat[table]);
  });
  return rows;
}

const lines = demoCrawlLines();
const kept = dedupeRecords(lines);
const tables = reportTables(rowsOf(kept));

function page(overrides: Partial<PageRow>): PageRow {
  return {
    page_key: 'k', site: 's.example', url: 'https://s.example/', final_url: null, source: 'crawl', input_file: 'f', input_line: 1, taken_at: null,
    ok: true, error: null, error_kind: null, loaded: true, attempt: 1, worker: '0', duration_ms: 1, widgets: 0, cookies: 0,
    first_party_cookies: 0, third_party_cookies: 0, trackers: 0, third_party_hosts: 0, policy_url: null, policy_status: 'not-found',
    policy_last_updated: null, consent_cmp: null, consent_outcome: null, mismatches: null, ...overrides,
  };
}

describe('reportTables on the demo crawl', () => {
  it('counts pages, sites and failures by kind after de-duplication', () => {
    // 15 lines: the refused URL three times and the flaky URL twice (failed, then worked).
    expect(tables.crawl).toEqual({ pages: 12, sites: 9, okPages: 10, okSites: 8, failedPages: 2, notLoadedPages: 0 });
    expect(tables.failures).toEqual([
      { kind: 'redirect-loop', pages: 1, share: 1 / 12 },
      { kind: 'refused', pages: 1, share: 1 / 12 },
    ]);
  });

  it('gives each widget vendor its share of the sites scanned without an error, counted from the records themselves', () => {
    const okSites = new Set(kept.filter((record) => !record.error).map((record) => record.site));
    const sitesOf = (vendor: string) => new Set(kept.filter((record) => record.widgets.some((widget) => widget.vendor === vendor)).map((record) => record.site)).size;
    expect(tables.widgetVendors.length).toBeGreaterThan(3);
    for (const row of tables.widgetVendors) {
      expect(row.sites).toBe(sitesOf(row.vendor));
      expect(row.share).toBeCloseTo(sitesOf(row.vendor) / okSites.size, 12);
    }
    // Zendesk is on the demo shop and the CCPA store: two sites of eight.
    expect(tables.widgetVendors.find((row) => row.vendor === 'Zendesk')).toEqual({ vendor: 'Zendesk', sites: 2, share: 0.25 });
  });

  it('gives cookies per page as mean, median, p90 and max, and third-party cookies by domain', () => {
    const counts = kept.filter((record) => !record.error).map((record) => record.cookies.length);
    const all = tables.cookiesPerPage.find((row) => row.cookies === 'all')!;
    expect(all.pages).toBe(counts.length);
    expect(all.max).toBe(Math.max(...counts));
    expect(all.mean).toBeCloseTo(counts.reduce((a, b) => a + b, 0) / counts.length, 12);
    expect(tables.cookiesPerPageHistogram.reduce((sum, row) => sum + row.pages, 0)).toBe(counts.length);
    // The DoubleClick pixel sets IDE on the five pages with the tracker tags.
    expect(tables.thirdPartyCookieDomains[0]).toEqual({ domainSite: 'doubleclick.net', vendor: 'Google', cookies: 5, sites: 5 });
    expect(tables.thirdPartyCookies).toMatchObject({ thirdPartyCookies: 5, pagesWithThirdParty: 5, pagesShare: 0.5 });
  });

  it('lists the longest-lived cookies once each, by their longest lifetime', () => {
    const names = tables.longestLivedCookies.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    const days = tables.longestLivedCookies.map((row) => row.maxDays);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // Chromium caps a cookie's life at 400 days.
    expect(days[0]).toBeGreaterThan(399);
    expect(days[0]).toBeLessThan(401);
    expect(tables.longestLivedCookies.find((row) => row.name === '_ga')).toMatchObject({ vendor: 'Google Analytics', sites: 5 });
  });

  it('counts policies found and read, and each fact among the policies read', () => {
    expect(tables.policies).toEqual({ pages: 10, found: 8, foundShare: 0.8, read: 8, readShare: 0.8 });
    const dnt = tables.facts.filter((row) => row.fact === 'dnt');
    expect(dnt.reduce((sum, row) => sum + row.policies, 0)).toBe(8);
    const readPolicies = kept.filter((record) => record.policy.status === 'ready');
    for (const value of ['honored', 'not-honored', 'unspecified'] as const) {
      expect(dnt.find((row) => row.value === value)?.policies ?? 0).toBe(readPolicies.filter((record) => record.policy.facts.dnt.value === value).length);
    }
    const us = tables.facts.find((row) => row.fact === 'dataLocations' && row.value === 'US')!;
    expect(us.policies).toBe(readPolicies.filter((record) => record.policy.facts.dataLocations.value.includes('US')).length);
    expect(us.share).toBeCloseTo(us.policies / 8, 12);
    const none = tables.facts.find((row) => row.fact === 'frameworks' && row.value === null)!;
    expect(none.policies).toBe(readPolicies.filter((record) => record.policy.facts.frameworks.value.length === 0).length);
  });
});

describe('createReportAggregator', () => {
  it('uses linear interpolation for the median and p90 (as DuckDB quantile_cont, numpy and R do)', () => {
    const aggregator = createReportAggregator();
    [0, 1, 2, 3, 10].forEach((cookies, index) => aggregator.addPage(page({ page_key: `p${index}`, site: `s${index}.example`, cookies, first_party_cookies: cookies })));
    const all = aggregator.tables().cookiesPerPage[0]!;
    expect(all).toEqual({ cookies: 'all', pages: 5, mean: 3.2, median: 2, p90: expect.closeTo(7.2, 12), max: 10 });
  });

  it('leaves failed pages out of cookie and policy figures, and counts them by kind', () => {
    const aggregator = createReportAggregator();
    aggregator.addPage(page({ page_key: 'a', cookies: 4, first_party_cookies: 4, policy_url: 'https://s.example/p', policy_status: 'ready' }));
    aggregator.addPage(page({ page_key: 'b', site: 't.example', ok: false, error: 'net::ERR_NAME_NOT_RESOLVED', error_kind: 'dns', policy_status: 'not-scanned' }));
    const result = aggregator.tables();
    expect(result.crawl).toMatchObject({ pages: 2, okPages: 1, failedPages: 1, sites: 2, okSites: 1 });
    expect(result.failures).toEqual([{ kind: 'dns', pages: 1, share: 0.5 }]);
    expect(result.cookiesPerPage[0]).toMatchObject({ pages: 1, median: 4 });
    expect(result.policies).toEqual({ pages: 1, found: 1, foundShare: 1, read: 1, readShare: 1 });
  });

  it('gives the same tables whatever order the rows come in', () => {
    const rows = rowsOf(kept);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffle = <T>(items: readonly T[]) => fc.sample(fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length }), { seed, numRuns: 1 })[0]!;
        const shuffled: FlatRows = { pages: shuffle(rows.pages), widgets: shuffle(rows.widgets), cookies: shuffle(rows.cookies), storage: shuffle(rows.storage), facts: shuffle(rows.facts), trackers: shuffle(rows.trackers), mismatches: shuffle(rows.mismatches) };
        expect(reportTables(shuffled)).toEqual(tables);
      }),
      { numRuns: 20 },
    );
  });
});
