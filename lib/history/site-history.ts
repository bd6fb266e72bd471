/**
 * What the history keeps about one site (a registrable domain): one record, updated at every
 * visit, in the extension's own IndexedDB. Nothing of it leaves the machine; the dashboard
 * shows it, exports it when the user asks, and deletes it.
 */
import type { WidgetMatch } from '../widgets/detect';
import type { CookieRecord } from '../cookies/classify';
import type { TrackerFinding } from '../findings/tab-report';
import type { ConsentStatus } from '../consent/consent-status';
import type { PolicyFacts } from '../policy/types';
import type { StorageRecord } from '../storage/storage-item';
import type { Mismatch } from '../practice/mismatch';

/**
 * Version of the record's shape; migrate-site-history.ts reads older records step by step.
 * 2: `storage` and `mismatches` (version 1 records had neither: they read as none).
 * A mismatch's messages (`claimMessage`, `textMessage`) came later with no new version: they are
 * optional, and one kept without them (or with one that fails its check) is shown in its stored words.
 */
export const SITE_HISTORY_VERSION = 2;

/** One version of the site's privacy policy as the policy cache held it when the site was visited. */
export interface PolicyVersionSeen {
  readonly url: string;
  /** The cache's hash of the policy text; null for an imported version that had none. */
  readonly contentHash: string | null;
  /** When the extension read this text (ms since the epoch). */
  readonly fetchedAt: number;
  /** The policy's own date (YYYY-MM-DD). */
  readonly lastUpdated: string | null;
  readonly title: string | null;
  readonly facts: PolicyFacts;
}

/** What the user did on the site from the popup. */
export type SiteActionKind = 'cleared' | 'blocked' | 'cookieless' | 'unblocked' | 'opted-out' | 'opted-in';
export const siteActionKinds: readonly SiteActionKind[] = ['cleared', 'blocked', 'cookieless', 'unblocked', 'opted-out', 'opted-in'];

export interface SiteAction {
  readonly kind: SiteActionKind;
  readonly at: number;
  /** What it was done to, in words ("Intercom", "12 cookies"). */
  readonly detail: string;
}

export interface SiteHistory {
  readonly version: number;
  readonly site: string;
  readonly firstVisit: number;
  readonly lastVisit: number;
  /** Visits recorded (a page that settled, counted once per document). */
  readonly visits: number;
  /** Pages seen, most recent last (at most `historyLimits.pages`). */
  readonly pages: readonly string[];
  readonly widgets: readonly WidgetMatch[];
  /** Every cookie seen on the site's pages, the latest sighting of each (name, domain, path, partition). */
  readonly cookies: readonly CookieRecord[];
  /** Web storage seen on the site's pages (keys and sizes, never values), the latest sighting of each (area, origin, key). */
  readonly storage: readonly StorageRecord[];
  readonly trackers: readonly TrackerFinding[];
  readonly thirdPartyHosts: readonly string[];
  /**
   * Where a policy read contradicted what the site's pages did (lib/practice, as the popup shows
   * and `scan` prints them), the latest of each (kind, policy, fact, what was seen).
   */
  readonly mismatches: readonly Mismatch[];
  /** The site's policy: where it is and whether it was read (facts are in `policyVersions`). */
  readonly policy: { readonly url: string | null; readonly status: string };
  /** Versions of the policy read so far, oldest first: their differences are its changes over time. */
  readonly policyVersions: readonly PolicyVersionSeen[];
  readonly consent: ConsentStatus | null;
  readonly actions: readonly SiteAction[];
}

/** One visit as the background saw it, or one imported line: what gets merged into a record. */
export interface SiteVisit {
  readonly site: string;
  readonly url: string;
  readonly at: number;
  /** A new document (a page load); a later report of the same document adds what it found but is no new visit. */
  readonly newVisit: boolean;
  readonly widgets: readonly WidgetMatch[];
  readonly cookies: readonly CookieRecord[];
  readonly storage: readonly StorageRecord[];
  readonly trackers: readonly TrackerFinding[];
  readonly thirdPartyHosts: readonly string[];
  /** The page's mismatches against the policies read so far (none before any was read). */
  readonly mismatches: readonly Mismatch[];
  /** `versions`: the policy's versions as the cache holds them (oldest first), none when not read. */
  readonly policy: { readonly url: string | null; readonly status: string; readonly versions: readonly PolicyVersionSeen[] };
  readonly consent: ConsentStatus | null;
}

/**
 * Bounds, so that no site and no history can grow without end. A record stays well under
 * `recordBytes`; the whole history under `sites` records and `bytes` (JSON, UTF-8), the sites
 * visited longest ago going first. 10,000 sites of a typical 5-20 KB are 50-200 MB: the cap in
 * bytes is what holds first on a heavy history.
 */
export const historyLimits = {
  sites: 10_000,
  bytes: 64 * 1024 * 1024,
  recordBytes: 512 * 1024,
  pages: 50,
  cookies: 300,
  storage: 300,
  mismatches: 100,
  widgets: 60,
  evidence: 12,
  trackers: 100,
  trackerHosts: 20,
  thirdPartyHosts: 200,
  policyVersions: 6,
  actions: 100,
  urlChars: 400,
} as const;

/** The row the dashboard's table, search and filters work on: small, so 5,000 of them load at once. */
export interface SiteSummary {
  readonly site: string;
  readonly firstVisit: number;
  readonly lastVisit: number;
  readonly visits: number;
  readonly pages: number;
  readonly widgets: number;
  readonly widgetVendors: readonly string[];
  readonly trackerVendors: readonly string[];
  readonly cookies: number;
  readonly firstPartyCookies: number;
  readonly thirdPartyCookies: number;
  /** Vendors of the site's cookies (known ones). */
  readonly cookieVendors: readonly string[];
  /** Purpose categories of its cookies; 'unknown' for cookies of unknown purpose. */
  readonly purposes: readonly string[];
  readonly policyUrl: string | null;
  readonly policyStatus: string;
  /** The latest policy version's facts the filters use (report-fact values as text; null: not read or not stated). */
  readonly facts: { readonly dnt: string | null; readonly sellsData: string | null; readonly childAge: string | null };
  readonly policyVersions: number;
  /** Policy-against-practice mismatches kept for the site (0 for a record of version 1). */
  readonly mismatches: number;
  readonly actions: readonly SiteActionKind[];
  /** Size of the full record as JSON (UTF-8). */
  readonly bytes: number;
}
