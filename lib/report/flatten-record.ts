import type { PolicyFacts } from '../policy/types';
import { siteOf } from '../cookies/party';
import { errorKindOf } from './error-kinds';
import type { ReportRecord } from './report-record';
import type { FlatRows, PageRow } from './table-columns';
import { pageKeyOf } from './dedupe-records';

/** Where a record came from, and when it was taken when the record itself does not say. */
export interface RecordOrigin {
  readonly file: string;
  /** Line (JSON lines) or position (JSON array), from 1. */
  readonly line: number;
  /** ISO time used when the record has neither `crawl.startedAt` nor `exportedAt` (scan output). */
  readonly takenAtFallback?: string | null;
}

const DAY_MS = 86_400_000;

/** Cookie domains repeat across pages (doubleclick.net...): remember their sites, up to a bound. */
const cookieSites = new Map<string, string>();
function cookieSiteOf(domain: string): string {
  let site = cookieSites.get(domain);
  if (site === undefined) {
    if (cookieSites.size >= 10_000) cookieSites.clear();
    site = siteOf(domain);
    cookieSites.set(domain, site);
  }
  return site;
}

export { pageKeyOf };

/** The host of an origin ("https://secure.livechatinc.com" -> "secure.livechatinc.com"); the text itself when it is none. */
function hostOfOrigin(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return origin;
  }
}

/**
 * A policy that was read has status `ready`. Results from before `status` existed have none:
 * then a policy URL means it was read (the scan only printed facts of a policy it had read).
 */
export function policyStatusOf(policy: ReportRecord['policy']): string {
  return policy.status ?? (policy.url === null ? 'not-found' : 'ready');
}

function isoTime(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** One value of a fact as text, the way the facts table holds it (lists: one row per item). */
function factValues(value: unknown): (string | null)[] {
  if (Array.isArray(value)) return value.length === 0 ? [null] : value.map((item) => String(item));
  return value === null || value === undefined ? [null] : [String(value)];
}

/**
 * The rows of one page record (docs/format.md, "report's flattened tables"). Pure: the
 * dashboard flattens the records it holds with this, and `report` flattens every line of its
 * input with it.
 */
export function flattenRecord(record: ReportRecord, origin: RecordOrigin): FlatRows {
  const pageKey = pageKeyOf(record);
  const site = record.site;
  const ref = { page_key: pageKey, site };
  const takenAt = isoTime(record.crawl?.startedAt) ?? isoTime(record.exportedAt) ?? origin.takenAtFallback ?? null;
  const takenMs = takenAt === null ? null : Date.parse(takenAt);
  const cookies = record.cookies ?? [];
  const trackers = record.trackers ?? [];
  const thirdPartyCookies = cookies.filter((cookie) => cookie.party === 'third').length;
  const policyStatus = policyStatusOf(record.policy);
  const error = typeof record.error === 'string' ? record.error : null;
  const worker = record.crawl?.worker;
  const page: PageRow = {
    ...ref,
    url: record.url,
    final_url: record.finalUrl ?? null,
    source: record.crawl ? 'crawl' : record.exportedAt !== undefined ? 'popup' : 'scan',
    input_file: origin.file,
    input_line: origin.line,
    taken_at: takenAt,
    ok: error === null,
    error,
    error_kind: error === null ? null : errorKindOf(error),
    loaded: typeof record.loaded === 'boolean' ? record.loaded : null,
    attempt: typeof record.crawl?.attempt === 'number' ? record.crawl.attempt : null,
    worker: typeof worker === 'string' || typeof worker === 'number' ? String(worker) : null,
    duration_ms: typeof record.crawl?.durationMs === 'number' ? record.crawl.durationMs : null,
    widgets: record.widgets.length,
    cookies: cookies.length,
    first_party_cookies: cookies.length - thirdPartyCookies,
    third_party_cookies: thirdPartyCookies,
    trackers: trackers.length,
    third_party_hosts: record.thirdPartyHosts?.length ?? 0,
    policy_url: record.policy.url,
    policy_status: policyStatus,
    policy_last_updated: record.policy.lastUpdated,
    consent_cmp: record.consent?.cmp ? record.consent.cmp : null,
    consent_outcome: record.consent?.outcome ?? null,
    mismatches: Array.isArray(record.mismatches) ? record.mismatches.length : null,
  };
  const rows: FlatRows = {
    pages: [page],
    widgets: record.widgets.map((widget) => ({
      ...ref,
      widget_id: widget.id,
      name: widget.name,
      vendor: widget.vendor,
      evidence: widget.evidence.length,
      vendor_policy_url: widget.policyUrl ?? null,
    })),
    cookies: cookies.map((cookie) => {
      const domain = cookie.domain.replace(/^\./, '');
      const expiresMs = cookie.expires === null ? null : Date.parse(cookie.expires);
      return {
        ...ref,
        name: cookie.name,
        domain,
        domain_site: cookieSiteOf(domain),
        party: cookie.party,
        vendor: cookie.vendor,
        category: cookie.category ?? null,
        purpose: cookie.purpose,
        widget_id: cookie.widgetId ?? null,
        expires: cookie.expires,
        lifetime_days: expiresMs === null || takenMs === null || Number.isNaN(expiresMs) ? null : (expiresMs - takenMs) / DAY_MS,
        http_only: cookie.httpOnly ?? null,
        secure: cookie.secure ?? null,
        same_site: cookie.sameSite ?? null,
        partitioned: cookie.partitioned ?? null,
      };
    }),
    storage: (record.storage ?? []).map((item) => ({
      ...ref,
      area: item.area,
      origin: item.origin,
      origin_site: cookieSiteOf(hostOfOrigin(item.origin)),
      key: item.key,
      party: item.party ?? null,
      vendor: item.vendor,
      purpose: item.purpose,
      widget_id: item.widgetId ?? null,
      bytes: item.bytes,
    })),
    facts: [],
    trackers: trackers.map((tracker) => ({ ...ref, vendor: tracker.vendor, category: tracker.category, hosts: tracker.hosts.length })),
    mismatches: (record.mismatches ?? []).map(({ kind, severity, policyEvidence, observed }) => ({
      ...ref,
      kind,
      severity,
      policy: policyEvidence.policy,
      policy_url: policyEvidence.policyUrl,
      fact: policyEvidence.fact,
      claim: policyEvidence.claim,
      quote: policyEvidence.quote,
      observed_type: observed.type,
      observed_name: observed.name,
      observed_vendor: observed.vendor,
      observed_domain: observed.domain,
      lifetime_days: observed.lifetimeDays,
      observed: observed.text,
    })),
  };
  // Facts only of a policy that was read: an unread one says nothing, which is not "states none".
  if (policyStatus === 'ready' && record.policy.url !== null) {
    for (const [fact, { value, evidence }] of Object.entries(record.policy.facts) as [keyof PolicyFacts, PolicyFacts[keyof PolicyFacts]][]) {
      for (const text of factValues(value)) rows.facts.push({ ...ref, policy_url: record.policy.url, fact, value: text, evidence: evidence.length });
    }
  }
  return rows;
}
