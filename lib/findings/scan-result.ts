import type { TabReport } from './tab-report';
import type { WidgetMatch } from '../widgets/detect';
import type { CookieRecord } from '../cookies/classify';
import type { PolicyFacts } from '../policy/types';
import { emptyFacts } from '../policy/analyze';

/** One element of `privacy-inspector scan --json` (../shared/CONTRACT.md). */
export interface ScanResult {
  readonly url: string;
  readonly site: string;
  readonly widgets: readonly WidgetMatch[];
  readonly cookies: readonly CookieRecord[];
  readonly policy: {
    readonly url: string | null;
    readonly lastUpdated: string | null;
    readonly facts: PolicyFacts;
    readonly status?: string;
    readonly message?: string;
  };
  readonly trackers: TabReport['trackers'];
  readonly thirdPartyHosts: readonly string[];
  readonly finalUrl?: string;
  readonly error?: string;
}

export function scanResultOf(url: string, report: TabReport, policy: ScanResult['policy']): ScanResult {
  return {
    url,
    site: report.site,
    widgets: report.widgets,
    cookies: report.cookies,
    policy,
    trackers: report.trackers,
    thirdPartyHosts: report.thirdPartyHosts,
    ...(report.url !== url ? { finalUrl: report.url } : {}),
  };
}

export function failedScanResult(url: string, site: string, error: string): ScanResult {
  return {
    url,
    site,
    widgets: [],
    cookies: [],
    policy: { url: null, lastUpdated: null, facts: emptyFacts(), status: 'not-scanned' },
    trackers: [],
    thirdPartyHosts: [],
    error,
  };
}
