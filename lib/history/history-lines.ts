/**
 * The history as crawl lines (docs/format.md, "Crawl line"): one line per site, so that
 * `privacy-inspector report` reads an export as it reads a crawl, and the dashboard reads a
 * crawl (or its own export) back. What a crawl line has no field for (visits, pages, the
 * policy's earlier versions, the user's actions) is in an added `history` part, so an export
 * imported again loses nothing.
 */
import type { CrawlLine } from '../report/report-record';
import { emptyFacts } from '../policy/empty-facts';
import type { PolicyFacts } from '../policy/types';
import { SITE_HISTORY_VERSION, type PolicyVersionSeen, type SiteAction, type SiteActionKind, type SiteHistory } from './site-history';

/** The `history` part of an exported line; every field optional on import (a plain crawl line has none). */
export interface HistoryPart {
  readonly version: number;
  readonly firstVisit: string;
  readonly lastVisit: string;
  readonly visits: number;
  readonly pages: readonly string[];
  readonly policyVersions: readonly {
    readonly url: string;
    readonly contentHash: string | null;
    readonly fetchedAt: string;
    readonly lastUpdated: string | null;
    readonly title: string | null;
    readonly facts: PolicyFacts;
  }[];
  readonly actions: readonly { readonly kind: SiteActionKind; readonly at: string; readonly detail: string }[];
}

export type HistoryLine = CrawlLine & { readonly history?: Partial<HistoryPart> };

/** Who wrote a line, in `crawl.worker`. */
export const HISTORY_WORKER = 'history';

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (text: string | undefined, fallback: number) => {
  const parsed = text === undefined ? Number.NaN : Date.parse(text);
  return Number.isNaN(parsed) ? fallback : parsed;
};

/** A stable id of the site (its name's UTF-8 bytes in hex): one site, one id, so `report` keeps one line per site. */
export function siteIdOf(site: string): string {
  return [...new TextEncoder().encode(site)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function historyLineOf(record: SiteHistory): HistoryLine {
  const latest = record.policy.status === 'ready' ? record.policyVersions.at(-1) : undefined;
  return {
    url: record.pages.at(-1) ?? `https://${record.site}/`,
    site: record.site,
    widgets: record.widgets,
    cookies: record.cookies,
    storage: record.storage,
    policy: { url: record.policy.url, lastUpdated: latest?.lastUpdated ?? null, facts: latest?.facts ?? emptyFacts(), status: record.policy.status },
    trackers: record.trackers,
    thirdPartyHosts: record.thirdPartyHosts,
    mismatches: record.mismatches,
    consent: record.consent,
    crawl: { id: siteIdOf(record.site), attempt: 1, worker: HISTORY_WORKER, startedAt: iso(record.lastVisit), durationMs: 0 },
    history: {
      version: SITE_HISTORY_VERSION,
      firstVisit: iso(record.firstVisit),
      lastVisit: iso(record.lastVisit),
      visits: record.visits,
      pages: record.pages,
      policyVersions: record.policyVersions.map((version) => ({ ...version, fetchedAt: iso(version.fetchedAt) })),
      actions: record.actions.map((action) => ({ ...action, at: iso(action.at) })),
    },
  };
}

/**
 * The record a line (checked against docs/schema/crawl-line.schema.json) stands for. A plain
 * crawl line is one visit at `crawl.startedAt`; its policy, when read, one version.
 */
export function recordOfLine(line: HistoryLine): SiteHistory {
  const part = line.history ?? {};
  const takenAt = ms(line.crawl.startedAt, 0);
  const lastVisit = ms(part.lastVisit, takenAt);
  const status = line.policy.status ?? (line.policy.url === null ? 'not-found' : 'ready');
  const policyVersions: PolicyVersionSeen[] = part.policyVersions
    ? part.policyVersions.map((version) => ({ ...version, fetchedAt: ms(version.fetchedAt, lastVisit) }))
    : status === 'ready' && line.policy.url !== null
      ? [{ url: line.policy.url, contentHash: null, fetchedAt: lastVisit, lastUpdated: line.policy.lastUpdated, title: null, facts: line.policy.facts }]
      : [];
  const actions: SiteAction[] = (part.actions ?? []).map((action) => ({ ...action, at: ms(action.at, lastVisit) }));
  return {
    version: SITE_HISTORY_VERSION,
    site: line.site,
    firstVisit: Math.min(ms(part.firstVisit, lastVisit), lastVisit),
    lastVisit,
    visits: part.visits ?? 1,
    pages: part.pages ?? [line.finalUrl ?? line.url],
    widgets: line.widgets,
    cookies: line.cookies,
    // Lines written before storage and mismatches were kept (or looked for) have none.
    storage: line.storage ?? [],
    trackers: line.trackers ?? [],
    thirdPartyHosts: line.thirdPartyHosts ?? [],
    mismatches: line.mismatches ?? [],
    policy: { url: line.policy.url, status },
    policyVersions,
    consent: line.consent ?? null,
    actions,
  };
}
