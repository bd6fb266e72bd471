import type { TabReport } from '../findings/tab-report';
import type { ConsentStatus } from '../consent/consent-status';
import type { CachedPolicy } from './cached-policy';
import type { Mismatch } from '../practice/mismatch';
import type { SiteVisit } from './site-history';

/**
 * One visit from a tab's findings: what it found, the policy from the cache (read when the user
 * or a scan looked at it; else where the page links to it, not read), and the banner outcome.
 * `newVisit`: a new document of the tab (a later report of the same page adds, but is no visit).
 * `mismatches`: the tab's policy against practice (lib/practice), in English as `scan` prints it, with the messages the dashboard says it again from.
 */
export function visitOf(
  report: TabReport,
  cached: CachedPolicy | null,
  consent: ConsentStatus | null,
  at: number,
  newVisit: boolean,
  mismatches: readonly Mismatch[],
): SiteVisit {
  const linked = report.policyLinks.find((link) => link.sameSite)?.url ?? null;
  const current = cached?.versions.at(-1) ?? null;
  return {
    site: report.site,
    url: report.url,
    at,
    newVisit,
    widgets: report.widgets,
    cookies: report.cookies,
    storage: report.storage,
    trackers: report.trackers,
    thirdPartyHosts: report.thirdPartyHosts,
    mismatches,
    policy: cached && current
      ? { url: cached.url, status: 'ready', versions: cached.versions }
      : { url: linked, status: linked ? 'not-read' : 'not-found', versions: [] },
    consent,
  };
}
