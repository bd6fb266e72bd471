import { jsonBytesOf } from '../stored-bytes';
import type { SiteHistory, SiteSummary } from './site-history';

const sortedDistinct = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
/** A fact value as the report's facts table holds it (flatten-record.ts: String of the value, null when none). */
const factText = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** The small row the dashboard's table and filters use, made whenever the record is written. */
export function summaryOf(record: SiteHistory): SiteSummary {
  const thirdPartyCookies = record.cookies.filter((cookie) => cookie.party === 'third').length;
  const latest = record.policy.status === 'ready' ? record.policyVersions.at(-1) : undefined;
  return {
    site: record.site,
    firstVisit: record.firstVisit,
    lastVisit: record.lastVisit,
    visits: record.visits,
    pages: record.pages.length,
    widgets: record.widgets.length,
    widgetVendors: sortedDistinct(record.widgets.map((widget) => widget.vendor)),
    trackerVendors: sortedDistinct(record.trackers.map((tracker) => tracker.vendor)),
    cookies: record.cookies.length,
    firstPartyCookies: record.cookies.length - thirdPartyCookies,
    thirdPartyCookies,
    cookieVendors: sortedDistinct(record.cookies.flatMap((cookie) => (cookie.vendor ? [cookie.vendor] : []))),
    purposes: sortedDistinct(record.cookies.map((cookie) => cookie.category ?? 'unknown')),
    policyUrl: record.policy.url,
    policyStatus: record.policy.status,
    facts: {
      dnt: factText(latest?.facts.dnt.value),
      sellsData: factText(latest?.facts.sellsData.value),
      childAge: factText(latest?.facts.childAge.value),
    },
    policyVersions: record.policyVersions.length,
    mismatches: record.mismatches.length,
    actions: sortedDistinct(record.actions.map((action) => action.kind)) as SiteSummary['actions'],
    bytes: jsonBytesOf(record),
  };
}
