import type { TabReport } from './tab-report';
import type { WidgetMatch } from '../widgets/detect';
import type { CookieRecord } from '../cookies/classify';
import type { StorageRecord } from '../storage/storage-item';
import type { PolicyFacts } from '../policy/types';
import { emptyFacts } from '../policy/empty-facts';
import type { ConsentStatus } from '../consent/consent-status';
import type { PolicyResult } from '../policy/fetch/load-policy';
import type { Mismatch } from '../practice/mismatch';

/** One element of `privacy-inspector scan --json` (../shared/CONTRACT.md). */
export interface ScanResult {
  readonly url: string;
  readonly site: string;
  readonly widgets: readonly WidgetMatch[];
  readonly cookies: readonly CookieRecord[];
  /** Web storage of the page and its chat widgets' frames; absent in results written before it existed. */
  readonly storage?: readonly StorageRecord[];
  readonly policy: {
    readonly url: string | null;
    readonly lastUpdated: string | null;
    readonly facts: PolicyFacts;
    readonly status?: string;
    readonly message?: string;
  };
  readonly trackers: TabReport['trackers'];
  readonly thirdPartyHosts: readonly string[];
  /** Where the policy (the site's, or a widget vendor's read before) contradicts what the page does (lib/practice). */
  readonly mismatches?: readonly Mismatch[];
  /**
   * What the extension did with the page's cookie banner (it answers them with "reject" by
   * default, so cookies are those of a visitor who refused); null when nothing was recorded.
   */
  readonly consent?: ConsentStatus | null;
  readonly finalUrl?: string;
  /** False when the page's load event had not come by the navigation timeout (it was read anyway). */
  readonly loaded?: boolean;
  readonly error?: string;
}

/** `loaded` only when the caller knows whether the page's load event came (the scanner does; the popup does not). */
export function scanResultOf(
  url: string,
  report: TabReport,
  policy: ScanResult['policy'],
  consent: ConsentStatus | null = null,
  loaded?: boolean,
  mismatches: readonly Mismatch[] = [],
): ScanResult {
  return {
    url,
    site: report.site,
    widgets: report.widgets,
    cookies: report.cookies,
    storage: report.storage,
    policy,
    trackers: report.trackers,
    thirdPartyHosts: report.thirdPartyHosts,
    mismatches,
    consent,
    ...(loaded === undefined ? {} : { loaded }),
    ...(report.url !== url ? { finalUrl: report.url } : {}),
  };
}

export function failedScanResult(url: string, site: string, error: string): ScanResult {
  return {
    url,
    site,
    widgets: [],
    cookies: [],
    storage: [],
    policy: { url: null, lastUpdated: null, facts: emptyFacts(), status: 'not-scanned' },
    trackers: [],
    thirdPartyHosts: [],
    mismatches: [],
    error,
  };
}

/** The `policy` part of a result, from what the extension found for the site (null: nothing asked yet). */
export function scanPolicyOf(policy: PolicyResult | null): ScanResult['policy'] {
  return {
    url: policy?.url ?? null,
    lastUpdated: policy?.analysis?.lastUpdated ?? null,
    facts: policy?.analysis?.facts ?? emptyFacts(),
    status: policy?.status ?? 'not-found',
    ...(policy?.message ? { message: policy.message } : {}),
  };
}
