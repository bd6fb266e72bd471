/**
 * Merging what was seen into a site's record, within the limits of site-history.ts. Pure.
 * A visit adds to the record (one more visit); an imported record is merged so that importing
 * the same file twice changes nothing (counts take the larger, lists the union).
 */
import type { WidgetMatch } from '../widgets/detect';
import type { CookieRecord } from '../cookies/classify';
import type { TrackerFinding } from '../findings/tab-report';
import type { StorageRecord } from '../storage/storage-item';
import type { Mismatch } from '../practice/mismatch';
import { jsonBytesOf } from '../stored-bytes';
import { SITE_HISTORY_VERSION, historyLimits, type PolicyVersionSeen, type SiteAction, type SiteHistory, type SiteVisit } from './site-history';

/** The items of `newer` first, then those of `older` not among them (by key), at most `limit`. */
function unionBy<T>(newer: readonly T[], older: readonly T[], keyOf: (item: T) => string, limit: number, combine?: (newer: T, older: T) => T): T[] {
  const olderByKey = new Map(older.map((item) => [keyOf(item), item]));
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const item of newer) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = olderByKey.get(key);
    merged.push(before !== undefined && combine ? combine(item, before) : item);
  }
  for (const item of older) {
    const key = keyOf(item);
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(item);
    }
  }
  return merged.slice(0, limit);
}

/** The distinct items of both, in order, the last `limit` kept (recency lists: most recent last). */
function lastDistinct(older: readonly string[], newer: readonly string[], limit: number): string[] {
  const order = new Map<string, true>();
  for (const item of [...older, ...newer]) {
    order.delete(item);
    order.set(item, true);
  }
  return [...order.keys()].slice(-limit);
}

const cutUrl = (url: string) => url.slice(0, historyLimits.urlChars);
export const cookieKeyOf = (cookie: CookieRecord) => JSON.stringify([cookie.name, cookie.domain.replace(/^\./, ''), cookie.path, cookie.partitioned]);
const policyVersionKey = (version: PolicyVersionSeen) => JSON.stringify([version.url, version.contentHash ?? JSON.stringify([version.lastUpdated, version.facts])]);
const storageKey = (item: StorageRecord) => JSON.stringify([item.area, item.origin, item.key]);
/** One contradiction: the same claim of the same policy against the same thing seen (its lifetime, text and quote may change). */
export const mismatchKeyOf = (mismatch: Mismatch) =>
  JSON.stringify([mismatch.kind, mismatch.policyEvidence.policy, mismatch.policyEvidence.policyUrl, mismatch.policyEvidence.fact, mismatch.observed.type, mismatch.observed.name, mismatch.observed.domain, mismatch.observed.vendor]);
const actionKey = (action: SiteAction) => JSON.stringify([action.kind, action.at, action.detail]);

function mergeWidgets(newer: readonly WidgetMatch[], older: readonly WidgetMatch[]): WidgetMatch[] {
  return unionBy(newer, older, (widget) => widget.id, historyLimits.widgets, (latest, before) => ({
    ...latest,
    evidence: unionBy(latest.evidence, before.evidence, (item) => item, historyLimits.evidence),
  })).map((widget) => (widget.evidence.length > historyLimits.evidence ? { ...widget, evidence: widget.evidence.slice(0, historyLimits.evidence) } : widget));
}

function mergeTrackers(newer: readonly TrackerFinding[], older: readonly TrackerFinding[]): TrackerFinding[] {
  return unionBy(newer, older, (tracker) => tracker.vendor, historyLimits.trackers, (latest, before) => ({
    ...latest,
    hosts: unionBy(latest.hosts, before.hosts, (host) => host, historyLimits.trackerHosts),
  }));
}

/** Versions of the policy, oldest first, each once; the latest few kept. */
function mergePolicyVersions(a: readonly PolicyVersionSeen[], b: readonly PolicyVersionSeen[]): PolicyVersionSeen[] {
  const byKey = new Map<string, PolicyVersionSeen>();
  for (const version of [...a, ...b]) {
    const held = byKey.get(policyVersionKey(version));
    if (!held || version.fetchedAt > held.fetchedAt) byKey.set(policyVersionKey(version), version);
  }
  return [...byKey.values()].sort((x, y) => x.fetchedAt - y.fetchedAt).slice(-historyLimits.policyVersions);
}

function mergeActions(a: readonly SiteAction[], b: readonly SiteAction[]): SiteAction[] {
  const byKey = new Map<string, SiteAction>();
  for (const action of [...a, ...b]) byKey.set(actionKey(action), action);
  return [...byKey.values()].sort((x, y) => x.at - y.at).slice(-historyLimits.actions);
}

/**
 * Keeps a record under `historyLimits.recordBytes`: a site with thousands of cookie names
 * (one per visit, say) loses its oldest-seen ones first, then hosts and pages.
 */
export function withinRecordBytes(record: SiteHistory, limit: number = historyLimits.recordBytes): SiteHistory {
  type ListName = 'cookies' | 'storage' | 'thirdPartyHosts' | 'pages' | 'policyVersions' | 'actions' | 'trackers' | 'widgets' | 'mismatches';
  // Recency lists (most recent last) keep their last items, the others their first (the latest seen); pages and versions keep one.
  const lists: readonly { name: ListName; minimum: number; fromEnd: boolean }[] = [
    { name: 'cookies', minimum: 0, fromEnd: false },
    { name: 'storage', minimum: 0, fromEnd: false },
    { name: 'thirdPartyHosts', minimum: 0, fromEnd: false },
    { name: 'pages', minimum: 1, fromEnd: true },
    { name: 'policyVersions', minimum: 1, fromEnd: true },
    { name: 'actions', minimum: 0, fromEnd: true },
    { name: 'trackers', minimum: 0, fromEnd: false },
    { name: 'widgets', minimum: 0, fromEnd: false },
    { name: 'mismatches', minimum: 0, fromEnd: false },
  ];
  let trimmed = record;
  for (let round = 0; round < 60 && jsonBytesOf(trimmed) > limit; round++) {
    const removable = (list: (typeof lists)[number]) => Math.max(0, trimmed[list.name].length - list.minimum);
    const longest = [...lists].sort((x, y) => removable(y) - removable(x))[0]!;
    if (removable(longest) === 0) break;
    const items = trimmed[longest.name] as readonly unknown[];
    const keep = longest.minimum + Math.floor(removable(longest) / 2);
    trimmed = { ...trimmed, [longest.name]: longest.fromEnd ? items.slice(items.length - keep) : items.slice(0, keep) };
  }
  return trimmed;
}

/** A new record of one visit (no earlier record). */
function recordOfVisit(visit: SiteVisit): SiteHistory {
  return {
    version: SITE_HISTORY_VERSION,
    site: visit.site,
    firstVisit: visit.at,
    lastVisit: visit.at,
    visits: visit.newVisit ? 1 : 0,
    pages: [cutUrl(visit.url)],
    widgets: mergeWidgets(visit.widgets, []),
    cookies: unionBy(visit.cookies, [], cookieKeyOf, historyLimits.cookies),
    storage: unionBy(visit.storage, [], storageKey, historyLimits.storage),
    trackers: mergeTrackers(visit.trackers, []),
    thirdPartyHosts: [...new Set(visit.thirdPartyHosts)].slice(0, historyLimits.thirdPartyHosts),
    mismatches: unionBy(visit.mismatches, [], mismatchKeyOf, historyLimits.mismatches),
    policy: { url: visit.policy.url, status: visit.policy.status },
    policyVersions: mergePolicyVersions(visit.policy.versions, []),
    consent: visit.consent,
    actions: [],
  };
}

/**
 * Two records of one site joined: `counts` says how the visits add up ('sum' for a new visit,
 * 'max' for an import, so that importing a file twice is the same as once). What the later
 * record (by last visit) saw wins where they differ.
 */
export function mergeHistories(a: SiteHistory, b: SiteHistory, counts: 'sum' | 'max'): SiteHistory {
  const [older, newer] = b.lastVisit >= a.lastVisit ? [a, b] : [b, a];
  // A policy read wins over a later look that found none or failed: the history keeps what is known.
  const policy = newer.policy.status === 'ready' || older.policy.status !== 'ready' ? newer.policy : older.policy;
  return withinRecordBytes({
    version: SITE_HISTORY_VERSION,
    site: newer.site,
    firstVisit: Math.min(a.firstVisit, b.firstVisit),
    lastVisit: newer.lastVisit,
    visits: counts === 'sum' ? a.visits + b.visits : Math.max(a.visits, b.visits),
    pages: lastDistinct(older.pages, newer.pages, historyLimits.pages),
    widgets: mergeWidgets(newer.widgets, older.widgets),
    cookies: unionBy(newer.cookies, older.cookies, cookieKeyOf, historyLimits.cookies),
    storage: unionBy(newer.storage, older.storage, storageKey, historyLimits.storage),
    trackers: mergeTrackers(newer.trackers, older.trackers),
    thirdPartyHosts: unionBy(newer.thirdPartyHosts, older.thirdPartyHosts, (host) => host, historyLimits.thirdPartyHosts),
    // A mismatch found once the policy was read joins those of earlier visits; the latest of each wins.
    mismatches: unionBy(newer.mismatches, older.mismatches, mismatchKeyOf, historyLimits.mismatches),
    policy,
    policyVersions: mergePolicyVersions(older.policyVersions, newer.policyVersions),
    consent: newer.consent ?? older.consent,
    actions: mergeActions(older.actions, newer.actions),
  });
}

/** The site's record after one more visit. */
export function mergeVisit(existing: SiteHistory | null, visit: SiteVisit): SiteHistory {
  const fresh = recordOfVisit(visit);
  return existing === null ? withinRecordBytes(fresh) : mergeHistories(existing, fresh, 'sum');
}

/** The record with one more thing the user did there (a record is started if there is none). */
export function withAction(existing: SiteHistory | null, site: string, action: SiteAction): SiteHistory {
  const base: SiteHistory = existing ?? {
    version: SITE_HISTORY_VERSION, site, firstVisit: action.at, lastVisit: action.at, visits: 0, pages: [], widgets: [], cookies: [], storage: [], trackers: [],
    thirdPartyHosts: [], mismatches: [], policy: { url: null, status: 'not-found' }, policyVersions: [], consent: null, actions: [],
  };
  return withinRecordBytes({ ...base, actions: mergeActions(base.actions, [action]) });
}
