import type { TabReport } from '../findings/tab-report';
import type { PolicyResult } from '../policy/fetch/load-policy';
import type { ConsentStatus } from '../consent/consent-status';
import type { Mismatch } from '../practice/mismatch';
import { scanPolicyOf, scanResultOf, type ScanResult } from '../findings/scan-result';

/**
 * What the popup's "Download findings" saves: one result in the shape `privacy-inspector scan`
 * prints (../shared/CONTRACT.md), so that the same tools read files from either, plus when and
 * by what it was taken. `loaded` is left out: the popup does not know whether the page's load
 * event came.
 */
export interface FindingsExport extends Omit<ScanResult, 'loaded'> {
  readonly exportedAt: string;
  readonly exportedBy: string;
}

export function findingsExport(
  report: TabReport,
  policy: PolicyResult | null,
  consent: ConsentStatus | null,
  exportedAt: Date,
  exportedBy: string,
  mismatches: readonly Mismatch[] = [],
): FindingsExport {
  return { ...scanResultOf(report.url, report, scanPolicyOf(policy), consent, undefined, mismatches), exportedAt: exportedAt.toISOString(), exportedBy };
}
