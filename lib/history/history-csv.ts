import { csvTable } from '../export/csv';
import type { SiteSummary } from './site-history';

/** Lists in one cell, joined by "; " (a vendor name has no semicolon). */
const list = (items: readonly string[]) => items.join('; ');
const iso = (ms: number) => new Date(ms).toISOString();

const columns = [
  'site', 'first_visit', 'last_visit', 'visits', 'pages', 'widgets', 'widget_vendors', 'tracker_vendors', 'cookies', 'first_party_cookies',
  'third_party_cookies', 'cookie_vendors', 'cookie_purposes', 'policy_url', 'policy_status', 'dnt', 'sells_data', 'child_age', 'policy_versions', 'actions',
  // Added in history version 2: last, so spreadsheets reading columns by position still line up.
  'mismatches',
] as const;

/**
 * The dashboard's table as CSV, one row per site (for a spreadsheet; the JSON lines export has
 * everything). Through lib/export/csv.ts, which quotes RFC 4180 fields and defuses formulas.
 */
export function sitesToCsv(summaries: readonly SiteSummary[]): string {
  return csvTable(columns, summaries.map((summary) => [
    summary.site,
    iso(summary.firstVisit),
    iso(summary.lastVisit),
    summary.visits,
    summary.pages,
    summary.widgets,
    list(summary.widgetVendors),
    list(summary.trackerVendors),
    summary.cookies,
    summary.firstPartyCookies,
    summary.thirdPartyCookies,
    list(summary.cookieVendors),
    list(summary.purposes),
    summary.policyUrl ?? '',
    summary.policyStatus,
    summary.facts.dnt ?? '',
    summary.facts.sellsData ?? '',
    summary.facts.childAge ?? '',
    summary.policyVersions,
    list(summary.actions),
    summary.mismatches,
  ]));
}
