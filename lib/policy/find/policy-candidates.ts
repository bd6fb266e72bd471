import type { TabReport } from '../../findings/tab-report';
import { fallbackPolicyPaths } from './discover';
import { isSafePolicyTarget } from './policy-target';

/**
 * Where to look for a site's policy, best first: the user's own choice; links on the page to
 * the same site; the usual paths (/privacy...); then links to other sites (a reCAPTCHA badge
 * links to Google's policy even on sites that have their own). Unsafe targets are dropped.
 */
export function sitePolicyCandidates(report: Pick<TabReport, 'url' | 'policyLinks'>, manualUrl: string | null): string[] {
  const candidates = [
    ...(manualUrl ? [manualUrl] : []),
    ...report.policyLinks.filter((link) => link.sameSite).map((link) => link.url),
    ...fallbackPolicyPaths(report.url),
    ...report.policyLinks.filter((link) => !link.sameSite).map((link) => link.url),
  ];
  return [...new Set(candidates)].filter((url) => url === manualUrl || isSafePolicyTarget(url, report.url));
}
