import type { ScanResult } from '../findings/scan-result';
import { csvTable } from './csv';

const header = [
  'url', 'site', 'widgets', 'widget_names', 'cookies', 'third_party_cookies', 'vendor_cookies',
  'trackers', 'policy_url', 'policy_last_updated', 'error', 'loaded',
] as const;

/** One row per scanned URL: the figures researchers compare across sites. */
export function scanResultsToCsv(results: readonly ScanResult[]): string {
  return csvTable(
    header,
    results.map((result) => [
      result.url,
      result.site,
      result.widgets.map((widget) => widget.id).join(';'),
      result.widgets.map((widget) => widget.name).join(';'),
      result.cookies.length,
      result.cookies.filter((cookie) => cookie.party === 'third').length,
      result.cookies.filter((cookie) => cookie.vendor !== null).length,
      result.trackers.map((tracker) => tracker.vendor).join(';'),
      result.policy.url ?? '',
      result.policy.lastUpdated ?? '',
      result.error ?? '',
      // Appended last, so that readers of the earlier columns by position are not broken.
      result.error ? '' : String(result.loaded ?? true),
    ]),
  );
}
